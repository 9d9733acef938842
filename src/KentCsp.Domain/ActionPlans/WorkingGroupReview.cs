using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.ActionPlans;

/// <summary>A dated review of an action plan by the partnership's Working Group, with the update recorded for each action reviewed.</summary>
/// <remarks>
/// <para>Kent's action plan "will be reviewed, monitored and updated as appropriate throughout the year by the KCSP
/// Working Group" (Kent Community Safety Agreement Update, 19 July 2017, section 3.6); in 2023 the Working Group
/// reviewed the latest updates in October and planned the next review for January (16 November 2023, section 3.1).</para>
/// <para>Invariant: at most one update per action. Two reviews are equal when their dates and updates (in order) are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record WorkingGroupReview
{
    private readonly ValueList<ActionUpdate> updates;

    /// <summary>Creates a review.</summary>
    /// <param name="heldOn">The date of the Working Group meeting.</param>
    /// <param name="updates">The update for each action reviewed; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">Two updates are for the same action.</exception>
    public WorkingGroupReview(LocalDate heldOn, IEnumerable<ActionUpdate> updates)
    {
        SupportedDates.CheckCalendar(heldOn);
        HeldOn = heldOn;
        this.updates = Preconditions.CheckItems(updates);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < this.updates.Count; i++)
        {
            Preconditions.CheckArgument(seen.Add(this.updates[i].ActionId), $"updates[{i}]", $"repeats the action '{this.updates[i].ActionId}'");
        }
    }

    /// <summary>The date of the Working Group meeting.</summary>
    public LocalDate HeldOn { get; }

    /// <summary>The update for each action reviewed.</summary>
    public IReadOnlyList<ActionUpdate> Updates => updates;

    /// <summary>Formats the review: "Working Group review 2017-10-11: 3 updates".</summary>
    /// <returns>The date and number of updates.</returns>
    public override string ToString() => $"Working Group review {Dates.Iso(HeldOn)}: {updates.Count} updates";
}
