using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.ActionPlans;

/// <summary>A milestone of an action: what is to be done by when.</summary>
/// <remarks>Two milestones are equal when their descriptions (ordinal) and due dates are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ActionMilestone
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="description">What is to be done, e.g. "Conference held".</param>
    /// <param name="dueOn">The date it is due.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    public ActionMilestone(string description, LocalDate dueOn)
    {
        SupportedDates.CheckCalendar(dueOn);
        Description = Preconditions.CheckNotBlank(description);
        DueOn = dueOn;
    }

    /// <summary>What is to be done.</summary>
    public string Description { get; }

    /// <summary>The date it is due.</summary>
    public LocalDate DueOn { get; }

    /// <summary>Formats the milestone: "Conference held by 2017-11-07".</summary>
    /// <returns>The description and due date.</returns>
    public override string ToString() => $"{Description} by {Dates.Iso(DueOn)}";
}
