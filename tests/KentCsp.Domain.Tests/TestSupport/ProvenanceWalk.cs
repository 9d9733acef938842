using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>
/// Checks the provenance marks of a written document against the JSON itself and against the object it was written
/// from: the document has a <c>provenance</c> member; every key of every <c>provenance.fields</c> in it names a member
/// the JSON writes, found by walking the key's path from the object that carries the mark; and every inferred or
/// illustrative mark of the object (and of the objects it holds that carry their own, such as a MoRiLE ranking's
/// scheme) is written where it belongs, with the same kind and reason.
/// </summary>
internal static class ProvenanceWalk
{
    private static readonly Regex Segment = new(@"\G(?:(?<name>[^.\[\]]+)|\[(?<index>\d+)\])(?:\.(?=[^.\[\]])|(?=\[)|$)", RegexOptions.CultureInvariant);

    /// <summary>What is wrong with the marks of <paramref name="json"/>, written from <paramref name="model"/>; empty when nothing is.</summary>
    public static List<string> Problems(string json, object model)
    {
        var problems = new List<string>();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("provenance", out _))
        {
            problems.Add("$: the document is written with no provenance member");
        }
        WalkMarks(root, "$", problems);
        CheckModel(model, root, "$", problems, top: true);
        return problems;
    }

    /// <summary>The element a field key names inside <paramref name="owner"/>, or null when the JSON does not write it.</summary>
    public static JsonElement? Resolve(JsonElement owner, string key)
    {
        var current = owner;
        int at = 0;
        while (at < key.Length)
        {
            var match = Segment.Match(key, at);
            if (!match.Success || match.Length == 0)
            {
                return null;
            }
            if (match.Groups["name"].Success)
            {
                string name = match.Groups["name"].Value;
                if (current.ValueKind != JsonValueKind.Object || name == "provenance" || !current.TryGetProperty(name, out var member))
                {
                    return null;
                }
                current = member;
            }
            else
            {
                int index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    return null;
                }
                current = current[index];
            }
            at += match.Length;
        }
        return at == 0 ? null : current;
    }

    // Every object that carries a provenance member: its field keys must name members the JSON writes.
    private static void WalkMarks(JsonElement element, string path, List<string> problems)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (var item in element.EnumerateArray())
            {
                WalkMarks(item, $"{path}[{i++}]", problems);
            }
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var member in element.EnumerateObject())
        {
            if (member.Name == "provenance")
            {
                CheckMark(element, member.Value, path, problems);
            }
            else
            {
                WalkMarks(member.Value, $"{path}.{member.Name}", problems);
            }
        }
    }

    private static void CheckMark(JsonElement owner, JsonElement mark, string path, List<string> problems)
    {
        if (mark.ValueKind != JsonValueKind.Object || !mark.TryGetProperty("kind", out _))
        {
            problems.Add($"{path}.provenance: has no kind");
            return;
        }
        if (!mark.TryGetProperty("fields", out var fields))
        {
            return;
        }
        foreach (var field in fields.EnumerateObject())
        {
            if (Resolve(owner, field.Name) is null)
            {
                problems.Add($"{path}.provenance.fields['{field.Name}']: names no member that {path} writes");
            }
        }
    }

    // The object's marks, and those of the objects it holds directly, must all be written.
    private static void CheckModel(object model, JsonElement written, string path, List<string> problems, bool top)
    {
        var record = ProvenanceOf(model);
        if (record is null)
        {
            if (top)
            {
                problems.Add($"{path}: the object written ({model.GetType().Name}) carries no provenance");
            }
            return;
        }
        if (written.ValueKind != JsonValueKind.Object || !written.TryGetProperty("provenance", out var mark))
        {
            problems.Add($"{path}: the object carries provenance ({record.Whole.Kind.Description}) but none is written");
            return;
        }
        CheckSame(mark, record.Whole, $"{path}.provenance", problems);
        foreach (var field in record.Fields)
        {
            if (field.Provenance.IsFact)
            {
                continue;
            }
            if (!mark.TryGetProperty("fields", out var fields) || !fields.TryGetProperty(field.Field, out var fieldMark))
            {
                problems.Add($"{path}.provenance.fields['{field.Field}']: {field.Provenance.Kind.Description} but not written");
                continue;
            }
            CheckSame(fieldMark, field.Provenance, $"{path}.provenance.fields['{field.Field}']", problems);
        }
        if (!top)
        {
            return;
        }
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType == typeof(ProvenanceRecord) || property.PropertyType.IsValueType || property.PropertyType == typeof(string))
            {
                continue;
            }
            if (property.GetValue(model) is { } inner && ProvenanceOf(inner) is not null)
            {
                string name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if (!written.TryGetProperty(name, out var innerWritten))
                {
                    problems.Add($"{path}.{name}: carries provenance but is not written");
                    continue;
                }
                CheckModel(inner, innerWritten, $"{path}.{name}", problems, top: false);
            }
        }
    }

    private static void CheckSame(JsonElement mark, Provenance expected, string path, List<string> problems)
    {
        string? kind = mark.TryGetProperty("kind", out var kindElement) ? kindElement.GetString() : null;
        string? reason = mark.TryGetProperty("reason", out var reasonElement) ? reasonElement.GetString() : null;
        if (!string.Equals(kind, expected.Kind.Name, StringComparison.Ordinal) || !string.Equals(reason, expected.Reason, StringComparison.Ordinal))
        {
            problems.Add($"{path}: written as {kind} ({reason}), but the object says {expected}");
        }
    }

    /// <summary>The <c>Provenance</c> property of an object of the built-in data, or null if it has none or it is not set.</summary>
    public static ProvenanceRecord? ProvenanceOf(object model) =>
        model.GetType().GetProperty("Provenance", typeof(ProvenanceRecord))?.GetValue(model) as ProvenanceRecord;
}
