using System.Collections.Generic;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shapes of the JSON documents. They are kept apart from the domain types so that the JSON contract is
// written down in one place and every document passes through the domain constructors (and their checks) on read.
// Property order here is the order in the JSON; schemaVersion always comes first.

internal sealed class PartnershipDocument
{
    public required int SchemaVersion { get; init; }
    public required OrganisationIdWire Id { get; init; }
    public required string Name { get; init; }
    public required PartnershipLevel Level { get; init; }
    public required string Area { get; init; }
    public required List<MembershipWire?> Members { get; init; }
    // Optional (absent from documents written before it existed); written only when not empty.
    public List<SubGroupWire?>? SubGroups { get; init; }
}

internal sealed class SubGroupWire
{
    public required OrganisationIdWire Id { get; init; }
    public required string Name { get; init; }
    public required string Purpose { get; init; }
    public required OrganisationIdWire ReportsTo { get; init; }
}

internal sealed class AgreementEditionDocument
{
    public required int SchemaVersion { get; init; }
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
}

internal sealed class AgreementAppendixWire
{
    public required string Label { get; init; }
    public required string Title { get; init; }
}

internal sealed class OrganisationIdWire
{
    public required string Scheme { get; init; }
    public required string Identifier { get; init; }
}

internal sealed class OrganisationWire
{
    public required OrganisationIdWire Id { get; init; }
    public required string Name { get; init; }
    public ResponsibleAuthorityKind? AuthorityKind { get; init; }
}

internal sealed class MembershipWire
{
    public required OrganisationWire Organisation { get; init; }
    public required MembershipRole Role { get; init; }
    public LocalDate? From { get; init; }
    public LocalDate? Until { get; init; }
    public string? Post { get; init; }
    public OrganisationIdWire? OnBehalfOf { get; init; }
}

internal sealed class AgreementItemWire
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    // Written only when the item takes over other identifiers.
    public List<string?>? DerivedFrom { get; init; }
}

internal sealed class SourceDocumentWire
{
    public required string Title { get; init; }
    public LocalDate? Date { get; init; }
    public string? Locator { get; init; }
}
