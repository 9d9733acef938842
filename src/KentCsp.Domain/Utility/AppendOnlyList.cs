using System;
using System.Collections;
using System.Collections.Generic;

namespace KentCsp.Domain.Utility;

/// <summary>
/// A read-only list for an aggregate built one call at a time: successive versions share one growing buffer, each
/// seeing its own prefix of it, so adding an element to the newest version costs amortised constant time instead of a
/// copy of the whole list.
/// </summary>
/// <remarks>
/// <para>The version whose length is the buffer's length owns the buffer's tail: <see cref="Append"/> on it writes the
/// element into the spare room (doubling the buffer when full) and returns a version one longer. <see cref="Append"/> on
/// any other version — an older one, after a newer one has appended — copies its own prefix into a new buffer, so two
/// appends on the same version never see each other's element. Elements within a version's prefix are never written
/// again, and the buffer's owner is decided under a lock, so versions can be read and appended to from any thread.</para>
/// <para>Like <see cref="ValueList{T}"/> it implements only the read-only interfaces and has structural equality.</para>
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class AppendOnlyList<T> : IReadOnlyList<T>, IEquatable<AppendOnlyList<T>>
{
    private const int MinimumCapacity = 4;

    private readonly Buffer buffer;

    // The buffer's array when this version was made: it holds this version's elements, which never change.
    private readonly T[] items;
    private readonly int count;

    private AppendOnlyList(Buffer buffer, T[] items, int count)
    {
        this.buffer = buffer;
        this.items = items;
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
            return items[index];
        }
    }

    /// <summary>A list holding <paramref name="source"/>'s elements, in a buffer of its own.</summary>
    internal static AppendOnlyList<T> CopyOf(IReadOnlyList<T> source)
    {
        var array = new T[source.Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = source[i];
        }
        return new(new Buffer(array, array.Length), array, array.Length);
    }

    /// <summary>The list with <paramref name="item"/> added at the end; this list is unchanged.</summary>
    /// <param name="item">The element to add.</param>
    /// <param name="shared">
    /// True when the new list extends this list's buffer, false when it has a new buffer of its own (this list was
    /// not the newest on its buffer): whatever is kept beside the buffer must then be made afresh for the new list.
    /// </param>
    internal AppendOnlyList<T> Append(T item, out bool shared)
    {
        lock (buffer)
        {
            if (buffer.Length == count)
            {
                var array = buffer.Items;
                if (count == array.Length)
                {
                    var grown = new T[Math.Max(MinimumCapacity, count * 2)];
                    Array.Copy(array, grown, count);
                    buffer.Items = array = grown;
                }
                array[count] = item;
                buffer.Length = count + 1;
                shared = true;
                return new(buffer, array, count + 1);
            }
        }
        var copy = new T[Math.Max(MinimumCapacity, count * 2)];
        Array.Copy(items, copy, count);
        copy[count] = item;
        shared = false;
        return new(new Buffer(copy, count + 1), copy, count + 1);
    }

    /// <summary>A struct enumerator, so that a <c>foreach</c> over the list allocates nothing.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(items, count);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)new ArraySegment<T>(items, 0, count)).GetEnumerator();

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
        if (ReferenceEquals(items, other.items) || ReferenceEquals(buffer, other.buffer))
        {
            // Two versions of one buffer with the same length hold the same elements.
            return true;
        }
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < count; i++)
        {
            if (!comparer.Equals(items[i], other.items[i]))
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

    /// <summary>Enumerates an <see cref="AppendOnlyList{T}"/> without allocating.</summary>
    public struct Enumerator
    {
        private readonly T[] items;
        private readonly int count;
        private int index;

        internal Enumerator(T[] items, int count)
        {
            this.items = items;
            this.count = count;
            index = -1;
        }

        /// <summary>The current element.</summary>
        public readonly T Current => items[index];

        /// <summary>Moves to the next element.</summary>
        /// <returns>False after the last element.</returns>
        public bool MoveNext() => ++index < count;
    }

    /// <summary>The storage the versions share: the array and how many of its elements some version has written.</summary>
    private sealed class Buffer(T[] items, int length)
    {
        internal T[] Items { get; set; } = items;

        internal int Length { get; set; } = length;
    }
}
