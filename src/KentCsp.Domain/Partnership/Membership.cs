using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Partnership;

/// <summary>An organisation's seat on a partnership and the role in which it sits.</summary>
/// <remarks>
/// <para>A <see cref="MembershipRole.ResponsibleAuthority"/> seat needs an organisation that has an
/// <see cref="Organisation.AuthorityKind"/>: the kind is what the seat represents.</para>
/// <para>A membership may be dated (<see cref="WithTerm"/>: from its first day up to, not including, the day it ended)
/// and may name the post of the person who sits for the member and the organisation they sit on behalf of
/// (<see cref="WithRepresentative"/>). The model holds posts, not people's names.</para>
/// <para>Two memberships are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Membership
{
    /// <summary>Creates a membership.</summary>
    /// <param name="organisation">The member organisation.</param>
    /// <param name="role">The role in which it sits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> or <paramref name="role"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="role"/> is <see cref="MembershipRole.ResponsibleAuthority"/> but the organisation has no authority kind.</exception>
    public Membership(Organisation organisation, MembershipRole role)
        : this(organisation, role, null, null, null, null)
    {
    }

    private Membership(Organisation organisation, MembershipRole role, LocalDate? from, LocalDate? until, string? post, OrganisationId? onBehalfOf)
    {
        Organisation = Preconditions.CheckNotNull(organisation);
        Role = Preconditions.CheckNotNull(role);
        Preconditions.CheckArgument(
            role != MembershipRole.ResponsibleAuthority || organisation.AuthorityKind is not null,
            nameof(role),
            $"is {role.Name}, but organisation {organisation.Id} ({organisation.Name}) has no authority kind");
        if (from is { } start && until is { } end)
        {
            Preconditions.CheckArgument(end > start, nameof(until), $"({Dates.Iso(end)}) must be after the membership starts ({Dates.Iso(start)}); a membership cannot end before it starts");
        }
        From = from;
        Until = until;
        Post = post is null ? null : Preconditions.CheckNotBlank(post);
        OnBehalfOf = onBehalfOf;
    }

    /// <summary>The member organisation.</summary>
    public Organisation Organisation { get; }

    /// <summary>The role in which it sits.</summary>
    public MembershipRole Role { get; }

    /// <summary>The first day of the membership, or null where it is not recorded (a member from the start).</summary>
    public LocalDate? From { get; }

    /// <summary>The day the membership ended (exclusive: the member's last day is the day before), or null while it lasts.</summary>
    public LocalDate? Until { get; }

    /// <summary>The post of the person who sits for the member, e.g. "Head of Community Safety", or null.</summary>
    public string? Post { get; }

    /// <summary>The organisation the person sits on behalf of, where it differs from <see cref="Organisation"/> (e.g. a nominated representative of the district chief executives), or null.</summary>
    public OrganisationId? OnBehalfOf { get; }

    /// <summary>Whether the membership lasts on <paramref name="date"/>: on or after <see cref="From"/> and before <see cref="Until"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True if the organisation is a member on that date.</returns>
    public bool IsCurrentOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        return (From is not { } from || date >= from) && (Until is not { } until || date < until);
    }

    /// <summary>Returns the membership with its dates.</summary>
    /// <param name="from">The first day, or null.</param>
    /// <param name="until">The day it ended (exclusive), or null while it lasts.</param>
    /// <returns>The new membership.</returns>
    /// <exception cref="ArgumentException"><paramref name="until"/> is not after <paramref name="from"/>.</exception>
    public Membership WithTerm(LocalDate? from, LocalDate? until)
    {
        SupportedDates.CheckCalendar(from);
        SupportedDates.CheckCalendar(until);
        return new(Organisation, Role, from, until, Post, OnBehalfOf);
    }

    /// <summary>Returns the membership with the post of the person who sits for the member and whom they sit for.</summary>
    /// <param name="post">The post, e.g. "Head of Community Safety", or null.</param>
    /// <param name="onBehalfOf">The organisation the person sits on behalf of, or null.</param>
    /// <returns>The new membership.</returns>
    /// <exception cref="ArgumentException"><paramref name="post"/> is empty or white space.</exception>
    public Membership WithRepresentative(string? post, OrganisationId? onBehalfOf) => new(Organisation, Role, From, Until, post, onBehalfOf);

    /// <inheritdoc />
    public override string ToString() => $"{Organisation.Name} ({Role.Description})";
}
