using System;
using System.Globalization;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.ActionPlans;

/// <summary>
/// How an action's progress is rated red, amber or green against a straight-line expectation between its start and
/// due dates.
/// </summary>
/// <remarks>
/// <para>The expected progress on a date is the share of the action's time that has elapsed:
/// <c>expected = elapsed days / duration days</c>, where both count from <see cref="PlanAction.StartOn"/>. The ratio is
/// <c>actual progress / expected progress</c>. The action is <see cref="RagStatus.Green"/> when the ratio is at or above
/// <see cref="GreenFromPercent"/> (default 90%), <see cref="RagStatus.Red"/> when it is at or below
/// <see cref="RedAtOrBelowPercent"/> (default 70%), and <see cref="RagStatus.Amber"/> between. Comparisons are exact
/// (integer and decimal arithmetic, cross-multiplied), so 90% of expected is green and 70% is red.</para>
/// <para>Edge cases, in the order they are tested: a removed action is not rated; a complete action is green; an action
/// with no due date (ongoing work) is not rated; before its start date an action is green, nothing being expected yet;
/// after its due date an action that is not complete is red, whatever its progress; on its start date (no time elapsed)
/// it is green; on its due date the expected progress is 100%, including an action that starts and is due on the same
/// day. Actual progress is the latest <see cref="ActionUpdate.ProgressPercent"/> from a review on or before the date,
/// or 0 where no review has given one.</para>
/// <para>The thresholds are not in the Kent documents: they are <b>unconfirmed defaults</b>; set them to the
/// partnership's own. The type is immutable: each <c>With…</c> method returns a new policy.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RagPolicy
{
    private RagPolicy(decimal greenFromPercent, decimal redAtOrBelowPercent, SourceDocument source)
    {
        Preconditions.CheckArgument(redAtOrBelowPercent >= 0m, nameof(redAtOrBelowPercent), $"must not be negative, but was {redAtOrBelowPercent}");
        Preconditions.CheckArgument(greenFromPercent > redAtOrBelowPercent, nameof(greenFromPercent), $"({greenFromPercent}) must be above the red threshold ({redAtOrBelowPercent})");
        GreenFromPercent = greenFromPercent;
        RedAtOrBelowPercent = redAtOrBelowPercent;
        Source = source;
    }

    /// <summary>Green at 90% of expected progress or more, red at 70% or less: unconfirmed defaults.</summary>
    public static RagPolicy Default { get; } = new(90m, 70m,
        new SourceDocument("KentCsp.Domain default RAG thresholds (green at 90% of expected progress or more, red at 70% or less); not set by a Kent document"));

    /// <summary>The ratio of actual to expected progress, in percent, at or above which an action is green.</summary>
    /// <value>The default is 90.</value>
    public decimal GreenFromPercent { get; }

    /// <summary>The ratio of actual to expected progress, in percent, at or below which an action is red.</summary>
    /// <value>The default is 70.</value>
    public decimal RedAtOrBelowPercent { get; }

    /// <summary>The document that sets the thresholds; RAG findings cite it.</summary>
    /// <value>The default names the library's own defaults.</value>
    public SourceDocument Source { get; }

    /// <summary>Returns a policy with other thresholds.</summary>
    /// <param name="greenFromPercent">The ratio, in percent, at or above which an action is green.</param>
    /// <param name="redAtOrBelowPercent">The ratio, in percent, at or below which an action is red; not negative and below <paramref name="greenFromPercent"/>.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="redAtOrBelowPercent"/> is negative or not below <paramref name="greenFromPercent"/>.</exception>
    public RagPolicy WithThresholds(decimal greenFromPercent, decimal redAtOrBelowPercent) =>
        new(greenFromPercent, redAtOrBelowPercent, Source);

    /// <summary>Returns a policy citing another document.</summary>
    /// <param name="source">The document that sets the thresholds.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public RagPolicy WithSource(SourceDocument source) =>
        new(GreenFromPercent, RedAtOrBelowPercent, Preconditions.CheckNotNull(source));

    /// <summary>Rates an action's progress on a date.</summary>
    /// <param name="action">The action.</param>
    /// <param name="status">The action's status on the date, e.g. from <see cref="PlanAction.StatusOn"/>.</param>
    /// <param name="progressPercent">The actual progress, 0 to 100.</param>
    /// <param name="asAt">The date to rate on.</param>
    /// <returns>The rating with its figures and explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> or <paramref name="status"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="progressPercent"/> is outside 0 to 100.</exception>
    public RagRating Rate(PlanAction action, ActionStatus status, int progressPercent, LocalDate asAt)
    {
        SupportedDates.CheckCalendar(asAt);
        Preconditions.CheckNotNull(action);
        Preconditions.CheckNotNull(status);
        Preconditions.CheckArgument(progressPercent is >= 0 and <= 100, nameof(progressPercent), $"must be from 0 to 100, but was {progressPercent}");
        if (status == ActionStatus.Removed)
        {
            return new RagRating(RagStatus.NotRated, progressPercent, null, null, "removed from the plan: not rated");
        }
        if (status == ActionStatus.Complete)
        {
            return new RagRating(RagStatus.Green, progressPercent, null, null, "complete");
        }
        if (action.DueOn is not { } due)
        {
            return new RagRating(RagStatus.NotRated, progressPercent, null, null, $"no due date (ongoing work): not rated; progress {progressPercent}%");
        }
        if (asAt < action.StartOn)
        {
            return new RagRating(RagStatus.Green, progressPercent, 0m, null, $"not due to start until {Dates.Iso(action.StartOn)}: no progress expected yet");
        }
        if (asAt > due)
        {
            return new RagRating(RagStatus.Red, progressPercent, 100m, progressPercent, $"past its due date ({Dates.Iso(due)}) and not complete; progress {progressPercent}%");
        }
        long duration = Period.Between(action.StartOn, due, PeriodUnits.Days).Days;
        long elapsed = Period.Between(action.StartOn, asAt, PeriodUnits.Days).Days;
        if (duration == 0)
        {
            // Starts and is due the same day, and asAt is that day: all of it is expected.
            duration = 1;
            elapsed = 1;
        }
        if (elapsed == 0)
        {
            return new RagRating(RagStatus.Green, progressPercent, 0m, null, $"starts on {Dates.Iso(action.StartOn)}: no progress expected yet; progress {progressPercent}%");
        }
        // ratio% = progress / (elapsed / duration) = progress * duration / elapsed; compare cross-multiplied, exactly.
        decimal scaled = (decimal)progressPercent * duration;
        var rag = scaled >= GreenFromPercent * elapsed ? RagStatus.Green
            : scaled <= RedAtOrBelowPercent * elapsed ? RagStatus.Red
            : RagStatus.Amber;
        decimal expected = Math.Round(100m * elapsed / duration, 1, MidpointRounding.AwayFromZero);
        decimal ratio = Math.Round(scaled / elapsed, 1, MidpointRounding.AwayFromZero);
        string explanation = $"progress {progressPercent}% against {Format(expected)}% expected (day {elapsed} of {duration}, {Dates.Iso(action.StartOn)} to {Dates.Iso(due)}): "
            + $"{Format(ratio)}% of expected; green at {Format(GreenFromPercent)}% or more, red at {Format(RedAtOrBelowPercent)}% or less";
        return new RagRating(rag, progressPercent, expected, ratio, explanation);
    }

    private static string Format(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
