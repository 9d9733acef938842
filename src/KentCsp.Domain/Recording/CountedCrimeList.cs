using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>
/// The crimes of a <see cref="CrimeCount"/>: either the crimes a caller gave, or the crimes the counter found, kept as
/// two numbers each (the victim's place in the incident and the crime's shape) and each made into a
/// <see cref="CountedCrime"/> the first time it is read.
/// </summary>
/// <remarks>
/// <para>A shape is what many crimes of one incident share: offenders, offences, principal crime step and the text of
/// the finished incident step around the victim. A count of a million victims is then a thousand small arrays of
/// numbers, which the collector neither scans nor keeps on the large-object heap (85,000 bytes and more, whose
/// allocations trigger full collections), instead of a million objects that must outlive the call; a caller who reads
/// only <see cref="CrimeCount.Total"/> makes no crime at all. A crime once made is kept, so reading the same index
/// twice gives the same object, on any thread.</para>
/// <para>Equality is structural, as for every list the library hands out; two counter-made lists are compared victim
/// by victim and shape by shape without making their crimes.</para>
/// </remarks>
internal sealed class CountedCrimeList : IReadOnlyList<CountedCrime>, IEquatable<CountedCrimeList>
{
    private readonly ValueList<CountedCrime>? given;
    private readonly int count;
    private readonly Parts[][]? parts;
    private readonly IReadOnlyList<string>? victims;
    private readonly Shape[]? shapes;

    // The crimes made so far, by page; a page is added when one of its crimes is first read.
    private readonly CountedCrime?[]?[]? made;

    private CountedCrimeList(ValueList<CountedCrime> given)
    {
        this.given = given;
        count = given.Count;
    }

    private CountedCrimeList(Parts[][] parts, int count, IReadOnlyList<string> victims, Shape[] shapes)
    {
        this.parts = parts;
        this.count = count;
        this.victims = victims;
        this.shapes = shapes;
        made = new CountedCrime?[]?[parts.Length];
    }

    /// <summary>The number of crimes.</summary>
    public int Count => count;

