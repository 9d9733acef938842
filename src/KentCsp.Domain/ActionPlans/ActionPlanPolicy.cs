using System;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.ActionPlans;

/// <summary>The policy <see cref="ActionPlanRules"/> applies: how long an open action may go without a review update, and the RAG thresholds.</summary>
/// <remarks>
/// <para>Kent's Working Group reviews the plan at its meetings, roughly quarterly (October 2023, then January 2024:
/// Kent Community Safety Agreement Update, 16 November 2023, section 3.1). The documents set no limit after which an
/// action counts as not reviewed, so <see cref="ReviewPeriod"/> (three months) is an <b>unconfirmed default</b>, as are
/// the thresholds of <see cref="RagPolicy.Default"/>.</para>
/// <para>The type is immutable: each <c>With…</c> method returns a new policy.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ActionPlanPolicy
{
    private ActionPlanPolicy(Period reviewPeriod, RagPolicy rag, SourceDocument reviewSource)
    {
        ReviewPeriod = reviewPeriod;
        Rag = rag;
        ReviewSource = reviewSource;
    }

    /// <summary>A review period of three months and <see cref="RagPolicy.Default"/>: unconfirmed defaults.</summary>
    public static ActionPlanPolicy Default { get; } = new(Period.FromMonths(3), RagPolicy.Default, KentSources.CsaUpdate2023November16.At("section 3.1"));

    /// <summary>How long an open action may go without a review update before it is reported as not reviewed.</summary>
    /// <value>The default is three months. <b>Unconfirmed</b>: Kent's Working Group meets about quarterly but sets no limit.</value>
    public Period ReviewPeriod { get; }

    /// <summary>The RAG thresholds.</summary>
    /// <value>The default is <see cref="RagPolicy.Default"/>.</value>
    public RagPolicy Rag { get; }

    /// <summary>The document behind the review period; not-reviewed findings cite it.</summary>
    /// <value>The default is the report of 16 November 2023, section 3.1.</value>
    public SourceDocument ReviewSource { get; }

    /// <summary>Returns a policy with another review period.</summary>
    /// <param name="period">A period of whole days, weeks, months or years, more than zero.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has a time part, a negative part, or is zero.</exception>
    public ActionPlanPolicy WithReviewPeriod(Period period)
    {
        Preconditions.CheckNotNull(period);
        bool valid = !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0 && !period.Equals(Period.Zero);
        Preconditions.CheckArgument(valid, nameof(period), $"must be whole days, weeks, months or years, more than zero and not negative, but was {period} (an ISO-8601 period)");
        return new(period, Rag, ReviewSource);
    }

    /// <summary>Returns a policy with other RAG thresholds.</summary>
    /// <param name="rag">The thresholds.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rag"/> is null.</exception>
    public ActionPlanPolicy WithRag(RagPolicy rag) => new(ReviewPeriod, Preconditions.CheckNotNull(rag), ReviewSource);

    /// <summary>Returns a policy citing another document for the review period.</summary>
    /// <param name="source">The document.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ActionPlanPolicy WithReviewSource(SourceDocument source) => new(ReviewPeriod, Rag, Preconditions.CheckNotNull(source));
}
