using System;
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
/// <para>The keys and values are kept in two arrays of structs, not an object per entry: an open-addressing table of
/// keys (each with its hash code and its latest value), and the values in the order recorded, each linking to the
/// value its key had before. So recording a value allocates nothing but the arrays' amortised growth, and the garbage
/// collector traces two arrays however many entries there are — the cost per call of building a round stays flat as
/// the round grows (docs/performance.md, "Building a round").</para>
/// <para>One writer at a time (the owner of the buffer's tail) and any number of readers: a key is written to its slot
/// after its hash code and value, and a slot's latest value is moved on only after the value it points to is written,
/// so a reader never sees half an entry. When the arrays are full the writer copies them into larger ones and publishes
/// the copy as a whole; a reader keeps the arrays it started with, which hold every value it can see. Reads need no
/// lock.</para>
/// </remarks>
/// <typeparam name="TValue">The value recorded for a key.</typeparam>
internal sealed class AppendOnlyIndex<TValue>
{
    // Starting values recorded before any append: every version sees them.
    private const int Start = -1;

    private readonly Func<Dictionary<string, TValue>>? build;
    private Dictionary<string, TValue>? initial;
    private Table? table;

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
    internal bool TryGetValue(string key, int count, out TValue value) => Current().TryGetValue(key, count, out value);

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
        var current = Current();
        var next = current.Record(key, position, value);
        if (!ReferenceEquals(next, current))
        {
            Volatile.Write(ref table, next);
        }
    }

    private Table Current()
    {
        var current = Volatile.Read(ref table);
        if (current is null)
        {
            var values = Volatile.Read(ref initial);
            if (values is null && build is null)
            {
                // Another thread has moved the starting values into the table.
                return Volatile.Read(ref table)!;
            }
            current = Table.From(values ?? build!());
            current = Interlocked.CompareExchange(ref table, current, null) ?? current;
            // The starting values now live in the table.
            Volatile.Write(ref initial, null);
        }
        return current;
    }

    /// <summary>
    /// The arrays of one size: the slots of the open-addressing table (at most half full) and the values recorded.
    /// The arrays are replaced, never resized, so a reader holding a table sees a consistent set of entries.
    /// </summary>
    private sealed class Table
    {
        private readonly Slot[] slots;
        private readonly Entry[] entries;
        private int entryCount;

        private Table(int capacity)
        {
            // A power of two, twice the entries, so that probing stays short.
            int slotCount = 8;
            while (slotCount < capacity * 2)
            {
                slotCount *= 2;
            }
            slots = new Slot[slotCount];
            entries = new Entry[slotCount / 2];
        }

        internal static Table From(Dictionary<string, TValue> values)
        {
            var table = new Table(values.Count + 1);
            foreach (var pair in values)
            {
                table.Add(pair.Key, Hash(pair.Key), Start, pair.Value);
            }
            return table;
        }

        internal bool TryGetValue(string key, int count, out TValue value)
        {
            int at = Find(key, Hash(key));
            if (at >= 0)
            {
                for (int e = Volatile.Read(ref slots[at].Head); e >= 0; e = entries[e].Previous)
                {
                    if (entries[e].Position < count)
                    {
                        value = entries[e].Value;
                        return true;
                    }
                }
            }
            value = default!;
            return false;
        }

        // Adds the entry here, or to a larger copy when this table is full; returns the table that has it.
        internal Table Record(string key, int position, TValue value)
        {
            var target = this;
            if (entryCount == entries.Length)
            {
                target = Grown();
            }
            target.Add(key, Hash(key), position, value);
            return target;
        }

        private static int Hash(string key) => StringComparer.Ordinal.GetHashCode(key);

        private int Find(string key, int hash)
        {
            int mask = slots.Length - 1;
            for (int at = hash & mask; ; at = (at + 1) & mask)
            {
                var slotKey = Volatile.Read(ref slots[at].Key);
                if (slotKey is null)
                {
                    return -1;
                }
                if (slots[at].Hash == hash && string.Equals(slotKey, key, StringComparison.Ordinal))
                {
                    return at;
                }
            }
        }

        private void Add(string key, int hash, int position, TValue value)
        {
            int mask = slots.Length - 1;
            int at = hash & mask;
            while (slots[at].Key is { } slotKey && !(slots[at].Hash == hash && string.Equals(slotKey, key, StringComparison.Ordinal)))
            {
                at = (at + 1) & mask;
            }
            int e = entryCount++;
            if (slots[at].Key is null)
            {
                entries[e] = new Entry(position, -1, value);
                slots[at].Hash = hash;
                slots[at].Head = e;
                // Published last: a reader that sees the key sees its hash code and value.
                Volatile.Write(ref slots[at].Key, key);
            }
            else
            {
                entries[e] = new Entry(position, slots[at].Head, value);
                Volatile.Write(ref slots[at].Head, e);
            }
        }

        private Table Grown()
        {
            var grown = new Table(entries.Length * 2);
            Array.Copy(entries, grown.entries, entryCount);
            grown.entryCount = entryCount;
            int mask = grown.slots.Length - 1;
            foreach (var slot in slots)
            {
                if (slot.Key is not null)
                {
                    int at = slot.Hash & mask;
                    while (grown.slots[at].Key is not null)
                    {
                        at = (at + 1) & mask;
                    }
                    grown.slots[at] = slot;
                }
            }
            return grown;
        }
    }

    private struct Slot
    {
        internal string? Key;
        internal int Hash;

        // The latest entry recorded for the key.
        internal int Head;
    }

    private readonly struct Entry(int position, int previous, TValue value)
    {
        internal readonly int Position = position;

        // The entry recorded for the key before this one, or -1.
        internal readonly int Previous = previous;

        internal readonly TValue Value = value;
    }
}
