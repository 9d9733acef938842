using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shape of the partnership document. Property order here is the order in the JSON; schemaVersion comes first.

internal sealed class PartnershipDocument
{
    public required int SchemaVersion { get; init; }
    // Absent from schema version 1 documents; required in version 2, where it must be "partnership".
    public string? Kind { get; init; }
    public required OrganisationIdWire Id { get; init; }
    public required string Name { get; init; }
    public required PartnershipLevel Level { get; init; }
    public required string Area { get; init; }
    public required List<MembershipWire?> Members { get; init; }
    // Optional (absent from documents written before it existed); written only when not empty.
    public List<SubGroupWire?>? SubGroups { get; init; }
    // Written only when the object carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
}

internal sealed class SubGroupWire
{
    public required OrganisationIdWire Id { get; init; }
    public required string Name { get; init; }
    public required string Purpose { get; init; }
    public required OrganisationIdWire ReportsTo { get; init; }
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

/// <summary>The partnership document: <see cref="CommunitySafetyPartnership"/> to <see cref="PartnershipDocument"/> and back.</summary>
internal static partial class WireMapper
{
    internal static PartnershipDocument ToDocument(CommunitySafetyPartnership partnership) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.Partnership.WireName,
        Id = ToWire(partnership.Id),
        Name = partnership.Name,
        Level = partnership.Level,
        Area = partnership.Area,
        Members = partnership.Members.Select(member => (MembershipWire?)new MembershipWire
        {
            Organisation = ToWire(member.Organisation),
            Role = member.Role,
            From = member.From,
            Until = member.Until,
            Post = member.Post,
            OnBehalfOf = member.OnBehalfOf is { } onBehalfOf ? ToWire(onBehalfOf) : null,
        }).ToList(),
        SubGroups = partnership.SubGroups.Count == 0 ? null : partnership.SubGroups.Select(group => (SubGroupWire?)new SubGroupWire
        {
            Id = ToWire(group.Id),
            Name = group.Name,
            Purpose = group.Purpose,
            ReportsTo = ToWire(group.ReportsTo),
        }).ToList(),
        Provenance = ToWire(partnership.Provenance),
    };

    internal static CommunitySafetyPartnership FromDocument(PartnershipDocument document) => FromDocument(document, "$");

    /// <summary>Reads a partnership document found at <paramref name="root"/>: "$" on its own, or nested in another document.</summary>
    private static CommunitySafetyPartnership FromDocument(PartnershipDocument document, string root)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.Partnership, root);
        var id = FromWire(document.Id, root + ".id");
        var members = new List<Membership>(document.Members.Count);
        for (int i = 0; i < document.Members.Count; i++)
        {
            string path = $"{root}.members[{i}]";
            var wire = document.Members[i] ?? throw NullElement(path);
            var organisation = FromWire(wire.Organisation, path + ".organisation");
            var onBehalfOf = wire.OnBehalfOf is { } behalf ? FromWire(behalf, path + ".onBehalfOf") : null;
            members.Add(Build(path, () => new Membership(organisation, wire.Role).WithTerm(wire.From, wire.Until).WithRepresentative(wire.Post, onBehalfOf)));
        }
        var subGroups = Elements(document.SubGroups ?? [], root + ".subGroups", (wire, path) =>
        {
            var groupId = FromWire(wire.Id, path + ".id");
            var reportsTo = FromWire(wire.ReportsTo, path + ".reportsTo");
            return Build(path, () => new SubGroup(groupId, wire.Name, wire.Purpose, reportsTo));
        });
        var partnership = Build(root, () => new CommunitySafetyPartnership(id, document.Name, document.Level, document.Area, members));
        var provenance = FromWire(document.Provenance, root + ".provenance");
        return Build(root, () => partnership.WithSubGroups(subGroups)).WithProvenance(provenance);
    }

    private static OrganisationIdWire ToWire(OrganisationId id) => new() { Scheme = id.Scheme, Identifier = id.Identifier };

    private static OrganisationWire ToWire(Organisation organisation) => new()
    {
        Id = ToWire(organisation.Id),
        Name = organisation.Name,
        AuthorityKind = organisation.AuthorityKind,
    };

    private static Organisation FromWire(OrganisationWire wire, string path)
    {
        var id = FromWire(wire.Id, path + ".id");
        return Build(path, () => new Organisation(id, wire.Name, wire.AuthorityKind));
    }

    private static OrganisationId FromWire(OrganisationIdWire wire, string path) =>
        Build(path, () => new OrganisationId(wire.Scheme, wire.Identifier));
}
