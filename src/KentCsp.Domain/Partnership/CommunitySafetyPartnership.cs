using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Partnership;

/// <summary>
/// A community safety partnership: the responsible authorities for an area working together under the Crime and
/// Disorder Act 1998, s.5–7, with the other bodies they invite.
/// </summary>
/// <remarks>
/// <para>Invariants: the name and area are not blank, and no organisation holds two seats (member organisation
/// identifiers are unique). Members keep the order they were given in.</para>
/// <para>The type is immutable: <see cref="WithMember"/> returns a new partnership. Two partnerships are equal when
/// their identifiers, names, levels, areas and members (in order) are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CommunitySafetyPartnership
{
    private readonly ValueList<Membership> members;
    private readonly ValueList<SubGroup> subGroups = ValueList<SubGroup>.Empty;

    /// <summary>Creates a partnership.</summary>
    /// <param name="id">The partnership's identifier.</param>
    /// <param name="name">Its name, e.g. "Kent Community Safety Partnership".</param>
    /// <param name="level">The tier it serves.</param>
    /// <param name="area">The area it serves, e.g. "Kent".</param>
    /// <param name="members">The member organisations and their roles; copied.</param>
    /// <exception cref="ArgumentNullException">An argument or a member is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="area"/> is blank, or two members are the same organisation.</exception>
    public CommunitySafetyPartnership(
        OrganisationId id,
        string name,
        PartnershipLevel level,
        string area,
        IEnumerable<Membership> members)
    {
        Id = Preconditions.CheckNotNull(id);
        Name = Preconditions.CheckNotBlank(name);
        Level = Preconditions.CheckNotNull(level);
        Area = Preconditions.CheckNotBlank(area);
        this.members = Preconditions.CheckItems(members);
        var seen = new Dictionary<OrganisationId, int>();
        for (int i = 0; i < this.members.Count; i++)
        {
            var memberId = this.members[i].Organisation.Id;
            if (seen.TryGetValue(memberId, out int first))
            {
                Preconditions.ThrowArgument(nameof(members), $"element {i} repeats organisation {memberId}, already element {first}");
            }
            seen.Add(memberId, i);
        }
    }

    private CommunitySafetyPartnership(CommunitySafetyPartnership partnership, ValueList<SubGroup> subGroups)
    {
        Id = partnership.Id;
        Name = partnership.Name;
        Level = partnership.Level;
        Area = partnership.Area;
        members = partnership.members;
        Provenance = partnership.Provenance;
        var ids = new HashSet<OrganisationId> { Id };
        for (int i = 0; i < subGroups.Count; i++)
        {
            Preconditions.CheckArgument(ids.Add(subGroups[i].Id), $"subGroups[{i}].id", $"repeats {subGroups[i].Id}");
        }
        for (int i = 0; i < subGroups.Count; i++)
        {
            Preconditions.CheckArgument(ids.Contains(subGroups[i].ReportsTo), $"subGroups[{i}].reportsTo", $"({subGroups[i].ReportsTo}) is neither the partnership nor one of its sub-groups");
        }
        this.subGroups = subGroups;
    }

    /// <summary>The partnership's identifier.</summary>
    public OrganisationId Id { get; }

    /// <summary>The partnership's name.</summary>
    public string Name { get; }

    /// <summary>The tier of local government it serves.</summary>
    public PartnershipLevel Level { get; }

    /// <summary>The area it serves.</summary>
    public string Area { get; }

    /// <summary>The member organisations and their roles, in the order given.</summary>
    public IReadOnlyList<Membership> Members => members;

    /// <summary>The partnership's sub-groups, such as a working group, each with its reporting line.</summary>
    public IReadOnlyList<SubGroup> SubGroups => subGroups;

    /// <summary>Returns the partnership with these sub-groups.</summary>
    /// <param name="subGroups">The sub-groups: identifiers unique and different from the partnership's; each reports to the partnership or another of them.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subGroups"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">An identifier is repeated, or a sub-group reports to a body outside the partnership.</exception>
    public CommunitySafetyPartnership WithSubGroups(IEnumerable<SubGroup> subGroups) => new(this, Preconditions.CheckItems(subGroups));

    /// <summary>The memberships that last on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Those memberships, in order.</returns>
    public IReadOnlyList<Membership> MembersOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        return members.Where(member => member.IsCurrentOn(date)).ToValueList();
    }

    /// <summary>The kinds of responsible authority represented by memberships that last on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The kinds, in statutory order, each once.</returns>
    public IReadOnlyList<ResponsibleAuthorityKind> RepresentedAuthorityKindsOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        var kinds = new HashSet<ResponsibleAuthorityKind>(
            members.Where(member => member.Role == MembershipRole.ResponsibleAuthority && member.IsCurrentOn(date)).Select(member => member.Organisation.AuthorityKind!));
        return ResponsibleAuthorityKind.All.Where(kinds.Contains).ToValueList();
    }

    /// <summary>The members that sit in <paramref name="role"/>, in order.</summary>
    /// <param name="role">The role to select.</param>
    /// <returns>A new list, empty when no member has the role.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public IReadOnlyList<Membership> MembersIn(MembershipRole role)
    {
        Preconditions.CheckNotNull(role);
        return members.Where(member => member.Role == role).ToValueList();
    }

    /// <summary>The kinds of responsible authority that members sitting as responsible authorities represent, in statutory order.</summary>
    /// <returns>A new list without repeats.</returns>
    public IReadOnlyList<ResponsibleAuthorityKind> RepresentedAuthorityKinds()
    {
        var kinds = new HashSet<ResponsibleAuthorityKind>(
            members.Where(member => member.Role == MembershipRole.ResponsibleAuthority)
                   .Select(member => member.Organisation.AuthorityKind!));
        return ResponsibleAuthorityKind.All.Where(kinds.Contains).ToValueList();
    }

    /// <summary>Returns a new partnership with <paramref name="member"/> added at the end.</summary>
    /// <param name="member">The membership to add.</param>
    /// <returns>A new partnership; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    /// <exception cref="ArgumentException">The organisation already holds a seat.</exception>
    public CommunitySafetyPartnership WithMember(Membership member)
    {
        Preconditions.CheckNotNull(member);
        Preconditions.CheckArgument(
            members.All(existing => existing.Organisation.Id != member.Organisation.Id),
            nameof(member),
            $"is organisation {member.Organisation.Id}, which already holds a seat");
        return new CommunitySafetyPartnership(Id, Name, Level, Area, members.Append(member));
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>
    /// Where the partnership comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>Null unless set with <see cref="WithProvenance"/>; written to JSON as the <c>provenance</c> member.</value>
    public ProvenanceRecord? Provenance { get; private init; }

    /// <summary>Returns the partnership with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the partnership comes from, or null for nothing recorded.</param>
    /// <returns>A new partnership with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public CommunitySafetyPartnership WithProvenance(ProvenanceRecord? provenance) => this with { Provenance = provenance };

    /// <summary>Returns a builder holding this partnership's parts (everything, sub-groups and provenance included), to build a changed copy.</summary>
    /// <returns>A new builder; changing it does not change this partnership.</returns>
    public CommunitySafetyPartnershipBuilder ToBuilder() => new(this);
}
