using System.Collections.Generic;
using KentCsp.Domain.Funding;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shape of the funding round document. Property order here is the order in the JSON; schemaVersion comes
// first, then currency. Amounts are Money (a JSON number with two decimal places), years are FinancialYear ("2016/17").

internal sealed class FundingRoundDocument
{
    public required int SchemaVersion { get; init; }
    public required string Currency { get; init; }
    public required string Id { get; init; }
    public required GrantWire Grant { get; init; }
    public DateIntervalWire? BidWindow { get; init; }
    public required List<BidWire?> Bids { get; init; }
    public required List<BidDecisionWire?> Decisions { get; init; }
    public required List<AllocationWire?> Allocations { get; init; }
    public required List<PaymentWire?> Payments { get; init; }
    public required List<MonitoringReturnWire?> MonitoringReturns { get; init; }
    public required List<RepaymentWire?> Repayments { get; init; }
    public required SourceDocumentWire Source { get; init; }
}

internal sealed class GrantWire
{
    public required string Id { get; init; }
    public required LocalPolicingBodyWire Funder { get; init; }
    public required OrganisationWire Recipient { get; init; }
    public required FinancialYear Year { get; init; }
    public required Money Amount { get; init; }
    public required string Purpose { get; init; }
    public required List<GrantCondition?> Conditions { get; init; }
    public required SourceDocumentWire Source { get; init; }
}

internal sealed class LocalPolicingBodyWire
{
    public required OrganisationWire Organisation { get; init; }
    public required LocalPolicingBodyKind Kind { get; init; }
    public required string Area { get; init; }
}

internal sealed class DateIntervalWire
{
    public required LocalDate Start { get; init; }
    public required LocalDate End { get; init; }
}

internal sealed class BidWire
{
    public required string Id { get; init; }
    public required OrganisationWire Applicant { get; init; }
    public required string Project { get; init; }
    public required string Purpose { get; init; }
    public Money? AmountRequested { get; init; }
    public required List<string?> PriorityIds { get; init; }
    public required List<string?> PlanObjectives { get; init; }
    public required ProjectScopeWire Scope { get; init; }
    public LocalDate? SubmittedOn { get; init; }
}

internal sealed class ProjectScopeWire
{
    public required ScopeKind Kind { get; init; }
    public string? District { get; init; }
}

internal sealed class BidDecisionWire
{
    public required string BidId { get; init; }
    public required DecisionOutcome Outcome { get; init; }
    public required LocalDate DecidedOn { get; init; }
    public required string Reason { get; init; }
    public Money? AmountAwarded { get; init; }
    public LocalDate? ConfirmBy { get; init; }
}

internal sealed class AllocationWire
{
    public required string Id { get; init; }
    public required string BidId { get; init; }
    public required Money Amount { get; init; }
    public required LocalDate AllocatedOn { get; init; }
}

internal sealed class PaymentWire
{
    public required string AllocationId { get; init; }
    public required Money Amount { get; init; }
    public required LocalDate PaidOn { get; init; }
}

internal sealed class MonitoringReturnWire
{
    public required string AllocationId { get; init; }
    public required LocalDate IssuedOn { get; init; }
    public required LocalDate DueOn { get; init; }
    public LocalDate? ReceivedOn { get; init; }
}

internal sealed class RepaymentWire
{
    public required string AllocationId { get; init; }
    public required Money Amount { get; init; }
    public required LocalDate RepaidOn { get; init; }
    public required string Reason { get; init; }
}
