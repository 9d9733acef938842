using System;
using System.Collections;
using System.Collections.Generic;

namespace KentCsp.Domain.Utility;

/// <summary>
/// The one collection type behind every list the library hands out: a read-only view of an array that nothing else
/// can change, with structural equality (two lists are equal when they hold equal elements in the same order).
/// </summary>
/// <remarks>
/// <para>It implements only the read-only interfaces, so a caller cannot cast it back to an array or an
/// <see cref="IList{T}"/> and change an aggregate's state. Public constructors copy what a caller passes in once
/// (<see cref="CopyOf"/>); internal operations that make a new aggregate from an old one may hand over an array they
/// built and own (<see cref="Own"/>) or share an existing list, since neither can change.</para>
/// <para>Because equality is structural, a record whose members are value lists gets a correct generated
/// <c>Equals</c>/<c>GetHashCode</c>.</para>
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    private ValueList(T[] items)
    {
        this.items = items;
    }

    /// <summary>The empty list.</summary>
    internal static ValueList<T> Empty { get; } = new([]);

    /// <summary>The number of elements.</summary>
    public int Count => items.Length;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    public T this[int index] => items[index];

    /// <summary>A list holding a copy of <paramref name="source"/>'s elements.</summary>
    internal static ValueList<T> CopyOf(IEnumerable<T> source) =>
        source switch
        {
            ValueList<T> list => list,
            ICollection<T> { Count: 0 } => Empty,
            ICollection<T> collection => CopyCollection(collection),
            _ => Own(new List<T>(source).ToArray()),
        };

    /// <summary>
    /// A list over <paramref name="array"/> without copying it. The caller hands the array over: it must not keep a
    /// reference it could change later.
    /// </summary>
    internal static ValueList<T> Own(T[] array) => array.Length == 0 ? Empty : new(array);


    /// <summary>A new array holding the elements, for building a changed list to hand over with <see cref="Own"/>.</summary>
    internal T[] ToArray() => (T[])items.Clone();

    /// <summary>The list with <paramref name="item"/> added at the end; this list is unchanged.</summary>
    internal ValueList<T> Append(T item)
    {
        var array = new T[items.Length + 1];
        items.CopyTo(array, 0);
        array[items.Length] = item;
        return new(array);
    }

    /// <summary>The first element that matches, or the default value if none does.</summary>
    internal T? Find(Predicate<T> match) => Array.Find(items, match);

    /// <summary>The index of the first element that matches, or -1 if none does.</summary>
    internal int FindIndex(Predicate<T> match) => Array.FindIndex(items, match);

    /// <summary>The number of elements that match.</summary>
    internal int CountWhere(Predicate<T> match)
    {
        int count = 0;
        foreach (var item in items)
        {
            if (match(item))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Whether the list holds an element equal to <paramref name="item"/>.</summary>
    internal bool Contains(T item) => Array.IndexOf(items, item) >= 0;

    /// <summary>A struct enumerator, so that a <c>foreach</c> over the list allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <summary>True when both lists hold equal elements in the same order.</summary>
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || EqualityHelper.SequenceEqual(items, other.items));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => EqualityHelper.HashSequence(EqualityHelper.Initialize(), items);

    /// <summary>The elements, for messages and debugging: <c>[a, b, c]</c>.</summary>
    public override string ToString() => "[" + string.Join(", ", items) + "]";

    private static ValueList<T> CopyCollection(ICollection<T> collection)
    {
        var array = new T[collection.Count];
        collection.CopyTo(array, 0);
        return new(array);
    }

    /// <summary>Enumerates a <see cref="ValueList{T}"/> without allocating.</summary>
    public struct Enumerator
    {
        private readonly T[] items;
        private int index;

        internal Enumerator(T[] items)
        {
            this.items = items;
            index = -1;
        }

        /// <summary>The current element.</summary>
        public readonly T Current => items[index];

        /// <summary>Moves to the next element.</summary>
        /// <returns>False after the last element.</returns>
        public bool MoveNext() => ++index < items.Length;
    }
}

/// <summary>Builds <see cref="ValueList{T}"/>s from query results.</summary>
internal static class ValueList
{
    /// <summary>The elements of <paramref name="source"/> as a value list: a query's results are copied once into an array the list owns.</summary>
    internal static ValueList<T> ToValueList<T>(this IEnumerable<T> source) => ValueList<T>.CopyOf(source);
}
