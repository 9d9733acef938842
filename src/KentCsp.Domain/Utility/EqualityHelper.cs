using System;
using System.Collections.Generic;

namespace KentCsp.Domain.Utility;

/// <summary>Hash-code and sequence-equality helpers that behave the same on every target framework.</summary>
internal static class EqualityHelper
{
    private const int Seed = 17;
    private const int Multiplier = 31;

    internal static int Initialize() => Seed;

    internal static int Hash<T>(int code, T value) =>
        unchecked((code * Multiplier) + (value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value)));

    internal static int HashOrdinal(int code, string? value) =>
        unchecked((code * Multiplier) + (value is null ? 0 : StringComparer.Ordinal.GetHashCode(value)));

    internal static int HashSequence<T>(int code, IReadOnlyList<T> values)
    {
        int hash = Hash(code, values.Count);
        for (int i = 0; i < values.Count; i++)
        {
            hash = Hash(hash, values[i]);
        }
        return hash;
    }

    internal static bool SequenceEqual<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }
        if (left.Count != right.Count)
        {
            return false;
        }
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }
        return true;
    }
}
