using Ardalis.SmartEnum;

namespace KentCsp.Domain.Funding;

/// <summary>Why <see cref="FundingRound.Allocate"/> refused an allocation.</summary>
/// <remarks>
/// <para>Where the refusal enforces one of the <see cref="FundingRule"/>s, <see cref="Rule"/> names it, so that a
/// refusal and the finding the rule engine would report for the same allocation agree.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AllocationRefusalReason : Catalogue<AllocationRefusalReason>
{
    /// <summary>The allocation is for a bid that is not in the round.</summary>
    public static readonly AllocationRefusalReason UnknownBid = new(nameof(UnknownBid), 1, "the bid is not in the round", null);

    /// <summary>The round already has an allocation with the same identifier.</summary>
    public static readonly AllocationRefusalReason DuplicateId = new(nameof(DuplicateId), 2, "the allocation identifier is already used in the round", null);

    /// <summary>The bid's standing decision is not funded or funded in part.</summary>
    public static readonly AllocationRefusalReason BidNotFunded = new(nameof(BidNotFunded), 3, "the bid has not been funded", FundingRule.AllocationWithoutFundingDecision);

    /// <summary>The allocation date falls outside the grant's financial year.</summary>
    public static readonly AllocationRefusalReason OutsideGrantYear = new(nameof(OutsideGrantYear), 4, "the date is outside the grant's financial year", FundingRule.AllocationOutsideGrantYear);

    /// <summary>The project is local and the policy refers local projects to the local partnership.</summary>
    public static readonly AllocationRefusalReason LocalProject = new(nameof(LocalProject), 5, "the project is local and is to be referred to the local partnership", FundingRule.LocalProjectNotReferred);

    /// <summary>The allocation would take the bid past the amount awarded.</summary>
    public static readonly AllocationRefusalReason ExceedsAward = new(nameof(ExceedsAward), 6, "the bid would receive more than it was awarded", FundingRule.AllocationExceedsAward);

    /// <summary>The allocation would take the round past the grant.</summary>
    public static readonly AllocationRefusalReason ExceedsGrant = new(nameof(ExceedsGrant), 7, "the allocations would exceed the grant", FundingRule.AllocationsExceedGrant);

    private AllocationRefusalReason(string name, int value, string description, FundingRule? rule)
        : base(name, value)
    {
        Description = description;
        Rule = rule;
    }

    /// <summary>The reason in words.</summary>
    public string Description { get; }

    /// <summary>The funding rule the refusal enforces, or null for a refusal about the request itself (an unknown bid, a repeated identifier).</summary>
    public FundingRule? Rule { get; }
}
