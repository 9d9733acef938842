using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp funding check-360giving [FILE] [--as-at DATE]</c>: runs 360Giving's Data Quality Tool checks on a
/// 360Giving package and prints the quality and usefulness findings as tables. Without a file, the built-in Kent
/// 2016/17 round as <c>export-360giving</c> writes it.
/// </summary>
internal static class ThreeSixtyGivingCommands
{
    /// <summary>Exit code when a critical check fires.</summary>
    internal const int CriticalFindings = 1;

    /// <summary>How many locations of a finding the table shows.</summary>
    private const int ShownLocations = 3;

    internal static Command BuildCheck(IClock clock)
    {
        var file = new Argument<FileInfo?>("file")
        {
            Description = "A 360Giving package (JSON, UTF-8), from this tool or any other. Default: the built-in Kent 2016/17 round, exported as 'export-360giving' writes it.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = new Option<string?>("--as-at")
        {
            Description = "The day to judge dates on (award dates in the future, dates far ahead or long ago), as YYYY-MM-DD. Default: today in UTC, as the Data Quality Tool takes it.",
        };
        var command = new Command("check-360giving",
            $"Run the 36 checks of 360Giving's Data Quality Tool ({ThreeSixtyGivingQuality.ToolVersion}), for the 360Giving Data Standard {ThreeSixtyGivingQuality.StandardVersion}, on a package: "
            + "21 quality checks (9 critical) and 15 usefulness checks, printed as tables. The org-id prefixes are those of "
            + $"{LocalDatePattern.Iso.Format(ThreeSixtyGivingOrgIdPrefixes.Taken)}. Schema validation is not part of these checks. "
            + "Exit code 1 if a critical check fires, 0 otherwise, 2 if the file cannot be read as a package.");
        var format = CliFormat.Option();
        command.Arguments.Add(file);
        command.Options.Add(asOf);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            string? asOfText = parseResult.GetValue(asOf);
            LocalDate date = clock.GetCurrentInstant().InUtc().Date;
            if (asOfText is not null && !CliDates.TryParse(asOfText, "--as-at", clock, error, out date))
            {
                return KentCspCommand.UsageError;
            }
            var fileInfo = parseResult.GetValue(file);
            string name;
            ThreeSixtyGivingQualityReport report;
            if (fileInfo is null)
            {
                name = "built-in Kent 2016/17 round";
                // The export's guards warn: this command reports what the checks find, whatever the day.
                var options = KentThreeSixtyGiving.Options(date).WithRuleGuard(ThreeSixtyGivingGuard.Warn).WithQualityGuard(ThreeSixtyGivingGuard.Warn);
                string package = ThreeSixtyGiving.Export([KentFunding.Round2016To17], options);
                report = ThreeSixtyGivingQuality.Check(package, date);
            }
            else
            {
                name = CliFiles.NameOf(fileInfo);
                if (!TryCheck(fileInfo, date, error, out report))
                {
                    return KentCspCommand.UsageError;
                }
            }
            if (parseResult.GetValue(format) == OutputFormat.Json)
            {
                CliFormat.Write(output, writer => WriteJson(writer, name, report));
            }
            else
            {
                Write(output, name, report);
            }
            return report.HasCritical ? CriticalFindings : 0;
        });
        return command;
    }

    private static bool TryCheck(FileInfo file, LocalDate date, TextWriter error, out ThreeSixtyGivingQualityReport report)
    {
        report = null!;
        if (!CliFiles.TryReadBytes(file, error, out ArraySegment<byte> utf8))
        {
            return false;
        }
        try
        {
            report = ThreeSixtyGivingQuality.Check(utf8.AsMemory(), date);
            return true;
        }
        catch (JsonException exception)
        {
            error.WriteLine($"kentcsp: {CliFiles.NameOf(file)} is not a 360Giving package: {exception.Message}");
            return false;
        }
    }

    private static void Write(TextWriter output, string name, ThreeSixtyGivingQualityReport report)
    {
        output.WriteLine($"360Giving package {name}: {Count(report.GrantCount, "grant")}, {report.RecipientIndividualCount} to individuals");
        output.WriteLine($"  Checked on {LocalDatePattern.Iso.Format(report.AsOf)} against the {ThreeSixtyGivingCheck.All.Count} checks of the 360Giving Data Quality Tool ({ThreeSixtyGivingQuality.ToolVersion}), Data Standard {ThreeSixtyGivingQuality.StandardVersion}");
        output.WriteLine($"  Org-id prefixes as listed on {LocalDatePattern.Iso.Format(ThreeSixtyGivingOrgIdPrefixes.Taken)}");
        foreach (var category in ThreeSixtyGivingCheckCategory.All)
        {
            var findings = report.Findings.Where(finding => finding.Check.Category == category).ToList();
            int checks = ThreeSixtyGivingCheck.All.Count(check => check.Category == category);
            output.WriteLine();
            output.WriteLine($"{char.ToUpperInvariant(category.Description[0])}{category.Description.Substring(1)} ({checks} checks): {(findings.Count == 0 ? "no findings." : Count(findings.Count, "finding"))}");
            if (findings.Count > 0)
            {
                WriteTable(output, findings);
            }
        }
        output.WriteLine();
        int critical = report.Findings.Count(finding => finding.IsCritical);
        output.WriteLine(critical == 0 ? "No critical findings." : $"{Count(critical, "critical finding")}.");
    }

    // The tables' values as one JSON object (docs/cli-json.md, "funding check-360giving"): the package, the date, the
    // tool's versions, the counts of checks and findings, and every finding with all its locations.
    private static void WriteJson(Utf8JsonWriter writer, string name, ThreeSixtyGivingQualityReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("command", "funding check-360giving");
        writer.WriteString("package", name);
        writer.WriteNumber("grants", report.GrantCount);
        writer.WriteNumber("recipientIndividuals", report.RecipientIndividualCount);
        CliFormat.WriteDate(writer, "asAt", report.AsOf);
        writer.WriteString("toolVersion", ThreeSixtyGivingQuality.ToolVersion);
        writer.WriteString("standardVersion", ThreeSixtyGivingQuality.StandardVersion);
        CliFormat.WriteDate(writer, "orgIdPrefixesTaken", ThreeSixtyGivingOrgIdPrefixes.Taken);
        writer.WriteNumber("checks", ThreeSixtyGivingCheck.All.Count);
        writer.WriteStartObject("findingsByCategory");
        foreach (var category in ThreeSixtyGivingCheckCategory.All)
        {
            writer.WriteNumber(category.Description, report.Findings.Count(finding => finding.Check.Category == category));
        }
        writer.WriteEndObject();
        writer.WriteNumber("critical", report.Findings.Count(finding => finding.IsCritical));
        writer.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("check", finding.Check.Id);
            writer.WriteString("category", finding.Check.Category.Description);
            writer.WriteString("severity", finding.Check.Severity.Description);
            writer.WriteBoolean("critical", finding.IsCritical);
            writer.WriteNumber("count", finding.Count);
            if (finding.Check == ThreeSixtyGivingCheck.MoreThanOneFundingOrg)
            {
                writer.WriteNull("percentage");
            }
            else
            {
                writer.WriteNumber("percentage", finding.Percentage);
            }
            writer.WriteString("heading", finding.Heading);
            writer.WriteNumber("locationCount", finding.LocationCount);
            writer.WriteStartArray("locations");
            foreach (string location in finding.Locations)
            {
                writer.WriteStringValue(location);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<ThreeSixtyGivingQualityFinding> findings)
    {
        output.WriteLine($"{"CHECK",-8} {"SEVERITY",-11} {"CRITICAL",-8} {"COUNT",5} {"SHARE",5}  FINDING");
        foreach (var finding in findings)
        {
            string share = finding.Check == ThreeSixtyGivingCheck.MoreThanOneFundingOrg ? "-" : finding.Percentage.ToString(CultureInfo.InvariantCulture) + "%";
            output.WriteLine($"{finding.Check.Id,-8} {finding.Check.Severity.Description,-11} {(finding.IsCritical ? "yes" : "no"),-8} {finding.Count,5} {share,5}  {finding.Heading}");
            foreach (string location in finding.Locations.Take(ShownLocations))
            {
                output.WriteLine($"{"",43}{location.Replace("\n", "\\n")}");
            }
            if (finding.LocationCount > ShownLocations)
            {
                output.WriteLine($"{"",43}… and {finding.LocationCount - ShownLocations} more");
            }
        }
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
