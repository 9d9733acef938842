using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>The partnership's decision on a notification: whether the criteria are met, whether to review, and why.</summary>
/// <remarks>
/// <para>A decision not to review must record its reasons, and so must a decision to review where the criteria are not
/// met (a review the partnership chooses to hold); a decision to review a case that meets the criteria may.</para>
/// <para><see cref="CriteriaMet"/> is the partnership's judgement. <see cref="ReviewCase"/> refuses a judgement that
/// the recorded facts rule out (a victim under 16 flagged as meeting the criteria); <see cref="ReviewCriteria"/>
/// explains the criteria fact by fact.</para>
/// <para>Two decisions are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="outcome">Review or no review.</param>
    /// <param name="decidedOn">The date of the decision.</param>
    /// <param name="criteriaMet">Whether the partnership judged the criteria met.</param>
    /// <param name="reasons">The reasons; required unless the decision is to review a case that meets the criteria.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is required and missing, or is white space.</exception>
    public ReviewDecision(ReviewDecisionOutcome outcome, LocalDate decidedOn, bool criteriaMet, string? reasons)
    {
        SupportedDates.CheckCalendar(decidedOn);
        Outcome = Preconditions.CheckNotNull(outcome);
        DecidedOn = decidedOn;
        CriteriaMet = criteriaMet;
        if (reasons is null)
        {
            Preconditions.CheckArgument(outcome == ReviewDecisionOutcome.Review, nameof(reasons),
                "are required: a decision not to review records its reasons");
            Preconditions.CheckArgument(criteriaMet, nameof(reasons),
                "are required: a decision to review a case that does not meet the criteria records its reasons");
        }
        Reasons = reasons is null ? null : Preconditions.CheckNotBlank(reasons);
    }

    /// <summary>Review or no review.</summary>
    public ReviewDecisionOutcome Outcome { get; }

    /// <summary>The date of the decision.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>Whether the partnership judged the criteria met.</summary>
    public bool CriteriaMet { get; }

    /// <summary>The reasons, or null for a decision to review a case that meets the criteria that gave none.</summary>
    public string? Reasons { get; }

    /// <summary>Whether the decision is to review.</summary>
    public bool IsReview => Outcome == ReviewDecisionOutcome.Review;

    /// <summary>Formats the decision: "review (criteria met) on 2015-06-08".</summary>
    /// <returns>The outcome, judgement and date.</returns>
    public override string ToString() =>
        $"{Outcome.Description} ({(CriteriaMet ? "criteria met" : "criteria not met")}) on {Dates.Iso(DecidedOn)}";
}
