using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Agreement;

/// <summary>A priority or cross-cutting theme of a Community Safety Agreement, with a stable identifier.</summary>
/// <remarks>
/// <para>Priorities change between editions, so they are data, not a closed catalogue. The <see cref="Id"/> stays the
/// same while an item continues from one edition to the next; the <see cref="Title"/> is the wording of one edition.</para>
/// <para>An identifier is lower-case letters, digits and single hyphens, e.g. <c>domestic-abuse</c>. Two items are equal
/// when their identifiers and titles are equal (ordinal).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AgreementItem : IEquatable<AgreementItem>
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The stable identifier, e.g. "domestic-abuse".</param>
    /// <param name="title">The wording in the edition, e.g. "Domestic Abuse".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not lower-case letters, digits and single hyphens, or <paramref name="title"/> is blank.</exception>
    public AgreementItem(string id, string title)
    {
        Id = Slug.Check(id);
        Title = Preconditions.CheckNotBlank(title);
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>The wording in the edition.</summary>
    public string Title { get; }

    /// <inheritdoc />
    public override string ToString() => Title;

    /// <inheritdoc />
    public bool Equals(AgreementItem? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AgreementItem);

    /// <inheritdoc />
    public override int GetHashCode() =>
        EqualityHelper.HashOrdinal(EqualityHelper.HashOrdinal(EqualityHelper.Initialize(), Id), Title);

    /// <summary>Compares two items for equality.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns>True if both are null or both are equal.</returns>
    public static bool operator ==(AgreementItem? left, AgreementItem? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two items for inequality.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns>True unless both are null or both are equal.</returns>
    public static bool operator !=(AgreementItem? left, AgreementItem? right) => !(left == right);
}
