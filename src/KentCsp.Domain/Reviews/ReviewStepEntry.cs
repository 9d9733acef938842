using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>One step in a case's history: the step, the date the case reached it, and the date it moved on (if it has).</summary>
/// <remarks>Two entries are equal when every member is equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewStepEntry
{
    internal ReviewStepEntry(ReviewStep step, LocalDate enteredOn, LocalDate? leftOn)
    {
        Step = step;
        EnteredOn = enteredOn;
        LeftOn = leftOn;
    }

    /// <summary>The step.</summary>
    public ReviewStep Step { get; }

    /// <summary>The date the case reached the step.</summary>
    public LocalDate EnteredOn { get; }

    /// <summary>The date the case moved to its next step, or null if it is still at this one.</summary>
    public LocalDate? LeftOn { get; }

    /// <summary>The whole days the case spent at the step: to the day it moved on, or for the current step to <paramref name="asAt"/>.</summary>
    /// <param name="asAt">The date to count to while the case is still at the step; ignored once it has moved on.</param>
    /// <returns>The number of days, zero when the case moved on the day it arrived.</returns>
    /// <exception cref="ArgumentException">The case is still at the step and <paramref name="asAt"/> is before <see cref="EnteredOn"/>.</exception>
    public int Days(LocalDate asAt)
    {
        SupportedDates.CheckCalendar(asAt);
        if (LeftOn is { } left)
        {
            return Period.DaysBetween(EnteredOn, left);
        }
        Preconditions.CheckArgument(asAt >= EnteredOn, nameof(asAt), $"({Dates.Iso(asAt)}) must not be before the case reached the step ({Dates.Iso(EnteredOn)})");
        return Period.DaysBetween(EnteredOn, asAt);
    }

    /// <summary>Formats the entry: "signed off 2016-03-01 to 2016-03-14".</summary>
    /// <returns>The step and dates.</returns>
    public override string ToString() =>
        $"{Step.Description} {Dates.Iso(EnteredOn)}" + (LeftOn is { } left ? " to " + Dates.Iso(left) : "");
}
