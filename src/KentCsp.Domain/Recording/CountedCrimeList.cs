using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>
/// The crimes of a <see cref="CrimeCount"/>: either the crimes a caller gave, or the crimes the counter found, kept as
/// their parts (victim, offenders, offences, steps) in one array and each made into a <see cref="CountedCrime"/> the
/// first time it is read.
/// </summary>
/// <remarks>
/// <para>A count of a million victims is then one array, not a million objects that must outlive the call; a caller
/// who reads only <see cref="CrimeCount.Total"/> makes no crime at all. A crime once made is kept, so reading the same
/// index twice gives the same object, on any thread.</para>
/// <para>Equality is structural, as for every list the library hands out; two counter-made lists are compared part
/// by part without making their crimes.</para>
/// </remarks>
internal sealed class CountedCrimeList : IReadOnlyList<CountedCrime>, IEquatable<CountedCrimeList>
{
    private readonly ValueList<CountedCrime>? given;
    private readonly Parts[]? parts;
    private CountedCrime?[]? made;

    private CountedCrimeList(ValueList<CountedCrime>? given, Parts[]? parts)
    {
        this.given = given;
        this.parts = parts;
    }

    /// <summary>The number of crimes.</summary>
    public int Count => given?.Count ?? parts!.Length;

    /// <summary>The crime at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    public CountedCrime this[int index] => given is not null ? given[index] : Made(index);

    /// <summary>A list of crimes a caller gave (already checked).</summary>
    internal static CountedCrimeList Of(ValueList<CountedCrime> crimes) => new(crimes, null);

    /// <summary>A list over the parts of the crimes the counter found; the array is handed over.</summary>
    internal static CountedCrimeList Own(Parts[] parts) => new(null, parts);

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
        if (parts.Length != other.parts.Length)
        {
            return false;
        }
        for (int i = 0; i < parts.Length; i++)
        {
            if (!parts[i].Equals(other.parts[i]))
            {
                return false;
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
        int hash = EqualityHelper.Hash(EqualityHelper.Initialize(), Count);
        if (parts is null)
        {
            foreach (var crime in given!)
            {
                hash = EqualityHelper.Hash(hash, crime.GetHashCode());
            }
            return hash;
        }
        foreach (var part in parts)
        {
            hash = EqualityHelper.Hash(hash, CountedCrime.HashOf(part.Offences[0], part.VictimId, part.OffenderIds, part.Offences));
        }
        return hash;
    }

    private CountedCrime Made(int index)
    {
        var crimes = Volatile.Read(ref made);
        if (crimes is null)
        {
            var fresh = new CountedCrime?[parts!.Length];
            crimes = Interlocked.CompareExchange(ref made, fresh, null) ?? fresh;
        }
        var crime = Volatile.Read(ref crimes[index]);
        if (crime is not null)
        {
            return crime;
        }
        var madeNow = parts![index].ToCrime();
        return Interlocked.CompareExchange(ref crimes[index], madeNow, null) ?? madeNow;
    }

    private IEnumerator<CountedCrime> Enumerate()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <summary>
    /// The parts of one crime the counter found: what <see cref="CountedCrime"/>'s counter constructor takes. The first
    /// offence is the one counted.
    /// </summary>
    internal readonly struct Parts(string? victimId, ValueList<string> offenderIds, ValueList<Offence> offences, CountingStep? finishedIncident, CountingStep principal)
    {
        /// <summary>The victim, or null for an offence against the State.</summary>
        internal string? VictimId { get; } = victimId;

        /// <summary>The offenders, in ordinal order.</summary>
        internal ValueList<string> OffenderIds { get; } = offenderIds;

        /// <summary>The offences, most serious first.</summary>
        internal ValueList<Offence> Offences { get; } = offences;

        /// <summary>The finished incident step, if the crime stands for more than one act.</summary>
        internal CountingStep? FinishedIncident { get; } = finishedIncident;

        /// <summary>The principal crime step.</summary>
        internal CountingStep Principal { get; } = principal;

        /// <summary>The crime these parts make.</summary>
        internal CountedCrime ToCrime() => new(Offences[0], VictimId, OffenderIds, Offences, FinishedIncident, Principal);

        /// <summary>Whether the crimes two sets of parts make are equal, as <see cref="CountedCrime.Equals(CountedCrime)"/> compares them.</summary>
        internal bool Equals(in Parts other) =>
            string.Equals(VictimId, other.VictimId, StringComparison.Ordinal)
            && OffenderIds.Equals(other.OffenderIds)
            && Offences.Equals(other.Offences)
            && Equals(FinishedIncident, other.FinishedIncident)
            && Principal.Equals(other.Principal);
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
        public bool MoveNext() => ++index < list.Count;
    }
}
