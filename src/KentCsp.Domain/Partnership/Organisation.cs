using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Partnership;

/// <summary>An organisation that can sit on a community safety partnership: a council, a police force, a health body, a charity.</summary>
/// <remarks>
/// <para><see cref="AuthorityKind"/> says which kind of responsible authority the organisation is, if any. For a
/// probation provider it records that the provider's arrangements under the Offender Management Act 2007, s.3, make it
/// a responsible authority.</para>
/// <para>Two organisations are equal when their identifiers, names (ordinal) and authority kinds are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Organisation
{
    /// <summary>Creates an organisation.</summary>
    /// <param name="id">The organisation's identifier.</param>
    /// <param name="name">The organisation's name as it uses it, e.g. "Kent County Council".</param>
    /// <param name="authorityKind">The kind of responsible authority it is, or null if it is none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public Organisation(OrganisationId id, string name, ResponsibleAuthorityKind? authorityKind = null)
    {
        Id = Preconditions.CheckNotNull(id);
        Name = Preconditions.CheckNotBlank(name);
        AuthorityKind = authorityKind;
    }

    /// <summary>The organisation's identifier.</summary>
    public OrganisationId Id { get; }

    /// <summary>The organisation's name.</summary>
    public string Name { get; }

    /// <summary>The kind of responsible authority the organisation is, or null if it is none.</summary>
    public ResponsibleAuthorityKind? AuthorityKind { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
