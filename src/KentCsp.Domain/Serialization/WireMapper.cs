using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Partnership;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// Maps domain values to their wire documents and back. On the way in every value passes through its public
/// constructor; an <see cref="ArgumentException"/> from a constructor becomes a <see cref="JsonException"/> whose
/// path names the offending member, so nothing half-built escapes.
/// </summary>
internal static partial class WireMapper
{
    internal static PartnershipDocument ToDocument(CommunitySafetyPartnership partnership) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
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
    };

    internal static CommunitySafetyPartnership FromDocument(PartnershipDocument document) => FromDocument(document, "$");

    /// <summary>Reads a partnership document found at <paramref name="root"/>: "$" on its own, or nested in another document.</summary>
    private static CommunitySafetyPartnership FromDocument(PartnershipDocument document, string root)
    {
        CheckSchemaVersion(document.SchemaVersion, root + ".schemaVersion");
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
        return Build(root, () => partnership.WithSubGroups(subGroups));
    }

    internal static AgreementEditionDocument ToDocument(CommunitySafetyAgreementEdition edition) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
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
    };

    internal static CommunitySafetyAgreementEdition FromDocument(AgreementEditionDocument document)
    {
        CheckSchemaVersion(document.SchemaVersion);
        var partnershipId = FromWire(document.PartnershipId, "$.partnershipId");
        var priorities = Elements(document.Priorities, "$.priorities", FromWire);
        var themes = Elements(document.CrossCuttingThemes, "$.crossCuttingThemes", FromWire);
        var appendices = Elements(document.Appendices ?? [], "$.appendices", (wire, path) => Build(path, () => new AgreementAppendix(wire.Label, wire.Title)));
        var assessments = Elements(document.StrategicAssessments ?? [], "$.strategicAssessments", FromWire);
        var source = FromWire(document.Source, "$.source");
        var edition = Build("$", () => new CommunitySafetyAgreementEdition(partnershipId, document.Label, document.InForceBy, priorities, themes, source));
        return Build("$", () => edition.WithDates(document.AgreedOn, document.InForceFrom).WithAppendices(appendices).WithStrategicAssessments(assessments));
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

    private static SourceDocumentWire ToWire(SourceDocument source) => new() { Title = source.Title, Date = source.Date, Locator = source.Locator };

    private static SourceDocument FromWire(SourceDocumentWire wire, string path) =>
        Build(path, () => new SourceDocument(wire.Title, wire.Date, wire.Locator));

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

    private static OrganisationId FromWire(OrganisationIdWire wire, string path) =>
        Build(path, () => new OrganisationId(wire.Scheme, wire.Identifier));

    private static void CheckSchemaVersion(int version, string path = "$.schemaVersion")
    {
        if (version != KentCspJson.SchemaVersion)
        {
            throw JsonErrors.At(path, $"this library reads schema version {KentCspJson.SchemaVersion}, but the document has version {version}.");
        }
    }

    private static JsonException NullElement(string path) => JsonErrors.At(path, "must not be null.");

    /// <summary>Runs a domain constructor, turning its argument errors into a <see cref="JsonException"/> at the member's path.</summary>
    private static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException exception)
        {
            throw JsonErrors.Rejected(path, exception);
        }
    }
}
