using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// How long the partnership has for each stage of a review: the decision after the notification, and the review after
/// the decision. Deadlines are calendar dates, computed with NodaTime.
/// </summary>
/// <remarks>
/// <para>The <see cref="Default"/> follows the December 2016 statutory guidance, section 5 ("Timescales"): a decision
/// within <b>one month</b> of the notification, and the review completed within <b>six months</b> of the decision.
/// <b>Both are unconfirmed</b>: the text of section 5 was not read, so set them to the guidance in force if it
/// differs.</para>
/// <para>The timetable applies to cases notified while that guidance is in force: <see cref="ReviewTimetables"/>
/// holds it with the date it applies from, and <see cref="ReviewPolicy.TimetableFor"/> picks a case's timetable by
/// its notification date. The methods here compute deadlines for whichever timetable the caller has chosen.</para>
/// <para>A deadline is the start date plus the period (<see cref="LocalDate.Plus(Period)"/>): one month after 31
/// January is 28 (or 29) February. The work is overdue from the day after the deadline. The review counts as
/// completed on its first submission to the Home Office Quality Assurance Panel (<see cref="ReviewCase.CompletedOn"/>):
/// the partnership's part is then done.</para>
/// <para>The type is immutable: each <c>With…</c> method returns a new timetable. Two timetables are equal when every
/// member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewTimetable
{
    private ReviewTimetable(Period decisionWithin, Period completionWithin, SourceDocument source)
    {
        DecisionWithin = decisionWithin;
        CompletionWithin = completionWithin;
        Source = source;
    }

    /// <summary>The December 2016 revision's timescales: one month to decide, six months to complete. Unconfirmed; see the remarks. It applies to cases notified from <see cref="ReviewTimetables.December2016RevisionDefaultInForceFrom"/> by default.</summary>
    public static ReviewTimetable Default { get; } = new(
        Period.FromMonths(1),
        Period.FromMonths(6),
        ReviewSources.StatutoryGuidance2016.At("section 5, Timescales"));

    /// <summary>How long after the notification the decision is due.</summary>
    /// <value>The default is one month. <b>Unconfirmed</b>: 2016 guidance section 5, text not read.</value>
    public Period DecisionWithin { get; }

    /// <summary>How long after a decision to review the review is to be completed.</summary>
    /// <value>The default is six months. <b>Unconfirmed</b>: 2016 guidance section 5, text not read.</value>
    public Period CompletionWithin { get; }

    /// <summary>The document that sets the timetable.</summary>
    /// <value>The default is the December 2016 statutory guidance, section 5.</value>
    public SourceDocument Source { get; }

    /// <summary>Returns a timetable with another period for the decision.</summary>
    /// <param name="period">Whole days, weeks, months or years; more than zero.</param>
    /// <returns>The new timetable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has a time part, a negative part, or is zero.</exception>
    public ReviewTimetable WithDecisionWithin(Period period) => new(CheckPeriod(period), CompletionWithin, Source);

    /// <summary>Returns a timetable with another period for completing the review.</summary>
    /// <param name="period">Whole days, weeks, months or years; more than zero.</param>
    /// <returns>The new timetable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has a time part, a negative part, or is zero.</exception>
    public ReviewTimetable WithCompletionWithin(Period period) => new(DecisionWithin, CheckPeriod(period), Source);

    /// <summary>Returns a timetable citing another document.</summary>
    /// <param name="source">The document that sets the timetable.</param>
    /// <returns>The new timetable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ReviewTimetable WithSource(SourceDocument source) => new(DecisionWithin, CompletionWithin, Preconditions.CheckNotNull(source));

    /// <summary>The date the decision on a case is due: the notification date plus <see cref="DecisionWithin"/>.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The deadline, or null when it would fall after the end of the calendar (9999-12-31): no deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public LocalDate? DecisionDue(ReviewCase @case) => Dates.PlusOrNull(Preconditions.CheckNotNull(@case).Notification.NotifiedOn, DecisionWithin);

    /// <summary>The date a review is to be completed: the decision date plus <see cref="CompletionWithin"/>, for a decision to review.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The deadline, or null if there is no decision to review or the deadline would fall after the end of the calendar (9999-12-31).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public LocalDate? CompletionDue(ReviewCase @case) =>
        Preconditions.CheckNotNull(@case).Decision is { IsReview: true } decision ? Dates.PlusOrNull(decision.DecidedOn, CompletionWithin) : null;

    /// <summary>The deadline the case is working to now: the decision while there is none, then completion until the report first goes to the Quality Assurance Panel.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The deadline, or null when none applies (a decision not to review, a review completed, or a deadline that would fall after the end of the calendar, 9999-12-31).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public ReviewDeadline? NextDeadline(ReviewCase @case)
    {
        var kind = RunningDeadline(Preconditions.CheckNotNull(@case));
        if (kind == ReviewDeadlineKind.Decision)
        {
            return DecisionDue(@case) is { } decisionDue ? new ReviewDeadline(kind, decisionDue) : null;
        }
        return kind is not null && CompletionDue(@case) is { } completionDue ? new ReviewDeadline(kind, completionDue) : null;
    }

    /// <summary>Which deadline a case is working to, whatever the timetable: the decision while there is none, then completion until the report first goes to the Quality Assurance Panel; null when none applies.</summary>
    internal static ReviewDeadlineKind? RunningDeadline(ReviewCase @case) =>
        @case.Decision is null ? ReviewDeadlineKind.Decision
        : @case.Decision.IsReview && @case.CompletedOn is null ? ReviewDeadlineKind.Completion
        : null;

    /// <summary>Whether the case is past the deadline it is working to, as at the end of <paramref name="asAt"/>.</summary>
    /// <param name="case">The case, as recorded on <paramref name="asAt"/>.</param>
    /// <param name="asAt">The date.</param>
    /// <returns>True if <see cref="NextDeadline"/> is before <paramref name="asAt"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public bool IsOverdue(ReviewCase @case, LocalDate asAt)
    {
        SupportedDates.CheckCalendar(asAt);
        return NextDeadline(@case) is { } deadline && asAt > deadline.Due;
    }

    private static Period CheckPeriod(Period period, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(period))] string? paramName = null)
    {
        Preconditions.CheckNotNull(period, paramName);
        bool valid = !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0 && !period.Equals(Period.Zero);
        Preconditions.CheckArgument(valid, paramName, $"must be whole days, weeks, months or years, not negative and not zero, but was {period} (an ISO-8601 period)");
        return period;
    }
}
