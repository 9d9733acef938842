using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>Checks lists of pseudonymous person identifiers.</summary>
internal static class PersonIds
{
    internal static string[] Check(IEnumerable<string> ids, string paramName)
    {
        var array = Preconditions.CheckItems(ids, paramName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < array.Length; i++)
        {
            Slug.Check(array[i], $"{paramName}[{i}]");
            Preconditions.CheckArgument(seen.Add(array[i]), $"{paramName}[{i}]", $"repeats '{array[i]}'");
        }
        return array;
    }
}
