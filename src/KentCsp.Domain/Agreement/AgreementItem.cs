using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Agreement;

/// <summary>A priority or cross-cutting theme of a Community Safety Agreement, with a stable identifier.</summary>
/// <remarks>
/// <para>Priorities change between editions, so they are data, not a closed catalogue. The <see cref="Id"/> stays the
/// same while an item continues from one edition to the next; the <see cref="Title"/> is the wording of one edition.</para>
/// <para>An identifier is lower-case letters, digits and single hyphens, e.g. <c>domestic-abuse</c>.</para>
/// <para><see cref="DerivedFrom"/> records lineage that the identifier alone cannot: the identifiers of items in an
/// earlier edition that this item takes over — one for an item that continues under a new identifier or splits off,
/// several for a merger. An item that keeps its identifier needs none: it continues the item of the same identifier.
/// <see cref="CommunitySafetyAgreementEdition.Diff"/> reads both.</para>
/// <para>Two items are equal when their identifiers, titles (ordinal) and <see cref="DerivedFrom"/> lists (in order)
/// are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AgreementItem
{
    private readonly ValueList<string> derivedFrom;

    /// <summary>Creates an item.</summary>
    /// <param name="id">The stable identifier, e.g. "domestic-abuse".</param>
    /// <param name="title">The wording in the edition, e.g. "Domestic Abuse".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not lower-case letters, digits and single hyphens, or <paramref name="title"/> is blank.</exception>
    public AgreementItem(string id, string title)
        : this(id, title, [])
    {
    }

    /// <summary>Creates an item that takes over items of an earlier edition.</summary>
    /// <param name="id">The stable identifier, e.g. "serious-violence".</param>
    /// <param name="title">The wording in the edition.</param>
    /// <param name="derivedFrom">The identifiers of the earlier items it takes over (not its own identifier, which is implied); copied.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier is malformed or repeated, <paramref name="derivedFrom"/> names the item itself, or <paramref name="title"/> is blank.</exception>
    public AgreementItem(string id, string title, IEnumerable<string> derivedFrom)
    {
        Id = Slug.Check(id);
        Title = Preconditions.CheckNotBlank(title);
        var ids = Preconditions.CheckItems(derivedFrom);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
        {
            Slug.Check(ids[i], $"derivedFrom[{i}]");
            Preconditions.CheckArgument(!string.Equals(ids[i], Id, StringComparison.Ordinal), $"derivedFrom[{i}]", $"names the item itself ('{Id}'); an item that keeps its identifier continues the earlier item without it");
            Preconditions.CheckArgument(seen.Add(ids[i]), $"derivedFrom[{i}]", $"repeats '{ids[i]}'");
        }
        this.derivedFrom = ids;
    }


    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>The wording in the edition.</summary>
    public string Title { get; }

    /// <summary>The identifiers of earlier items this item takes over, besides its own; empty for most items.</summary>
    public IReadOnlyList<string> DerivedFrom => derivedFrom;

    /// <inheritdoc />
    public override string ToString() => Title;
}
