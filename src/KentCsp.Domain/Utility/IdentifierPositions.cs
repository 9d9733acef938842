using System;
using System.Buffers;
using System.Collections.Generic;

namespace KentCsp.Domain.Utility;

/// <summary>
/// Finds the positions of identifiers in a list of distinct identifiers, trying first the position after the one found
/// last: lists that name the same people (an incident's victims, then each act's) usually name them in the same order,
/// so most lookups are one comparison with the next identifier in the list, not a hash lookup.
/// </summary>
/// <remarks>
/// <para>On the first identifier not found that way, an index of the whole list is built once, by open addressing in
/// an array rented from the shared pool (the position plus one in each slot, so that 0 is an empty slot); it is
/// returned by <see cref="Dispose"/>. Building and looking up allocate nothing. The position after the last wraps to
/// the start, so a second list in the same order as the first also needs no index.</para>
/// <para>The index hashes with <see cref="string.GetHashCode()"/>, which is seeded per process on .NET (Core), so no
/// set of identifiers can be written to collide and make lookups slow. On .NET Framework, under the netstandard2.0
/// build, string hashing is not seeded by default: ordinary identifiers spread well, crafted ones could slow the
/// lookups of an incident listed out of order.</para>
/// <para>Used by one count on one thread; not thread-safe.</para>
/// </remarks>
internal sealed class IdentifierPositions : IDisposable
{
    private readonly IReadOnlyList<string> ids;
    private int last = -1;
    private int[]? slots;
    private int mask;
    private int shift;

    /// <summary>Creates a lookup over <paramref name="ids"/>, which must be distinct and must not change while it is used.</summary>
    internal IdentifierPositions(IReadOnlyList<string> ids)
    {
        this.ids = ids;
    }

    /// <summary>Whether the index has been built: some identifier was not found next to the last.</summary>
    internal bool Indexed => slots is not null;

    /// <summary>The position of <paramref name="id"/>, which the caller knows is in the list.</summary>
    /// <exception cref="InvalidOperationException">The identifier is not in the list (a defect of the caller).</exception>
    internal int IndexOf(string id)
    {
        int next = last + 1 < ids.Count ? last + 1 : 0;
        if (string.Equals(ids[next], id, StringComparison.Ordinal))
        {
            last = next;
            return next;
        }
        var table = slots ?? Build();
        for (int slot = Slot(id); ; slot = (slot + 1) & mask)
        {
            int held = table[slot];
            if (held == 0)
            {
                throw new InvalidOperationException($"'{id}' is not in the list.");
            }
            if (string.Equals(ids[held - 1], id, StringComparison.Ordinal))
            {
                last = held - 1;
                return last;
            }
        }
    }

    /// <summary>Returns the index's array to the pool.</summary>
    public void Dispose()
    {
        if (slots is { } rented)
        {
            slots = null;
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    private int[] Build()
    {
        // A power of two at least twice the identifiers: probes stay short.
        int size = 16;
        while (size < 2 * ids.Count)
        {
            size *= 2;
        }
        var table = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(table, 0, size);
        mask = size - 1;
        shift = 32;
        for (int bits = size; bits > 1; bits >>= 1)
        {
            shift--;
        }
        for (int i = 0; i < ids.Count; i++)
        {
            int slot = Slot(ids[i]);
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        slots = table;
        return table;
    }

    // Fibonacci hashing: the high bits of the hash code times 2^32 / golden ratio spread neighbouring codes over the table.
    private int Slot(string id) => unchecked((int)(((uint)id.GetHashCode() * 2654435769u) >> shift));
}
