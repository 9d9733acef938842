using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KentCsp.Domain.Utility;

/// <summary>Checks stable identifiers written as lower-case letters, digits and single inner hyphens ("domestic-abuse").</summary>
internal static class Slug
{
    internal static string Check(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Preconditions.CheckNotNull(value, paramName);
        Preconditions.CheckLength(value, Preconditions.MaxIdentifierLength, paramName);
        if (!IsValid(value))
        {
            Preconditions.ThrowArgument(paramName, $"must be lower-case letters, digits and single hyphens (e.g. \"domestic-abuse\"), but was {Preconditions.Quote(value)}");
        }
        return value;
    }

    /// <summary>
    /// Copies a list of identifiers, rejecting a null list, a null or malformed identifier and a repeated one; each
    /// problem is named by its element, e.g. <c>priorityIds[1]</c>. The element's name is built only when it is refused.
    /// A repeat is found by comparing with the elements before it while the list is short (at most
    /// <see cref="MostComparedInPairs"/> identifiers, so at most 28 comparisons and no set), and with a hash set beyond
    /// that, so the check stays linear in the length of the list.
    /// </summary>
    internal static ValueList<string> CheckDistinct(IEnumerable<string>? values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        var array = Preconditions.CheckItems(values, paramName);
        var seen = array.Count > MostComparedInPairs ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (int i = 0; i < array.Count; i++)
        {
            string value = array[i];
            if (value.Length > Preconditions.MaxIdentifierLength || !IsValid(value))
            {
                // Refused: Check gives the message, at the element's name.
                Check(value, paramName + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
            }
            if (seen is null ? RepeatsAnEarlier(array, i) : !seen.Add(value))
            {
                Preconditions.ThrowArgument($"{paramName}[{i}]", $"repeats '{value}'");
            }
        }
        return array;
    }

    /// <summary>The longest list of identifiers <see cref="CheckDistinct"/> checks for repeats without a hash set.</summary>
    private const int MostComparedInPairs = 8;

    private static bool RepeatsAnEarlier(ValueList<string> values, int index)
    {
        for (int j = 0; j < index; j++)
        {
            if (string.Equals(values[j], values[index], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool IsValid(string value)
    {
        if (value.Length == 0 || value[0] == '-' || value[value.Length - 1] == '-')
        {
            return false;
        }
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }
}
