using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>Where one case stands on a date, for the steering group: its step, days in the step, the deadline it is working to and whether it is overdue.</summary>
/// <remarks>Made by <see cref="Of"/>, usually through <see cref="SteeringGroupView"/>.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewCaseStatus
{
    private ReviewCaseStatus(ReviewCase @case, LocalDate asAt, ReviewRegime regime, ReviewDeadline? nextDeadline)
    {
        Case = @case;
        AsAt = asAt;
        Regime = regime;
        NextDeadline = nextDeadline;
        DaysInStep = Period.DaysBetween(@case.StepEnteredOn, asAt);
        DaysSinceNotification = Period.DaysBetween(@case.Notification.NotifiedOn, asAt);
        DaysOverdue = nextDeadline is { } deadline && asAt > deadline.Due ? Period.DaysBetween(deadline.Due, asAt) : 0;
    }

    /// <summary>The case as it stood on <see cref="AsAt"/> (see <see cref="ReviewCase.AsAt"/>).</summary>
    public ReviewCase Case { get; }

    /// <summary>The date of the status.</summary>
    public LocalDate AsAt { get; }

    /// <summary>The regime the case is held under.</summary>
    public ReviewRegime Regime { get; }

    /// <summary>The step the case had reached.</summary>
    public ReviewStep Step => Case.Step;

    /// <summary>The whole days since the case reached its step.</summary>
    public int DaysInStep { get; }

    /// <summary>The whole days since the notification.</summary>
    public int DaysSinceNotification { get; }

    /// <summary>The deadline the case is working to, or null when none applies.</summary>
    public ReviewDeadline? NextDeadline { get; }

    /// <summary>Whether the case is past its deadline.</summary>
    public bool IsOverdue => DaysOverdue > 0;

    /// <summary>The whole days past the deadline; zero when not overdue.</summary>
    public int DaysOverdue { get; }

    /// <summary>Works out where a case stood on a date.</summary>
    /// <param name="case">The case.</param>
    /// <param name="asAt">The date; what was recorded after it is left out.</param>
    /// <param name="policy">The timetable and the regime setting.</param>
    /// <returns>The status, or null if the case had not been notified by <paramref name="asAt"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> or <paramref name="policy"/> is null.</exception>
    public static ReviewCaseStatus? Of(ReviewCase @case, LocalDate asAt, ReviewPolicy policy)
    {
        Preconditions.CheckNotNull(@case);
        Preconditions.CheckNotNull(policy);
        if (@case.AsAt(asAt) is not { } then)
        {
            return null;
        }
        return new ReviewCaseStatus(then, asAt, policy.RegimeOf(then), policy.Timetable.NextDeadline(then));
    }

    /// <summary>Formats the status: "DHR Elizabeth/2015: report completed for 120 days; completion 2015-12-08, 3241 days overdue".</summary>
    /// <returns>The status on one line.</returns>
    public override string ToString()
    {
        string text = $"{Regime.Abbreviation} {Case.Name}: {Step.Description} for {Days(DaysInStep)}";
        if (NextDeadline is { } deadline)
        {
            text += $"; {deadline}" + (IsOverdue ? $", {Days(DaysOverdue)} overdue" : "");
        }
        return text;
    }

    private static string Days(int days) => days == 1 ? "1 day" : days.ToString(System.Globalization.CultureInfo.InvariantCulture) + " days";
}
