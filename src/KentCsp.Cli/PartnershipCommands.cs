using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using NodaTime;
using NodaTime.Text;
using WireKind = KentCsp.Domain.Serialization.DocumentKind;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp partnership [FILE] [--as-at DATE]</c>: a partnership record's members on a date (or that the record does
/// not know them then), the kinds of responsible authority required then against those present (none before s.5 came
/// into force on 30 September 1998), and the compliance findings for the financial year up to that date; then the
/// provenance of the record and of its partnership. Without a file, the KCSP's record. A file may instead hold a plain
/// partnership, which says neither the kind of area it serves nor its Terms of Reference: its members on the date and
/// the kinds of responsible authority they represent are printed, without the checks.
/// </summary>
internal static class PartnershipCommands
{
    internal static Command Build(IClock clock)
    {
        var fileArgument = new Argument<FileInfo?>("file")
        {
            HelpName = "FILE",
            Description = "A partnership record (kind partnership-record) or a partnership (kind partnership), as the library writes it; - reads standard input. Without it, the KCSP's record.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asAt = CliDates.AsAt("The date to ask about, as YYYY-MM-DD. Default: today in the UK.");
        var partnership = new Command("partnership", "Print a partnership's members on a date, the responsible authorities required and present, and the compliance findings for the financial year to that date; exit code 1 if any is an error.");
        partnership.Arguments.Add(fileArgument);
        partnership.Options.Add(asAt);
        var format = CliFormat.Option();
        partnership.Options.Add(format);
        partnership.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(asAt), CliDates.AsAtName, clock, error, out var date))
            {
                return KentCspCommand.UsageError;
            }
            bool json = parseResult.GetValue(format) == OutputFormat.Json;
            if (parseResult.GetValue(fileArgument) is not { } file)
            {
                return json ? WriteJson(output, KentData.PartnershipRecord, date) : Write(output, KentData.PartnershipRecord, date);
            }
            if (!TryRead(file, error, out var document))
            {
                return KentCspCommand.UsageError;
            }
            if (document is PartnershipRecordContent record)
            {
                return json ? WriteJson(output, record.Value, date) : Write(output, record.Value, date);
            }
            var plain = ((PartnershipContent)document).Value;
            return json ? WriteJson(output, plain, date) : Write(output, plain, date);
        });
        return partnership;
    }

    // The same values as one JSON object (docs/cli-json.md, "partnership"), then the provenance of the record and of its
    // partnership.
    private static int WriteJson(TextWriter output, PartnershipRecord record, LocalDate date)
    {
        var csp = record.Partnership;
        bool known = record.MembersOn(date).TryPickT0(out var members, out var notKnown);
        var from = date < new FinancialYear(FinancialYear.MinStartYear).Start ? SupportedDates.Earliest : FinancialYear.Containing(date).Start;
        var findings = PartnershipCompliance.Check(record, new DateInterval(from, date));
        CliFormat.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("command", "partnership");
            writer.WriteString("partnership", csp.Name);
            writer.WriteString("level", csp.Level.Description);
            writer.WriteString("areaName", csp.Area);
            writer.WriteString("area", record.Area.Description);
            CliFormat.WriteDate(writer, "asAt", date);
            writer.WriteBoolean("membersKnown", known);
            if (known)
            {
                WriteMembersAndSubGroups(writer, members, csp);
            }
            else
            {
                writer.WriteNull("members");
                writer.WriteNull("subGroups");
                writer.WriteString("notKnown", notKnown.Reason);
            }
            bool inForce = date >= ResponsibleAuthorityKind.Section5InForceFrom;
            writer.WriteBoolean("section5InForce", inForce);
            var represented = csp.RepresentedAuthorityKindsOn(date);
            writer.WriteStartArray("requiredAuthorities");
            foreach (var kind in inForce ? record.Area.RequiredKindsOn(date) : [])
            {
                writer.WriteStartObject();
                writer.WriteString("reference", kind.StatutoryReference);
                writer.WriteString("seat", !known ? "not known" : represented.Contains(kind) ? "present" : "missing");
                writer.WriteString("designation", kind.DesignationOn(date)!.Name);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartObject("compliance");
            CliFormat.WriteDate(writer, "from", from);
            CliFormat.WriteDate(writer, "to", date);
            CliFormat.WriteSeverityCounts(writer, "counts", findings);
            writer.WritePropertyName("findings");
            CliFormat.WriteDocument(writer, KentCsp.Domain.Serialization.KentCspJson.SerializeToUtf8Bytes(findings));
            writer.WriteEndObject();
            CliFormat.WriteProvenance(writer, "provenance", record.Provenance);
            CliFormat.WriteProvenance(writer, "partnershipProvenance", csp.Provenance);
            writer.WriteEndObject();
        });
        return findings.Any(finding => finding.Severity == FindingSeverity.Error) ? 1 : 0;
    }

    // A plain partnership as one JSON object (docs/cli-json.md, "partnership"): its members and sub-groups on the date
    // and the kinds of responsible authority they represent; area, required authorities and compliance are null, since
    // a partnership document holds neither the kind of area nor the Terms of Reference.
    private static int WriteJson(TextWriter output, CommunitySafetyPartnership csp, LocalDate date)
    {
        CliFormat.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("command", "partnership");
            writer.WriteString("partnership", csp.Name);
            writer.WriteString("level", csp.Level.Description);
            writer.WriteString("areaName", csp.Area);
            writer.WriteNull("area");
            CliFormat.WriteDate(writer, "asAt", date);
            writer.WriteBoolean("membersKnown", true);
            WriteMembersAndSubGroups(writer, csp.MembersOn(date), csp);
            bool inForce = date >= ResponsibleAuthorityKind.Section5InForceFrom;
            writer.WriteBoolean("section5InForce", inForce);
            writer.WriteNull("requiredAuthorities");
            writer.WriteStartArray("representedAuthorities");
            foreach (var kind in inForce ? csp.RepresentedAuthorityKindsOn(date) : [])
            {
                writer.WriteStartObject();
                writer.WriteString("reference", kind.StatutoryReference);
                writer.WriteString("designation", kind.DesignationOn(date)?.Name ?? kind.Name);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteNull("compliance");
            CliFormat.WriteProvenance(writer, "provenance", csp.Provenance);
            writer.WriteEndObject();
        });
        return 0;
    }

    // The members on the date (organisation and role) and the partnership's sub-groups (name and purpose), as JSON arrays.
    private static void WriteMembersAndSubGroups(Utf8JsonWriter writer, IEnumerable<Membership> members, CommunitySafetyPartnership csp)
    {
        writer.WriteStartArray("members");
        foreach (var member in members)
        {
            writer.WriteStartObject();
            writer.WriteString("organisation", member.Organisation.Name);
            writer.WriteString("role", member.Role.Description);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("subGroups");
        foreach (var group in csp.SubGroups)
        {
            writer.WriteStartObject();
            writer.WriteString("name", group.Name);
            writer.WriteString("purpose", group.Purpose);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>Reads <paramref name="file"/> as a partnership record or a partnership, whichever it is (see <see cref="CliFiles.TryReadOneOf{TFirst, TSecond}"/>).</summary>
    private static bool TryRead(FileInfo file, TextWriter error, out KentCspDocument document) =>
        CliFiles.TryReadOneOf<PartnershipRecordContent, PartnershipContent>(file,
            $"a partnership record (\"{WireKind.PartnershipRecord.WireName}\") or partnership (\"{WireKind.Partnership.WireName}\")", error, out document);

    /// <summary>
    /// A plain partnership: its members and sub-groups on the date and the kinds of responsible authority they represent.
    /// Which kinds are required depends on the kind of area (s.5(1)), and the compliance checks read the Terms of
    /// Reference: a partnership document holds neither, so both are left to a partnership record.
    /// </summary>
    private static int Write(TextWriter output, CommunitySafetyPartnership csp, LocalDate date)
    {
        string day = LocalDatePattern.Iso.Format(date);
        output.WriteLine($"{csp.Name} on {day} ({csp.Level.Description} partnership, {csp.Area})");
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
        if (date < ResponsibleAuthorityKind.Section5InForceFrom)
        {
            output.WriteLine($"Responsible authorities represented on {day}: none required");
            output.WriteLine($"  Crime and Disorder Act 1998, s.5 was not yet in force: sections 5 to 9 came into force on {LocalDatePattern.Iso.Format(ResponsibleAuthorityKind.Section5InForceFrom)} ({ResponsibleAuthorityKind.Section5Commencement}).");
        }
        else
        {
            output.WriteLine($"Responsible authorities represented on {day} (Crime and Disorder Act 1998, s.5(1))");
            foreach (var kind in csp.RepresentedAuthorityKindsOn(date))
            {
                output.WriteLine($"  {kind.StatutoryReference,-11} {kind.DesignationOn(date)?.Name ?? kind.Name}");
            }
        }
        output.WriteLine();
        output.WriteLine("Required authorities and compliance: not checked");
        output.WriteLine("  A partnership document gives neither the kind of area the partnership serves nor its Terms of Reference;");
        output.WriteLine("  give a partnership record (partnership-record) for the authorities required and the compliance findings.");
        CliText.WriteProvenance(output, csp.Provenance);
        return 0;
    }

    private static int Write(TextWriter output, PartnershipRecord record, LocalDate date)
    {
        var csp = record.Partnership;
        string day = LocalDatePattern.Iso.Format(date);
        output.WriteLine($"{csp.Name} on {day} ({csp.Level.Description} partnership for a {record.Area.Description})");
        output.WriteLine();
        bool known = record.MembersOn(date).TryPickT0(out var members, out var notKnown);
        if (known)
        {
            output.WriteLine("Members");
            foreach (var member in members)
            {
                output.WriteLine($"  {member.Organisation.Name,-58} {member.Role.Description}");
            }
            output.WriteLine("Sub-groups");
            foreach (var group in csp.SubGroups)
            {
                output.WriteLine($"  {group.Name}: {group.Purpose}");
            }
        }
        else
        {
            output.WriteLine("Members and sub-groups: not known");
            output.WriteLine($"  {notKnown.Reason}");
        }
        output.WriteLine();

        var required = record.Area.RequiredKindsOn(date);
        if (date < ResponsibleAuthorityKind.Section5InForceFrom)
        {
            output.WriteLine($"Responsible authorities required on {day}: none");
            output.WriteLine($"  Crime and Disorder Act 1998, s.5 was not yet in force: sections 5 to 9 came into force on {LocalDatePattern.Iso.Format(ResponsibleAuthorityKind.Section5InForceFrom)} ({ResponsibleAuthorityKind.Section5Commencement}).");
        }
        else
        {
            var represented = csp.RepresentedAuthorityKindsOn(date);
            output.WriteLine($"Responsible authorities required on {day} (Crime and Disorder Act 1998, s.5(1))");
            foreach (var kind in required)
            {
                string seat = !known ? "not known" : represented.Contains(kind) ? "present" : "MISSING";
                output.WriteLine($"  {kind.StatutoryReference,-11} {seat,-10} {kind.DesignationOn(date)!.Name}");
            }
        }
        output.WriteLine();

        // The first quarter of 1000 lies in no supported financial year: check from the first supported day.
        var from = date < new FinancialYear(FinancialYear.MinStartYear).Start ? SupportedDates.Earliest : FinancialYear.Containing(date).Start;
        var findings = PartnershipCompliance.Check(record, new DateInterval(from, date));
        output.WriteLine($"Compliance, {LocalDatePattern.Iso.Format(from)} to {day}");
        if (findings.Count == 0)
        {
            output.WriteLine("  No findings.");
        }
        foreach (var finding in findings)
        {
            output.WriteLine($"  {finding.RuleId}  {finding.Severity.Description,-11} {finding.Message}");
            output.WriteLine($"  {"",-7}  {"",-11} source: {finding.Source}");
        }
        // The record's marks, then the partnership's, at the paths the record's document writes them (partnership.…).
        CliText.WriteProvenance(output, record.Provenance, "partnership", csp.Provenance);
        return findings.Any(finding => finding.Severity == FindingSeverity.Error) ? 1 : 0;
    }
}
