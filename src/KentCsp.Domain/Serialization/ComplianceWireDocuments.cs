using System.Collections.Generic;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The partnership record (what a compliance check reads) and the findings document (what any rule engine reports).

internal sealed class PartnershipRecordDocument
{
    public required int SchemaVersion { get; init; }
    public required AreaKind Area { get; init; }
    public required PartnershipDocument Partnership { get; init; }
    public required List<TermsOfReferenceWire?> TermsOfReference { get; init; }
    // Null when the record does not hold them; the rules that need them are then reported as not judged.
    public List<LocalDate>? MeetingDates { get; init; }
    public List<OrganisationIdWire?>? InformationSharingSignatories { get; init; }
    public required List<OrganisationIdWire?> LocalPolicingBodies { get; init; }
}

internal sealed class TermsOfReferenceWire
{
    public required OrganisationIdWire BodyId { get; init; }
    public required string Version { get; init; }
    public required LocalDate ApprovedOn { get; init; }
    public required int MinimumMeetingsPerYear { get; init; }
    // An ISO-8601 period such as "P1Y".
    public string? ReviewWithin { get; init; }
    public string? InformationSharingAgreement { get; init; }
    public required List<OrganisationIdWire?> SubGroupIds { get; init; }
    public required SourceDocumentWire Source { get; init; }
}

internal sealed class FindingsDocument
{
    public required int SchemaVersion { get; init; }
    public required List<FindingWire?> Findings { get; init; }
}

internal sealed class FindingWire
{
    public required string RuleId { get; init; }
    public required FindingSeverity Severity { get; init; }
    public required string Subject { get; init; }
    public required string Message { get; init; }
    public required List<FindingFigureWire?> Figures { get; init; }
    public required SourceDocumentWire Source { get; init; }
}

internal sealed class FindingFigureWire
{
    public required string Name { get; init; }
    public required string Value { get; init; }
}
