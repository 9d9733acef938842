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
/// <c>kentcsp funding check [FILE] [--policy POLICY]</c> and <c>kentcsp funding export-360giving [FILE] [-o OUT]
/// [publisher options] [--policy POLICY] [--allow-rule-breaches] [--allow-critical-findings]</c>. Without a file both use
/// the built-in Kent 2016/17 round; without a policy, Kent's funding policy.
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
        var checkFormat = CliFormat.Option();
        var check = new Command("check", "Check a funding round against the funding rules; exit code 1 if any finding is an error.");
        check.Arguments.Add(checkFile);
        check.Options.Add(asAt);
        check.Options.Add(checkSummary);
        var checkPolicy = PolicyOption();
        check.Options.Add(checkPolicy);
        check.Options.Add(checkFormat);
        check.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(asAt), CliDates.AsAtName, clock, error, out var date)
                || !TryReadPolicy(parseResult.GetValue(checkPolicy), parseResult.GetValue(checkFile), error, out var policy)
                || !CliFiles.TryRead(parseResult.GetValue(checkFile), KentFunding.Round2016To17, KentCspJson.DeserializeFundingRound, error, out var round))
            {
                return KentCspCommand.UsageError;
            }
            var evaluation = FundingRules.Evaluate(round, date, policy);
            if (parseResult.GetValue(checkFormat) == OutputFormat.Json)
            {
                CliFormat.Write(output, writer => WriteCheckJson(writer, round, evaluation, parseResult.GetValue(checkSummary), policy));
                return evaluation.HasErrors ? ErrorFindings : 0;
            }
            WriteCheck(output, round, evaluation, parseResult.GetValue(checkSummary), policy);
            CliText.WriteProvenance(output, round.Provenance);
            WritePolicyProvenance(output, policy.Provenance);
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
        var publisherPrefix = new Option<string?>("--publisher-prefix") { HelpName = "PREFIX", Description = "The publisher's 360Giving prefix (360G-…). Default: from the round." };
        var publisherName = new Option<string?>("--publisher-name") { HelpName = "PUBLISHER", Description = "The publisher's name. Default: the grant's partnership." };
        var funderId = new Option<string?>("--funder-id") { HelpName = "ID", Description = "The funder's org-id on every grant, e.g. GB-LAE-KEN." };
        var funderName = new Option<string?>("--funder-name") { HelpName = "FUNDER", Description = "The funder's name, with --funder-id." };
        var programmeCode = new Option<string?>("--programme-code") { HelpName = "CODE", Description = "The grant programme's code, with --programme-title." };
        var programmeTitle = new Option<string?>("--programme-title") { HelpName = "TITLE", Description = "The grant programme's title, with --programme-code." };
        var allowBreaches = new Option<bool>("--allow-rule-breaches") { Description = "Export allocations breaking a funding rule, with warnings." };
        var allowCritical = new Option<bool>("--allow-critical-findings") { Description = "Export despite critical quality findings, with warnings." };
        var export = new Command("export-360giving", "Write a funding round's allocations as a 360Giving 1.4 package, if the guards allow it.");
        export.Arguments.Add(exportFile);
        export.Options.Add(outputFile);
        export.Options.Add(issued);
        export.Options.Add(publisherPrefix);
        export.Options.Add(publisherName);
        export.Options.Add(funderId);
        export.Options.Add(funderName);
        export.Options.Add(programmeCode);
        export.Options.Add(programmeTitle);
        var exportPolicy = PolicyOption();
        export.Options.Add(exportPolicy);
        export.Options.Add(allowBreaches);
        export.Options.Add(allowCritical);
        export.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(issued), "--issued", clock, error, out var date)
                || !TryReadPolicy(parseResult.GetValue(exportPolicy), parseResult.GetValue(exportFile), error, out var policy)
                || !CliFiles.TryRead(parseResult.GetValue(exportFile), KentFunding.Round2016To17, KentCspJson.DeserializeFundingRound, error, out var round))
            {
                return KentCspCommand.UsageError;
            }
            var given = new PublisherOptions(
                parseResult.GetValue(publisherPrefix), parseResult.GetValue(publisherName),
                parseResult.GetValue(funderId), parseResult.GetValue(funderName),
                parseResult.GetValue(programmeCode), parseResult.GetValue(programmeTitle));
            int built = TryBuildOptions(round, date, given, error, out var options);
            if (options is null)
            {
                return built;
            }
            options = options
                .WithPolicy(policy)
                .WithRuleGuard(parseResult.GetValue(allowBreaches) ? ThreeSixtyGivingGuard.Warn : ThreeSixtyGivingGuard.Refuse)
                .WithQualityGuard(parseResult.GetValue(allowCritical) ? ThreeSixtyGivingGuard.Warn : ThreeSixtyGivingGuard.Refuse);
            return Export(round, options, parseResult.GetValue(outputFile), output, error);
        });
        funding.Subcommands.Add(export);
        funding.Subcommands.Add(ThreeSixtyGivingCommands.BuildCheck(clock));
        return funding;
    }

    /// <summary>The <c>--policy POLICY</c> option of the commands that judge a round by a funding policy.</summary>
    internal static Option<FileInfo?> PolicyOption() => new("--policy")
    {
        HelpName = "POLICY",
        Description = "A funding policy document (JSON, as 'kentcsp json funding-policy' writes) to judge the round by; '-' reads standard input. Default: Kent's policy.",
    };

    /// <summary>
    /// The policy named by --policy, or Kent's without one. False, with one line on the error writer (exit code 2), when
    /// the file cannot be read or is not a valid funding policy document (the line names the JSON path), or when the
    /// policy and the round would both be read from standard input, which holds one document.
    /// </summary>
    internal static bool TryReadPolicy(FileInfo? policyFile, FileInfo? roundFile, TextWriter error, out FundingPolicy policy)
    {
        policy = KentPolicies.Funding;
        if (policyFile is null)
        {
            return true;
        }
        if (CliFiles.IsStandardInput(policyFile) && roundFile is not null && CliFiles.IsStandardInput(roundFile))
        {
            error.WriteLine("kentcsp: standard input holds one document: give '-' for the round or for --policy, not both.");
            return false;
        }
        if (!CliFiles.TryReadBytes(policyFile, error, out var utf8))
        {
            return false;
        }
        try
        {
            policy = KentCspJson.DeserializeFundingPolicy(utf8.AsSpan());
            return true;
        }
        catch (JsonException exception)
        {
            error.WriteLine($"kentcsp: --policy {CliFiles.NameOf(policyFile)}: {exception.Message}");
            return false;
        }
    }

    private static Argument<FileInfo?> FileArgument() => new("file")
    {
        Description = "A funding round document (JSON, as 'kentcsp json funding-2016-17' writes). Default: the built-in Kent 2016/17 round.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    // The round and the policy it is judged by, then the findings as a table and their count by severity; with summary, the count alone.
    private static void WriteCheck(TextWriter output, FundingRound round, FundingEvaluation evaluation, bool summary, FundingPolicy policy)
    {
        var grant = round.Grant;
        output.WriteLine($"Funding round {round.Id}: grant {grant.Id} of {grant.Amount} for {grant.Year} from {grant.Funder}");
        output.WriteLine($"  {round.Bids.Count} bids, {round.Decisions.Count} decisions, {round.Allocations.Count} allocations totalling {round.TotalAllocated}");
        output.WriteLine($"  Checked on {LocalDatePattern.Iso.Format(evaluation.AsOf)} against {FundingRule.All.Count} rules (policy: {policy.Source})");
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

    // The policy's provenance, after the round's, when it carries one: its whole, then one line for each reason its terms
    // that are not sourced share ("  withdrawAfter: illustrative: Unconfirmed default: …"), keyed as the policy document
    // writes them.
    private static void WritePolicyProvenance(TextWriter output, ProvenanceRecord? provenance)
    {
        if (provenance is null)
        {
            return;
        }
        output.WriteLine($"Policy provenance: {provenance.Whole}");
        foreach (var group in provenance.Fields.Where(field => !field.Provenance.IsFact).GroupBy(field => field.Provenance))
        {
            output.WriteLine($"  {string.Join(", ", CliText.Ranges(group.Select(field => field.Field)))}: {group.Key}");
        }
    }

    // The table's values as one JSON object (docs/cli-json.md, "funding check"): the round, the date, the rules and policy,
    // the count of findings by severity, unless summary the findings as the library's findings document, the round's
    // provenance and the policy's.
    private static void WriteCheckJson(Utf8JsonWriter writer, FundingRound round, FundingEvaluation evaluation, bool summary, FundingPolicy policy)
    {
        var grant = round.Grant;
        writer.WriteStartObject();
        writer.WriteString("command", "funding check");
        writer.WriteStartObject("round");
        writer.WriteString("id", round.Id);
        writer.WriteStartObject("grant");
        writer.WriteString("id", grant.Id);
        writer.WriteNumber("amount", grant.Amount.Pounds);
        writer.WriteString("year", grant.Year.ToString());
        writer.WriteString("funder", grant.Funder.ToString());
        writer.WriteEndObject();
        writer.WriteNumber("bids", round.Bids.Count);
        writer.WriteNumber("decisions", round.Decisions.Count);
        writer.WriteNumber("allocations", round.Allocations.Count);
        writer.WriteNumber("totalAllocated", round.TotalAllocated.Pounds);
        writer.WriteEndObject();
        CliFormat.WriteDate(writer, "asAt", evaluation.AsOf);
        writer.WriteNumber("rules", FundingRule.All.Count);
        writer.WriteString("policy", policy.Source.ToString());
        CliFormat.WriteSeverityCounts(writer, "counts", evaluation.Findings);
        if (!summary)
        {
            writer.WritePropertyName("findings");
            CliFormat.WriteDocument(writer, KentCspJson.SerializeToUtf8Bytes(evaluation.Findings));
        }
        CliFormat.WriteProvenance(writer, "provenance", round.Provenance);
        CliFormat.WriteProvenance(writer, "policyProvenance", policy.Provenance);
        writer.WriteEndObject();
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

    // The publisher, funder and programme options as given on the command line.
    private sealed record PublisherOptions(string? Prefix, string? Name, string? FunderId, string? FunderName, string? ProgrammeCode, string? ProgrammeTitle);

    // The export's options: the publisher named by --publisher-prefix, or else Kent's for a KCSP round or one made from
    // a 360G- scheme of the grant's recipient; the funder and programme when given; Kent's funding policy, as
    // 'funding check' applies it, on the issue date. Null with the exit code when an option is refused.
    private static int TryBuildOptions(FundingRound round, LocalDate issued, PublisherOptions given, TextWriter error, out ThreeSixtyGivingExportOptions? options)
    {
        options = null;
        var recipient = round.Grant.Recipient;
        string? option = null;
        try
        {
            if ((given.FunderName is not null && given.FunderId is null) || (given.ProgrammeCode is null) != (given.ProgrammeTitle is null)
                || (given.Name is not null && given.Prefix is null))
            {
                string needs = given.FunderName is not null && given.FunderId is null ? "--funder-name needs --funder-id"
                    : given.Name is not null && given.Prefix is null ? "--publisher-name needs --publisher-prefix"
                    : "--programme-code and --programme-title go together";
                error.WriteLine($"kentcsp: {needs}.");
                return KentCspCommand.UsageError;
            }
            ThreeSixtyGivingExportOptions built;
            if (given.Prefix is not null)
            {
                option = "--publisher-prefix";
                var publisher = new ThreeSixtyGivingPublisher(given.Prefix, given.Name ?? recipient.Name, null);
                built = new ThreeSixtyGivingExportOptions(publisher, issued, KentPolicies.Funding);
                if (KentThreeSixtyGiving.TryGetPublisher(recipient.Id, out _))
                {
                    built = built.WithCountyLocation(KentThreeSixtyGiving.CountyLocation);
                }
            }
            else if (KentThreeSixtyGiving.TryGetPublisher(recipient.Id, out _))
            {
                built = KentThreeSixtyGiving.Options(issued);
            }
            else if (recipient.Id.Scheme.StartsWith(ThreeSixtyGivingPublisher.PrefixStart, StringComparison.Ordinal))
            {
                built = new ThreeSixtyGivingExportOptions(new ThreeSixtyGivingPublisher(recipient.Id.Scheme, recipient.Name, null), issued, KentPolicies.Funding);
            }
            else
            {
                error.WriteLine($"kentcsp: cannot export {round.Id}: the publisher is the grant's recipient, and its identifier scheme '{recipient.Id.Scheme}' is not a 360Giving prefix (360G-…); name one with --publisher-prefix.");
                return ErrorFindings;
            }
            if (given.FunderId is not null)
            {
                option = "--funder-id";
                built = built.WithFunder(new ThreeSixtyGivingFunder(given.FunderId, given.FunderName ?? recipient.Name));
            }
            if (given.ProgrammeCode is not null)
            {
                option = "--programme-code";
                built = built.WithProgramme(new ThreeSixtyGivingProgramme(given.ProgrammeCode, given.ProgrammeTitle!));
            }
            options = built;
            return 0;
        }
        catch (ArgumentException exception)
        {
            error.WriteLine($"kentcsp: {option ?? "the export's options"}: {CliText.Quote(CliText.Describe(exception), 300)}");
            return KentCspCommand.UsageError;
        }
    }

    // Writes the package through the streaming writer: to standard output (the summary and warnings then go to standard
    // error), or to a temporary file beside the target that replaces it only when the whole package is written, so a
    // refused round or a failed write leaves no half file and an existing target untouched.
    private static int Export(FundingRound round, ThreeSixtyGivingExportOptions options, string? target, TextWriter output, TextWriter error)
    {
        if (target is null || target == "-")
        {
            return ExportToStandardOutput(round, options, output, error);
        }

        if (target.Trim().Length == 0 || target.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            error.WriteLine($"kentcsp: --output '{CliText.Quote(target)}' is not a file name.");
            return KentCspCommand.UsageError;
        }
        var file = new FileInfo(target);
        string temporary = Path.Combine(file.DirectoryName ?? ".", $".{file.Name}.{Guid.NewGuid():N}.tmp");
        ThreeSixtyGivingExportReport report;
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                report = ThreeSixtyGiving.Write(stream, [round], options);
            }
            File.Move(temporary, file.FullName, overwrite: true);
        }
        catch (ArgumentException exception)
        {
            File.Delete(temporary);
            WriteRefusal(error, round, exception);
            return ErrorFindings;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            error.WriteLine($"kentcsp: cannot write {CliText.Quote(file.Name)}: {CliText.Quote(exception.Message, 300)}");
            return KentCspCommand.UsageError;
        }
        WriteExported(output, round, CliText.Quote(file.Name), options.Publisher, report);
        return 0;
    }

    private static int ExportToStandardOutput(FundingRound round, ThreeSixtyGivingExportOptions options, TextWriter output, TextWriter error)
    {
        ThreeSixtyGivingExportReport report;
        try
        {
            // The process's own standard output takes the bytes as they are; a captured writer takes them as text.
            output.Flush();
            using var stream = ReferenceEquals(output, Console.Out) ? Console.OpenStandardOutput() : new TextWriterStream(output);
            report = ThreeSixtyGiving.Write(stream, [round], options);
        }
        catch (ArgumentException exception)
        {
            WriteRefusal(error, round, exception);
            return ErrorFindings;
        }
        WriteExported(error, round, "standard output", options.Publisher, report);
        return 0;
    }

    // A refused export: one line saying why, then the reasons, at most three lines of them so that the error stays short
    // (each names the round, allocation, rule and message, or the check and its first location); 'kentcsp funding
    // check' lists every funding rule finding.
    private static void WriteRefusal(TextWriter error, FundingRound round, ArgumentException exception)
    {
        if (exception is not ThreeSixtyGivingExportRefusedException refused)
        {
            error.WriteLine($"kentcsp: cannot export {round.Id}: {CliText.Describe(exception)}");
            return;
        }
        var reasons = refused.RuleBreaches.Select(breach => $"  {breach.RoundId} allocation {breach.AllocationId}: {breach.RuleId} {breach.Finding.Message}")
            .Concat(refused.CriticalFindings.Select(finding => $"  {finding.Check.Id} critical: {finding.Heading}{(finding.Locations.Count > 0 ? $" ({finding.Locations[0]})" : "")}"))
            .ToList();
        var parts = new List<string>();
        if (refused.RuleBreaches.Count > 0)
        {
            parts.Add($"{refused.RuleBreaches.Count} funding rule breach{(refused.RuleBreaches.Count == 1 ? "" : "es")} (--allow-rule-breaches exports them with warnings)");
        }
        if (refused.CriticalFindings.Count > 0)
        {
            parts.Add($"{CliText.Count(refused.CriticalFindings.Count, "critical 360Giving finding")} (--allow-critical-findings exports them with warnings)");
        }
        error.WriteLine($"kentcsp: cannot export {round.Id}, nothing written: {string.Join("; ", parts)}");
        const int Shown = 3;
        int shown = reasons.Count <= Shown ? reasons.Count : Shown - 1;
        foreach (string reason in reasons.Take(shown))
        {
            error.WriteLine(CliText.Quote(reason, 300));
        }
        if (reasons.Count > shown)
        {
            error.WriteLine($"  … and {reasons.Count - shown} more");
        }
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
    private static void WriteExported(TextWriter to, FundingRound round, string written, ThreeSixtyGivingPublisher publisher, ThreeSixtyGivingExportReport report)
    {
        to.WriteLine($"wrote {round.Allocations.Count} grants totalling {round.TotalAllocated} from {round.Id} to {written} (360Giving {ThreeSixtyGiving.Version}, publisher {CliText.Quote(publisher.ToString(), 300)})");
        // The reasons the guards let through, when the command line allowed them: each breach, each critical finding.
        foreach (var breach in report.RuleBreaches)
        {
            to.WriteLine(CliText.Quote($"warning: rule breach allowed: {breach.RoundId} allocation {breach.AllocationId}: {breach.RuleId} {breach.Finding.Message}", 300));
        }
        foreach (var finding in report.Quality.Findings.Where(finding => finding.IsCritical))
        {
            to.WriteLine(CliText.Quote($"warning: critical finding allowed: {finding.Check.Id} {finding.Heading}", 300));
        }
        var warnings = report.Warnings;
        foreach (var group in warnings.GroupBy(warning => (warning.Field, warning.Provenance)))
        {
            var provenance = group.Key.Provenance;
            to.WriteLine(group.Key.Field is null
                ? $"warning: {group.First().RoundId} is {provenance.Kind.Description} as a whole, not stated by the sources: {provenance.Reason}"
                : $"warning: {provenance.Kind.Description}, not stated by the sources: {group.Key.Field} ({string.Join(", ", CliText.Ranges(group.Select(warning => warning.RoundField!)))}): {provenance.Reason}");
        }
    }
}
