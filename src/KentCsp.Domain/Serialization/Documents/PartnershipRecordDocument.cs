using KentCsp.Domain.Utility;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Partnership;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain.Serialization;

// The partnership record (what a compliance check reads) and the findings document (what any rule engine reports).

internal sealed class PartnershipRecordDocument
{
    public required int SchemaVersion { get; init; }
    // Absent from schema version 1 documents; required in version 2, where it must be "partnership-record".
    public string? Kind { get; init; }
    public required AreaKind Area { get; init; }
    public required PartnershipDocument Partnership { get; init; }
    public required List<TermsOfReferenceWire?> TermsOfReference { get; init; }
    // Null when the record does not hold them; the rules that need them are then reported as not judged.
    public List<LocalDate>? MeetingDates { get; init; }
    public List<OrganisationIdWire?>? InformationSharingSignatories { get; init; }
    public required List<OrganisationIdWire?> LocalPolicingBodies { get; init; }
    // Optional (absent from documents written before it existed, and from records that do not limit it): the first day
    // the record knows the membership. Not a membership start date. Written only when set.
    public LocalDate? MembershipKnownFrom { get; init; }
    // Written last, only when the record carries provenance (see ProvenanceDocument.cs); the partnership's own is
    // written inside the partnership member.
    public ProvenanceWire? Provenance { get; init; }
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
    // Absent from schema version 1 documents; required in version 2, where it must be "findings".
    public string? Kind { get; init; }
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

internal static partial class WireMapper
{
    internal static PartnershipRecordDocument ToDocument(PartnershipRecord record) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.PartnershipRecord.WireName,
        Area = record.Area,
        Partnership = ToDocument(record.Partnership),
        TermsOfReference = record.TermsOfReference.Select(terms => (TermsOfReferenceWire?)new TermsOfReferenceWire
        {
            BodyId = ToWire(terms.BodyId),
            Version = terms.Version,
            ApprovedOn = terms.ApprovedOn,
            MinimumMeetingsPerYear = terms.MinimumMeetingsPerYear,
            ReviewWithin = terms.ReviewWithin is { } period ? PeriodPattern.Roundtrip.Format(period) : null,
            InformationSharingAgreement = terms.InformationSharingAgreement,
            SubGroupIds = terms.SubGroupIds.Select(id => (OrganisationIdWire?)ToWire(id)).ToList(),
            Source = ToWire(terms.Source),
        }).ToList(),
        MeetingDates = record.MeetingDates?.ToList(),
        InformationSharingSignatories = record.InformationSharingSignatories?.Select(id => (OrganisationIdWire?)ToWire(id)).ToList(),
        LocalPolicingBodies = record.LocalPolicingBodies.Select(id => (OrganisationIdWire?)ToWire(id)).ToList(),
        MembershipKnownFrom = record.MembershipKnownFrom,
        Provenance = ToWire(record.Provenance),
    };

    internal static PartnershipRecord FromDocument(PartnershipRecordDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.PartnershipRecord, "$");
        var partnership = FromDocument(document.Partnership, "$.partnership");
        var terms = Elements(document.TermsOfReference, "$.termsOfReference", (wire, path) =>
        {
            var bodyId = FromWire(wire.BodyId, path + ".bodyId");
            NodaTime.Period? reviewWithin = null;
            if (wire.ReviewWithin is { } text)
            {
                var parsed = PeriodPattern.Roundtrip.Parse(text);
                reviewWithin = parsed.Success ? parsed.Value : throw JsonErrors.At(path + ".reviewWithin", $"{Preconditions.Quote(text)} is not an ISO-8601 period such as \"P1Y\".");
            }
            var subGroupIds = Elements(wire.SubGroupIds, path + ".subGroupIds", FromWire);
            var source = FromWire(wire.Source, path + ".source");
            return Build(path, () => new TermsOfReference(bodyId, wire.Version, wire.ApprovedOn, wire.MinimumMeetingsPerYear, reviewWithin, wire.InformationSharingAgreement, subGroupIds, source));
        });
        var signatories = document.InformationSharingSignatories is { } signed ? Elements(signed, "$.informationSharingSignatories", FromWire) : null;
        var policingBodies = Elements(document.LocalPolicingBodies, "$.localPolicingBodies", FromWire);
        var provenance = FromWire(document.Provenance, "$.provenance");
        return Build("$", () => new PartnershipRecord(partnership, document.Area, terms, document.MeetingDates, signatories, policingBodies)
            .WithMembershipKnownFrom(document.MembershipKnownFrom)
            .WithProvenance(provenance));
    }

    internal static FindingsDocument ToDocument(IEnumerable<Finding> findings) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.Findings.WireName,
        Findings = findings.Select(finding => (FindingWire?)ToWire(finding)).ToList(),
    };

    internal static IReadOnlyList<Finding> FromDocument(FindingsDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.Findings, "$");
        return Elements(document.Findings, "$.findings", FromWire).ToArray();
    }

    private static FindingWire ToWire(Finding finding) => new()
    {
        RuleId = finding.RuleId,
        Severity = finding.Severity,
        Subject = finding.Subject,
        Message = finding.Message,
        Figures = finding.Figures.Select(figure => (FindingFigureWire?)new FindingFigureWire { Name = figure.Name, Value = figure.Value }).ToList(),
        Source = ToWire(finding.Source),
    };

    private static Finding FromWire(FindingWire wire, string path)
    {
        var figures = Elements(wire.Figures, path + ".figures", (figure, figurePath) => Build(figurePath, () => new FindingFigure(figure.Name, figure.Value)));
        var source = FromWire(wire.Source, path + ".source");
        return Build(path, () => new Finding(wire.RuleId, wire.Severity, wire.Subject, wire.Message, figures, source));
    }
}
