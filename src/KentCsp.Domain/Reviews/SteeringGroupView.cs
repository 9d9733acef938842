using System;
using System.Collections.Generic;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// The review steering group's view of a partnership's cases on a date: each case with its step, days in the step,
/// next deadline and whether it is overdue, most urgent first; and how many cases stand at each step, for a report to
/// the partnership.
/// </summary>
/// <remarks>
/// <para>Each case is shown as it stood on the date (<see cref="ReviewCase.AsAt"/>); a case notified after the date is
/// left out.</para>
/// <para><b>Urgency</b>: overdue cases first, the most days overdue first; then open cases with a deadline, the
/// soonest first; then open cases with no deadline running (with the Quality Assurance Panel, awaiting publication, an
/// action plan being monitored) or with deadlines not judged (<see cref="ReviewCaseStatus.NotJudged"/>), the longest in
/// their step first; closed cases last. Ties are broken by the published
/// name (ordinal).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SteeringGroupView
{
    private readonly ValueList<ReviewCaseStatus> rows;
    private readonly ValueList<ReviewStepCount> countsByStep;

    private SteeringGroupView(OrganisationId partnershipId, LocalDate asAt, ReviewPolicy policy, ReviewCaseStatus[] rows, ReviewStepCount[] countsByStep)
    {
        PartnershipId = partnershipId;
        AsAt = asAt;
        Policy = policy;
        this.rows = ValueList<ReviewCaseStatus>.Own(rows);
        this.countsByStep = ValueList<ReviewStepCount>.Own(countsByStep);
    }

    /// <summary>The partnership.</summary>
    public OrganisationId PartnershipId { get; }

    /// <summary>The date of the view.</summary>
    public LocalDate AsAt { get; }

    /// <summary>The policy applied: timetable and regime setting.</summary>
    public ReviewPolicy Policy { get; }

    /// <summary>Every case notified by <see cref="AsAt"/>, most urgent first (see the remarks).</summary>
    public IReadOnlyList<ReviewCaseStatus> Rows => rows;

    /// <summary>How many cases stand at each step, for every step in the order of the process (zero counts included).</summary>
    public IReadOnlyList<ReviewStepCount> CountsByStep => countsByStep;

    /// <summary>The number of overdue cases.</summary>
    public int OverdueCount => rows.CountWhere(row => row.IsOverdue);

    /// <summary>The number of cases whose deadline is not judged: no timescales are known for the guidance in force when they were notified (<see cref="ReviewCaseStatus.NotJudged"/>).</summary>
    public int NotJudgedCount => rows.CountWhere(row => row.NotJudged is not null);

    /// <summary>Builds the view of a register on a date.</summary>
    /// <param name="register">The partnership's cases.</param>
    /// <param name="asAt">The date.</param>
    /// <param name="policy">The timetables and regime setting, e.g. <see cref="ReviewPolicy.Default"/>; each case is judged by the timetable in force when it was notified.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="asAt"/> is outside <see cref="SupportedDates"/>.</exception>
    public static SteeringGroupView Of(ReviewRegister register, LocalDate asAt, ReviewPolicy policy)
    {
        Preconditions.CheckNotNull(register);
        Preconditions.CheckNotNull(policy);
        SupportedDates.Check(asAt, nameof(asAt));
        var rows = new List<ReviewCaseStatus>(register.Cases.Count);
        foreach (var @case in register.Cases)
        {
            if (ReviewCaseStatus.Of(@case, asAt, policy) is { } status)
            {
                rows.Add(status);
            }
        }
        var ordered = rows.ToArray();
        Array.Sort(ordered, ByUrgency);
        var counts = new ReviewStepCount[ReviewStep.All.Count];
        for (int i = 0; i < counts.Length; i++)
        {
            var step = ReviewStep.All[i];
            counts[i] = new ReviewStepCount(step, Array.FindAll(ordered, row => row.Step == step).Length);
        }
        return new SteeringGroupView(register.PartnershipId, asAt, policy, ordered, counts);
    }

    private static int ByUrgency(ReviewCaseStatus left, ReviewCaseStatus right)
    {
        int byGroup = Group(left).CompareTo(Group(right));
        if (byGroup != 0)
        {
            return byGroup;
        }
        int within = Group(left) switch
        {
            0 => right.DaysOverdue.CompareTo(left.DaysOverdue),
            1 => left.NextDeadline!.Due.CompareTo(right.NextDeadline!.Due),
            2 => right.DaysInStep.CompareTo(left.DaysInStep),
            _ => 0,
        };
        return within != 0 ? within : string.CompareOrdinal(left.Case.Name.ToString(), right.Case.Name.ToString());
    }

    private static int Group(ReviewCaseStatus status) =>
        status.IsOverdue ? 0 : status.Step.IsClosed ? 3 : status.NextDeadline is not null ? 1 : 2;
}
