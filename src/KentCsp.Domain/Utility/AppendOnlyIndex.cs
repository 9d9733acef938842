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
/// <para>The keys and values are kept in arrays, not an object per entry: the keys in the order first recorded, the
/// values in the order recorded (each linking to the value its key had before), and an open-addressing table of slots
/// that holds, for each key, its hash code, its number among the keys and its latest value. A slot holds no reference,
/// so the collector copies the table without scanning it. All three are split into pages of 1,024 found through a table
/// of pages, so no array reaches the large-object heap (85,000 bytes), whose allocations trigger full collections:
/// recording a value allocates nothing but a page now and then, and the cost per call of building a round stays flat
/// as the round grows (docs/performance.md, "Building a round").</para>
/// <para>One writer at a time (the owner of the buffer's tail) and any number of readers: a key's number is written to
/// its slot after the key, its hash code and its value, and a slot's latest value is moved on only after the value it
/// points to (and any new table of pages) is written, so a reader never sees half an entry. When the table of slots is
/// half full the writer places the slots in one with twice as many, sharing the pages of keys and values, and publishes
/// it as a whole; a reader keeps the table it started with, which holds every key and value it can see. Reads need no
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
    /// The slots of one open-addressing table (at most half full), the keys and the values recorded, each kept in pages
    /// under the large-object threshold. The slots are replaced, never resized, when the table is half full, so a reader
    /// holding a table sees a consistent set of keys; the pages of keys and values are shared with the larger table,
    /// since a key or value once written is never written again.
    /// </summary>
    private sealed class Table
    {
        // 1,024 slots of 12 bytes, 1,024 keys, or 1,024 values of a few words: every page is well under 85,000 bytes.
        private const int PageShift = Pages.Shift;
        private const int PageSize = Pages.Size;
        private const int PageMask = Pages.Mask;
        private const int MinimumEntries = 4;

        private readonly Slot[][] slots;
        private readonly int slotMask;

        // The keys in the order first recorded; a slot holds a key's number plus one. Replaced (and published) as the
        // pages of values are.
        private string[][] keys;
        private int keyCount;

        // Replaced (and published) when a page is added to a full table of pages or the only page doubles; a table of
        // pages once replaced still holds every value recorded before.
        private IndexEntry<TValue>[][] entries;
        private int entryCount;

        private Table(int slotCount, string[][] keys, int keyCount, IndexEntry<TValue>[][] entries, int entryCount)
        {
            slotMask = slotCount - 1;
            if (slotCount <= PageSize)
            {
                slots = [new Slot[slotCount]];
            }
            else
            {
                slots = new Slot[slotCount >> PageShift][];
                for (int p = 0; p < slots.Length; p++)
                {
                    slots[p] = new Slot[PageSize];
                }
            }
            this.keys = keys;
            this.keyCount = keyCount;
            this.entries = entries;
            this.entryCount = entryCount;
        }

        internal static Table From(Dictionary<string, TValue> values)
        {
            // A power of two, at least twice the keys, so that probing stays short.
            int slotCount = 8;
            while (slotCount < (values.Count + 1) * 2)
            {
                slotCount *= 2;
            }
            int first = Math.Min(PageSize, Math.Max(MinimumEntries, values.Count));
            var table = new Table(slotCount, [new string[first]], 0, [new IndexEntry<TValue>[first]], 0);
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
                // The head is read before the pages: the pages published before it was written hold its value.
                int e = Volatile.Read(ref SlotAt(at).Head);
                return IndexEntry<TValue>.LatestBelow(Volatile.Read(ref entries), e, count, out value);
            }
            value = default!;
            return false;
        }

        // Adds the entry here, or to a table with twice the slots when this one is half full; returns the table that has it.
        internal Table Record(string key, int position, TValue value)
        {
            var target = this;
            if (keyCount * 2 >= slotMask + 1)
            {
                target = Grown();
            }
            target.Add(key, Hash(key), position, value);
            return target;
        }

        private static int Hash(string key) => StringComparer.Ordinal.GetHashCode(key);

        private ref Slot SlotAt(int at) => ref slots[at >> PageShift][at & PageMask];

        // The key numbered `number`; the pages are read after the slot that gave the number, so they hold it.
        private string KeyAt(int number)
        {
            var pages = Volatile.Read(ref keys);
            return pages[number >> PageShift][number & PageMask];
        }

        private int Find(string key, int hash)
        {
            for (int at = hash & slotMask; ; at = (at + 1) & slotMask)
            {
                ref var slot = ref SlotAt(at);
                int number = Volatile.Read(ref slot.Key) - 1;
                if (number < 0)
                {
                    return -1;
                }
                if (slot.Hash == hash && string.Equals(KeyAt(number), key, StringComparison.Ordinal))
                {
                    return at;
                }
            }
        }

        private void Add(string key, int hash, int position, TValue value)
        {
            int at = hash & slotMask;
            while (SlotAt(at).Key is > 0 and var number && !(SlotAt(at).Hash == hash && string.Equals(KeyAt(number - 1), key, StringComparison.Ordinal)))
            {
                at = (at + 1) & slotMask;
            }
            ref var slot = ref SlotAt(at);
            int e = entryCount;
            if (slot.Key == 0)
            {
                AppendKey(keyCount, key);
                Append(e, new IndexEntry<TValue>(position, -1, value));
                slot.Hash = hash;
                slot.Head = e;
                // Published last: a reader that sees the key's number sees the key, its hash code and its value.
                Volatile.Write(ref slot.Key, keyCount + 1);
                keyCount++;
            }
            else
            {
                Append(e, new IndexEntry<TValue>(position, slot.Head, value));
                Volatile.Write(ref slot.Head, e);
            }
        }

        // Writes the key numbered `k`, as Append writes a value.
        private void AppendKey(int k, string key)
        {
            var pages = Pages.Put(keys, k, key, MinimumEntries);
            if (!ReferenceEquals(pages, keys))
            {
                Volatile.Write(ref keys, pages);
            }
        }

        // Writes the value at `e`, adding a page (or doubling the only page) when full, and publishes any new table
        // of pages before the caller links a slot to the value.
        private void Append(int e, IndexEntry<TValue> entry)
        {
            var pages = Pages.Put(entries, e, entry, MinimumEntries);
            entryCount = e + 1;
            if (!ReferenceEquals(pages, entries))
            {
                Volatile.Write(ref entries, pages);
            }
        }

        // Twice the slots, the slots placed again by their hash codes; the keys and values are shared, not copied.
        private Table Grown()
        {
            var grown = new Table((slotMask + 1) * 2, keys, keyCount, entries, entryCount);
            foreach (var page in slots)
            {
                foreach (var slot in page)
                {
                    if (slot.Key != 0)
                    {
                        int at = slot.Hash & grown.slotMask;
                        while (grown.SlotAt(at).Key != 0)
                        {
                            at = (at + 1) & grown.slotMask;
                        }
                        grown.SlotAt(at) = slot;
                    }
                }
            }
            return grown;
        }
    }

    private struct Slot
    {
        // The key's number among the keys plus one; zero for an empty slot.
        internal int Key;
        internal int Hash;

        // The latest entry recorded for the key.
        internal int Head;
    }

}
