using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp indicators [FILE] [--period P] [--summary]</c>: for each series of an indicator set document, the value for a
/// period (the latest, or <c>--period</c> for series of that kind) against the previous period and the same period
/// last year, worded exactly ("up by more than a third"); then road casualty figures by severity with KSI, each year
/// against the one before on the same basis (raw against adjusted is refused and says so). Without a file, the Kent
/// indicators and the changes the report of 19 July 2017 states (it gives no figures). With <c>--summary</c> and a file,
/// only the counts of series and figures and of their changes by judgement: as many lines whatever the set's size.
/// </summary>
internal static class IndicatorCommands
{
    internal static Command Build()
    {
        var fileArgument = new Argument<FileInfo?>("file")
        {
            Description = "An indicator set document (JSON, as the library writes it). Without it, the Kent indicators and the changes reported on 19 July 2017.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var periodOption = new Option<string?>("--period")
        {
            HelpName = "PERIOD",
            Description = "The period to report for series of its kind: 2017-05, 2017/18 Q1, 2017/18 or 2017. Other series show their latest period.",
        };
        var command = new Command("indicators", "Show proxy indicators: each series against the previous period and the same period last year, and road casualties with KSI.");
        command.Arguments.Add(fileArgument);
        command.Options.Add(periodOption);
        var summary = CliText.Summary("With a file, print the counts of series and of their changes by judgement, not each series.");
        command.Options.Add(summary);
        var format = CliFormat.Option();
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            ReportingPeriod? period = null;
            if (parseResult.GetValue(periodOption) is { } text && !ReportingPeriod.TryParse(text, out period))
            {
                error.WriteLine($"kentcsp: --period '{CliText.Quote(text)}' is not a reporting period: write 2017-05, 2017/18 Q1, 2017/18 or 2017.");
                return KentCspCommand.UsageError;
            }
            var file = parseResult.GetValue(fileArgument);
            if (!CliFiles.TryRead(file, KentIndicators.July2017, KentCspJson.DeserializeIndicatorSet, error, out var set))
            {
                return KentCspCommand.UsageError;
            }
            if (parseResult.GetValue(format) == OutputFormat.Json)
            {
                bool summarise = parseResult.GetValue(summary);
                CliFormat.Write(output, writer =>
                {
                    if (file is null)
                    {
                        WriteKentJson(writer, set.Provenance);
                    }
                    else
                    {
                        WriteJson(writer, set, period, summarise);
                    }
                });
                return 0;
            }
            if (file is null)
            {
                WriteKent(output);
            }
            else if (parseResult.GetValue(summary))
            {
                WriteSummary(output, set, period);
            }
            else
            {
                Write(output, set, period);
            }
            CliText.WriteProvenance(output, set.Provenance);
            return 0;
        });
        return command;
    }

    // The Kent indicators and the changes the report states, as one JSON object (docs/cli-json.md, "indicators").
    private static void WriteKentJson(Utf8JsonWriter writer, KentCsp.Domain.ProvenanceRecord? provenance)
    {
        var source = KentSources.CsaUpdate2017July19;
        writer.WriteStartObject();
        writer.WriteString("command", "indicators");
        writer.WriteString("source", source.ToString());
        writer.WriteStartArray("indicators");
        foreach (var indicator in KentIndicators.Definitions)
        {
            WriteDefinition(writer, indicator);
            writer.WriteStartArray("reported");
            foreach (var reported in KentIndicators.ReportedJuly2017.Where(r => r.Indicator == indicator))
            {
                writer.WriteStartObject();
                writer.WriteString("direction", reported.Direction.Description);
                if (reported.MoreThan is null)
                {
                    writer.WriteNull("moreThan");
                }
                else
                {
                    writer.WriteString("moreThan", reported.MoreThan.ToString());
                }
                writer.WriteString("words", reported.Words);
                writer.WriteString("locator", reported.Source.Locator);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        CliFormat.WriteProvenance(writer, "provenance", provenance);
        writer.WriteEndObject();
    }

    // Opens an indicator's object and writes its definition; the caller closes it.
    private static void WriteDefinition(Utf8JsonWriter writer, IndicatorDefinition indicator)
    {
        writer.WriteStartObject();
        writer.WriteString("id", indicator.Id);
        writer.WriteString("name", indicator.Name);
        writer.WriteString("unit", indicator.Unit.Description);
        writer.WriteString("polarity", indicator.Polarity.Description);
    }

    // A set's series and road casualty figures as one JSON object (docs/cli-json.md, "indicators"); with summary, the
    // counts of series and of their changes by judgement, in one pass over each list.
    private static void WriteJson(Utf8JsonWriter writer, IndicatorSet set, ReportingPeriod? period, bool summary)
    {
        writer.WriteStartObject();
        writer.WriteString("command", "indicators");
        writer.WriteString("set", set.ToString());
        if (summary)
        {
            var counts = SetSummary.Of(set, period);
            writer.WriteNumber("series", set.Series.Count);
            writer.WriteNumber("seriesWithNoValues", counts.Empty);
            counts.Previous.Write(writer, "againstPreviousPeriod");
            counts.SamePeriodLastYear.Write(writer, "againstSamePeriodLastYear");
            writer.WriteNumber("roadCasualtyFigures", set.RoadCasualties.Count);
            counts.Ksi.Write(writer, "ksiAgainstSamePeriodLastYear");
            CliFormat.WriteProvenance(writer, "provenance", set.Provenance);
            writer.WriteEndObject();
            return;
        }
        writer.WriteStartArray("series");
        foreach (var series in set.Series)
        {
            WriteDefinition(writer, series.Indicator);
            writer.WriteString("periodKind", series.PeriodKind.Description);
            if (series.Basis is null)
            {
                writer.WriteNull("basis");
            }
            else
            {
                writer.WriteString("basis", series.Basis.Description);
            }
            var at = period is not null && period.Kind == series.PeriodKind ? period : series.Latest?.Period;
            if (at is null)
            {
                writer.WriteNull("period");
                writer.WriteEndObject();
                continue;
            }
            writer.WriteString("period", at.ToString());
            var value = series.ValueFor(at);
            if (value is null)
            {
                writer.WriteNull("value");
            }
            else
            {
                CliFormat.WriteFigure(writer, "value", value.Value);
            }
            WriteComparison(writer, series.PeriodKind.PeriodsPerYear == 1 ? "againstPreviousYear" : "againstPreviousPeriod", series.ChangeFromPreviousPeriod(at));
            if (series.PeriodKind.PeriodsPerYear != 1)
            {
                WriteComparison(writer, "againstSamePeriodLastYear", series.ChangeFromSamePeriodLastYear(at));
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        var ordered = set.RoadCasualties.OrderBy(figures => figures.Period).ThenBy(figures => figures.Basis.Value).ToArray();
        writer.WriteStartArray("roadCasualties");
        foreach (var figures in ordered)
        {
            writer.WriteStartObject();
            writer.WriteString("period", figures.Period.Label);
            writer.WriteString("basis", figures.Basis.Description);
            CliFormat.WriteFigure(writer, "killed", figures.Killed);
            CliFormat.WriteFigure(writer, "seriouslyInjured", figures.SeriouslyInjured);
            CliFormat.WriteFigure(writer, "killedOrSeriouslyInjured", figures.KilledOrSeriouslyInjured);
            CliFormat.WriteFigure(writer, "slightlyInjured", figures.SlightlyInjured);
            CliFormat.WriteFigure(writer, "total", figures.Total);
            writer.WriteStartArray("ksiAgainstSamePeriodLastYear");
            foreach (var baseline in ordered.Where(other => other.Period == figures.Period.SamePeriodLastYear))
            {
                writer.WriteStartObject();
                writer.WriteString("period", baseline.Period.Label);
                writer.WriteString("basis", baseline.Basis.Description);
                WriteComparison(writer, "comparison", figures.CompareWith(baseline, CasualtyMeasure.KilledOrSeriouslyInjured));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        CliFormat.WriteProvenance(writer, "provenance", set.Provenance);
        writer.WriteEndObject();
    }

    // A comparison: the baseline, the statement, the percentage change and the judgement; or why it was not compared.
    private static void WriteComparison(Utf8JsonWriter writer, string name, IndicatorComparison comparison)
    {
        writer.WriteStartObject(name);
        comparison.Switch(
            change =>
            {
                writer.WriteBoolean("compared", true);
                writer.WriteString("baselinePeriod", change.Baseline.Period.ToString());
                CliFormat.WriteFigure(writer, "baseline", change.Baseline.Value);
                writer.WriteString("statement", change.Statement);
                if (change.PercentageChange is { } percentage)
                {
                    writer.WriteNumber("percentageChange", Math.Round(percentage, 1, MidpointRounding.AwayFromZero));
                }
                else
                {
                    writer.WriteNull("percentageChange");
                }
                writer.WriteString("judgement", change.Judgement.Description);
            },
            refused =>
            {
                writer.WriteBoolean("compared", false);
                writer.WriteString("reason", refused.Message);
            });
        writer.WriteEndObject();
    }

    private static void WriteKent(TextWriter output)
    {
        var source = KentSources.CsaUpdate2017July19;
        output.WriteLine($"Kent proxy indicators ({source.Title}, {source.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, section 4)");
        output.WriteLine("The report states directions, not figures: no series is built in. Check figures with `kentcsp indicators FILE`.");
        foreach (var indicator in KentIndicators.Definitions)
        {
            output.WriteLine();
            output.WriteLine(Heading(indicator));
            foreach (var reported in KentIndicators.ReportedJuly2017.Where(r => r.Indicator == indicator))
            {
                string proportion = reported.MoreThan is null ? string.Empty : $" by more than {reported.MoreThan}";
                output.WriteLine($"  Reported: {reported.Direction.Description}{proportion} \u2014 \u201c{reported.Words}\u201d ({reported.Source.Locator})");
            }
        }
    }

    private static void Write(TextWriter output, IndicatorSet set, ReportingPeriod? period)
    {
        output.WriteLine($"Indicator set: {set}");
        foreach (var series in set.Series)
        {
            output.WriteLine();
            output.WriteLine($"{Heading(series.Indicator)}; by {series.PeriodKind.Description}{(series.Basis is null ? string.Empty : $", {series.Basis.Description}")}");
            var at = period is not null && period.Kind == series.PeriodKind ? period : series.Latest?.Period;
            if (at is null)
            {
                output.WriteLine("  No values.");
                continue;
            }
            var value = series.ValueFor(at);
            output.WriteLine($"  {at}: {(value is null ? "no value" : Number(value.Value))}");
            if (series.PeriodKind.PeriodsPerYear == 1)
            {
                WriteChange(output, "the previous year", series.ChangeFromPreviousPeriod(at));
                continue;
            }
            WriteChange(output, "the previous period", series.ChangeFromPreviousPeriod(at));
            WriteChange(output, "the same period last year", series.ChangeFromSamePeriodLastYear(at));
        }
        if (set.RoadCasualties.Count == 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine("Road casualties by STATS19 severity (KSI = killed + seriously injured)");
        output.WriteLine($"  {"Period",-12}{"Basis",-20}{"Killed",12}{"Serious",12}{"KSI",12}{"Slight",12}{"All",12}");
        var ordered = set.RoadCasualties.OrderBy(figures => figures.Period).ThenBy(figures => figures.Basis.Value).ToArray();
        foreach (var figures in ordered)
        {
            output.WriteLine($"  {figures.Period.Label,-12}{figures.Basis.Description,-20}{Number(figures.Killed),12}{Number(figures.SeriouslyInjured),12}{Number(figures.KilledOrSeriouslyInjured),12}{Number(figures.SlightlyInjured),12}{Number(figures.Total),12}");
        }
        foreach (var figures in ordered)
        {
            foreach (var baseline in ordered.Where(other => other.Period == figures.Period.SamePeriodLastYear))
            {
                var comparison = figures.CompareWith(baseline, CasualtyMeasure.KilledOrSeriouslyInjured);
                output.WriteLine(comparison.Match(
                    change => $"  KSI {figures.Period} against {baseline.Period} ({figures.Basis.Description}): {Describe(change)}",
                    refused => $"  KSI {figures.Period} ({figures.Basis.Description}) against {baseline.Period} ({baseline.Basis.Description}): not compared \u2014 {refused.Message}"));
            }
        }
    }

    // The counts alone, as text.
    private static void WriteSummary(TextWriter output, IndicatorSet set, ReportingPeriod? period)
    {
        output.WriteLine($"Indicator set: {set}");
        var counts = SetSummary.Of(set, period);
        output.WriteLine($"{set.Series.Count} series{(counts.Empty > 0 ? $", {counts.Empty} with no values" : string.Empty)}.");
        output.WriteLine($"  Against the previous period: {counts.Previous}.");
        output.WriteLine($"  Against the same period last year: {counts.SamePeriodLastYear}.");
        if (set.RoadCasualties.Count == 0)
        {
            return;
        }
        output.WriteLine($"Road casualties: {CliText.Count(set.RoadCasualties.Count, "set")} of figures.");
        output.WriteLine($"  KSI against the same period last year: {counts.Ksi}.");
    }

    // The counts of a summary, shared by the text and JSON forms: series with no values, changes against the previous
    // period and the same period last year by judgement, and KSI changes against last year's figures. One pass over the
    // series and one over the figures (last year's found by period, not by search).
    private sealed record SetSummary(int Empty, Tally Previous, Tally SamePeriodLastYear, Tally Ksi)
    {
        internal static SetSummary Of(IndicatorSet set, ReportingPeriod? period)
        {
            var previous = new Tally();
            var lastYear = new Tally();
            int empty = 0;
            foreach (var series in set.Series)
            {
                var at = period is not null && period.Kind == series.PeriodKind ? period : series.Latest?.Period;
                if (at is null)
                {
                    empty++;
                    continue;
                }
                previous.Add(series.ChangeFromPreviousPeriod(at));
                if (series.PeriodKind.PeriodsPerYear != 1)
                {
                    lastYear.Add(series.ChangeFromSamePeriodLastYear(at));
                }
            }
            var ksi = new Tally();
            var byPeriod = set.RoadCasualties.ToLookup(figures => figures.Period);
            foreach (var figures in set.RoadCasualties)
            {
                if (LastYear(figures.Period) is not { } lastYearsPeriod)
                {
                    continue;
                }
                foreach (var baseline in byPeriod[lastYearsPeriod])
                {
                    ksi.Add(figures.CompareWith(baseline, CasualtyMeasure.KilledOrSeriouslyInjured));
                }
            }
            return new SetSummary(empty, previous, lastYear, ksi);
        }
    }

    // The same period a year earlier, or null for a period in the first supported year, which has none.
    private static ReportingPeriod? LastYear(ReportingPeriod period)
    {
        try
        {
            return period.SamePeriodLastYear;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Changes counted by judgement ("2 improved, 1 worsened"), then those not compared.
    private sealed class Tally
    {
        private readonly Dictionary<ChangeJudgement, int> judged = new();
        private int notCompared;

        internal void Add(IndicatorComparison comparison)
        {
            if (comparison.TryPickT0(out var change, out _))
            {
                judged[change.Judgement] = judged.TryGetValue(change.Judgement, out int count) ? count + 1 : 1;
            }
            else
            {
                notCompared++;
            }
        }

        // The counts as a JSON object: an array of each judgement and its count, then the count not compared.
        internal void Write(Utf8JsonWriter writer, string name)
        {
            writer.WriteStartObject(name);
            writer.WriteStartArray("byJudgement");
            foreach (var judgement in ChangeJudgement.All.Where(judged.ContainsKey))
            {
                writer.WriteStartObject();
                writer.WriteString("judgement", judgement.Description);
                writer.WriteNumber("count", judged[judgement]);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteNumber("notCompared", notCompared);
            writer.WriteEndObject();
        }

        public override string ToString()
        {
            var parts = ChangeJudgement.All.Where(judged.ContainsKey).Select(judgement => $"{judged[judgement]} {judgement.Description}").ToList();
            if (notCompared > 0)
            {
                parts.Add($"{notCompared} not compared");
            }
            return parts.Count == 0 ? "none" : string.Join(", ", parts);
        }
    }

    private static void WriteChange(TextWriter output, string against, IndicatorComparison comparison) =>
        output.WriteLine(comparison.Match(
            change => $"  against {against} ({change.Baseline.Period}, {Number(change.Baseline.Value)}): {Describe(change)}",
            refused => $"  against {against}: not compared \u2014 {refused.Message}"));

    private static string Describe(IndicatorChange change)
    {
        string percentage = change.PercentageChange is { } value
            ? string.Format(CultureInfo.InvariantCulture, " ({0}{1:0.0}%)", value > 0m ? "+" : string.Empty, value)
            : string.Empty;
        return $"{change.Statement}{percentage}, {change.Judgement.Description}";
    }

    private static string Heading(IndicatorDefinition indicator) =>
        $"{indicator.Name} ({indicator.Id}): {indicator.Unit.Description}, {indicator.Polarity.Description}";

    private static string Number(decimal value) => value.ToString("#,0.######", CultureInfo.InvariantCulture);
}
