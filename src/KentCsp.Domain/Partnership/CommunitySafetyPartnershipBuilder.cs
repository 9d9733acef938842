using System;
using System.Collections.Generic;

namespace KentCsp.Domain.Partnership;

/// <summary>
/// Builds a <see cref="CommunitySafetyPartnership"/> one named part at a time: the identifier, the name, the level, the
/// area, the members, the sub-groups and the provenance.
/// </summary>
/// <remarks>
/// <para>Start from nothing (<c>new CommunitySafetyPartnershipBuilder()</c>) or from an existing partnership
/// (<see cref="CommunitySafetyPartnership.ToBuilder"/>: a copy to change). The members and sub-groups start empty and
/// the provenance null; the identifier, the name, the level (the tier of local government served, see
/// <see cref="PartnershipLevel"/>) and the area have no default.</para>
/// <para>The parts are not checked as they are set: <see cref="Build"/> checks them once, by calling the
/// <see cref="CommunitySafetyPartnership"/> constructor and then <see cref="CommunitySafetyPartnership.WithSubGroups"/>
/// when there are sub-groups, so a refusal is exactly theirs (the same exception, parameter name and message, e.g.
/// <c>members</c> for an organisation seated twice, <c>subGroups[1].reportsTo</c> for a reporting line outside the
/// partnership). Each <c>With…</c> and <c>Add…</c> method changes this builder and returns it; a list given to a
/// <c>With…</c> method is copied when it is given, and the partnership built is immutable.</para>
/// </remarks>
/// <threadsafety>This type is mutable and not thread-safe: use one builder from one thread at a time.</threadsafety>
public sealed class CommunitySafetyPartnershipBuilder
{
    private OrganisationId? id;
    private string? name;
    private PartnershipLevel? level;
    private string? area;
    private List<Membership>? members = [];
    private List<SubGroup>? subGroups = [];
    private ProvenanceRecord? provenance;

    /// <summary>Creates a builder with no parts: both lists empty, nothing else set.</summary>
    public CommunitySafetyPartnershipBuilder()
    {
    }

    internal CommunitySafetyPartnershipBuilder(CommunitySafetyPartnership partnership)
    {
        id = partnership.Id;
        name = partnership.Name;
        level = partnership.Level;
        area = partnership.Area;
        members = [.. partnership.Members];
        subGroups = [.. partnership.SubGroups];
        provenance = partnership.Provenance;
    }

    /// <summary>Sets the partnership's identifier.</summary>
    /// <param name="id">The identifier, e.g. <c>360G-kentcsp-kcsp</c>.</param>
    /// <returns>This builder.</returns>
    public CommunitySafetyPartnershipBuilder WithId(OrganisationId id)
    {
        this.id = id;
        return this;
    }

    /// <summary>Sets the partnership's name.</summary>
    /// <param name="name">The name, e.g. "Example Community Safety Partnership".</param>
    /// <returns>This builder.</returns>
    public CommunitySafetyPartnershipBuilder WithName(string name)
    {
        this.name = name;
        return this;
    }

    /// <summary>Sets the level the partnership works at.</summary>
    /// <param name="level">The tier of local government the partnership serves.</param>
    /// <returns>This builder.</returns>
    public CommunitySafetyPartnershipBuilder WithLevel(PartnershipLevel level)
    {
        this.level = level;
        return this;
    }

    /// <summary>Sets the area the partnership serves.</summary>
    /// <param name="area">The area, e.g. "Kent".</param>
    /// <returns>This builder.</returns>
    public CommunitySafetyPartnershipBuilder WithArea(string area)
    {
        this.area = area;
        return this;
    }

    /// <summary>Replaces the members.</summary>
    /// <param name="members">The member organisations and their roles, each organisation once; copied.</param>
    /// <returns>This builder.</returns>
    public CommunitySafetyPartnershipBuilder WithMembers(IEnumerable<Membership> members)
    {
        this.members = members is null ? null : [.. members];
        return this;
    }

    /// <summary>Adds a member after those already given.</summary>
    /// <param name="member">The member organisation and its role.</param>
    /// <returns>This builder.</returns>
    public CommunitySafetyPartnershipBuilder AddMember(Membership member)
    {
        (members ??= []).Add(member);
        return this;
    }

    /// <summary>Replaces the sub-groups.</summary>
    /// <param name="subGroups">The sub-groups, each reporting to the partnership or another of them; copied.</param>
    /// <returns>This builder.</returns>
    public CommunitySafetyPartnershipBuilder WithSubGroups(IEnumerable<SubGroup> subGroups)
    {
        this.subGroups = subGroups is null ? null : [.. subGroups];
        return this;
    }

    /// <summary>Adds a sub-group after those already given.</summary>
    /// <param name="subGroup">The sub-group, such as a working group.</param>
    /// <returns>This builder.</returns>
    public CommunitySafetyPartnershipBuilder AddSubGroup(SubGroup subGroup)
    {
        (subGroups ??= []).Add(subGroup);
        return this;
    }

    /// <summary>Sets where the partnership comes from, or clears it (see <see cref="CommunitySafetyPartnership.Provenance"/>).</summary>
    /// <param name="provenance">The provenance, or null for nothing recorded.</param>
    /// <returns>This builder.</returns>
    public CommunitySafetyPartnershipBuilder WithProvenance(ProvenanceRecord? provenance)
    {
        this.provenance = provenance;
        return this;
    }

    /// <summary>Builds the partnership from the parts given, checked by the <see cref="CommunitySafetyPartnership"/> constructor and <see cref="CommunitySafetyPartnership.WithSubGroups"/>.</summary>
    /// <returns>A new, immutable partnership; each call returns a new one.</returns>
    /// <exception cref="ArgumentNullException">The identifier, the name, the level, the area or a list is not set (or set to null); the parameter name is the constructor's.</exception>
    /// <exception cref="ArgumentException">The parts are refused: a blank name or area, a list with a null element, an organisation seated twice, a repeated sub-group identifier, or a sub-group reporting to a body outside the partnership.</exception>
    public CommunitySafetyPartnership Build()
    {
        var partnership = new CommunitySafetyPartnership(id!, name!, level!, area!, members!);
        if (subGroups is not { Count: 0 })
        {
            partnership = partnership.WithSubGroups(subGroups!);
        }
        return provenance is null ? partnership : partnership.WithProvenance(provenance);
    }
}
