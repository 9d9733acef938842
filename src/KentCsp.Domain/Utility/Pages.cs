using System;

namespace KentCsp.Domain.Utility;

/// <summary>
/// Storage in pages of <see cref="Size"/> elements reached through a table of pages, shared by
/// <see cref="AppendOnlyList{T}"/> and <see cref="AppendOnlyIndex{TValue}"/>: growing adds a page instead of copying
/// every element into an array twice the size, so no array reaches the large-object heap (85,000 bytes), whose
/// allocations trigger full collections. While there is one page, it doubles from a small start up to a whole page, so
/// short storage stays small.
/// </summary>
internal static class Pages
{
    /// <summary>The number of bits of a position that number the element within its page.</summary>
    internal const int Shift = 10;

    /// <summary>The elements in a page, a power of two: 8 KB of references, 16 KB of 16-byte structs.</summary>
    internal const int Size = 1 << Shift;

    /// <summary>The bits of a position that number the element within its page.</summary>
    internal const int Mask = Size - 1;

    /// <summary>
    /// Writes <paramref name="item"/> at <paramref name="at"/>, the next position after those written, adding room when
    /// the table is full: the only page doubled (from <paramref name="minimum"/>, up to a whole page), or a new page,
    /// in a larger table of pages when that is full too. Pages and tables that readers may hold are never written below
    /// their length, so a reader holding the old table still reads every element it could before.
    /// </summary>
    /// <returns>The table that holds the element: <paramref name="table"/>, or a new one the caller publishes.</returns>
    internal static T[][] Put<T>(T[][] table, int at, T item, int minimum)
    {
        int p = at >> Shift;
        int i = at & Mask;
        if (p == 0)
        {
            var first = table[0];
            if (i == first.Length)
            {
                // The only page, full: double it, up to a whole page. A reader holding the old table keeps the old page.
                var grown = new T[Math.Min(Size, Math.Max(minimum, i * 2))];
                Array.Copy(first, grown, i);
                table = [grown];
            }
        }
        else if (i == 0)
        {
            if (p == table.Length)
            {
                // Readers keep the old table, which holds every page they read.
                var larger = new T[table.Length * 2][];
                Array.Copy(table, larger, p);
                table = larger;
            }
            table[p] = new T[Size];
        }
        table[p][i] = item;
        return table;
    }
}
