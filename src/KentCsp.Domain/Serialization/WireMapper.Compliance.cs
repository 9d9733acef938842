using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Partnership;
using NodaTime.Text;

namespace KentCsp.Domain.Serialization;

internal static partial class WireMapper
{
    internal static PartnershipRecordDocument ToDocument(PartnershipRecord record) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
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
    };

    internal static PartnershipRecord FromDocument(PartnershipRecordDocument document)
    {
        CheckSchemaVersion(document.SchemaVersion);
        var partnership = FromDocument(document.Partnership, "$.partnership");
        var terms = Elements(document.TermsOfReference, "$.termsOfReference", (wire, path) =>
        {
            var bodyId = FromWire(wire.BodyId, path + ".bodyId");
            NodaTime.Period? reviewWithin = null;
            if (wire.ReviewWithin is { } text)
            {
                var parsed = PeriodPattern.Roundtrip.Parse(text);
                reviewWithin = parsed.Success ? parsed.Value : throw JsonErrors.At(path + ".reviewWithin", $"\"{text}\" is not an ISO-8601 period such as \"P1Y\".");
            }
            var subGroupIds = Elements(wire.SubGroupIds, path + ".subGroupIds", FromWire);
            var source = FromWire(wire.Source, path + ".source");
            return Build(path, () => new TermsOfReference(bodyId, wire.Version, wire.ApprovedOn, wire.MinimumMeetingsPerYear, reviewWithin, wire.InformationSharingAgreement, subGroupIds, source));
        });
        var signatories = document.InformationSharingSignatories is { } signed ? Elements(signed, "$.informationSharingSignatories", FromWire) : null;
        var policingBodies = Elements(document.LocalPolicingBodies, "$.localPolicingBodies", FromWire);
        return Build("$", () => new PartnershipRecord(partnership, document.Area, terms, document.MeetingDates, signatories, policingBodies));
    }

    internal static FindingsDocument ToDocument(IEnumerable<Finding> findings) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Findings = findings.Select(finding => (FindingWire?)ToWire(finding)).ToList(),
    };

    internal static IReadOnlyList<Finding> FromDocument(FindingsDocument document)
    {
        CheckSchemaVersion(document.SchemaVersion);
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
