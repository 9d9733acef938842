using System;
using System.Buffers;
using System.Collections.Generic;

namespace KentCsp.Domain.Utility;

/// <summary>The ordinal order of a list of distinct identifiers (<see cref="Slug"/>s), found without comparing strings where it can.</summary>
/// <remarks>
/// Each identifier's first twelve characters are packed into a number that orders as the characters do: a slug holds
/// only hyphens, digits and lower-case letters (in that ordinal order), so with "no character" before all three each
/// character is a digit of base 38, and twelve of them fit in 63 bits. The numbers are sorted with the positions (a
/// sort of numbers in two arrays rented from the shared pool, not of strings scattered over the heap), and only
/// identifiers that share their first twelve characters are compared as strings. A list already in order is found so
/// in one pass and not sorted.
/// </remarks>
internal static class OrdinalOrder
{
    private const int PackedCharacters = 12;

    /// <summary>Writes the positions of <paramref name="ids"/> in ordinal order of the identifiers into <paramref name="order"/>.</summary>
    /// <param name="ids">Distinct slugs.</param>
    /// <param name="order">At least as long as <paramref name="ids"/>; the first <c>ids.Count</c> elements are written.</param>
    internal static void Fill(IReadOnlyList<string> ids, int[] order)
    {
        int count = ids.Count;
        var keys = ArrayPool<ulong>.Shared.Rent(Math.Max(count, 1));
        try
        {
            bool sorted = true;
            for (int i = 0; i < count; i++)
            {
                order[i] = i;
                keys[i] = Pack(ids[i]);
                sorted &= i == 0 || keys[i - 1] < keys[i] || (keys[i - 1] == keys[i] && string.CompareOrdinal(ids[i - 1], ids[i]) < 0);
            }
            if (sorted)
            {
                return;
            }
            Array.Sort(keys, order, 0, count);

            // Identifiers with the same first twelve characters have the same number: order each such run by the strings.
            ByText? byText = null;
            for (int start = 0; start < count;)
            {
                int end = start + 1;
                while (end < count && keys[end] == keys[start])
                {
                    end++;
                }
                if (end - start > 1)
                {
                    Array.Sort(order, start, end - start, byText ??= new ByText(ids));
                }
                start = end;
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
        }
    }

    /// <summary>The first twelve characters as digits of base 38: none 0, hyphen 1, digits 2–11, letters 12–37.</summary>
    private static ulong Pack(string id)
    {
        ulong key = 0;
        for (int i = 0; i < PackedCharacters; i++)
        {
            key = (key * 38) + (i < id.Length ? Digit(id[i]) : 0u);
        }
        return key;
    }

    private static uint Digit(char c) => c switch
    {
        >= 'a' => 12u + (uint)(c - 'a'),
        >= '0' => 2u + (uint)(c - '0'),
        _ => 1u,
    };

    private sealed class ByText(IReadOnlyList<string> ids) : IComparer<int>
    {
        public int Compare(int x, int y) => string.CompareOrdinal(ids[x], ids[y]);
    }
}
