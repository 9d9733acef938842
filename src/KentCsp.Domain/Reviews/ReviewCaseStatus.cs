using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>Where one case stands on a date, for the steering group: its step, days in the step, the deadline it is working to and whether it is overdue — or, for a case notified under guidance with no known timescales, that its deadlines are not judged.</summary>
/// <remarks>
/// <para>Made by <see cref="Of"/>, usually through <see cref="SteeringGroupView"/>. The case is judged by the
/// timetable in force on the date it was notified (<see cref="ReviewPolicy.TimetableFor"/>). When none is known and
/// the case is working to a deadline, <see cref="NotJudged"/> says so: there is then no <see cref="NextDeadline"/>,
/// and the case is not overdue — a deadline not known is neither met nor missed.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewCaseStatus
{
    private ReviewCaseStatus(ReviewCase @case, LocalDate asAt, ReviewRegime regime, ReviewTimetableOnDate timetable)
    {
        Case = @case;
        AsAt = asAt;
        Regime = regime;
        Timetable = timetable;
        // A deadline runs whatever the timetable; only its date needs one.
        if (ReviewTimetable.RunningDeadline(@case) is not null)
        {
            NextDeadline = timetable.Match(known => known.NextDeadline(@case), notJudged => (ReviewDeadline?)null);
            NotJudged = timetable.Match(known => (ReviewNotJudged?)null, notJudged => notJudged);
        }
        DaysInStep = Period.DaysBetween(@case.StepEnteredOn, asAt);
        DaysSinceNotification = Period.DaysBetween(@case.Notification.NotifiedOn, asAt);
        DaysOverdue = NextDeadline is { } deadline && asAt > deadline.Due ? Period.DaysBetween(deadline.Due, asAt) : 0;
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

    /// <summary>The timetable the case is judged by, chosen by its notification date, or why none is known.</summary>
    public ReviewTimetableOnDate Timetable { get; }

    /// <summary>The deadline the case is working to, or null when none applies or it is not judged (<see cref="NotJudged"/>).</summary>
    public ReviewDeadline? NextDeadline { get; }

    /// <summary>Why the deadline the case is working to is not judged (no timescales are known for the guidance in force when it was notified), or null when it is judged or no deadline applies.</summary>
    public ReviewNotJudged? NotJudged { get; }

    /// <summary>Whether the case is past its deadline; never for a deadline not judged.</summary>
    public bool IsOverdue => DaysOverdue > 0;

    /// <summary>The whole days past the deadline; zero when not overdue.</summary>
    public int DaysOverdue { get; }

    /// <summary>Works out where a case stood on a date.</summary>
    /// <param name="case">The case.</param>
    /// <param name="asAt">The date; what was recorded after it is left out.</param>
    /// <param name="policy">The timetables and the regime setting; the case is judged by the timetable in force when it was notified.</param>
    /// <returns>The status, or null if the case had not been notified by <paramref name="asAt"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> or <paramref name="policy"/> is null.</exception>
    public static ReviewCaseStatus? Of(ReviewCase @case, LocalDate asAt, ReviewPolicy policy)
    {
        SupportedDates.CheckCalendar(asAt);
        Preconditions.CheckNotNull(@case);
        Preconditions.CheckNotNull(policy);
        if (@case.AsAt(asAt) is not { } then)
        {
            return null;
        }
        return new ReviewCaseStatus(then, asAt, policy.RegimeOf(then), policy.TimetableFor(then));
    }

    /// <summary>Formats the status: "DHR Alex/2024: signed off for 157 days; completion 2024-07-22, 24 days overdue", or "DHR Elizabeth/2015: report completed for 0 days; deadlines not judged: no timescales are known for the guidance in force on 2015-05-11".</summary>
    /// <returns>The status on one line.</returns>
    public override string ToString()
    {
        string text = $"{Regime.Abbreviation} {Case.Name}: {Step.Description} for {Days(DaysInStep)}";
        if (NextDeadline is { } deadline)
        {
            text += $"; {deadline}" + (IsOverdue ? $", {Days(DaysOverdue)} overdue" : "");
        }
        else if (NotJudged is { } notJudged)
        {
            text += "; deadlines " + notJudged;
        }
        return text;
    }

    private static string Days(int days) => days == 1 ? "1 day" : days.ToString(System.Globalization.CultureInfo.InvariantCulture) + " days";
}
