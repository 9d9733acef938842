using System;
using System.Collections.Generic;
using System.Threading;

namespace KentCsp.Domain.Utility;

/// <summary>
/// Values kept against the positions of another list's elements — e.g. the standing decision on the bid at position
/// <c>p</c> — beside one <see cref="AppendOnlyList{T}"/> buffer, that every version of the list can read as of its own
/// length: <see cref="AppendOnlyIndex{TValue}"/> for keys that are already numbers, with no hash table and no keys kept.
/// </summary>
/// <remarks>
/// <para>The index starts from values for the buffer's first elements, which every version holds (built on first use).
/// Each element the buffer's owner appends at position <c>n</c> may then record a new value for a key; a version of
/// length <c>n</c> sees, for each key, the value recorded at the highest position below <c>n</c>, or the starting value.
/// Values are recorded only by the version that owns the buffer's tail, just after its append, so an older version never
/// sees a value from a newer one.</para>
/// <para>For each key the index holds the number of its latest value, in pages of 1,024 numbers (4 KB, no references)
/// made when a key in their range is first recorded; the values are kept in the order recorded, each linking to the
/// value its key had before, in pages as <see cref="AppendOnlyIndex{TValue}"/> keeps them. Finding a key's value is two
/// array reads and a walk back over its own values, never a search.</para>
/// <para>One writer at a time and any number of readers: a value is written, and any new page or table of pages is
/// published, before the key's number is moved on to it, so a reader never sees half an entry. Reads need no lock.</para>
/// </remarks>
/// <typeparam name="TValue">The value recorded for a key.</typeparam>
internal sealed class PositionIndex<TValue>
{
    private const int Shift = Pages.Shift;
    private const int Size = Pages.Size;
    private const int Mask = Pages.Mask;
    private const int MinimumEntries = 4;

    // Starting values recorded before any append: every version sees them.
    private const int Start = -1;

    private readonly Func<IReadOnlyList<KeyValuePair<int, TValue>>>? build;
    private State? state;

    /// <summary>An index whose starting values <paramref name="build"/> makes when the index is first used.</summary>
    /// <param name="build">Makes the starting values, at most one for each key (a non-negative position); it may run more than once, on several threads, and must give the same values each time.</param>
    internal PositionIndex(Func<IReadOnlyList<KeyValuePair<int, TValue>>> build)
    {
        this.build = build;
    }

    /// <summary>The value for <paramref name="key"/> as a version of length <paramref name="count"/> sees it.</summary>
    /// <param name="key">The key: a position in the other list, not negative.</param>
    /// <param name="count">The version's length.</param>
    /// <param name="value">The value, or the default if there is none.</param>
    /// <returns>Whether the version has a value for the key.</returns>
    internal bool TryGetValue(int key, int count, out TValue value) => Current().TryGetValue(key, count, out value);

    /// <summary>
    /// Records <paramref name="value"/> for <paramref name="key"/> from <paramref name="position"/> on. Only the version
    /// that has just appended the element at <paramref name="position"/> to the buffer may call this, before it hands
    /// out the new version.
    /// </summary>
    internal void Record(int key, int position, TValue value) => Current().Record(key, position, value);

    private State Current()
    {
        var current = Volatile.Read(ref state);
        if (current is null)
        {
            current = State.From(build!());
            current = Interlocked.CompareExchange(ref state, current, null) ?? current;
        }
        return current;
    }

    private sealed class State
    {
        // For each key, the number of its latest value plus one (zero: none), in pages made when first needed.
        private int[]?[] heads;

        private IndexEntry<TValue>[][] entries;
        private int entryCount;

        private State(int keyPages, int firstEntries)
        {
            heads = new int[]?[Math.Max(1, keyPages)];
            entries = [new IndexEntry<TValue>[Math.Min(Size, Math.Max(MinimumEntries, firstEntries))]];
        }

        internal static State From(IReadOnlyList<KeyValuePair<int, TValue>> values)
        {
            int largest = -1;
            foreach (var pair in values)
            {
                largest = Math.Max(largest, pair.Key);
            }
            var state = new State((largest >> Shift) + 1, values.Count);
            foreach (var pair in values)
            {
                state.Record(pair.Key, Start, pair.Value);
            }
            return state;
        }

        internal bool TryGetValue(int key, int count, out TValue value)
        {
            var pages = Volatile.Read(ref heads);
            int p = key >> Shift;
            if (p < pages.Length && Volatile.Read(ref pages[p]) is { } page)
            {
                // The number is read before the pages of values: those published before it was written hold its value.
                int e = Volatile.Read(ref page[key & Mask]) - 1;
                return IndexEntry<TValue>.LatestBelow(Volatile.Read(ref entries), e, count, out value);
            }
            value = default!;
            return false;
        }

        internal void Record(int key, int position, TValue value)
        {
            var page = PageFor(key);
            ref int head = ref page[key & Mask];
            int e = entryCount;
            var values = Pages.Put(entries, e, new IndexEntry<TValue>(position, head - 1, value), MinimumEntries);
            entryCount = e + 1;
            if (!ReferenceEquals(values, entries))
            {
                Volatile.Write(ref entries, values);
            }
            // Published last: a reader that sees the number sees the value and its pages.
            Volatile.Write(ref head, e + 1);
        }

        // The page of numbers that holds `key`, made (and published, with a larger table of pages if need be) when new.
        private int[] PageFor(int key)
        {
            int p = key >> Shift;
            var pages = heads;
            if (p >= pages.Length)
            {
                // Readers keep the old table, which holds every page they can read.
                var larger = new int[]?[Math.Max(p + 1, pages.Length * 2)];
                Array.Copy(pages, larger, pages.Length);
                pages = larger;
                Volatile.Write(ref heads, pages);
            }
            if (pages[p] is not { } page)
            {
                page = new int[Size];
                Volatile.Write(ref pages[p], page);
            }
            return page;
        }
    }

}
