namespace KentCsp.Domain.Funding;

/// <summary>
/// An allocation the 360Giving export would write as a grant while it breaks an error-level funding rule: the round,
/// the allocation, the grant identifier it would be written as, the allocation's state and the rule's finding.
/// </summary>
/// <remarks>
/// <para>The export evaluates the rounds with <see cref="FundingRules.EvaluateAll"/> before anything is written and
/// ties each error-level finding to the allocations it is about: a finding about an allocation or its monitoring
/// return to that allocation; one about a bid (FUND-004, FUND-005, FUND-006) to each allocation to the bid; FUND-001,
/// about a grant's total, to the allocations that take the total past the grant, in the rounds' order and each
/// round's record order. A finding about a bid with no allocation is about nothing the export writes and is not a
/// breach. A withdrawn allocation (<see cref="AllocationState.Withdrawn"/>) always has a breach: the FUND-010 finding
/// that withdrew it.</para>
/// <para>Two breaches are equal when all their parts are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThreeSixtyGivingRuleBreach
{
    internal ThreeSixtyGivingRuleBreach(string roundId, string allocationId, string grantId, AllocationState state, Finding finding)
    {
        RoundId = roundId;
        AllocationId = allocationId;
        GrantId = grantId;
        State = state;
        Finding = finding;
    }

    /// <summary>The round that holds the allocation, e.g. "kcsp-2016-17".</summary>
    public string RoundId { get; }

    /// <summary>The allocation's identifier in its round, e.g. "licence-to-kill".</summary>
    public string AllocationId { get; }

    /// <summary>The 360Giving grant identifier the allocation is written as, e.g. "360G-kentcsp-2016-17-licence-to-kill".</summary>
    public string GrantId { get; }

    /// <summary>The allocation's state on <see cref="ThreeSixtyGivingExportOptions.RulesAsOf"/>, e.g. withdrawn.</summary>
    public AllocationState State { get; }

    /// <summary>The rule's finding: its rule identifier (<c>FUND-001</c> …), severity, subject, message and source.</summary>
    public Finding Finding { get; }

    /// <summary>The identifier of the rule broken, e.g. "FUND-001": the finding's <see cref="Finding.RuleId"/>.</summary>
    public string RuleId => Finding.RuleId;

    /// <summary>Formats the breach: "kcsp-2016-17 allocation b: FUND-001 The 2 allocations from grant … (Test grant letter, 2017-04-01)".</summary>
    /// <returns>The round, the allocation, the rule, its message and its source.</returns>
    public override string ToString() => $"{RoundId} allocation {AllocationId}: {Finding.RuleId} {Finding.Message} ({Finding.Source})";
}
