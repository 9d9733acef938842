using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using KentCsp.Domain.Tests.TestSupport;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>The 360Giving Data Standard 1.4.3 files copied into Funding/ThreeSixtyGiving/Standard, read from the repository.</summary>
internal static class ThreeSixtyGivingStandard
{
    /// <summary>The folder of the copied files, relative to the repository root.</summary>
    public const string Folder = "tests/KentCsp.Domain.Tests/Funding/ThreeSixtyGiving/Standard";

    /// <summary>The address the package schema's <c>$ref</c> gives for the grant schema (the published 1.4.2 file).</summary>
    public const string GrantSchemaAddress = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";

    public static string PathOf(string file) => Path.Combine(RepositoryPaths.Root, Folder, file);

    public static string Text(string file) => File.ReadAllText(PathOf(file), Encoding.UTF8);

    public static JsonDocument Json(string file) => JsonDocument.Parse(Text(file));

    /// <summary>The values of the <c>Code</c> column of a code list, in file order, repeats removed.</summary>
    public static IReadOnlyList<string> Codes(string file)
    {
        var rows = Csv(Text(file));
        int column = Array.IndexOf(rows[0], "Code");
        if (column < 0)
        {
            throw new InvalidDataException($"{file} has no Code column");
        }
        return rows.Skip(1).Select(row => row[column]).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Reads RFC 4180 CSV: commas between fields, double quotes around a field that holds commas, "" for a quote.</summary>
    private static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row.ToArray());
        }
        return rows;
    }
}
