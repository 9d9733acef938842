using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp funding check [FILE]</c> and <c>kentcsp funding export-360giving [FILE] [-o OUT]</c>. Without a file both use
/// the built-in Kent 2016/17 round.
/// </summary>
internal static class FundingCommands
{
    /// <summary>Exit code when a check finds an error-level finding.</summary>
    internal const int ErrorFindings = 1;

    internal static Command Build(IClock clock)
    {
        var funding = new Command("funding", "Check a funding round against the funding rules, or export it as 360Giving data. Without a file, the built-in Kent 2016/17 round.");

        var checkFile = FileArgument();
        var asAt = CliDates.AsAt("The date to judge deadlines on, as YYYY-MM-DD. Default: today in the UK.");
        // The option's former name, accepted for one more release and not shown in the help (CliHelp.HiddenAliases).
        asAt.Aliases.Add("--as-of");
        var checkSummary = CliText.Summary("Print the round and the count of findings by severity, not the table.");
        var check = new Command("check", "Check a funding round against the funding rules; exit code 1 if any finding is an error.");
        check.Arguments.Add(checkFile);
        check.Options.Add(asAt);
        check.Options.Add(checkSummary);
        check.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(asAt), CliDates.AsAtName, clock, error, out var date)
                || !CliFiles.TryRead(parseResult.GetValue(checkFile), KentFunding.Round2016To17, KentCspJson.DeserializeFundingRound, error, out var round))
            {
                return KentCspCommand.UsageError;
            }
            var evaluation = FundingRules.Evaluate(round, date, KentPolicies.Funding);
            WriteCheck(output, round, evaluation, parseResult.GetValue(checkSummary));
            CliText.WriteProvenance(output, round.Provenance);
            return evaluation.HasErrors ? ErrorFindings : 0;
        });
        funding.Subcommands.Add(check);

        var exportFile = FileArgument();
        var outputFile = new Option<string?>("--output", "-o")
        {
            Description = "The file to write the 360Giving package to, replaced only once the whole package is written; '-' or no option: standard output.",
        };
        var issued = new Option<string?>("--issued")
        {
            Description = "The package's issue date, as YYYY-MM-DD. Default: today in the UK.",
        };
        var export = new Command("export-360giving", "Write a funding round's allocations as a 360Giving Data Standard 1.4 package.");
        export.Arguments.Add(exportFile);
        export.Options.Add(outputFile);
        export.Options.Add(issued);
        export.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(issued), "--issued", clock, error, out var date)
                || !CliFiles.TryRead(parseResult.GetValue(exportFile), KentFunding.Round2016To17, KentCspJson.DeserializeFundingRound, error, out var round))
            {
                return KentCspCommand.UsageError;
            }
            return Export(round, date, parseResult.GetValue(outputFile), output, error);
        });
        funding.Subcommands.Add(export);
        funding.Subcommands.Add(ThreeSixtyGivingCommands.BuildCheck(clock));
        return funding;
    }

    private static Argument<FileInfo?> FileArgument() => new("file")
    {
        Description = "A funding round document (JSON, as 'kentcsp json funding-2016-17' writes). Default: the built-in Kent 2016/17 round.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    // The round, then the findings as a table and their count by severity; with summary, the count alone.
    private static void WriteCheck(TextWriter output, FundingRound round, FundingEvaluation evaluation, bool summary)
    {
        var grant = round.Grant;
        output.WriteLine($"Funding round {round.Id}: grant {grant.Id} of {grant.Amount} for {grant.Year} from {grant.Funder}");
        output.WriteLine($"  {round.Bids.Count} bids, {round.Decisions.Count} decisions, {round.Allocations.Count} allocations totalling {round.TotalAllocated}");
        output.WriteLine($"  Checked on {LocalDatePattern.Iso.Format(evaluation.AsOf)} against {FundingRule.All.Count} rules (policy: {KentPolicies.Funding.Source})");
        output.WriteLine();
        if (evaluation.Findings.Count == 0)
        {
            output.WriteLine("No findings.");
            return;
        }
        if (summary)
        {
            output.WriteLine(Totals(evaluation.Findings));
            return;
        }
        var rows = evaluation.Findings.Select(finding => (finding.RuleId, finding.Severity.Description, finding.Subject, finding.Message)).ToList();
        int subjectWidth = Math.Max("SUBJECT".Length, rows.Max(row => row.Subject.Length));
        output.WriteLine($"{"RULE",-9} {"SEVERITY",-11} {"SUBJECT".PadRight(subjectWidth)} FINDING");
        foreach (var (rule, severity, subject, message) in rows)
        {
            output.WriteLine($"{rule,-9} {severity,-11} {subject.PadRight(subjectWidth)} {message}");
        }
        output.WriteLine();
        output.WriteLine(Totals(evaluation.Findings));
    }

    private static string Totals(IReadOnlyList<Finding> findings)
    {
        var parts = FindingSeverity.All.Reverse()
            .Select(severity => (severity, count: findings.Count(finding => finding.Severity == severity)))
            .Where(pair => pair.count > 0)
            .Select(pair => pair.severity == FindingSeverity.Information
                ? $"{pair.count} for information"
                : $"{pair.count} {pair.severity.Description}{(pair.count == 1 ? "" : "s")}");
        return string.Join(", ", parts) + ".";
    }

    // Writes the package through the streaming writer: to standard output (the summary and warnings then go to standard
    // error), or to a temporary file beside the target that replaces it only when the whole package is written, so a
    // refused round or a failed write leaves no half file and an existing target untouched.
    private static int Export(FundingRound round, LocalDate issued, string? target, TextWriter output, TextWriter error)
    {
        var recipient = round.Grant.Recipient;
        ThreeSixtyGivingPublisher publisher;
        ThreeSixtyGivingLocation? location = null;
        if (KentThreeSixtyGiving.TryGetPublisher(recipient.Id, out var kent))
        {
            publisher = kent;
            location = KentThreeSixtyGiving.CountyLocation;
        }
        else if (recipient.Id.Scheme.StartsWith(ThreeSixtyGivingPublisher.PrefixStart, StringComparison.Ordinal))
        {
            publisher = new ThreeSixtyGivingPublisher(recipient.Id.Scheme, recipient.Name, null);
        }
        else
        {
            error.WriteLine($"kentcsp: cannot export {round.Id}: the publisher is the grant's recipient, and its identifier scheme '{recipient.Id.Scheme}' is not a 360Giving prefix (360G-…).");
            return ErrorFindings;
        }

        if (target is null || target == "-")
        {
            return ExportToStandardOutput(round, publisher, issued, location, output, error);
        }

        if (target.Trim().Length == 0 || target.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            error.WriteLine($"kentcsp: --output '{CliText.Quote(target)}' is not a file name.");
            return KentCspCommand.UsageError;
        }
        var file = new FileInfo(target);
        string temporary = Path.Combine(file.DirectoryName ?? ".", $".{file.Name}.{Guid.NewGuid():N}.tmp");
        IReadOnlyList<ThreeSixtyGivingWarning> warnings;
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                warnings = ThreeSixtyGiving.Write(stream, [round], publisher, issued, location);
            }
            File.Move(temporary, file.FullName, overwrite: true);
        }
        catch (ArgumentException exception)
        {
            File.Delete(temporary);
            error.WriteLine($"kentcsp: cannot export {round.Id}: {CliText.Describe(exception)}");
            return ErrorFindings;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            error.WriteLine($"kentcsp: cannot write {CliText.Quote(file.Name)}: {CliText.Quote(exception.Message, 300)}");
            return KentCspCommand.UsageError;
        }
        WriteExported(output, round, CliText.Quote(file.Name), publisher, warnings);
        return 0;
    }

    private static int ExportToStandardOutput(FundingRound round, ThreeSixtyGivingPublisher publisher, LocalDate issued, ThreeSixtyGivingLocation? location, TextWriter output, TextWriter error)
    {
        IReadOnlyList<ThreeSixtyGivingWarning> warnings;
        try
        {
            // The process's own standard output takes the bytes as they are; a captured writer takes them as text.
            output.Flush();
            using var stream = ReferenceEquals(output, Console.Out) ? Console.OpenStandardOutput() : new TextWriterStream(output);
            warnings = ThreeSixtyGiving.Write(stream, [round], publisher, issued, location);
        }
        catch (ArgumentException exception)
        {
            error.WriteLine($"kentcsp: cannot export {round.Id}: {CliText.Describe(exception)}");
            return ErrorFindings;
        }
        WriteExported(error, round, "standard output", publisher, warnings);
        return 0;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The write has failed already and is reported; a temporary file that cannot be removed changes nothing.
        }
    }

    // What was written, and the values the package writes as plain 360Giving fields that no source states: one line
    // for each 360Giving field and reason.
    private static void WriteExported(TextWriter to, FundingRound round, string written, ThreeSixtyGivingPublisher publisher, IReadOnlyList<ThreeSixtyGivingWarning> warnings)
    {
        to.WriteLine($"wrote {round.Allocations.Count} grants totalling {round.TotalAllocated} from {round.Id} to {written} (360Giving {ThreeSixtyGiving.Version}, publisher {publisher})");
        foreach (var group in warnings.GroupBy(warning => (warning.Field, warning.Provenance)))
        {
            var provenance = group.Key.Provenance;
            to.WriteLine(group.Key.Field is null
                ? $"warning: {group.First().RoundId} is {provenance.Kind.Description} as a whole, not stated by the sources: {provenance.Reason}"
                : $"warning: {provenance.Kind.Description}, not stated by the sources: {group.Key.Field} ({string.Join(", ", CliText.Ranges(group.Select(warning => warning.RoundField!)))}): {provenance.Reason}");
        }
    }
}
