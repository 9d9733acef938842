using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.ActionPlans;

/// <summary>
/// Evaluates an action plan on a date: each action's status and RAG rating, overdue actions (PLAN-001), actions not
/// reviewed within the policy's period (PLAN-002), and red and amber ratings (PLAN-003, PLAN-004).
/// </summary>
/// <remarks>
/// <para>The date is always explicit; nothing reads a clock. Only reviews and status changes dated on or before it
/// count, so a plan can be evaluated as it stood on an earlier date.</para>
/// <para>An action is overdue when it has a due date before the date and its status on the date is neither complete
/// nor removed. An open action that has started is not reviewed when its last review update (or, never reviewed, its
/// start date) plus <see cref="ActionPlanPolicy.ReviewPeriod"/> is before the date.</para>
/// <para>Findings about dates cite the plan's source; not-reviewed findings cite
/// <see cref="ActionPlanPolicy.ReviewSource"/>; RAG findings cite <see cref="RagPolicy.Source"/>.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class ActionPlanRules
{
    /// <summary>Evaluates a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asAt">The date to evaluate on.</param>
    /// <param name="policy">The policy, e.g. <c>KentPolicies.ActionPlans</c>.</param>
    /// <returns>The assessments and findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="asAt"/> is outside <see cref="SupportedDates"/>.</exception>
    public static ActionPlanEvaluation Evaluate(ActionPlan plan, LocalDate asAt, ActionPlanPolicy policy)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(policy);
        SupportedDates.Check(asAt, nameof(asAt));
        var assessments = new ActionAssessment[plan.Actions.Count];
        var findings = new List<(ActionPlanRule Rule, int Index, Finding Finding)>();
        for (int i = 0; i < assessments.Length; i++)
        {
            var action = plan.Actions[i];
            var status = action.StatusOn(asAt);
            int progress = 0;
            LocalDate? lastReviewed = null;
            foreach (var review in plan.Reviews)
            {
                if (review.HeldOn > asAt)
                {
                    break;
                }
                foreach (var update in review.Updates)
                {
                    if (string.Equals(update.ActionId, action.Id, StringComparison.Ordinal))
                    {
                        progress = update.ProgressPercent;
                        lastReviewed = review.HeldOn;
                    }
                }
            }
            var rating = policy.Rag.Rate(action, status, progress, asAt);
            bool overdue = action.DueOn is { } due && asAt > due && !status.IsClosed;
            var reviewedFrom = lastReviewed ?? action.StartOn;
            // A review falling due past the end of the calendar is not yet due.
            bool notReviewed = !status.IsClosed && asAt >= action.StartOn && Dates.PlusOrNull(reviewedFrom, policy.ReviewPeriod) is { } reviewDue && reviewDue < asAt;
            assessments[i] = new ActionAssessment(action, status, rating, lastReviewed, overdue, notReviewed);

            string subject = $"actions[{action.Id}]";
            if (overdue)
            {
                var dueOn = action.DueOn!.Value;
                int days = Period.Between(dueOn, asAt, PeriodUnits.Days).Days;
                Add(findings, ActionPlanRule.Overdue, i, subject,
                    $"'{action.Description}' was due on {Dates.Iso(dueOn)}, {days} days before {Dates.Iso(asAt)}, and is {status.Description}.",
                    plan.Source,
                    new FindingFigure("due on", Dates.Iso(dueOn)),
                    new FindingFigure("status", status.Description),
                    new FindingFigure("days overdue", days.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            if (notReviewed)
            {
                string last = lastReviewed is { } on ? $"last updated at the review of {Dates.Iso(on)}" : $"never updated at a review since it started on {Dates.Iso(action.StartOn)}";
                Add(findings, ActionPlanRule.NotReviewed, i, subject,
                    $"'{action.Description}' is {status.Description} but was {last}; the review period is {Dates.Describe(policy.ReviewPeriod)}.",
                    policy.ReviewSource,
                    new FindingFigure("last review", lastReviewed is { } reviewed ? Dates.Iso(reviewed) : "none"),
                    new FindingFigure("review period", Dates.Describe(policy.ReviewPeriod)));
            }
            if (rating.Status == RagStatus.Red || rating.Status == RagStatus.Amber)
            {
                var rule = rating.Status == RagStatus.Red ? ActionPlanRule.RatedRed : ActionPlanRule.RatedAmber;
                var figures = new List<FindingFigure> { new("progress", progress.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%") };
                if (rating.ExpectedPercent is { } expected)
                {
                    figures.Add(new FindingFigure("expected", expected.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%"));
                }
                if (rating.RatioPercent is { } ratio)
                {
                    figures.Add(new FindingFigure("of expected", ratio.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%"));
                }
                Add(findings, rule, i, subject, $"'{action.Description}' is {rating.Status.Description}: {rating.Explanation}.", policy.Rag.Source, [.. figures]);
            }
        }
        var ordered = findings.OrderBy(entry => entry.Rule.Value).ThenBy(entry => entry.Index).Select(entry => entry.Finding).ToArray();
        return new ActionPlanEvaluation(asAt, assessments, ordered);
    }

    private static void Add(List<(ActionPlanRule, int, Finding)> findings, ActionPlanRule rule, int index, string subject, string message, SourceDocument source, params FindingFigure[] figures) =>
        findings.Add((rule, index, Finding.Own(rule.Id, rule.Severity, subject, message, figures, source)));
}
