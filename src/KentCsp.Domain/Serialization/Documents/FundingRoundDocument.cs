using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shape of the funding round document. Property order here is the order in the JSON; schemaVersion comes
// first, then currency. Amounts are Money (a JSON number with two decimal places), years are FinancialYear ("2016/17").

internal sealed class FundingRoundDocument
{
    public required int SchemaVersion { get; init; }
    // Absent from schema version 1 documents; required in version 2, where it must be "funding".
    public string? Kind { get; init; }
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
    // Written only when the object carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
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

/// <summary>The funding round document: <see cref="FundingRound"/> to <see cref="FundingRoundDocument"/> and back.</summary>
internal static partial class WireMapper
{
    /// <summary>The one currency of schema version 1: every amount is in pounds sterling.</summary>
    private const string PoundsSterling = "GBP";

    internal static FundingRoundDocument ToDocument(FundingRound round) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.FundingRound.WireName,
        Currency = PoundsSterling,
        Id = round.Id,
        Grant = ToWire(round.Grant),
        BidWindow = round.BidWindow is { } window ? new DateIntervalWire { Start = window.Start, End = window.End } : null,
        Bids = round.Bids.Select(bid => (BidWire?)ToWire(bid)).ToList(),
        Decisions = round.Decisions.Select(decision => (BidDecisionWire?)new BidDecisionWire
        {
            BidId = decision.BidId,
            Outcome = decision.Outcome,
            DecidedOn = decision.DecidedOn,
            Reason = decision.Reason,
            AmountAwarded = decision.AmountAwarded,
            ConfirmBy = decision.ConfirmBy,
        }).ToList(),
        Allocations = round.Allocations.Select(allocation => (AllocationWire?)new AllocationWire
        {
            Id = allocation.Id,
            BidId = allocation.BidId,
            Amount = allocation.Amount,
            AllocatedOn = allocation.AllocatedOn,
        }).ToList(),
        Payments = round.Payments.Select(payment => (PaymentWire?)new PaymentWire
        {
            AllocationId = payment.AllocationId,
            Amount = payment.Amount,
            PaidOn = payment.PaidOn,
        }).ToList(),
        MonitoringReturns = round.MonitoringReturns.Select(monitoringReturn => (MonitoringReturnWire?)new MonitoringReturnWire
        {
            AllocationId = monitoringReturn.AllocationId,
            IssuedOn = monitoringReturn.IssuedOn,
            DueOn = monitoringReturn.DueOn,
            ReceivedOn = monitoringReturn.ReceivedOn,
        }).ToList(),
        Repayments = round.Repayments.Select(repayment => (RepaymentWire?)new RepaymentWire
        {
            AllocationId = repayment.AllocationId,
            Amount = repayment.Amount,
            RepaidOn = repayment.RepaidOn,
            Reason = repayment.Reason,
        }).ToList(),
        Source = ToWire(round.Source),
        Provenance = ToWire(round.Provenance),
    };

