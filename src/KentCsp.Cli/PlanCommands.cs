using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp plan [FILE] [--as-at DATE] [--summary]</c>: the actions of an action plan with their RAG ratings, overdue
/// and unreviewed actions first, then the findings; with <c>--summary</c>, only the counts of actions late, unreviewed
/// and at each rating, and of findings by severity. Without a file, the built-in illustration of Kent's 2017/18 plan.
/// Exit code 1 when an action is overdue (an error-level finding).
/// </summary>
internal static class PlanCommands
{
    /// <summary>Exit code when an action is overdue.</summary>
    internal const int ErrorFindings = 1;

    internal static Command Build(IClock clock)
    {
        var file = new Argument<FileInfo?>("file")
        {
            HelpName = "FILE",
            Description = "An action plan document (JSON). Default: the built-in illustration of Kent's 2017/18 action plan.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asAt = CliDates.AsAt("The date to rate progress and judge due dates and reviews on, as YYYY-MM-DD. Default: today in the UK.");
        var summary = CliText.Summary("Print the counts of actions late, unreviewed and at each rating, and of findings, not each action.");
        var plan = new Command("plan", "Print an action plan's actions with their RAG ratings, overdue first, and the findings; exit code 1 if an action is overdue.");
        plan.Arguments.Add(file);
        plan.Options.Add(asAt);
        plan.Options.Add(summary);
        var format = CliFormat.Option();
        plan.Options.Add(format);
        plan.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(asAt), CliDates.AsAtName, clock, error, out var date)
                || !CliFiles.TryRead(parseResult.GetValue(file), KentActionPlans.Illustration2017To18, KentCspJson.DeserializeActionPlan, error, out var actionPlan))
            {
                return KentCspCommand.UsageError;
            }
            var evaluation = ActionPlanRules.Evaluate(actionPlan, date, KentPolicies.ActionPlans);
            if (parseResult.GetValue(format) == OutputFormat.Json)
            {
                CliFormat.Write(output, writer => WriteJson(writer, actionPlan, evaluation, parseResult.GetValue(summary)));
                return evaluation.HasErrors ? ErrorFindings : 0;
            }
            Write(output, actionPlan, evaluation, parseResult.GetValue(summary));
            CliText.WriteProvenance(output, actionPlan.Provenance);
            return evaluation.HasErrors ? ErrorFindings : 0;
        });
        return plan;
    }

    private static void Write(TextWriter output, ActionPlan plan, ActionPlanEvaluation evaluation, bool summary)
    {
        var policy = KentPolicies.ActionPlans;
        output.WriteLine(plan.ToString());
        output.WriteLine($"  {plan.Actions.Count} actions, {plan.Reviews.Count} Working Group reviews; as at {Iso(evaluation.AsAt)}");
        output.WriteLine($"  Review period {policy.ReviewPeriod.Months} months; RAG green at {policy.Rag.GreenFromPercent}% of expected progress or more, red at {policy.Rag.RedAtOrBelowPercent}% or less");
        if (plan.IsIllustration)
        {
            output.WriteLine("  An illustration put together from what the sources say, not the plan itself.");
        }
        output.WriteLine();
        if (summary)
        {
            WriteSummary(output, evaluation);
            return;
        }
        var rows = evaluation.ByUrgency.Select(assessment => (
            Id: assessment.Action.Id,
            Status: assessment.Status.Description,
            Rag: assessment.Rag.Status.Description,
            Progress: assessment.Rag.ProgressPercent + "%",
            Due: assessment.Action.DueOn is { } due ? Iso(due) : "-",
            Reviewed: assessment.LastReviewedOn is { } reviewed ? Iso(reviewed) : "never",
            Flags: string.Join(", ", new[] { assessment.IsOverdue ? "late" : null, assessment.IsNotReviewed ? "unreviewed" : null }.Where(flag => flag is not null)))).ToList();
        int idWidth = Math.Max("ACTION".Length, rows.Count == 0 ? 0 : rows.Max(row => row.Id.Length));
        output.WriteLine($"{"ACTION".PadRight(idWidth)} {"STATUS",-11} {"RAG",-9} {"PROGRESS",-8} {"DUE",-10} {"REVIEWED",-10} FLAGS".TrimEnd());
        foreach (var row in rows)
        {
            output.WriteLine($"{row.Id.PadRight(idWidth)} {row.Status,-11} {row.Rag,-9} {row.Progress,-8} {row.Due,-10} {row.Reviewed,-10} {row.Flags}".TrimEnd());
        }
        output.WriteLine();
        if (evaluation.Findings.Count == 0)
        {
            output.WriteLine("No findings.");
            return;
        }
        foreach (var finding in evaluation.Findings)
        {
            output.WriteLine(finding.ToString());
        }
    }

    // The table's values as one JSON object (docs/cli-json.md, "plan"): the plan, the policy, the counts, and unless
    // summary each action's assessment, most urgent first, and the findings as the library's findings document; then
    // the plan's provenance.
    private static void WriteJson(Utf8JsonWriter writer, ActionPlan plan, ActionPlanEvaluation evaluation, bool summary)
    {
        var policy = KentPolicies.ActionPlans;
        writer.WriteStartObject();
        writer.WriteString("command", "plan");
        writer.WriteString("plan", plan.ToString());
        writer.WriteString("partnershipId", plan.PartnershipId.ToString());
        writer.WriteString("edition", plan.EditionLabel);
        writer.WriteString("year", plan.Year.ToString());
        writer.WriteBoolean("illustration", plan.IsIllustration);
        CliFormat.WriteDate(writer, "asAt", evaluation.AsAt);
        writer.WriteNumber("workingGroupReviews", plan.Reviews.Count);
        writer.WriteStartObject("policy");
        writer.WriteNumber("reviewPeriodMonths", policy.ReviewPeriod.Months);
        CliFormat.WriteFigure(writer, "greenFromPercent", policy.Rag.GreenFromPercent);
        CliFormat.WriteFigure(writer, "redAtOrBelowPercent", policy.Rag.RedAtOrBelowPercent);
        writer.WriteEndObject();
        int late = 0;
        int unreviewed = 0;
        var byRag = new Dictionary<RagStatus, int>();
        foreach (var assessment in evaluation.Assessments)
        {
            late += assessment.IsOverdue ? 1 : 0;
            unreviewed += assessment.IsNotReviewed ? 1 : 0;
            byRag[assessment.Rag.Status] = byRag.TryGetValue(assessment.Rag.Status, out int count) ? count + 1 : 1;
        }
        writer.WriteNumber("actions", evaluation.Assessments.Count);
        writer.WriteNumber("late", late);
        writer.WriteNumber("unreviewed", unreviewed);
        writer.WriteStartArray("byRag");
        foreach (var status in RagStatus.All.Where(byRag.ContainsKey))
        {
            writer.WriteStartObject();
            writer.WriteString("rag", status.Description);
            writer.WriteNumber("count", byRag[status]);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        CliFormat.WriteSeverityCounts(writer, "counts", evaluation.Findings);
        if (!summary)
        {
            writer.WriteStartArray("assessments");
            foreach (var assessment in evaluation.ByUrgency)
            {
                writer.WriteStartObject();
                writer.WriteString("action", assessment.Action.Id);
                writer.WriteString("status", assessment.Status.Description);
                writer.WriteString("rag", assessment.Rag.Status.Description);
                writer.WriteNumber("progressPercent", assessment.Rag.ProgressPercent);
                CliFormat.WriteDate(writer, "due", assessment.Action.DueOn);
                CliFormat.WriteDate(writer, "lastReviewed", assessment.LastReviewedOn);
                writer.WriteBoolean("late", assessment.IsOverdue);
                writer.WriteBoolean("unreviewed", assessment.IsNotReviewed);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WritePropertyName("findings");
            CliFormat.WriteDocument(writer, KentCspJson.SerializeToUtf8Bytes(evaluation.Findings));
        }
        CliFormat.WriteProvenance(writer, "provenance", plan.Provenance);
        writer.WriteEndObject();
    }

    // The counts alone, each in one pass over the assessments or findings: as many lines whatever the plan's size.
    private static void WriteSummary(TextWriter output, ActionPlanEvaluation evaluation)
    {
        var assessments = evaluation.Assessments;
        int late = 0;
        int unreviewed = 0;
        var byRag = new Dictionary<RagStatus, int>();
        foreach (var assessment in assessments)
        {
            late += assessment.IsOverdue ? 1 : 0;
            unreviewed += assessment.IsNotReviewed ? 1 : 0;
            byRag[assessment.Rag.Status] = byRag.TryGetValue(assessment.Rag.Status, out int count) ? count + 1 : 1;
        }
        output.WriteLine($"{CliText.Count(assessments.Count, "action")}: {late} late, {unreviewed} unreviewed.");
        if (byRag.Count > 0)
        {
            output.WriteLine("By RAG: " + string.Join(", ", RagStatus.All.Where(byRag.ContainsKey).Select(status => $"{status.Description} {byRag[status]}")) + ".");
        }
        output.WriteLine(evaluation.Findings.Count == 0 ? "Findings: none." : "Findings: " + CliText.Totals(evaluation.Findings));
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
