using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Partnership;

/// <summary>An organisation's seat on a partnership and the role in which it sits.</summary>
/// <remarks>
/// <para>A <see cref="MembershipRole.ResponsibleAuthority"/> seat needs an organisation that has an
/// <see cref="Organisation.AuthorityKind"/>: the kind is what the seat represents.</para>
/// <para>Two memberships are equal when their organisations and roles are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Membership : IEquatable<Membership>
{
    /// <summary>Creates a membership.</summary>
    /// <param name="organisation">The member organisation.</param>
    /// <param name="role">The role in which it sits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> or <paramref name="role"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="role"/> is <see cref="MembershipRole.ResponsibleAuthority"/> but the organisation has no authority kind.</exception>
    public Membership(Organisation organisation, MembershipRole role)
    {
        Organisation = Preconditions.CheckNotNull(organisation);
        Role = Preconditions.CheckNotNull(role);
        Preconditions.CheckArgument(
            role != MembershipRole.ResponsibleAuthority || organisation.AuthorityKind is not null,
            nameof(role),
            $"is {role.Name}, but organisation {organisation.Id} ({organisation.Name}) has no authority kind");
    }

    /// <summary>The member organisation.</summary>
    public Organisation Organisation { get; }

    /// <summary>The role in which it sits.</summary>
    public MembershipRole Role { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Organisation.Name} ({Role.Description})";

    /// <inheritdoc />
    public bool Equals(Membership? other) =>
        other is not null && Organisation == other.Organisation && Role == other.Role;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Membership);

    /// <inheritdoc />
    public override int GetHashCode() =>
        EqualityHelper.Hash(EqualityHelper.Hash(EqualityHelper.Initialize(), Organisation), Role);

    /// <summary>Compares two memberships for equality.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns>True if both are null or both are equal.</returns>
    public static bool operator ==(Membership? left, Membership? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two memberships for inequality.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns>True unless both are null or both are equal.</returns>
    public static bool operator !=(Membership? left, Membership? right) => !(left == right);
}
