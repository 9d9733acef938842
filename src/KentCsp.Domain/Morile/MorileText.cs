using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Morile;

/// <summary>Shared checks and formatting for the MoRiLE types.</summary>
internal static class MorileText
{
    /// <summary>The same value without trailing zeros: 12.000 → 12, 3.50 → 3.5. Exact (only the scale changes).</summary>
    internal static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>A number as people write it, whatever the culture: no trailing zeros, "." for the decimal point.</summary>
    internal static string Number(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>Checks a factor identifier: a lower-case ASCII letter, then ASCII letters and digits ("harmPhysical"), at most 200 characters.</summary>
    internal static string CheckFactorId(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Preconditions.CheckNotNull(value, paramName);
        Preconditions.CheckLength(value, Preconditions.MaxIdentifierLength, paramName);
        if (!IsFactorId(value))
        {
            Preconditions.ThrowArgument(paramName, $"must be a lower-case letter followed by letters and digits (e.g. \"harmPhysical\"), but was {Preconditions.Quote(value)}");
        }
        return value;
    }

    /// <summary>Lists values: "0, 0.5, 1", or "whole numbers from 0 to 10" for a run of four or more consecutive whole numbers.</summary>
    internal static string Values(IReadOnlyList<decimal> ascending)
    {
        bool run = ascending.Count >= 4;
        for (int i = 0; run && i < ascending.Count; i++)
        {
            run = decimal.Truncate(ascending[i]) == ascending[i] && (i == 0 || ascending[i] - ascending[i - 1] == 1m);
        }
        if (run)
        {
            return $"whole numbers from {Number(ascending[0])} to {Number(ascending[ascending.Count - 1])}";
        }
        var parts = new string[ascending.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Number(ascending[i]);
        }
        return string.Join(", ", parts);
    }

    private static bool IsFactorId(string value)
    {
        if (value.Length == 0 || value[0] < 'a' || value[0] > 'z')
        {
            return false;
        }
        foreach (char c in value)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }
        return true;
    }
}
