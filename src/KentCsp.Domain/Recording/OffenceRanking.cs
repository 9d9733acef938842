using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>
/// An offence-ranking table for the principal crime rule (General Rule F): offences listed most serious first, with
/// the document the ranking comes from.
/// </summary>
/// <remarks>
/// <para>The Crime Recording Rules rank offences in their Annex C look-up table; the library does not ship that table.
/// The caller supplies the ranking that applies; <see cref="Illustrative"/> is a small example for documentation and
/// tests only.</para>
/// <para>Codes are unique. Two rankings are equal when their offences (in order) and sources are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record OffenceRanking
{
    private readonly ValueList<Offence> offences;
    private readonly Dictionary<string, int> ranks;

    /// <summary>Creates a ranking.</summary>
    /// <param name="offences">The offences, most serious first; at least one.</param>
    /// <param name="source">Where the ranking comes from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="offences"/> is empty, holds a null, or repeats a code.</exception>
    public OffenceRanking(IEnumerable<Offence> offences, SourceDocument source)
    {
        this.offences = Preconditions.CheckItems(offences);
        Preconditions.CheckArgument(this.offences.Count > 0, nameof(offences), "must list at least one offence");
        ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < this.offences.Count; i++)
        {
            Preconditions.CheckArgument(!ranks.ContainsKey(this.offences[i].Code), $"{nameof(offences)}[{i}]", $"repeats '{this.offences[i].Code}'");
            ranks.Add(this.offences[i].Code, i + 1);
        }
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>
    /// An illustrative ranking of six offences (wounding with intent, assault with injury, assault without injury,
    /// public order offence, criminal damage, theft). It is not the Annex C table: use it for examples only.
    /// </summary>
    public static OffenceRanking Illustrative { get; } = new(
        [
            new Offence("wounding-with-intent", "Wounding with intent", OffenceCategory.AgainstThePerson),
            new Offence("assault-with-injury", "Assault with injury", OffenceCategory.AgainstThePerson),
            new Offence("assault-without-injury", "Assault without injury", OffenceCategory.AgainstThePerson),
            new Offence("public-order", "Public order offence", OffenceCategory.AgainstTheState),
            new Offence("criminal-damage", "Criminal damage", OffenceCategory.AgainstProperty),
            new Offence("theft", "Theft", OffenceCategory.AgainstProperty),
        ],
        new SourceDocument("Illustrative offence ranking", null, "not the Crime Recording Rules Annex C table"));

    /// <summary>The offences, most serious first.</summary>
    public IReadOnlyList<Offence> Offences => offences;

    /// <summary>Where the ranking comes from.</summary>
    public SourceDocument Source { get; }

    /// <summary>Finds an offence by code.</summary>
    /// <param name="code">The offence code.</param>
    /// <returns>The offence, or null if the ranking does not list it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public Offence? Find(string code) =>
        ranks.TryGetValue(Preconditions.CheckNotNull(code), out int rank) ? offences[rank - 1] : null;

    /// <summary>The rank of an offence: 1 for the most serious.</summary>
    /// <param name="offence">The offence.</param>
    /// <returns>The rank, or null if the ranking does not list the offence (or lists another offence under its code).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="offence"/> is null.</exception>
    public int? RankOf(Offence offence) =>
        ranks.TryGetValue(Preconditions.CheckNotNull(offence).Code, out int rank) && offences[rank - 1] == offence ? rank : null;

    // Hand-written: the rank index is a lookup built from the offences, and a dictionary has no value equality.
    /// <inheritdoc />
    public bool Equals(OffenceRanking? other) =>
        other is not null && EqualityHelper.SequenceEqual(offences, other.offences) && Source == other.Source;

    /// <inheritdoc />
    public override int GetHashCode() => EqualityHelper.HashSequence(EqualityHelper.Initialize(), offences);

    /// <summary>Formats the ranking: its source title.</summary>
    /// <returns>The source title.</returns>
    public override string ToString() => Source.Title;
}
