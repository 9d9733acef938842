using System.CommandLine;
using System.IO;
using System.Linq;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Kent;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp csa [--as-at DATE]</c> (the Kent Community Safety Agreement edition in force on a date) and
/// <c>kentcsp csa diff OLDER NEWER</c> (what changed between two editions).
/// </summary>
internal static class AgreementCommands
{
    internal static Command Build(IClock clock)
    {
        var history = KentData.CommunitySafetyAgreements;
        string[] labels = history.Editions.Select(edition => edition.Label).ToArray();

        string editions = string.Join(", ", labels.Take(labels.Length - 1)) + (labels.Length > 1 ? " or " : string.Empty) + labels[labels.Length - 1];
        var asAt = CliDates.AsAt("The date to ask about, as YYYY-MM-DD. Default: today in the UK.");
        var csa = new Command("csa", "Print the Kent Community Safety Agreement edition known to be in force on a date (a refresh whose content is not held, by name).");
        csa.Options.Add(asAt);
        csa.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(asAt), CliDates.AsAtName, clock, error, out var date))
            {
                return KentCspCommand.UsageError;
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

        var older = new Argument<string>("older") { HelpName = "OLDER", Description = "The earlier edition: " + editions + "." };
        var newer = new Argument<string>("newer") { HelpName = "NEWER", Description = "The later edition: " + editions + "." };
        older.AcceptOnlyFromAmong(labels);
        newer.AcceptOnlyFromAmong(labels);
        var diff = new Command("diff", "Print what changed between two editions: each priority and theme continued, reworded, merged, split, added or retired.");
        diff.Arguments.Add(older);
        diff.Arguments.Add(newer);
        diff.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var from = history.Find(parseResult.GetValue(older)!)!;
            var to = history.Find(parseResult.GetValue(newer)!)!;
            if (from.InForceBy > to.InForceBy)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"kentcsp: {from} is later than {to}; give the earlier edition first.");
                return KentCspCommand.UsageError;
            }
            WriteDiff(output, CommunitySafetyAgreementEdition.Diff(from, to));
            return 0;
        });
        csa.Subcommands.Add(diff);
        return csa;
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
