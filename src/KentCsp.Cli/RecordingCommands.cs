using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Serialization;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp count [FILE] [--summary]</c>: counts an incident as recorded crimes under the victim-based rules, with the rule trail
/// (General Rule letters), then under the former one-crime-per-incident practice for comparison. Without a file, the
/// built-in Kent example: fluid thrown over a crowd that lands on 32 people. Offences are ranked by the illustrative
/// offence ranking. With <c>--summary</c>, each count's total and its crimes by offence, most serious first, and the
/// findings by severity: as many lines for 200,000 victims as for 2.
/// </summary>
internal static class RecordingCommands
{
    internal static Command Build()
    {
        var fileArgument = new Argument<FileInfo?>("file")
        {
            HelpName = "FILE",
            Description = "An incident document (JSON, as the library writes it). Without it, the built-in Kent example of 32 victims.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var summary = CliText.Summary("Print each count's total and its crimes by offence, not each crime and its rule trail.");
        var command = new Command("count", "Count an incident as recorded crimes, one per victim, with the rule trail; then as one per incident, the former practice.");
        command.Arguments.Add(fileArgument);
        command.Options.Add(summary);
        var format = CliFormat.Option();
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliFiles.TryRead(parseResult.GetValue(fileArgument), KentRecording.ThrownFluid, KentCspJson.DeserializeIncident, error, out var incident))
            {
                return KentCspCommand.UsageError;
            }
            CrimeCount victimBased;
            CrimeCount legacy;
            try
            {
                victimBased = CrimeCounter.Count(incident, OffenceRanking.Illustrative, CountingMode.VictimBased);
                legacy = CrimeCounter.Count(incident, OffenceRanking.Illustrative, CountingMode.Legacy);
            }
            catch (ArgumentException exception)
            {
                error.WriteLine($"kentcsp: {CliText.Describe(exception)}");
                return KentCspCommand.UsageError;
            }
            if (parseResult.GetValue(format) == OutputFormat.Json)
            {
                CliFormat.Write(output, writer => WriteJson(writer, incident, victimBased, legacy, parseResult.GetValue(summary)));
                return 0;
            }
            Write(output, incident, victimBased, legacy, parseResult.GetValue(summary));
            return 0;
        });
        return command;
    }

    private static void Write(TextWriter output, Incident incident, CrimeCount victimBased, CrimeCount legacy, bool summary)
    {
        output.WriteLine($"Incident {incident.Id}: reported {NodaTime.Text.InstantPattern.ExtendedIso.Format(incident.ReportedAt)}, "
            + $"{CliText.Count(incident.VictimIds.Count, "victim")}, {CliText.Count(incident.OffenderIds.Count, "known offender")}, {CliText.Count(incident.Acts.Count, "act")}");
        output.WriteLine($"  Decision: {incident.Decision}");
        CliText.WriteProvenance(output, incident.Provenance);
        foreach (var step in victimBased.Steps)
        {
            output.WriteLine($"  {step}");
        }
        WriteCount(output, "Victim-based count", victimBased, summary);
        WriteCount(output, "Former practice (one crime per incident)", legacy, summary);
        output.WriteLine();
        if (summary)
        {
            output.WriteLine(victimBased.Findings.Count == 0 ? "Findings: none" : "Findings: " + CliText.Totals(victimBased.Findings));
        }
        else
        {
            WriteFindings(output, victimBased);
        }
        output.WriteLine();
        output.WriteLine($"Offences ranked by the {OffenceRanking.Illustrative.Source.Title.ToLowerInvariant()} ({OffenceRanking.Illustrative.Source.Locator}).");
    }

    // The counts as one JSON object (docs/cli-json.md, "count"): the incident, then each count as the library's crime-count
    // document (with summary, each count's total and its crimes by offence, and the findings by severity), then the
    // incident's provenance.
    private static void WriteJson(Utf8JsonWriter writer, Incident incident, CrimeCount victimBased, CrimeCount legacy, bool summary)
    {
        writer.WriteStartObject();
        writer.WriteString("command", "count");
        writer.WriteStartObject("incident");
        writer.WriteString("id", incident.Id);
        writer.WriteString("reportedAt", NodaTime.Text.InstantPattern.ExtendedIso.Format(incident.ReportedAt));
        writer.WriteNumber("victims", incident.VictimIds.Count);
        writer.WriteNumber("knownOffenders", incident.OffenderIds.Count);
        writer.WriteNumber("acts", incident.Acts.Count);
        writer.WriteString("decision", incident.Decision.ToString());
        writer.WriteEndObject();
        writer.WriteString("ranking", $"{OffenceRanking.Illustrative.Source.Title} ({OffenceRanking.Illustrative.Source.Locator})");
        if (summary)
        {
            WriteCountSummary(writer, "victimBased", victimBased);
            WriteCountSummary(writer, "legacy", legacy);
            CliFormat.WriteSeverityCounts(writer, "counts", victimBased.Findings);
        }
        else
        {
            writer.WritePropertyName("victimBased");
            CliFormat.WriteDocument(writer, KentCspJson.SerializeToUtf8Bytes(victimBased));
            writer.WritePropertyName("legacy");
            CliFormat.WriteDocument(writer, KentCspJson.SerializeToUtf8Bytes(legacy));
        }
        CliFormat.WriteProvenance(writer, "provenance", incident.Provenance);
        writer.WriteEndObject();
    }

    // One count's total and its crimes by offence, most serious first, in one pass over the crimes.
    private static void WriteCountSummary(Utf8JsonWriter writer, string name, CrimeCount count)
    {
        var byOffence = new Dictionary<Offence, int>();
        foreach (var crime in count.Crimes)
        {
            byOffence[crime.Offence] = byOffence.TryGetValue(crime.Offence, out int crimes) ? crimes + 1 : 1;
        }
        writer.WriteStartObject(name);
        writer.WriteNumber("total", count.Total);
        writer.WriteStartArray("byOffence");
        foreach (var pair in byOffence.OrderBy(pair => OffenceRanking.Illustrative.RankOf(pair.Key) ?? int.MaxValue).ThenBy(pair => pair.Key.Name, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("offence", pair.Key.Name);
            writer.WriteNumber("crimes", pair.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFindings(TextWriter output, CrimeCount victimBased)
    {
        output.WriteLine(victimBased.Findings.Count == 0 ? "Findings: none" : "Findings:");
        foreach (var finding in victimBased.Findings)
        {
            output.WriteLine($"  {finding}");
        }
    }

    // The total, then each crime with its rule trail; with summary, the crimes counted by offence, most serious first
    // (by the illustrative ranking, then by name), in one pass over the crimes.
    private static void WriteCount(TextWriter output, string title, CrimeCount count, bool summary)
    {
        output.WriteLine();
        output.WriteLine($"{title}: {CliText.Count(count.Total, "crime")}");
        if (summary)
        {
            var byOffence = new Dictionary<Offence, int>();
            foreach (var crime in count.Crimes)
            {
                byOffence[crime.Offence] = byOffence.TryGetValue(crime.Offence, out int crimes) ? crimes + 1 : 1;
            }
            foreach (var pair in byOffence.OrderBy(pair => OffenceRanking.Illustrative.RankOf(pair.Key) ?? int.MaxValue).ThenBy(pair => pair.Key.Name, StringComparer.Ordinal))
            {
                output.WriteLine($"  {pair.Value} {pair.Key.Name}");
            }
            return;
        }
        for (int i = 0; i < count.Crimes.Count; i++)
        {
            var crime = count.Crimes[i];
            string by = crime.OffenderIds.Count == 0 ? "unknown offender" : string.Join(", ", crime.OffenderIds);
            output.WriteLine($"  {i + 1}. {crime} (by {by})");
            foreach (var step in crime.Steps)
            {
                output.WriteLine($"     {step}");
            }
        }
    }
}
