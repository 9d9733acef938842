using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Agreement;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shape of the Community Safety Agreement edition document. Property order here is the order in the JSON;
// schemaVersion comes first.

internal sealed class AgreementEditionDocument
{
    public required int SchemaVersion { get; init; }
    // Absent from schema version 1 documents; required in version 2, where it must be "csa".
    public string? Kind { get; init; }
    public required OrganisationIdWire PartnershipId { get; init; }
    public required string Label { get; init; }
    public LocalDate? AgreedOn { get; init; }
    public LocalDate? InForceFrom { get; init; }
    public required LocalDate InForceBy { get; init; }
    public required List<AgreementItemWire?> Priorities { get; init; }
    public required List<AgreementItemWire?> CrossCuttingThemes { get; init; }
    // Optional lists (absent from documents written before they existed); written only when not empty.
    public List<AgreementAppendixWire?>? Appendices { get; init; }
    public List<SourceDocumentWire?>? StrategicAssessments { get; init; }
    public required SourceDocumentWire Source { get; init; }
    // Written only when the object carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
}

internal sealed class AgreementAppendixWire
{
    public required string Label { get; init; }
    public required string Title { get; init; }
}

internal sealed class AgreementItemWire
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    // Written only when the item takes over other identifiers.
    public List<string?>? DerivedFrom { get; init; }
}

/// <summary>The agreement edition document: <see cref="CommunitySafetyAgreementEdition"/> to <see cref="AgreementEditionDocument"/> and back.</summary>
internal static partial class WireMapper
{
    internal static AgreementEditionDocument ToDocument(CommunitySafetyAgreementEdition edition) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.AgreementEdition.WireName,
        PartnershipId = ToWire(edition.PartnershipId),
        Label = edition.Label,
        AgreedOn = edition.AgreedOn,
        InForceFrom = edition.InForceFrom,
        InForceBy = edition.InForceBy,
        Priorities = edition.Priorities.Select(ToWire).ToList(),
        CrossCuttingThemes = edition.CrossCuttingThemes.Select(ToWire).ToList(),
        Appendices = edition.Appendices.Count == 0 ? null : edition.Appendices.Select(appendix => (AgreementAppendixWire?)new AgreementAppendixWire { Label = appendix.Label, Title = appendix.Title }).ToList(),
        StrategicAssessments = edition.StrategicAssessments.Count == 0 ? null : edition.StrategicAssessments.Select(assessment => (SourceDocumentWire?)ToWire(assessment)).ToList(),
        Source = ToWire(edition.Source),
        Provenance = ToWire(edition.Provenance),
    };

    internal static CommunitySafetyAgreementEdition FromDocument(AgreementEditionDocument document) => FromDocument(document, "$");

    /// <summary>Reads an edition document found at <paramref name="root"/>: "$" on its own, or nested in another document.</summary>
    private static CommunitySafetyAgreementEdition FromDocument(AgreementEditionDocument document, string root)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.AgreementEdition, root);
        var partnershipId = FromWire(document.PartnershipId, root + ".partnershipId");
        var priorities = Elements(document.Priorities, root + ".priorities", FromWire);
        var themes = Elements(document.CrossCuttingThemes, root + ".crossCuttingThemes", FromWire);
        var appendices = Elements(document.Appendices ?? [], root + ".appendices", (wire, path) => Build(path, () => new AgreementAppendix(wire.Label, wire.Title)));
        var assessments = Elements(document.StrategicAssessments ?? [], root + ".strategicAssessments", FromWire);
        var source = FromWire(document.Source, root + ".source");
        var edition = Build(root, () => new CommunitySafetyAgreementEdition(partnershipId, document.Label, document.InForceBy, priorities, themes, source));
        return Build(root, () => edition.WithDates(document.AgreedOn, document.InForceFrom).WithAppendices(appendices).WithStrategicAssessments(assessments))
            .WithProvenance(FromWire(document.Provenance, root + ".provenance"));
    }

    private static AgreementItemWire? ToWire(AgreementItem item) => new()
    {
        Id = item.Id,
        Title = item.Title,
        DerivedFrom = item.DerivedFrom.Count == 0 ? null : item.DerivedFrom.Select(id => (string?)id).ToList(),
    };

    private static AgreementItem FromWire(AgreementItemWire wire, string path)
    {
        var derivedFrom = wire.DerivedFrom is null ? [] : NotNull(wire.DerivedFrom, path + ".derivedFrom");
        return Build(path, () => new AgreementItem(wire.Id, wire.Title, derivedFrom));
    }

}
