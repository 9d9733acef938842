using System;
using System.Collections.Generic;

namespace KentCsp.Domain.Tests.TestSupport.PlainDocuments;

// Plain classes in exactly the shape of the funding round document the library writes (docs/json-format.md,
// docs/schemas/funding.schema.json): mutable, no validation, no domain types. Property order is the order of the JSON;
// amounts are decimal (read and written with their two decimal places), dates are DateOnly ("2017-06-01"), financial
// years and catalogue names are strings. Members the library leaves out when absent are nullable here and left out on
// writing. The library's optional provenance member is not modelled: the generated rounds carry none.

/// <summary>The funding round document as a plain class.</summary>
public sealed class PlainFundingRound
{
    public int SchemaVersion { get; set; }
    public string Kind { get; set; } = null!;
    public string Currency { get; set; } = null!;
    public string Id { get; set; } = null!;
    public PlainGrant Grant { get; set; } = null!;
    public PlainDateInterval? BidWindow { get; set; }
    public List<PlainBid> Bids { get; set; } = null!;
    public List<PlainBidDecision> Decisions { get; set; } = null!;
    public List<PlainAllocation> Allocations { get; set; } = null!;
    public List<PlainPayment> Payments { get; set; } = null!;
    public List<PlainMonitoringReturn> MonitoringReturns { get; set; } = null!;
    public List<PlainRepayment> Repayments { get; set; } = null!;
    public PlainSourceDocument Source { get; set; } = null!;
}

/// <summary>The grant of a round.</summary>
public sealed class PlainGrant
{
    public string Id { get; set; } = null!;
    public PlainLocalPolicingBody Funder { get; set; } = null!;
    public PlainOrganisation Recipient { get; set; } = null!;
    public string Year { get; set; } = null!;
    public decimal Amount { get; set; }
    public string Purpose { get; set; } = null!;
    public List<string> Conditions { get; set; } = null!;
    public PlainSourceDocument Source { get; set; } = null!;
}

/// <summary>The local policing body that funds the grant.</summary>
public sealed class PlainLocalPolicingBody
{
    public PlainOrganisation Organisation { get; set; } = null!;
    public string Kind { get; set; } = null!;
    public string Area { get; set; } = null!;
}

/// <summary>An organisation: its identifier, name and, for a responsible authority, its kind.</summary>
public sealed class PlainOrganisation
{
    public PlainOrganisationId Id { get; set; } = null!;
    public string Name { get; set; } = null!;
    public string? AuthorityKind { get; set; }
}

/// <summary>An organisation identifier: scheme and identifier.</summary>
public sealed class PlainOrganisationId
{
    public string Scheme { get; set; } = null!;
    public string Identifier { get; set; } = null!;
}

/// <summary>A source document: title, and the optional date and locator.</summary>
public sealed class PlainSourceDocument
{
    public string Title { get; set; } = null!;
    public DateOnly? Date { get; set; }
    public string? Locator { get; set; }
}

/// <summary>A window of dates, both ends included.</summary>
public sealed class PlainDateInterval
{
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
}

/// <summary>A bid.</summary>
public sealed class PlainBid
{
    public string Id { get; set; } = null!;
    public PlainOrganisation Applicant { get; set; } = null!;
    public string Project { get; set; } = null!;
    public string Purpose { get; set; } = null!;
    public decimal? AmountRequested { get; set; }
    public List<string> PriorityIds { get; set; } = null!;
    public List<string> PlanObjectives { get; set; } = null!;
    public PlainProjectScope Scope { get; set; } = null!;
    public DateOnly? SubmittedOn { get; set; }
}

/// <summary>Where a project works: county-wide, or in one district.</summary>
public sealed class PlainProjectScope
{
    public string Kind { get; set; } = null!;
    public string? District { get; set; }
}

/// <summary>The decision on a bid.</summary>
public sealed class PlainBidDecision
{
    public string BidId { get; set; } = null!;
    public string Outcome { get; set; } = null!;
    public DateOnly DecidedOn { get; set; }
    public string Reason { get; set; } = null!;
    public decimal? AmountAwarded { get; set; }
    public DateOnly? ConfirmBy { get; set; }
}

/// <summary>An allocation of money to a bid.</summary>
public sealed class PlainAllocation
{
    public string Id { get; set; } = null!;
    public string BidId { get; set; } = null!;
    public decimal Amount { get; set; }
    public DateOnly AllocatedOn { get; set; }
}

/// <summary>A payment against an allocation.</summary>
public sealed class PlainPayment
{
    public string AllocationId { get; set; } = null!;
    public decimal Amount { get; set; }
    public DateOnly PaidOn { get; set; }
}

/// <summary>A monitoring return: issued, due, and received if it was.</summary>
public sealed class PlainMonitoringReturn
{
    public string AllocationId { get; set; } = null!;
    public DateOnly IssuedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? ReceivedOn { get; set; }
}

/// <summary>Money repaid against an allocation.</summary>
public sealed class PlainRepayment
{
    public string AllocationId { get; set; } = null!;
    public decimal Amount { get; set; }
    public DateOnly RepaidOn { get; set; }
    public string Reason { get; set; } = null!;
}
