using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Utility;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain.Serialization;

// The wire shape of the agreement history document: every edition of one partnership's Community Safety Agreement
// whose content is held, each as the edition document writes it (without its own schemaVersion and kind), and the
// editions known by name only. Property order here is the order in the JSON; schemaVersion comes first.

internal sealed class AgreementHistoryDocument
{
    public required int SchemaVersion { get; init; }
    // Absent from schema version 1 documents; required in version 2, where it must be "csa-history".
    public string? Kind { get; init; }
    // Earliest first, as AgreementHistory.Editions holds them; any order on reading.
    public required List<AgreementEditionWire?> Editions { get; init; }
    // Written only when not empty; any order on reading.
    public List<KnownByNameEditionWire?>? EditionsKnownByName { get; init; }
}

// An edition inside a history: the members of the edition document after its schemaVersion and kind.
internal sealed class AgreementEditionWire
{
    public required OrganisationIdWire PartnershipId { get; init; }
    public required string Label { get; init; }
    public LocalDate? AgreedOn { get; init; }
    public LocalDate? InForceFrom { get; init; }
    public required LocalDate InForceBy { get; init; }
    public required List<AgreementItemWire?> Priorities { get; init; }
    public required List<AgreementItemWire?> CrossCuttingThemes { get; init; }
    // Optional lists; written only when not empty.
    public List<AgreementAppendixWire?>? Appendices { get; init; }
    public List<SourceDocumentWire?>? StrategicAssessments { get; init; }
    public required SourceDocumentWire Source { get; init; }
    // Written only when the object carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
}

internal sealed class KnownByNameEditionWire
{
    public required OrganisationIdWire PartnershipId { get; init; }
    public required string Label { get; init; }
    // The month the sources date the edition to, as YYYY-MM ("2018-04"): they give no day.
    public required string InForceMonth { get; init; }
    public required SourceDocumentWire Source { get; init; }
}

/// <summary>The agreement history document: <see cref="AgreementHistory"/> to <see cref="AgreementHistoryDocument"/> and back.</summary>
internal static partial class WireMapper
{
    internal static AgreementHistoryDocument ToDocument(AgreementHistory history) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.AgreementHistory.WireName,
        Editions = history.Editions.Select(edition => (AgreementEditionWire?)ToEditionWire(edition)).ToList(),
        EditionsKnownByName = history.EditionsKnownByName.Count == 0 ? null : history.EditionsKnownByName.Select(edition => (KnownByNameEditionWire?)new KnownByNameEditionWire
        {
            PartnershipId = ToWire(edition.PartnershipId),
            Label = edition.Label,
            InForceMonth = YearMonthPattern.Iso.Format(edition.InForceMonth),
            Source = ToWire(edition.Source),
        }).ToList(),
    };

    internal static AgreementHistory FromDocument(AgreementHistoryDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.AgreementHistory, "$");
        var editions = Elements(document.Editions, "$.editions", FromWire);
        var byName = Elements(document.EditionsKnownByName ?? [], "$.editionsKnownByName", FromWire);
        // The history's own refusals name its parameter, editions or editionsKnownByName: the member of that name.
        return Build("$", () => new AgreementHistory(editions, byName));
    }

    private static AgreementEditionWire ToEditionWire(CommunitySafetyAgreementEdition edition) => new()
    {
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

    private static CommunitySafetyAgreementEdition FromWire(AgreementEditionWire wire, string path)
    {
        var partnershipId = FromWire(wire.PartnershipId, path + ".partnershipId");
        var priorities = Elements(wire.Priorities, path + ".priorities", FromWire);
        var themes = Elements(wire.CrossCuttingThemes, path + ".crossCuttingThemes", FromWire);
        var appendices = Elements(wire.Appendices ?? [], path + ".appendices", (appendix, appendixPath) => Build(appendixPath, () => new AgreementAppendix(appendix.Label, appendix.Title)));
        var assessments = Elements(wire.StrategicAssessments ?? [], path + ".strategicAssessments", FromWire);
        var source = FromWire(wire.Source, path + ".source");
        var edition = Build(path, () => new CommunitySafetyAgreementEdition(partnershipId, wire.Label, wire.InForceBy, priorities, themes, source));
        return Build(path, () => edition.WithDates(wire.AgreedOn, wire.InForceFrom).WithAppendices(appendices).WithStrategicAssessments(assessments))
            .WithProvenance(FromWire(wire.Provenance, path + ".provenance"));
    }

    private static KnownByNameEdition FromWire(KnownByNameEditionWire wire, string path)
    {
        var partnershipId = FromWire(wire.PartnershipId, path + ".partnershipId");
        var month = YearMonthPattern.Iso.Parse(wire.InForceMonth);
        if (!month.Success)
        {
            throw JsonErrors.At(path + ".inForceMonth", $"{Preconditions.Quote(wire.InForceMonth)} is not an ISO-8601 month (yyyy-MM, e.g. \"2018-04\").");
        }
        var days = month.Value.ToDateInterval();
        if (!SupportedDates.Contains(days.Start) || !SupportedDates.Contains(days.End))
        {
            throw JsonErrors.At(path + ".inForceMonth", $"\"{YearMonthPattern.Iso.Format(month.Value)}\" is outside the supported dates, {SupportedDates.Described}.");
        }
        var source = FromWire(wire.Source, path + ".source");
        return Build(path, () => new KnownByNameEdition(partnershipId, wire.Label, month.Value, source));
    }
}
