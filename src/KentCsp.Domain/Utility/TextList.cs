using System.Collections.Generic;

namespace KentCsp.Domain.Utility;

/// <summary>Checks lists of texts: no null list, no null or blank element (named by index), each element trimmed.</summary>
internal static class TextList
{
    /// <summary>
    /// The texts as a value list with each element trimmed. The checked list is shared when no element needed
    /// trimming; otherwise the trimmed copy is built once and handed over.
    /// </summary>
    internal static ValueList<string> Check(IEnumerable<string> texts, string paramName)
    {
        var list = Preconditions.CheckItems(texts, paramName);
        string[]? trimmed = null;
        for (int i = 0; i < list.Count; i++)
        {
            var text = Preconditions.CheckNotBlank(list[i], $"{paramName}[{i}]");
            if (!ReferenceEquals(text, list[i]))
            {
                trimmed ??= [.. list];
                trimmed[i] = text;
            }
        }
        return trimmed is null ? list : ValueList<string>.Own(trimmed);
    }
}
