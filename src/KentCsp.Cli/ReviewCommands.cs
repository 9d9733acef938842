using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp reviews [FILE] [--as-at DATE] [--summary]</c>: the review steering group's view of a register of domestic homicide
/// reviews, overdue cases first; with <c>--summary</c>, only the counts of cases, overdue and by step. Without a file, the built-in Kent register. Exit code 0; 1 for a file that is not a valid
/// review register document; 2 for a bad date or a file that cannot be read.
/// </summary>
internal static class ReviewCommands
{
    internal static Command Build(IClock clock)
    {
        var file = new Argument<FileInfo?>("file")
        {
            HelpName = "FILE",
            Description = "A review register document (JSON, a partnership and its cases). Default: the built-in Kent register.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asAt = CliDates.AsAt("The date to show the cases on, as YYYY-MM-DD; what was recorded later is left out. Default: today in the UK.");
        var summary = CliText.Summary("Print the counts of cases, overdue, not judged and at each step, not each case.");
        var reviews = new Command("reviews", "Show domestic homicide review cases as the steering group sees them: step, next deadline, overdue first.");
        reviews.Arguments.Add(file);
        reviews.Options.Add(asAt);
        reviews.Options.Add(summary);
        var format = CliFormat.Option();
        reviews.Options.Add(format);
        reviews.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(asAt), CliDates.AsAtName, clock, error, out var date)
                || !CliFiles.TryRead(parseResult.GetValue(file), KentReviews.Register, KentCspJson.DeserializeReviewRegister, error, out var register))
            {
                return KentCspCommand.UsageError;
            }
            string? note = ReferenceEquals(register, KentReviews.Register)
                ? $"Built-in data: the record of {KentReviews.Elizabeth2015.Name} ends at the briefing to the KCSP on {Iso(KentReviews.BriefingDate)} ({KentReviews.Source.Locator}); its earlier dates are illustrative."
                : null;
            if (parseResult.GetValue(format) == OutputFormat.Json)
            {
                var view = SteeringGroupView.Of(register, date, ReviewPolicy.Default);
                CliFormat.Write(output, writer => WriteJson(writer, view, parseResult.GetValue(summary), register.Provenance, note));
                return 0;
            }
            Write(output, SteeringGroupView.Of(register, date, ReviewPolicy.Default), parseResult.GetValue(summary));
            CliText.WriteProvenance(output, register.Provenance);
            if (note is not null)
            {
                output.WriteLine(note);
            }
            return 0;
        });
        return reviews;
    }

    // The heading and timetables, then a row for each case and the counts; with summary, the counts alone.
    private static void Write(TextWriter output, SteeringGroupView view, bool summary)
    {
        var policy = view.Policy;
        string partnership = view.PartnershipId == KentData.KcspId ? $"the {KentData.Partnership.Name} ({view.PartnershipId})" : view.PartnershipId.ToString();
        output.WriteLine($"Reviews of {partnership} as at {Iso(view.AsAt)}");
        WriteTimetables(output, policy);
        output.WriteLine(policy.DardrCommencement is { } commencement
            ? $"Regime: DHR if notified before {Iso(commencement)}, DARDR from then (Victims and Prisoners Act 2024 s.19)"
            : "Regime: Domestic Homicide Reviews (the Victims and Prisoners Act 2024 s.19, which makes them Domestic Abuse Related Death Reviews, is not commenced)");
        output.WriteLine();
        if (view.Rows.Count == 0)
        {
            output.WriteLine($"No cases notified by {Iso(view.AsAt)}.");
            return;
        }

        if (summary)
        {
            WriteCounts(output, view);
            return;
        }
        var rows = view.Rows.Select(row => new[]
        {
            row.Case.Name.ToString(),
            row.Regime.Abbreviation,
            row.Step.Description,
            Iso(row.Case.StepEnteredOn),
            row.DaysInStep.ToString(CultureInfo.InvariantCulture),
            row.NextDeadline?.ToString() ?? (row.NotJudged is null ? "-" : "not judged"),
            row.IsOverdue ? Days(row.DaysOverdue) : "-",
        }).ToList();
        string[] headings = ["CASE", "TYPE", "STEP", "SINCE", "DAYS", "NEXT DEADLINE", "OVERDUE"];
        var widths = headings.Select((heading, i) => Math.Max(heading.Length, rows.Max(row => row[i].Length))).ToArray();
        output.WriteLine(Line(headings, widths));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }
        output.WriteLine();
        WriteCounts(output, view);
        foreach (var row in view.Rows)
        {
            if (row.NotJudged is { } notJudged)
            {
                output.WriteLine($"Not judged: {row.Case.Name}: {notJudged.Reason}.");
            }
        }
    }

    // The table's values as one JSON object (docs/cli-json.md, "reviews"): the counts, and unless summary a row for
    // each case, overdue first; then the register's provenance and the note on built-in data (null for a file).
    private static void WriteJson(Utf8JsonWriter writer, SteeringGroupView view, bool summary, KentCsp.Domain.ProvenanceRecord? provenance, string? note)
    {
        writer.WriteStartObject();
        writer.WriteString("command", "reviews");
        writer.WriteString("partnershipId", view.PartnershipId.ToString());
        CliFormat.WriteDate(writer, "asAt", view.AsAt);
        writer.WriteNumber("cases", view.Rows.Count);
        writer.WriteNumber("overdue", view.OverdueCount);
        writer.WriteNumber("notJudged", view.NotJudgedCount);
        writer.WriteStartArray("byStep");
        foreach (var count in view.CountsByStep.Where(count => count.Count > 0))
        {
            writer.WriteStartObject();
            writer.WriteString("step", count.Step.Description);
            writer.WriteNumber("count", count.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (!summary)
        {
            writer.WriteStartArray("rows");
            foreach (var row in view.Rows)
            {
                writer.WriteStartObject();
                writer.WriteString("case", row.Case.Name.ToString());
                writer.WriteString("type", row.Regime.Abbreviation);
                writer.WriteString("step", row.Step.Description);
                CliFormat.WriteDate(writer, "since", row.Case.StepEnteredOn);
                writer.WriteNumber("daysInStep", row.DaysInStep);
                if (row.NextDeadline is { } deadline)
                {
                    writer.WriteStartObject("nextDeadline");
                    writer.WriteString("kind", deadline.Kind.Description);
                    CliFormat.WriteDate(writer, "due", deadline.Due);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteNull("nextDeadline");
                }
                writer.WriteBoolean("overdue", row.IsOverdue);
                writer.WriteNumber("daysOverdue", row.IsOverdue ? row.DaysOverdue : 0);
                if (row.NotJudged is { } notJudged)
                {
                    writer.WriteString("notJudged", notJudged.Reason);
                }
                else
                {
                    writer.WriteNull("notJudged");
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        CliFormat.WriteProvenance(writer, "provenance", provenance);
        if (note is null)
        {
            writer.WriteNull("note");
        }
        else
        {
            writer.WriteString("note", note);
        }
        writer.WriteEndObject();
    }

    private static void WriteCounts(TextWriter output, SteeringGroupView view)
    {
        output.WriteLine($"{CliText.Count(view.Rows.Count, "case")}, {view.OverdueCount} overdue"
            + (view.NotJudgedCount > 0 ? $", {view.NotJudgedCount} not judged." : "."));
        var counts = view.CountsByStep.Where(count => count.Count > 0).Select(count => $"{count.Step.Description} {count.Count}");
        output.WriteLine("By step: " + string.Join(", ", counts) + ".");
    }

    /// <summary>The timetables a case is judged by: the caller's one for every case, or each dated one and the cases before the first, which are not judged.</summary>
    private static void WriteTimetables(TextWriter output, ReviewPolicy policy)
    {
        if (policy.TimetableOverride is { } timetable)
        {
            output.WriteLine($"Timetable for every case: {Describe(timetable)} ({timetable.Source})");
            return;
        }
        var entries = policy.Timetables.Entries;
        if (entries.Count == 0)
        {
            output.WriteLine("Timetable: none known; deadlines are not judged");
            return;
        }
        bool defaults = policy.Timetables == ReviewTimetables.Default;
        foreach (var entry in entries)
        {
            output.WriteLine($"Timetable for cases notified from {Iso(entry.InForceFrom)}: {Describe(entry.Timetable)}"
                + (defaults ? " (unconfirmed defaults, from an unconfirmed date: " + entry.Timetable.Source + ")" : " (" + entry.Timetable.Source + ")"));
        }
        output.WriteLine($"Cases notified before {Iso(entries[0].InForceFrom)}: deadlines not judged (no timescales are known for the guidance then in force)");
    }

    private static string Describe(ReviewTimetable timetable) =>
        $"decision within {Describe(timetable.DecisionWithin)} of the notification, completion within {Describe(timetable.CompletionWithin)} of the decision";

    private static string Line(IReadOnlyList<string> cells, int[] widths)
    {
        var padded = cells.Select((cell, i) => i == cells.Count - 1 ? cell : cell.PadRight(widths[i]));
        return string.Join("  ", padded).TrimEnd();
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Days(int days) => CliText.Count(days, "day");

    private static string Describe(Period period)
    {
        var parts = new List<string>();
        if (period.Years != 0)
        {
            parts.Add(CliText.Count(period.Years, "year"));
        }
        if (period.Months != 0)
        {
            parts.Add(CliText.Count(period.Months, "month"));
        }
        if (period.Weeks != 0)
        {
            parts.Add(CliText.Count(period.Weeks, "week"));
        }
        if (period.Days != 0)
        {
            parts.Add(CliText.Count(period.Days, "day"));
        }
        return string.Join(" and ", parts);
    }
}
