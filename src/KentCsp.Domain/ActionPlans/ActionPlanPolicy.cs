using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.ActionPlans;

/// <summary>The policy <see cref="ActionPlanRules"/> applies: how long an open action may go without a review update, and the RAG thresholds; and the table of status changes a partnership's reviews follow.</summary>
/// <remarks>
/// <para>A policy is data the caller supplies. Kent's is <c>KentPolicies.ActionPlans</c>: its Working Group reviews the
/// plan at its meetings, roughly quarterly, but the documents set no limit after which an action counts as not
/// reviewed, so its three-month review period is an <b>unconfirmed default</b>, as are the thresholds of
/// <see cref="RagPolicy.Default"/>, as is the table of status changes, <see cref="ActionStatusTransitions.Default"/>.</para>
/// <para>The type is immutable: each <c>With…</c> method returns a new policy.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ActionPlanPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="reviewPeriod">How long an open action may go without a review update: whole days, weeks, months or years, more than zero.</param>
    /// <param name="rag">The RAG thresholds, e.g. <see cref="RagPolicy.Default"/>.</param>
    /// <param name="reviewSource">The document behind the review period; not-reviewed findings cite it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reviewPeriod"/> has a time part, a negative part, or is zero.</exception>
    public ActionPlanPolicy(Period reviewPeriod, RagPolicy rag, SourceDocument reviewSource)
    {
        ReviewPeriod = CheckReviewPeriod(reviewPeriod);
        Rag = Preconditions.CheckNotNull(rag);
        ReviewSource = Preconditions.CheckNotNull(reviewSource);
        StatusTransitions = ActionStatusTransitions.Default;
    }

    private ActionPlanPolicy(ActionPlanPolicy policy, ActionStatusTransitions transitions)
    {
        ReviewPeriod = policy.ReviewPeriod;
        Rag = policy.Rag;
        ReviewSource = policy.ReviewSource;
        StatusTransitions = transitions;
    }

    /// <summary>How long an open action may go without a review update before it is reported as not reviewed.</summary>
    /// <value>Kent's is three months, an <b>unconfirmed default</b>: its Working Group meets about quarterly but sets no limit.</value>
    public Period ReviewPeriod { get; }

    /// <summary>The RAG thresholds.</summary>
    /// <value>Kent's is <see cref="RagPolicy.Default"/>.</value>
    public RagPolicy Rag { get; }

    /// <summary>The document behind the review period; not-reviewed findings cite it.</summary>
    /// <value>Kent's is the report of 16 November 2023, section 3.1.</value>
    public SourceDocument ReviewSource { get; }

    /// <summary>Which status may follow which when the partnership's reviews change an action's status; pass it to <see cref="ActionPlan.Review"/>.</summary>
    /// <value><see cref="ActionStatusTransitions.Default"/>, an <b>unconfirmed default</b>, unless set with <see cref="WithStatusTransitions"/>.</value>
    public ActionStatusTransitions StatusTransitions { get; }

    /// <summary>Returns a policy with another review period.</summary>
    /// <param name="period">A period of whole days, weeks, months or years, more than zero.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has a time part, a negative part, or is zero.</exception>
    public ActionPlanPolicy WithReviewPeriod(Period period) => new(new ActionPlanPolicy(CheckReviewPeriod(period), Rag, ReviewSource), StatusTransitions);

    /// <summary>Returns a policy with other RAG thresholds.</summary>
    /// <param name="rag">The thresholds.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rag"/> is null.</exception>
    public ActionPlanPolicy WithRag(RagPolicy rag) => new(new ActionPlanPolicy(ReviewPeriod, Preconditions.CheckNotNull(rag), ReviewSource), StatusTransitions);

    /// <summary>Returns a policy citing another document for the review period.</summary>
    /// <param name="source">The document.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ActionPlanPolicy WithReviewSource(SourceDocument source) => new(new ActionPlanPolicy(ReviewPeriod, Rag, Preconditions.CheckNotNull(source)), StatusTransitions);

    /// <summary>Returns a policy with another table of status changes, e.g. <c>ActionStatusTransitions.Default.Forbidding(ActionStatus.Ongoing, ActionStatus.InProgress)</c>.</summary>
    /// <param name="transitions">The table; it never allows a move <see cref="ActionStatusTransitions.Default"/> refuses.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transitions"/> is null.</exception>
    public ActionPlanPolicy WithStatusTransitions(ActionStatusTransitions transitions) => new(this, Preconditions.CheckNotNull(transitions));

    private static Period CheckReviewPeriod(Period period, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(period))] string? paramName = null)
    {
        Preconditions.CheckNotNull(period, paramName);
        bool valid = !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0 && !period.Equals(Period.Zero);
        Preconditions.CheckArgument(valid, paramName, $"must be whole days, weeks, months or years, more than zero and not negative, but was {period} (an ISO-8601 period)");
        return period;
    }
}
