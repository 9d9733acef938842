using System;
using Ardalis.SmartEnum;

namespace KentCsp.Domain.Funding;

/// <summary>A rule that <see cref="FundingRules"/> checks, with its stable id, severity, meaning and basis.</summary>
/// <remarks>
/// <para>Rule ids (<c>FUND-001</c> …) are stable: a rule keeps its id for good and a retired id is never reused. Every
/// <see cref="Finding"/> the engine reports carries the id, this rule's <see cref="RuleCatalogue{TSelf}.Severity"/>, and a source: the grant's
/// record for rules that follow from the grant itself (<see cref="CitesPolicy"/> false), or
/// <see cref="FundingPolicy.Source"/> for rules that are the funder's local policy (PRSRA 2011 s.9 leaves the conditions
/// of a grant to the local policing body).</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FundingRule : RuleCatalogue<FundingRule>
{
    /// <summary>FUND-001: the allocations from a grant add up to more than the grant.</summary>
    public static readonly FundingRule AllocationsExceedGrant = new(nameof(AllocationsExceedGrant), 1, FindingSeverity.Error, citesPolicy: false,
        "allocations exceed the grant",
        "The allocations from a grant add up to more than the grant: the partnership cannot pass on more than the local policing body gave it.");

    /// <summary>FUND-002: an allocation is dated outside the grant's financial year.</summary>
    public static readonly FundingRule AllocationOutsideGrantYear = new(nameof(AllocationOutsideGrantYear), 2, FindingSeverity.Error, citesPolicy: false,
        "allocation outside the grant's financial year",
        "An allocation is dated outside the financial year (1 April to 31 March) the grant was made for.");

    /// <summary>FUND-003: money is allocated to a bid whose standing decision is not funded or funded in part.</summary>
    public static readonly FundingRule AllocationWithoutFundingDecision = new(nameof(AllocationWithoutFundingDecision), 3, FindingSeverity.Error, citesPolicy: true,
        "allocation without a funding decision",
        "Money is allocated to a bid whose standing decision is not 'funded' or 'funded in part' (none, in principle only, refused or referred).");

    /// <summary>FUND-004: the allocations to a bid add up to more than it was awarded.</summary>
    public static readonly FundingRule AllocationExceedsAward = new(nameof(AllocationExceedsAward), 4, FindingSeverity.Error, citesPolicy: true,
        "allocation exceeds the award",
        "The allocations to a bid add up to more than the amount its standing decision awarded.");

    /// <summary>FUND-005: a supported bid names no current Community Safety Agreement priority or Police and Crime Plan objective.</summary>
    public static readonly FundingRule NoSupportedPriority = new(nameof(NoSupportedPriority), 5, FindingSeverity.Error, citesPolicy: true,
        "supports no current priority",
        "A bid that was funded (in full, in part or in principle) supports no priority of the Community Safety Agreement in force and no Police and Crime Plan objective.");

    /// <summary>FUND-006: the county partnership supported a local project instead of referring it to the local partnership.</summary>
    public static readonly FundingRule LocalProjectNotReferred = new(nameof(LocalProjectNotReferred), 6, FindingSeverity.Error, citesPolicy: true,
        "local project not referred",
        "A project serving one district or borough was funded by the county partnership instead of being referred to the local partnership.");

    /// <summary>FUND-007: a supported bid looks like another supported project in the county.</summary>
    public static readonly FundingRule LikelyDuplication = new(nameof(LikelyDuplication), 7, FindingSeverity.Warning, citesPolicy: true,
        "likely duplication",
        "A funded bid has the same applicant and project name as another funded bid, or the same purpose for the same or an overlapping area: a likely duplication of effort across the county.");

    /// <summary>FUND-008: a monitoring return came back after its deadline.</summary>
    public static readonly FundingRule MonitoringReturnLate = new(nameof(MonitoringReturnLate), 8, FindingSeverity.Warning, citesPolicy: true,
        "monitoring return late",
        "A monitoring return came back after its deadline (but before the deadline for withdrawal).");

    /// <summary>FUND-009: a monitoring return is missing past its deadline, so the funding is to be withheld.</summary>
    public static readonly FundingRule MonitoringReturnMissing = new(nameof(MonitoringReturnMissing), 9, FindingSeverity.Error, citesPolicy: true,
        "monitoring return missing: withhold funding",
        "A monitoring return is missing past its deadline (plus the policy's withholding period): the funding is to be withheld until it arrives.");

    /// <summary>FUND-010: a monitoring return missed the second deadline, so the funding is to be withdrawn.</summary>
    public static readonly FundingRule MonitoringReturnWithdrawal = new(nameof(MonitoringReturnWithdrawal), 10, FindingSeverity.Error, citesPolicy: true,
        "monitoring return missed the second deadline: withdraw funding",
        "A monitoring return was still missing at the second deadline (its deadline plus the policy's withdrawal period): the funding is to be withdrawn.");

    /// <summary>FUND-011: an in-principle decision is still not confirmed after its confirm-by date or the policy's limit.</summary>
    public static readonly FundingRule InPrinciplePending = new(nameof(InPrinciplePending), 11, FindingSeverity.Warning, citesPolicy: true,
        "in-principle decision still pending",
        "A bid funded in principle has no final decision after its confirm-by date (or, without one, after the policy's limit from the decision).");

    /// <summary>FUND-012: the payments against an allocation add up to more than the allocation.</summary>
    public static readonly FundingRule PaymentsExceedAllocation = new(nameof(PaymentsExceedAllocation), 12, FindingSeverity.Error, citesPolicy: false,
        "payments exceed the allocation",
        "The payments against an allocation add up to more than the allocation.");

    /// <summary>FUND-013: a bid was submitted outside the round's bid window.</summary>
    public static readonly FundingRule BidOutsideWindow = new(nameof(BidOutsideWindow), 13, FindingSeverity.Warning, citesPolicy: true,
        "bid outside the bid window",
        "A bid is dated before the round's bid window opened or after it closed.");

    private FundingRule(string name, int value, FindingSeverity severity, bool citesPolicy, string title, string meaning)
        : base(name, value, "FUND", severity, title, meaning, citesPolicy ? "the funding policy (FundingPolicy.Source)" : "the grant (Grant.Source)")
    {
        CitesPolicy = citesPolicy;
    }

    /// <summary>Whether the rule is the funder's local policy (findings cite <see cref="FundingPolicy.Source"/>) rather than a consequence of the grant itself (findings cite <see cref="Grant.Source"/>).</summary>
    public bool CitesPolicy { get; }
}
