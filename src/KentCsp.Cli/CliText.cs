using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using KentCsp.Domain;

namespace KentCsp.Cli;

/// <summary>Small pieces of wording shared by the commands.</summary>
internal static class CliText
{
    /// <summary>
    /// The option <c>--summary</c> of a command whose output grows with its input: only the totals, as
    /// <paramref name="description"/> says, so that a large document gives a short answer.
    /// </summary>
    internal static System.CommandLine.Option<bool> Summary(string description) => new("--summary") { Description = description };

    /// <summary>
    /// Findings counted by severity, most severe first, as one sentence: "2 errors, 1 warning, 3 for information."; a
    /// severity with no findings is left out. One pass over the findings.
    /// </summary>
    internal static string Totals(IEnumerable<Finding> findings)
    {
        var counts = new Dictionary<FindingSeverity, int>();
        foreach (var finding in findings)
        {
            counts[finding.Severity] = counts.TryGetValue(finding.Severity, out int count) ? count + 1 : 1;
        }
        var parts = FindingSeverity.All.Reverse().Where(counts.ContainsKey)
            .Select(severity => severity == FindingSeverity.Information
                ? $"{counts[severity]} for information"
                : $"{counts[severity]} {severity.Description}{(counts[severity] == 1 ? "" : "s")}");
        return string.Join(", ", parts) + ".";
    }

    /// <summary>A count and its noun, plural unless the count is 1: "1 act", "32 victims".</summary>
    internal static string Count(long count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>
    /// Writes where a document comes from, after a command's output: one line for the whole document ("Provenance:
    /// sourced: …", "Provenance: illustrative: …"), then one line for each reason its inferred or illustrative fields
    /// share, naming the fields by their JSON path, with indices that run on as a range ("  bids[0–7].applicant:
    /// inferred: …"). Writes nothing when the document carries no provenance, as a user's own data does not.
    /// </summary>
    internal static void WriteProvenance(System.IO.TextWriter output, ProvenanceRecord? provenance)
    {
        if (provenance is null)
        {
            return;
        }
        output.WriteLine($"Provenance: {provenance.Whole}");
        WriteFields(output, provenance.Fields);
    }

    /// <summary>
    /// Writes where a document comes from when an object inside it carries provenance of its own: the document's lines
    /// as <see cref="WriteProvenance(System.IO.TextWriter, ProvenanceRecord?)"/> writes them, then the inner object's,
    /// its whole under <paramref name="innerPath"/> and its fields under <paramref name="innerPath"/> followed by a dot
    /// ("  partnership.members[5].until: inferred: …"), the JSON paths at which the document writes them. When only the
    /// inner object carries provenance its whole is the first line ("Provenance of partnership: sourced: …").
    /// </summary>
    internal static void WriteProvenance(System.IO.TextWriter output, ProvenanceRecord? provenance, string innerPath, ProvenanceRecord? inner)
    {
        if (inner is null)
        {
            WriteProvenance(output, provenance);
            return;
        }
        var fields = new List<FieldProvenance>();
        if (provenance is null)
        {
            output.WriteLine($"Provenance of {innerPath}: {inner.Whole}");
        }
        else
        {
            output.WriteLine($"Provenance: {provenance.Whole}");
            fields.AddRange(provenance.Fields);
            fields.Add(new FieldProvenance(innerPath, inner.Whole));
        }
        fields.AddRange(inner.Fields.Select(field => new FieldProvenance(innerPath + "." + field.Field, field.Provenance)));
        WriteFields(output, fields);
    }

    // One line for each reason the inferred or illustrative fields share, naming the fields with their indices as ranges.
    private static void WriteFields(System.IO.TextWriter output, IEnumerable<FieldProvenance> fields)
    {
        foreach (var group in fields.Where(field => !field.Provenance.IsFact).GroupBy(field => field.Provenance))
        {
            output.WriteLine($"  {string.Join(", ", Ranges(group.Select(field => field.Field)))}: {group.Key}");
        }
    }

    /// <summary>
    /// Field paths alike but for one index, with indices that run on (0, 1, 2 …), as one path with the range:
    /// "bids[0].applicant", "bids[1].applicant" → "bids[0–1].applicant". Other paths are kept as they are, in order.
    /// </summary>
    internal static IEnumerable<string> Ranges(IEnumerable<string> fields)
    {
        var runs = new List<(string Shape, int First, int Last, string Field)>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string field in fields)
        {
            var match = Index.Match(field);
            if (!match.Success || match.NextMatch().Success)
            {
                runs.Add((field, -1, -1, field));
                continue;
            }
            string shape = field.Substring(0, match.Index) + "[#]" + field.Substring(match.Index + match.Length);
            int index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (open.TryGetValue(shape, out int at) && runs[at].Last == index - 1)
            {
                runs[at] = (shape, runs[at].First, index, runs[at].Field);
            }
            else
            {
                open[shape] = runs.Count;
                runs.Add((shape, index, index, field));
            }
        }
        return runs.Select(run => run.First == run.Last ? run.Field : run.Shape.Replace("[#]", $"[{run.First}\u2013{run.Last}]"));
    }

    private static readonly Regex Index = new(@"\[(\d+)\]", RegexOptions.CultureInvariant);

    /// <summary>
    /// A refused argument as a sentence, "rounds must …", built from its parameter and reason. Any other
    /// <see cref="ArgumentException"/> gives its message without the runtime's note of the parameter: the note
    /// (" (Parameter 'x')" on .NET) is asked of the runtime, not assumed, and the message is cut where it starts.
    /// </summary>
    internal static string Describe(ArgumentException exception)
    {
        if (exception is ArgumentRefusedException refused)
        {
            return refused.ParamName + " " + refused.Reason;
        }
        string message = exception.Message;
        if (exception.ParamName is not { Length: > 0 } name)
        {
            return message;
        }
        string note = new ArgumentException(string.Empty, name).Message;
        int at = note.Length > 0 ? message.LastIndexOf(note, StringComparison.Ordinal) : -1;
        return at < 0 ? message : message.Substring(0, at);
    }

    /// <summary>
    /// Text from the command line or the file system (an option's value, a file name, an I/O message quoting a path) as it
    /// is safe to print in an error: every control character, and the line and paragraph separators, written as
    /// <c>\uXXXX</c>, so that it cannot move the cursor, change colours or start a new line; and cut at
    /// <paramref name="max"/> characters with an ellipsis, so that one error stays one short line.
    /// </summary>
    internal static string Quote(string text, int max = 100)
    {
        var quoted = new System.Text.StringBuilder(Math.Min(text.Length, max) + 1);
        foreach (char c in text)
        {
            if (quoted.Length >= max)
            {
                return quoted.Append('…').ToString();
            }
            _ = char.IsControl(c) || c is '\u2028' or '\u2029'
                ? quoted.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))
                : quoted.Append(c);
        }
        return quoted.ToString();
    }
}
