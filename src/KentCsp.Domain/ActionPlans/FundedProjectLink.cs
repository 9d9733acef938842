using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.ActionPlans;

/// <summary>A link from an action to a funded project: the funding round and the bid within it.</summary>
/// <remarks>Two links are equal when both identifiers are equal (ordinal).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FundedProjectLink
{
    /// <summary>Creates a link.</summary>
    /// <param name="roundId">The funding round's identifier, e.g. "kcsp-2017-18".</param>
    /// <param name="bidId">The bid's identifier within the round, e.g. "licence-to-kill-presentations".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier is not lower-case letters, digits and single hyphens.</exception>
    public FundedProjectLink(string roundId, string bidId)
    {
        RoundId = Slug.Check(roundId);
        BidId = Slug.Check(bidId);
    }

    /// <summary>The funding round's identifier.</summary>
    public string RoundId { get; }

    /// <summary>The bid's identifier within the round.</summary>
    public string BidId { get; }

    /// <summary>Formats the link: "kcsp-2017-18/licence-to-kill-presentations".</summary>
    /// <returns>The round and bid identifiers.</returns>
    public override string ToString() => RoundId + "/" + BidId;
}