    internal static FundingRound FromDocument(FundingRoundDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.FundingRound, "$");
        if (!string.Equals(document.Currency, PoundsSterling, StringComparison.Ordinal))
        {
            throw JsonErrors.At("$.currency", $"{Preconditions.Quote(document.Currency)} is not supported: only GBP (pounds sterling) is supported in schema version {document.SchemaVersion}.");
        }
        var grant = FromWire(document.Grant, "$.grant");
        var bidWindow = document.BidWindow is { } window ? FromWire(window, "$.bidWindow") : null;
        var bids = Elements(document.Bids, "$.bids", static wire => TryFromWire(wire), static (wire, path) => FromWire(wire, path));
        var decisions = BuildEach(document.Decisions, "$.decisions",
            static wire => new BidDecision(wire.BidId, wire.Outcome, wire.DecidedOn, wire.Reason, wire.AmountAwarded, wire.ConfirmBy));
        var allocations = BuildEach(document.Allocations, "$.allocations",
            static wire => new Allocation(wire.Id, wire.BidId, wire.Amount, wire.AllocatedOn));
        var payments = BuildEach(document.Payments, "$.payments",
            static wire => new Payment(wire.AllocationId, wire.Amount, wire.PaidOn));
        var monitoringReturns = BuildEach(document.MonitoringReturns, "$.monitoringReturns",
            static wire => new MonitoringReturn(wire.AllocationId, wire.IssuedOn, wire.DueOn, wire.ReceivedOn));
        var repayments = BuildEach(document.Repayments, "$.repayments",
            static wire => new Repayment(wire.AllocationId, wire.Amount, wire.RepaidOn, wire.Reason));
        var source = FromWire(document.Source, "$.source");
        var provenance = FromWire(document.Provenance, "$.provenance");
        return Build("$", () => new FundingRound(document.Id, grant, bidWindow, bids, decisions, allocations, payments, monitoringReturns, repayments, source)).WithProvenance(provenance);
    }

    private static GrantWire ToWire(Grant grant) => new()
    {
        Id = grant.Id,
        Funder = new LocalPolicingBodyWire { Organisation = ToWire(grant.Funder.Organisation), Kind = grant.Funder.Kind, Area = grant.Funder.Area },
        Recipient = ToWire(grant.Recipient),
        Year = grant.Year,
        Amount = grant.Amount,
        Purpose = grant.Purpose,
        Conditions = grant.Conditions.Select(condition => (GrantCondition?)condition).ToList(),
        Source = ToWire(grant.Source),
    };

    private static Grant FromWire(GrantWire wire, string path)
    {
        var funderOrganisation = FromWire(wire.Funder.Organisation, path + ".funder.organisation");
        var funder = Build(path + ".funder", () => new LocalPolicingBody(funderOrganisation, wire.Funder.Kind, wire.Funder.Area));
        var recipient = FromWire(wire.Recipient, path + ".recipient");
        var conditions = NotNull(wire.Conditions, path + ".conditions");
        var source = FromWire(wire.Source, path + ".source");
        return Build(path, () => new Grant(wire.Id, funder, recipient, wire.Year, wire.Amount, wire.Purpose, conditions, source));
    }

    private static DateInterval FromWire(DateIntervalWire wire, string path)
    {
        if (wire.End < wire.Start)
        {
            throw JsonErrors.At(path, $"the window ends on {Dates.Iso(wire.End)}, before it starts on {Dates.Iso(wire.Start)}; the end must not be before the start.");
        }
        return Build(path, () => new DateInterval(wire.Start, wire.End));
    }

    private static BidWire ToWire(Bid bid) => new()
    {
        Id = bid.Id,
        Applicant = ToWire(bid.Applicant),
        Project = bid.Project,
        Purpose = bid.Purpose,
        AmountRequested = bid.AmountRequested,
        PriorityIds = bid.PriorityIds.Select(id => (string?)id).ToList(),
        PlanObjectives = bid.PlanObjectives.Select(id => (string?)id).ToList(),
        Scope = new ProjectScopeWire { Kind = bid.Scope.Kind, District = bid.Scope.District },
        SubmittedOn = bid.SubmittedOn,
    };

    /// <summary>
    /// Maps a bid without naming paths: null where a member is missing, a list holds a null or the scope does not fit
    /// its kind, and an <see cref="ArgumentException"/> where a constructor refuses a value. <see cref="FromWire(BidWire, string)"/>
    /// then maps it again and reports the problem at its path.
    /// </summary>
    private static Bid? TryFromWire(BidWire wire)
    {
        if (wire.Applicant is not { Id: { } id } applicant || wire.Scope is not { } scopeWire || wire.PriorityIds is null || wire.PlanObjectives is null
            || wire.PriorityIds.Contains(null) || wire.PlanObjectives.Contains(null))
        {
            return null;
        }
        ProjectScope? scope = scopeWire.Kind == ScopeKind.Local
            ? scopeWire.District is { } district ? ProjectScope.Local(district) : null
            : scopeWire.Kind is not null && scopeWire.District is null ? ProjectScope.CountyWide : null;
        if (scope is null)
        {
            return null;
        }
        var organisation = new Organisation(new OrganisationId(id.Scheme, id.Identifier), applicant.Name, applicant.AuthorityKind);
        return new Bid(wire.Id, organisation, wire.Project, wire.Purpose, wire.AmountRequested, wire.PriorityIds!, wire.PlanObjectives!, scope, wire.SubmittedOn);
    }

    private static Bid FromWire(BidWire wire, string path)
    {
        var applicant = FromWire(wire.Applicant, path + ".applicant");
        var priorityIds = NotNull(wire.PriorityIds, path + ".priorityIds");
        var planObjectives = NotNull(wire.PlanObjectives, path + ".planObjectives");
        var scope = FromWire(wire.Scope, path + ".scope");
        return Build(path, () => new Bid(wire.Id, applicant, wire.Project, wire.Purpose, wire.AmountRequested, priorityIds, planObjectives, scope, wire.SubmittedOn));
    }

    private static ProjectScope FromWire(ProjectScopeWire wire, string path)
    {
        if (wire.Kind == ScopeKind.Local)
        {
            if (wire.District is not { } district)
            {
                throw JsonErrors.At(path, "a Local scope must name its district, e.g. \"district\": \"Thanet\".");
            }
            return Build(path, () => ProjectScope.Local(district));
        }
        if (wire.District is not null)
        {
            throw JsonErrors.At(path, $"a {wire.Kind.Name} scope names no district, but {Preconditions.Quote(wire.District)} was given; a project in one district has \"kind\": \"Local\".");
        }
        return ProjectScope.CountyWide;
    }
}
