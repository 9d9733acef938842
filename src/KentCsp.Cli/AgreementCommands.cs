using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using NodaTime;
using NodaTime.Text;
using WireKind = KentCsp.Domain.Serialization.DocumentKind;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp csa [FILE] [--as-at DATE]</c> (the Community Safety Agreement edition known to be in force on a date, in
/// the built-in Kent history or in a history read from FILE; a single edition read from FILE is printed as it is) and
/// <c>kentcsp csa diff OLDER NEWER</c> (what changed between two editions, each a Kent label or a FILE of an edition).
/// </summary>
internal static class AgreementCommands
{
    internal static Command Build(IClock clock)
    {
        var kent = KentData.CommunitySafetyAgreements;
        string[] labels = kent.Editions.Select(edition => edition.Label).ToArray();

        string editions = string.Join(", ", labels.Take(labels.Length - 1)) + (labels.Length > 1 ? " or " : string.Empty) + labels[labels.Length - 1];
        var fileArgument = new Argument<FileInfo?>("file")
        {
            HelpName = "FILE",
            Description = "A Community Safety Agreement history (kind csa-history), or a single edition (kind csa), printed as it is; - reads standard input. Without it, the Kent history.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asAt = CliDates.AsAt("The date to ask about, as YYYY-MM-DD. Default: today in the UK.");
        var csa = new Command("csa", "Print the Community Safety Agreement edition known to be in force on a date (a refresh whose content is not held, by name).");
        csa.Arguments.Add(fileArgument);
        csa.Options.Add(asAt);
        var format = CliFormat.Option();
        csa.Options.Add(format);
        csa.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(asAt), CliDates.AsAtName, clock, error, out var date))
            {
                return KentCspCommand.UsageError;
            }
            bool json = parseResult.GetValue(format) == OutputFormat.Json;
            var history = kent;
            if (parseResult.GetValue(fileArgument) is { } file)
            {
                if (!TryRead(file, error, out var document))
                {
                    return KentCspCommand.UsageError;
                }
                if (document is AgreementEditionContent single)
                {
                    if (json)
                    {
                        WriteGivenJson(output, single.Value, date);
                        return 0;
                    }
                    SummaryReport.WriteAgreement(output, single.Value);
                    CliText.WriteProvenance(output, single.Value.Provenance);
                    return 0;
                }
                history = ((AgreementHistoryContent)document).Value;
            }
            if (json)
            {
                return WriteJson(output, error, history.InForceOn(date), date);
            }
            return history.InForceOn(date).Match(
                edition =>
                {
                    output.WriteLine($"Latest edition known to be in force on {LocalDatePattern.Iso.Format(date)}:");
                    SummaryReport.WriteAgreement(output, edition);
                    CliText.WriteProvenance(output, edition.Provenance);
                    return 0;
                },
                notKnown =>
                {
                    error.WriteLine($"kentcsp: {notKnown.Reason}");
                    return 1;
                },
                notHeld =>
                {
                    output.WriteLine($"Latest edition known to be in force on {LocalDatePattern.Iso.Format(date)}:");
                    output.WriteLine($"{notHeld.Edition} (in force from {notHeld.Edition.FormatMonth()}; the sources give the month, not the day)");
                    output.WriteLine($"  Source: {notHeld.Edition.Source}");
                    output.WriteLine("  Content not held: the sources name this edition but do not record its priorities and cross-cutting themes.");
                    if (notHeld.LatestHeld is { } held)
                    {
                        string from = held.InForceFrom is { } start ? $"in force from {LocalDatePattern.Iso.Format(start)}" : $"in force by {LocalDatePattern.Iso.Format(held.InForceBy)}";
                        output.WriteLine($"  The latest edition whose content is held is {held} ({from}).");
                    }
                    return 0;
                });
        });

        var older = new Argument<string>("older") { HelpName = "OLDER", Description = $"The earlier edition: Kent's {editions}, or a FILE of an edition (kind csa; - reads standard input)." };
        var newer = new Argument<string>("newer") { HelpName = "NEWER", Description = $"The later edition: Kent's {editions}, or a FILE of an edition (kind csa)." };
        older.CompletionSources.Add(labels);
        newer.CompletionSources.Add(labels);
        var diff = new Command("diff", "Print what changed between two editions: each priority and theme continued, reworded, merged, split, added or retired.");
        diff.Arguments.Add(older);
        diff.Arguments.Add(newer);
        var diffFormat = CliFormat.Option();
        diff.Options.Add(diffFormat);
        diff.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!TryFind(kent, parseResult.GetValue(older)!, editions, error, out var from) || !TryFind(kent, parseResult.GetValue(newer)!, editions, error, out var to))
            {
                return KentCspCommand.UsageError;
            }
            if (from.PartnershipId != to.PartnershipId)
            {
                error.WriteLine($"kentcsp: {from} belongs to {from.PartnershipId} and {to} to {to.PartnershipId}; compare two editions of one partnership's agreement.");
                return KentCspCommand.UsageError;
            }
            if (from.InForceBy > to.InForceBy)
            {
                error.WriteLine($"kentcsp: {from} is later than {to}; give the earlier edition first.");
                return KentCspCommand.UsageError;
            }
            if (parseResult.GetValue(diffFormat) == OutputFormat.Json)
            {
                CliFormat.Write(output, writer => WriteDiffJson(writer, CommunitySafetyAgreementEdition.Diff(from, to)));
                return 0;
            }
            WriteDiff(output, CommunitySafetyAgreementEdition.Diff(from, to));
            return 0;
        });
        csa.Subcommands.Add(diff);
        return csa;
    }

    // The edition in force as one JSON object (docs/cli-json.md, "csa"): status "held" with the library's csa document,
    // "content not held" with the edition known by name, or "not known" with the reason (also on standard error, exit
    // code 1). The csa document holds the edition's provenance.
    private static int WriteJson(TextWriter output, TextWriter error, EditionOnDate onDate, LocalDate date)
    {
        int code = 0;
        CliFormat.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("command", "csa");
            CliFormat.WriteDate(writer, "asAt", date);
            onDate.Switch(
                edition =>
                {
                    writer.WriteString("status", "held");
                    writer.WritePropertyName("edition");
                    CliFormat.WriteDocument(writer, KentCspJson.SerializeToUtf8Bytes(edition));
                },
                notKnown =>
                {
                    writer.WriteString("status", "not known");
                    writer.WriteString("reason", notKnown.Reason);
                    code = 1;
                },
                notHeld =>
                {
                    writer.WriteString("status", "content not held");
                    writer.WriteStartObject("edition");
                    writer.WriteString("label", notHeld.Edition.Label);
                    writer.WriteString("name", notHeld.Edition.ToString());
                    writer.WriteString("inForceMonth", notHeld.Edition.InForceMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture));
                    writer.WriteString("source", notHeld.Edition.Source.ToString());
                    writer.WriteEndObject();
                    if (notHeld.LatestHeld is { } held)
                    {
                        writer.WriteStartObject("latestHeld");
                        writer.WriteString("label", held.Label);
                        writer.WriteString("name", held.ToString());
                        CliFormat.WriteDate(writer, "inForceFrom", held.InForceFrom);
                        CliFormat.WriteDate(writer, "inForceBy", held.InForceBy);
                        writer.WriteEndObject();
                    }
                    else
                    {
                        writer.WriteNull("latestHeld");
                    }
                });
            writer.WriteEndObject();
        });
        if (onDate.TryPickT1(out var unknown, out _))
        {
            error.WriteLine($"kentcsp: {unknown.Reason}");
        }
        return code;
    }

    // A single edition read from a file, printed as it is (docs/cli-json.md, "csa"): status "given" with the library's
    // csa document; whether it was in force on the date is not asked, since one edition holds no history.
    private static void WriteGivenJson(TextWriter output, CommunitySafetyAgreementEdition edition, LocalDate date)
    {
        CliFormat.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("command", "csa");
            CliFormat.WriteDate(writer, "asAt", date);
            writer.WriteString("status", "given");
            writer.WritePropertyName("edition");
            CliFormat.WriteDocument(writer, KentCspJson.SerializeToUtf8Bytes(edition));
            writer.WriteEndObject();
        });
    }

    // The lineage as one JSON object (docs/cli-json.md, "csa diff"): both editions, each change with its section, kind
    // and the items before and after, and the count of changes by kind.
    private static void WriteDiffJson(Utf8JsonWriter writer, AgreementDiff diff)
    {
        writer.WriteStartObject();
        writer.WriteString("command", "csa diff");
        WriteEdition(writer, "older", diff.Older);
        WriteEdition(writer, "newer", diff.Newer);
        writer.WriteStartArray("changes");
        foreach (var change in diff.Changes)
        {
            writer.WriteStartObject();
            writer.WriteString("section", change.Section == AgreementSection.Priority ? "priority" : "crossCuttingTheme");
            writer.WriteString("kind", change.Kind.Description);
            WriteItems(writer, "before", change.Before);
            WriteItems(writer, "after", change.After);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("counts");
        foreach (var kind in LineageKind.All)
        {
            int count = diff.Changes.Count(change => change.Kind == kind);
            if (count > 0)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", kind.Description);
                writer.WriteNumber("count", count);
                writer.WriteEndObject();
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEdition(Utf8JsonWriter writer, string name, CommunitySafetyAgreementEdition edition)
    {
        writer.WriteStartObject(name);
        writer.WriteString("label", edition.Label);
        writer.WriteString("name", edition.ToString());
        CliFormat.WriteDate(writer, "inForceBy", edition.InForceBy);
        writer.WriteString("source", edition.Source.ToString());
        writer.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter writer, string name, System.Collections.Generic.IReadOnlyList<AgreementItem> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteString("title", item.Title);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>
    /// The edition <paramref name="given"/> names: a label of the built-in Kent history, or else a file (<c>-</c> for
    /// standard input) of one edition. False (exit code 2) for a file that does not exist or cannot be read; a file that
    /// is not a valid edition throws <see cref="InvalidDocumentException"/> naming the JSON path.
    /// </summary>
    private static bool TryFind(AgreementHistory kent, string given, string labels, TextWriter error, out CommunitySafetyAgreementEdition edition)
    {
        if (kent.Find(given) is { } builtIn)
        {
            edition = builtIn;
            return true;
        }
        if (given != CliFiles.StandardInputName && !File.Exists(given))
        {
            edition = null!;
            error.WriteLine($"kentcsp: '{CliText.Quote(given)}' is neither a Kent edition ({labels}) nor a file that exists.");
            return false;
        }
        return CliFiles.TryRead(new FileInfo(given), KentCspJson.DeserializeAgreementEdition, error, out edition);
    }

    /// <summary>Reads <paramref name="file"/> as a Community Safety Agreement history or a single edition, whichever it is (see <see cref="CliFiles.TryReadOneOf{TFirst, TSecond}"/>).</summary>
    private static bool TryRead(FileInfo file, TextWriter error, out KentCspDocument document) =>
        CliFiles.TryReadOneOf<AgreementHistoryContent, AgreementEditionContent>(file,
            $"a Community Safety Agreement history (\"{WireKind.AgreementHistory.WireName}\") or edition (\"{WireKind.AgreementEdition.WireName}\")", error, out document);

    private static void WriteDiff(TextWriter output, AgreementDiff diff)
    {
        output.WriteLine($"{diff.Older} (in force by {LocalDatePattern.Iso.Format(diff.Older.InForceBy)}; {diff.Older.Source})");
        output.WriteLine($"  → {diff.Newer} (in force by {LocalDatePattern.Iso.Format(diff.Newer.InForceBy)}; {diff.Newer.Source})");
        foreach (var section in AgreementSection.All)
        {
            output.WriteLine();
            output.WriteLine(section == AgreementSection.Priority ? "Priorities" : "Cross-cutting themes");
            foreach (var change in diff.Changes.Where(change => change.Section == section))
            {
                output.WriteLine($"  {change.Kind.Description,-20} {Wording(change)}");
            }
        }
        output.WriteLine();
        var counts = LineageKind.All
            .Select(kind => (kind, count: diff.Changes.Count(change => change.Kind == kind)))
            .Where(pair => pair.count > 0)
            .Select(pair => $"{pair.count} {pair.kind.Description}");
        output.WriteLine(string.Join(", ", counts) + ".");
    }

    private static string Wording(AgreementChange change)
    {
        string before = string.Join(" + ", change.Before.Select(item => item.Title));
        string after = string.Join(", ", change.After.Select(item => item.Title));
        return change.Before.Count == 0 ? after
            : change.After.Count == 0 || change.Kind == LineageKind.Continued ? before
            : $"{before} → {after}";
    }
}
