using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Meetings;

/// <summary>Checks lists of texts: no null list, no null or blank element (named by index), each element trimmed.</summary>
internal static class TextList
{
    internal static string[] Check(IEnumerable<string> texts, string paramName)
    {
        var array = Preconditions.CheckItems(texts, paramName);
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = Preconditions.CheckNotBlank(array[i], $"{paramName}[{i}]");
        }
        return array;
    }
}
