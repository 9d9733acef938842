using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace KentCsp.Domain.Utility;

/// <summary>
/// A read-only list for an aggregate built one call at a time: successive versions share one growing buffer, each
/// seeing its own prefix of it, so adding an element to the newest version costs constant time instead of a copy of the
/// whole list.
/// </summary>
/// <remarks>
/// <para>The version whose length is the buffer's length owns the buffer's tail: <see cref="Append"/> on it writes the
/// element into the spare room and returns a version one longer. <see cref="Append"/> on any other version — an older
/// one, after a newer one has appended — gives the new version a buffer of its own, so two appends on the same version
/// never see each other's element. Elements within a version's prefix are never written again, and the buffer's owner
/// is decided by one atomic compare-and-swap of the buffer's length, so versions can be read and appended to from any
/// thread without a lock.</para>
/// <para>The elements are kept in pages of at most <see cref="PageSize"/> elements, found through a table of pages:
/// growing adds a page instead of copying the elements into an array twice the size, so no array the list allocates
/// reaches the large-object heap (85,000 bytes), whose allocations trigger full collections, and the cost per call of
/// building a round stays flat as the round grows (docs/performance.md, "Building a round"). While the list has one
/// page, that page doubles from <see cref="MinimumCapacity"/> up to <see cref="PageSize"/>, so a short list stays
/// small. A version from an older one shares the older one's full pages and copies only its last, partly filled
/// page.</para>
/// <para>Like <see cref="ValueList{T}"/> it implements only the read-only interfaces and has structural equality.</para>
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class AppendOnlyList<T> : IReadOnlyList<T>, IEquatable<AppendOnlyList<T>>
{
    /// <summary>The elements in a page, a power of two: 8 KB of references, under the large-object threshold for elements of up to 80 bytes.</summary>
    internal const int PageSize = Pages.Size;

    private const int PageShift = Pages.Shift;
    private const int PageMask = Pages.Mask;
    private const int MinimumCapacity = 4;

    private readonly Buffer buffer;

    // The buffer's table of pages when this version was made: it holds this version's elements, which never change.
    private readonly T[][] pages;
    private readonly int count;

    private AppendOnlyList(Buffer buffer, T[][] pages, int count)
    {
        this.buffer = buffer;
        this.pages = pages;
        this.count = count;
    }

    /// <summary>The number of elements.</summary>
    public int Count => count;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)count)
            {
                ThrowIndex(index);
            }
            return pages[index >> PageShift][index & PageMask];
        }
    }

    /// <summary>A list holding <paramref name="source"/>'s elements, in a buffer of its own.</summary>
    internal static AppendOnlyList<T> CopyOf(IReadOnlyList<T> source)
    {
        int length = source.Count;
        T[][] pages;
        if (length <= PageSize)
        {
            var page = new T[length];
            for (int i = 0; i < length; i++)
            {
                page[i] = source[i];
            }
            pages = [page];
        }
        else
        {
            pages = new T[(length + PageMask) >> PageShift][];
            for (int p = 0; p < pages.Length; p++)
            {
                var page = new T[PageSize];
                int start = p << PageShift;
                int end = Math.Min(length, start + PageSize);
                for (int i = start; i < end; i++)
                {
                    page[i - start] = source[i];
                }
                pages[p] = page;
            }
        }
        return new(new Buffer(pages, length), pages, length);
    }

    /// <summary>The list with <paramref name="item"/> added at the end; this list is unchanged.</summary>
    /// <param name="item">The element to add.</param>
    /// <param name="shared">
    /// True when the new list extends this list's buffer, false when it has a new buffer of its own (this list was
    /// not the newest on its buffer): whatever is kept beside the buffer must then be made afresh for the new list.
    /// </param>
    internal AppendOnlyList<T> Append(T item, out bool shared)
    {
        // Claiming the tail: of the versions of this length, only the first to move the length on writes to the buffer.
        shared = Interlocked.CompareExchange(ref buffer.Length, count + 1, count) == count;
        var owner = shared ? buffer : new Buffer(OwnPages(), count + 1);
        return new(owner, owner.Add(count, item), count + 1);
    }

    /// <summary>A struct enumerator, so that a <c>foreach</c> over the list allocates nothing.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(pages, count);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new BoxedEnumerator(pages, count);

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>True when both lists hold equal elements in the same order.</summary>
    /// <param name="other">The other list.</param>
    /// <returns>Whether the lists are equal.</returns>
    public bool Equals(AppendOnlyList<T>? other)
    {
        if (other is null || other.count != count)
        {
            return false;
        }
        if (ReferenceEquals(pages, other.pages) || ReferenceEquals(buffer, other.buffer))
        {
            // Two versions of one buffer with the same length hold the same elements.
            return true;
        }
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < count; i++)
        {
            if (!comparer.Equals(pages[i >> PageShift][i & PageMask], other.pages[i >> PageShift][i & PageMask]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AppendOnlyList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => EqualityHelper.HashSequence(EqualityHelper.Initialize(), this);

    /// <summary>The elements, for messages and debugging: <c>[a, b, c]</c>.</summary>
    /// <returns>The elements in brackets.</returns>
    public override string ToString() => "[" + string.Join(", ", this) + "]";

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowIndex(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");

    // A table of pages holding this version's elements for a buffer of its own: the full pages are shared, since no
    // version writes to them again; the last page, which a newer version may be writing past this one's length, is copied.
    private T[][] OwnPages()
    {
        if (count == 0)
        {
            return [[]];
        }
        int last = (count - 1) >> PageShift;
        var own = new T[Math.Max(1, pages.Length)][];
        Array.Copy(pages, own, last);
        int inLast = count - (last << PageShift);
        var page = new T[last == 0 ? inLast : PageSize];
        Array.Copy(pages[last], page, inLast);
        own[last] = page;
        return own;
    }

    /// <summary>Enumerates an <see cref="AppendOnlyList{T}"/> without allocating.</summary>
    public struct Enumerator
    {
        private readonly T[][] pages;
        private readonly int count;
        private T[] page;
        private int index;

        internal Enumerator(T[][] pages, int count)
        {
            this.pages = pages;
            this.count = count;
            page = [];
            index = -1;
        }

        /// <summary>The current element.</summary>
        public readonly T Current => page[index & PageMask];

        /// <summary>Moves to the next element.</summary>
        /// <returns>False after the last element.</returns>
        public bool MoveNext()
        {
            if (++index >= count)
            {
                index = count;
                return false;
            }
            if ((index & PageMask) == 0)
            {
                page = pages[index >> PageShift];
            }
            return true;
        }
    }

    // The enumerator behind the interfaces, page by page like the struct one.
    private sealed class BoxedEnumerator(T[][] pages, int count) : IEnumerator<T>
    {
        private Enumerator inner = new(pages, count);

        public T Current => inner.Current;

        object? IEnumerator.Current => Current;

        public bool MoveNext() => inner.MoveNext();

        public void Reset() => inner = new(pages, count);

        public void Dispose()
        {
        }
    }

    /// <summary>The storage the versions share: the table of pages and how many elements some version has written.</summary>
    private sealed class Buffer
    {
        // Moved on by the version that claims the tail (a compare-and-swap), before it writes the element.
        internal int Length;

        // Written only by the version that has claimed the tail.
        private T[][] pages;

        internal Buffer(T[][] pages, int length)
        {
            this.pages = pages;
            Length = length;
        }

        // Writes the element at position `at`, which the caller has claimed, adding room as needed; returns the table
        // of pages that holds it.
        internal T[][] Add(int at, T item)
        {
            var table = Pages.Put(pages, at, item, MinimumCapacity);
            pages = table;
            return table;
        }
    }
}
