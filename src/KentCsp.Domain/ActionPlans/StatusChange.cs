using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.ActionPlans;

/// <summary>One entry of an action's status history: the status it took on a date.</summary>
/// <remarks>Two changes are equal when their dates and statuses are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StatusChange
{
    /// <summary>Creates a status change.</summary>
    /// <param name="on">The date the action took the status.</param>
    /// <param name="status">The status.</param>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is null.</exception>
    public StatusChange(LocalDate on, ActionStatus status)
    {
        SupportedDates.CheckCalendar(on);
        On = on;
        Status = Preconditions.CheckNotNull(status);
    }

    /// <summary>The date the action took the status.</summary>
    public LocalDate On { get; }

    /// <summary>The status.</summary>
    public ActionStatus Status { get; }

    /// <summary>Formats the change: "2017-07-19: in progress".</summary>
    /// <returns>The date and status.</returns>
    public override string ToString() => $"{Dates.Iso(On)}: {Status.Description}";
}
