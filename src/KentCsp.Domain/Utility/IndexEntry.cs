namespace KentCsp.Domain.Utility;

/// <summary>
/// A value an index recorded for a key from a position on, linked to the value the key had before: the pages of these
/// that <see cref="AppendOnlyIndex{TValue}"/> and <see cref="PositionIndex{TValue}"/> keep, and the walk both make.
/// </summary>
internal readonly struct IndexEntry<TValue>(int position, int previous, TValue value)
{
    internal readonly int Position = position;

    // The entry recorded for the key before this one, or -1.
    internal readonly int Previous = previous;

    internal readonly TValue Value = value;

    /// <summary>Walks back from entry <paramref name="e"/> to the latest one recorded below <paramref name="count"/>.</summary>
    /// <returns>Whether there is one; its value in <paramref name="value"/>.</returns>
    internal static bool LatestBelow(IndexEntry<TValue>[][] pages, int e, int count, out TValue value)
    {
        while (e >= 0)
        {
            ref readonly var entry = ref pages[e >> Pages.Shift][e & Pages.Mask];
            if (entry.Position < count)
            {
                value = entry.Value;
                return true;
            }
            e = entry.Previous;
        }
        value = default!;
        return false;
    }
}
