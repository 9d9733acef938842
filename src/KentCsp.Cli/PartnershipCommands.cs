using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using KentCsp.Domain;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp partnership [--as-at DATE]</c>: the KCSP's members on a date, the kinds of responsible authority required
/// then against those present, and the compliance findings for the financial year up to that date.
/// </summary>
internal static class PartnershipCommands
{
    internal static Command Build(IClock clock)
    {
        var asAt = new Option<string?>("--as-at")
        {
            Description = "The date to ask about, as YYYY-MM-DD. Default: today in the UK.",
        };
        var partnership = new Command("partnership", "Print the Kent Community Safety Partnership's members on a date, the responsible authorities required against those present, and the compliance findings for the financial year to that date; exit code 1 if any is an error.");
        partnership.Options.Add(asAt);
        partnership.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (!CliDates.TryParse(parseResult.GetValue(asAt), "--as-at", clock, parseResult.InvocationConfiguration.Error, out var date))
            {
                return KentCspCommand.UsageError;
            }
            return Write(output, KentData.PartnershipRecord, date);
        });
        return partnership;
    }

    private static int Write(TextWriter output, PartnershipRecord record, LocalDate date)
    {
        var csp = record.Partnership;
        string day = LocalDatePattern.Iso.Format(date);
        output.WriteLine($"{csp.Name} on {day} ({csp.Level.Description} partnership for a {record.Area.Description})");
        output.WriteLine();
        output.WriteLine("Members");
        foreach (var member in csp.MembersOn(date))
        {
            output.WriteLine($"  {member.Organisation.Name,-58} {member.Role.Description}");
        }
        output.WriteLine("Sub-groups");
        foreach (var group in csp.SubGroups)
        {
            output.WriteLine($"  {group.Name}: {group.Purpose}");
        }
        output.WriteLine();

        var represented = csp.RepresentedAuthorityKindsOn(date);
        output.WriteLine($"Responsible authorities required on {day} (Crime and Disorder Act 1998, s.5(1))");
        foreach (var kind in record.Area.RequiredKindsOn(date))
        {
            output.WriteLine($"  {kind.StatutoryReference,-11} {kind.DesignationOn(date)!.Name,-32} {(represented.Contains(kind) ? "present" : "MISSING")}");
        }
        output.WriteLine();

        var year = FinancialYear.Containing(date);
        var findings = PartnershipCompliance.Check(record, new DateInterval(year.Start, date));
        output.WriteLine($"Compliance, {LocalDatePattern.Iso.Format(year.Start)} to {day}");
        if (findings.Count == 0)
        {
            output.WriteLine("  No findings.");
        }
        foreach (var finding in findings)
        {
            output.WriteLine($"  {finding.RuleId}  {finding.Severity.Description,-11} {finding.Message}");
            output.WriteLine($"  {"",-7}  {"",-11} source: {finding.Source}");
        }
        CliText.WriteProvenance(output, csp.Provenance);
        return findings.Any(finding => finding.Severity == FindingSeverity.Error) ? 1 : 0;
    }
}
