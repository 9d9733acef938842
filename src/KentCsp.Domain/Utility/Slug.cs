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
    /// problem is named by its element, e.g. <c>priorityIds[1]</c>.
    /// </summary>
    internal static ValueList<string> CheckDistinct(IEnumerable<string>? values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        var array = Preconditions.CheckItems(values, paramName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < array.Count; i++)
        {
            Check(array[i], paramName + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
            if (!seen.Add(array[i]))
            {
                Preconditions.ThrowArgument($"{paramName}[{i}]", $"repeats '{array[i]}'");
            }
        }
        return array;
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
