using System;
using System.CommandLine;
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
        csa.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(asAt), CliDates.AsAtName, clock, error, out var date))
            {
                return KentCspCommand.UsageError;
            }
            var history = kent;
            if (parseResult.GetValue(fileArgument) is { } file)
            {
                if (!TryRead(file, error, out var document))
                {
                    return KentCspCommand.UsageError;
                }
                if (document is AgreementEditionContent single)
                {
                    SummaryReport.WriteAgreement(output, single.Value);
                    CliText.WriteProvenance(output, single.Value.Provenance);
                    return 0;
                }
                history = ((AgreementHistoryContent)document).Value;
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
            WriteDiff(output, CommunitySafetyAgreementEdition.Diff(from, to));
            return 0;
        });
        csa.Subcommands.Add(diff);
        return csa;
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

    /// <summary>
    /// Reads <paramref name="file"/> as a Community Safety Agreement history or a single edition, whichever it is; false
    /// (exit code 2) if it cannot be read. A document that is not valid, or of another kind, throws
    /// <see cref="InvalidDocumentException"/> naming the JSON path.
    /// </summary>
    private static bool TryRead(FileInfo file, TextWriter error, out KentCspDocument document)
    {
        document = null!;
        if (!CliFiles.TryReadBytes(file, error, out var utf8))
        {
            return false;
        }
        var result = KentCspJson.ReadDocument(utf8.AsSpan());
        if (!result.TryPickT0(out var read, out var failure))
        {
            throw new InvalidDocumentException($"{CliFiles.NameOf(file)}: {failure.Message}", new JsonException(failure.Message));
        }
        if (read is not (AgreementHistoryContent or AgreementEditionContent))
        {
            var kind = read.Kind;
            string article = "aeiouAEIOU".IndexOf(kind.Description[0]) >= 0 ? "an" : "a";
            string message = $"$.kind: this is {article} {kind.Description} document (\"{kind.WireName}\"), but a Community Safety Agreement history"
                + $" (\"{WireKind.AgreementHistory.WireName}\") or edition (\"{WireKind.AgreementEdition.WireName}\") document was expected.";
            throw new InvalidDocumentException($"{CliFiles.NameOf(file)}: {message}", new JsonException(message));
        }
        document = read;
        return true;
    }

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
