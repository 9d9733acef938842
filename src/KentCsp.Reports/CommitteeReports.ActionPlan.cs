using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.ActionPlans;
using NodaTime;
using static KentCsp.Reports.TemplateModel;

namespace KentCsp.Reports;

public sealed partial class CommitteeReports
{
    /// <summary>
    /// The action plan paper: the actions of each priority with their RAG rating, overdue and unreviewed actions first
    /// (the order of <see cref="ActionPlanEvaluation.ByUrgency"/>), each with its status history up to
    /// <paramref name="asAt"/>; a chart of the count of actions at each RAG rating; and the findings.
    /// </summary>
    /// <param name="plan">The action plan.</param>
    /// <param name="policy">The policy the actions are rated by (review period, RAG thresholds).</param>
    /// <param name="asAt">The date to rate progress and judge due dates and reviews on.</param>
    /// <returns>The paper, one HTML page.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> or <paramref name="policy"/> is null.</exception>
    public string ActionPlan(ActionPlan plan, ActionPlanPolicy policy, LocalDate asAt)
    {
        CheckNotNull(plan, nameof(plan));
        CheckNotNull(policy, nameof(policy));
        var evaluation = ActionPlanRules.Evaluate(plan, asAt, policy);
        var sources = new Sources();
        sources.Add(plan.Source);
        sources.Add(plan.Provenance);
        sources.Add(policy.ReviewSource);

        var priorityIds = plan.Priorities.Select(priority => priority.PriorityId)
            .Concat(evaluation.ByUrgency.Select(assessment => assessment.Action.PriorityId))
            .Distinct()
            .ToList();
        var priorities = priorityIds.Select(id =>
        {
            var priority = plan.Priorities.FirstOrDefault(candidate => candidate.PriorityId == id);
            return new Node
            {
                ["id"] = id,
                ["aim"] = priority?.Aim,
                ["outcomes"] = priority?.Outcomes.ToList() ?? new List<string>(),
                ["actions"] = evaluation.ByUrgency.Where(assessment => assessment.Action.PriorityId == id).Select(assessment => ActionRow(assessment, asAt)).ToList(),
            };
        }).ToList();

        var ragCounts = RagStatus.All
            .Select(status => new ChartPoint(Capitalise(status.Description), evaluation.Assessments.Count(assessment => assessment.Rag.Status == status),
                evaluation.Assessments.Count(assessment => assessment.Rag.Status == status).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "rag-" + status.Name.ToLowerInvariant()))
            .ToList();
        var body = new Node
        {
            ["plan"] = plan.ToString(),
            ["year"] = plan.Year.ToString(),
            ["edition"] = plan.EditionLabel,
            ["action_count"] = plan.Actions.Count,
            ["review_count"] = plan.Reviews.Count,
            ["review_period"] = Count(policy.ReviewPeriod.Months, "month"),
            ["green_from"] = policy.Rag.GreenFromPercent,
            ["red_at_or_below"] = policy.Rag.RedAtOrBelowPercent,
            ["overdue_count"] = evaluation.Assessments.Count(assessment => assessment.IsOverdue),
            ["unreviewed_count"] = evaluation.Assessments.Count(assessment => assessment.IsNotReviewed),
            ["is_illustration"] = plan.IsIllustration,
            ["chart_rag"] = plan.Actions.Count == 0 ? null : Charts.Bars("rag-counts", "Actions by RAG rating", "RAG rating", "Actions", ragCounts),
            ["priorities"] = priorities,
            ["findings"] = FindingRows(evaluation.Findings, sources),
        };
        return Page(ReportTemplates.ActionPlan, "Action plan " + plan.Year, plan.ToString(), asAt, body, new Provenances().Add(plan.Provenance), sources);
    }

    private static Node ActionRow(ActionAssessment assessment, LocalDate asAt)
    {
        var action = assessment.Action;
        var flags = new List<string>();
        if (assessment.IsOverdue)
        {
            flags.Add("overdue");
        }
        if (assessment.IsNotReviewed)
        {
            flags.Add("not reviewed");
        }
        return new Node
        {
            ["id"] = action.Id,
            ["description"] = action.Description,
            ["lead"] = action.Lead,
            ["measure"] = action.Measure,
            ["status"] = assessment.Status.Description,
            ["rag"] = assessment.Rag.Status.Description,
            ["rag_name"] = assessment.Rag.Status.Name.ToLowerInvariant(),
            ["progress"] = assessment.Rag.ProgressPercent + "%",
            ["rag_explanation"] = assessment.Rag.Explanation,
            ["due"] = action.DueOn is { } due ? Date(due) : "none set",
            ["reviewed"] = assessment.LastReviewedOn is { } reviewed ? Date(reviewed) : "never",
            ["flags"] = flags,
            ["history"] = action.StatusHistory.Where(change => change.On <= asAt)
                .Select(change => new Node { ["on"] = Date(change.On), ["status"] = change.Status.Description }).ToList(),
        };
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
