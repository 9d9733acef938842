using System;
using System.Buffers;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KentCsp.Domain;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>What a command that prints a table writes to standard output.</summary>
internal enum OutputFormat
{
    /// <summary>The table, for people: the default.</summary>
    Table,

    /// <summary>One JSON document, for scripts: the shapes docs/cli-json.md gives, and nothing else on standard output.</summary>
    Json,
}

/// <summary>
/// The option <c>--format table|json</c> of every command that prints a table, and the writing of its JSON: one document
/// on standard output, indented, camelCase, dates as <c>yyyy-MM-dd</c>, money as a number with two decimals, escaped as
/// the library escapes its own documents; written with <see cref="Utf8JsonWriter"/> alone, never by reflection, so that
/// the Native AOT build writes the same bytes. With <c>json</c>, what the table prints around its rows (provenance, notes)
/// goes into the document, so that standard error keeps to errors, and the exit code is the one the table gives.
/// </summary>
internal static class CliFormat
{
    /// <summary>The option's name, the same for every command.</summary>
    internal const string Name = "--format";

    /// <summary>The values the option takes, as the command line writes them.</summary>
    internal const string Values = "table or json";

    /// <summary>
    /// A new <c>--format &lt;FORMAT&gt;</c> option: <c>table</c> (the default) or <c>json</c>; any other value is a usage
    /// error naming the two.
    /// </summary>
    internal static Option<OutputFormat> Option() => new(Name)
    {
        HelpName = "FORMAT",
        Description = "table (default) or json, one JSON document for scripts (docs/cli-json.md).",
        DefaultValueFactory = _ => OutputFormat.Table,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            switch (text)
            {
                case "table":
                    return OutputFormat.Table;
                case "json":
                    return OutputFormat.Json;
                default:
                    result.AddError($"{Name} '{CliText.Quote(text)}' is not a format: use {Values}.");
                    return OutputFormat.Table;
            }
        },
    };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>
    /// Writes one JSON document to <paramref name="output"/>, then a line break: <paramref name="write"/> writes its
    /// value with the writer given. The document is built whole before any of it is written, so that a failure leaves
    /// standard output empty.
    /// </summary>
    internal static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.WriteLine();
    }

    /// <summary>
    /// Writes a document the library wrote (<paramref name="utf8Json"/>, e.g. <c>KentCspJson.SerializeToUtf8Bytes</c>)
    /// as the value of the current property or array item, as it is but indented as the rest.
    /// </summary>
    internal static void WriteDocument(Utf8JsonWriter writer, byte[] utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        document.RootElement.WriteTo(writer);
    }

    /// <summary>Writes <paramref name="name"/> with the date as <c>yyyy-MM-dd</c>.</summary>
    internal static void WriteDate(Utf8JsonWriter writer, string name, LocalDate date) =>
        writer.WriteString(name, LocalDatePattern.Iso.Format(date));

    /// <summary>Writes <paramref name="name"/> with the date as <c>yyyy-MM-dd</c>, or null.</summary>
    internal static void WriteDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } value)
        {
            WriteDate(writer, name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>
    /// Writes <paramref name="name"/> with a figure that is not money as the shortest number equal to it, without
    /// trailing zeros (12.50 → 12.5, 3.0 → 3), as the table prints it.
    /// </summary>
    internal static void WriteFigure(Utf8JsonWriter writer, string name, decimal value) =>
        writer.WriteNumber(name, value / 1.0000000000000000000000000000m);

    /// <summary>
    /// Writes <paramref name="name"/> with where a document comes from, in the shape of the library documents'
    /// <c>provenance</c> member (docs/provenance.md): <c>kind</c> (<c>Sourced</c>, <c>Inferred</c> or
    /// <c>Illustrative</c>), <c>reason</c> and <c>source</c> as the kind needs, and <c>fields</c> keyed by JSON path when
    /// some field differs from the whole; null when the document carries none, as a user's own data does not.
    /// </summary>
    internal static void WriteProvenance(Utf8JsonWriter writer, string name, ProvenanceRecord? record)
    {
        if (record is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        WriteProvenanceMembers(writer, record.Whole);
        if (record.Fields.Count > 0)
        {
            writer.WriteStartObject("fields");
            foreach (var field in record.Fields)
            {
                writer.WriteStartObject(field.Field);
                WriteProvenanceMembers(writer, field.Provenance);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteProvenanceMembers(Utf8JsonWriter writer, Provenance provenance)
    {
        writer.WriteString("kind", provenance.Kind.Name);
        if (provenance.Reason is { } reason)
        {
            writer.WriteString("reason", reason);
        }
        if (provenance.Source is { } source)
        {
            writer.WriteStartObject("source");
            writer.WriteString("title", source.Title);
            if (source.Date is { } date)
            {
                WriteDate(writer, "date", date);
            }
            if (source.Locator is { } locator)
            {
                writer.WriteString("locator", locator);
            }
            writer.WriteEndObject();
        }
    }

    /// <summary>Writes <paramref name="name"/> with the findings counted by severity: <c>{"error": 1, "warning": 0, "information": 2}</c>, every severity present.</summary>
    internal static void WriteSeverityCounts(Utf8JsonWriter writer, string name, System.Collections.Generic.IEnumerable<Finding> findings)
    {
        var counts = new System.Collections.Generic.Dictionary<FindingSeverity, int>();
        foreach (var finding in findings)
        {
            counts[finding.Severity] = counts.TryGetValue(finding.Severity, out int count) ? count + 1 : 1;
        }
        writer.WriteStartObject(name);
        foreach (var severity in System.Linq.Enumerable.Reverse(FindingSeverity.All))
        {
            writer.WriteNumber(severity.Description, counts.TryGetValue(severity, out int count) ? count : 0);
        }
        writer.WriteEndObject();
    }
}