    /// <summary>The crime at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative, or not less than <see cref="Count"/>.</exception>
    public CountedCrime this[int index]
    {
        get
        {
            if (index < 0 || index >= count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"must be at least 0 and less than the number of crimes ({count})");
            }
            return given is not null ? given[index] : Made(index);
        }
    }

    /// <summary>A list of crimes a caller gave (already checked).</summary>
    internal static CountedCrimeList Of(ValueList<CountedCrime> crimes) => new(crimes);

    /// <summary>Pages for the parts of <paramref name="count"/> crimes, to fill and hand over with <see cref="Own"/>.</summary>
    internal static Parts[][] NewPages(int count)
    {
        var pages = new Parts[(count + Pages.Mask) >> Pages.Shift][];
        for (int p = 0; p < pages.Length; p++)
        {
            pages[p] = new Parts[Math.Min(Pages.Size, count - (p << Pages.Shift))];
        }
        return pages;
    }

    /// <summary>
    /// A list over the crimes the counter found: their parts in pages from <see cref="NewPages"/>, the incident's
    /// victims the parts number, and the shapes they number. The pages and shapes are handed over.
    /// </summary>
    internal static CountedCrimeList Own(Parts[][] parts, int count, IReadOnlyList<string> victims, Shape[] shapes) => new(parts, count, victims, shapes);

    /// <summary>A struct enumerator, so that a <c>foreach</c> over the list allocates nothing of its own.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<CountedCrime> IEnumerable<CountedCrime>.GetEnumerator() => Enumerate();

    IEnumerator IEnumerable.GetEnumerator() => Enumerate();

    /// <summary>True when both lists hold equal crimes in the same order.</summary>
    /// <param name="other">The list to compare with.</param>
    /// <returns><see langword="true"/> when the crimes are equal, in order.</returns>
    public bool Equals(CountedCrimeList? other)
    {
        if (other is null)
        {
            return false;
        }
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (parts is null || other.parts is null)
        {
            return EqualityHelper.SequenceEqual<CountedCrime>(this, other);
        }
        if (count != other.count)
        {
            return false;
        }
        for (int p = 0; p < parts.Length; p++)
        {
            var page = parts[p];
            var otherPage = other.parts[p];
            for (int i = 0; i < page.Length; i++)
            {
                string? victim = VictimOf(page[i]);
                if (!string.Equals(victim, other.VictimOf(otherPage[i]), StringComparison.Ordinal)
                    || !shapes![page[i].Shape].SameCrimes(other.shapes![otherPage[i].Shape], victim))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountedCrimeList other && Equals(other);

    /// <summary>A hash code over the crimes' own hash codes, the same whether or not they have been made.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        int hash = EqualityHelper.Hash(EqualityHelper.Initialize(), count);
        if (parts is null)
        {
            foreach (var crime in given!)
            {
                hash = EqualityHelper.Hash(hash, crime.GetHashCode());
            }
            return hash;
        }
        foreach (var page in parts)
        {
            foreach (var part in page)
            {
                var shape = shapes![part.Shape];
                hash = EqualityHelper.Hash(hash, CountedCrime.HashOf(shape.Offences[0], VictimOf(part), shape.OffenderIds, shape.Offences));
            }
        }
        return hash;
    }

    private string? VictimOf(in Parts part) => part.Victim < 0 ? null : victims![part.Victim];

    private CountedCrime Made(int index)
    {
        int p = index >> Pages.Shift;
        int i = index & Pages.Mask;
        var crimes = Volatile.Read(ref made![p]);
        if (crimes is null)
        {
            var fresh = new CountedCrime?[parts![p].Length];
            crimes = Interlocked.CompareExchange(ref made[p], fresh, null) ?? fresh;
        }
        var crime = Volatile.Read(ref crimes[i]);
        if (crime is not null)
        {
            return crime;
        }
        var part = parts![p][i];
        var madeNow = shapes![part.Shape].Crime(VictimOf(part));
        return Interlocked.CompareExchange(ref crimes[i], madeNow, null) ?? madeNow;
    }

    private IEnumerator<CountedCrime> Enumerate()
    {
        for (int i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    /// <summary>One crime the counter found: the victim's place in the incident's victims (-1 for none) and its shape's number.</summary>
    internal readonly struct Parts(int victim, int shape)
    {
        /// <summary>The victim's place in the incident's victims, or -1 for an offence against the State.</summary>
        internal int Victim { get; } = victim;

        /// <summary>The crime's shape, by its place among the count's shapes.</summary>
        internal int Shape { get; } = shape;
    }

    /// <summary>
    /// What crimes of one incident share, the victim apart: what <see cref="CountedCrime"/>'s counter constructor takes
    /// besides the victim. The first offence is the one counted.
    /// </summary>
    internal sealed class Shape(ValueList<string> offenderIds, ValueList<Offence> offences, FinishedIncidentText? finishedIncident, CountingStep principal)
    {
        /// <summary>The offenders, in ordinal order.</summary>
        internal ValueList<string> OffenderIds { get; } = offenderIds;

        /// <summary>The offences, most serious first.</summary>
        internal ValueList<Offence> Offences { get; } = offences;

        /// <summary>The finished incident step less the victim, if the crime stands for more than one act.</summary>
        internal FinishedIncidentText? FinishedIncident { get; } = finishedIncident;

        /// <summary>The principal crime step.</summary>
        internal CountingStep Principal { get; } = principal;

        /// <summary>The crime of this shape against <paramref name="victimId"/>.</summary>
        internal CountedCrime Crime(string? victimId) => new(Offences[0], victimId, OffenderIds, Offences, FinishedIncident, Principal);

        /// <summary>
        /// Whether the crime of this shape and the crime of <paramref name="other"/>, against the same victim, are equal,
        /// as <see cref="CountedCrime.Equals(CountedCrime)"/> compares them.
        /// </summary>
        internal bool SameCrimes(Shape other, string? victimId) =>
            ReferenceEquals(this, other)
            || (OffenderIds.Equals(other.OffenderIds)
                && Offences.Equals(other.Offences)
                && (Equals(FinishedIncident, other.FinishedIncident) ? Principal.Equals(other.Principal) : Crime(victimId).Equals(other.Crime(victimId))));
    }

    /// <summary>Enumerates the crimes, making each as it is reached.</summary>
    public struct Enumerator
    {
        private readonly CountedCrimeList list;
        private int index;

        internal Enumerator(CountedCrimeList list)
        {
            this.list = list;
            index = -1;
        }

        /// <summary>The current crime.</summary>
        public readonly CountedCrime Current => list[index];

        /// <summary>Moves to the next crime.</summary>
        /// <returns>False after the last crime.</returns>
        public bool MoveNext() => ++index < list.count;
    }
}
