using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace KentCsp.Domain.Utility;

/// <summary>
/// A lookup by identifier kept beside one <see cref="AppendOnlyList{T}"/> buffer, that every version of the list can
/// read as of its own length: e.g. the position of each bid, or the money allocated so far to each bid.
/// </summary>
/// <remarks>
/// <para>The index starts from the values for the buffer's first elements, which every version holds (given, or built
/// on first use from those elements). Each element the buffer's owner appends at position <c>p</c> may then record a
/// new value for a key; a version of length <c>n</c> sees, for each key, the value recorded at the highest position
/// below <c>n</c>, or the starting value. Values are recorded only by the version that owns the buffer's tail, just
/// after its append, so an older version never sees a value from a newer one.</para>
/// <para>The starting values are never changed once built, and later values are kept in a
/// <see cref="ConcurrentDictionary{TKey,TValue}"/> of immutable chains, so reads need no lock.</para>
/// </remarks>
/// <typeparam name="TValue">The value recorded for a key.</typeparam>
internal sealed class AppendOnlyIndex<TValue>
{
    private readonly Func<Dictionary<string, TValue>>? build;
    private Dictionary<string, TValue>? initial;
    private ConcurrentDictionary<string, Entry>? appended;

    /// <summary>An index starting from <paramref name="initial"/>, which the caller hands over and must not change.</summary>
    /// <param name="initial">The values for the buffer's first elements, by ordinal key.</param>
    internal AppendOnlyIndex(Dictionary<string, TValue> initial)
    {
        this.initial = initial;
    }

    /// <summary>An index whose starting values <paramref name="build"/> makes when the index is first read.</summary>
    /// <param name="build">Makes the values for the buffer's first elements; it may run more than once, on several threads, and must give the same values each time.</param>
    internal AppendOnlyIndex(Func<Dictionary<string, TValue>> build)
    {
        this.build = build;
    }

    /// <summary>The value for <paramref name="key"/> as a version of length <paramref name="count"/> sees it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="count">The version's length.</param>
    /// <param name="value">The value, or the default if there is none.</param>
    /// <returns>Whether the version has a value for the key.</returns>
    internal bool TryGetValue(string key, int count, out TValue value)
    {
        var later = Volatile.Read(ref appended);
        if (later is not null && later.TryGetValue(key, out var entry))
        {
            for (; entry is not null; entry = entry.Previous)
            {
                if (entry.Position < count)
                {
                    value = entry.Value;
                    return true;
                }
            }
        }
        return Initial().TryGetValue(key, out value!);
    }

    /// <summary>
    /// Records <paramref name="value"/> for <paramref name="key"/> from <paramref name="position"/> on. Only the version
    /// that has just appended the element at <paramref name="position"/> to the buffer may call this, before it hands
    /// out the new version.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="position">The position of the element appended.</param>
    /// <param name="value">The value from that position on.</param>
    internal void Record(string key, int position, TValue value)
    {
        var later = Volatile.Read(ref appended);
        if (later is null)
        {
            later = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
            later = Interlocked.CompareExchange(ref appended, later, null) ?? later;
        }
        later.TryGetValue(key, out var previous);
        later[key] = new Entry(position, value, previous);
    }

    private Dictionary<string, TValue> Initial()
    {
        var values = Volatile.Read(ref initial);
        if (values is null)
        {
            values = build!();
            values = Interlocked.CompareExchange(ref initial, values, null) ?? values;
        }
        return values;
    }

    private sealed class Entry(int position, TValue value, Entry? previous)
    {
        internal int Position { get; } = position;

        internal TValue Value { get; } = value;

        internal Entry? Previous { get; } = previous;
    }
}
