using System;
using System.Linq;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;
using static KentCsp.Domain.Tests.TestSupport.ActionPlanBuilders;

namespace KentCsp.Domain.Tests.ActionPlans;

public class ActionPlanRulesTest
{
    [Fact]
    public void Evaluate_PastDueNotComplete_ReportsPlan001()
    {
        var plan = Plan(Action("late", dueOn: new LocalDate(2017, 9, 30)));
        var evaluation = ActionPlanRules.Evaluate(plan, new LocalDate(2017, 10, 10), KentPolicies.ActionPlans);
        var finding = evaluation.Findings.First();
        Assert.Equal("PLAN-001", finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("actions[late]", finding.Subject);
        Assert.Equal("'Action late' was due on 2017-09-30, 10 days before 2017-10-10, and is in progress.", finding.Message);
        Assert.Equal(plan.Source, finding.Source);
        Assert.True(evaluation.Assessments[0].IsOverdue);
        Assert.True(evaluation.HasErrors);
    }

    [Fact]
    public void Evaluate_OnTheDueDate_IsNotOverdue()
    {
        var evaluation = ActionPlanRules.Evaluate(Plan(Action("a", dueOn: new LocalDate(2017, 9, 30))), new LocalDate(2017, 9, 30), KentPolicies.ActionPlans);
        Assert.False(evaluation.Assessments[0].IsOverdue);
    }

    [Fact]
    public void Evaluate_CompleteBeforeTheDate_IsNotOverdue()
    {
        var action = Action("done", dueOn: new LocalDate(2017, 9, 30), history:
            [new StatusChange(Start, ActionStatus.InProgress), new StatusChange(new LocalDate(2017, 9, 1), ActionStatus.Complete)]);
        var evaluation = ActionPlanRules.Evaluate(Plan(action), new LocalDate(2017, 12, 1), KentPolicies.ActionPlans);
        Assert.Empty(evaluation.Findings);
        Assert.Equal(RagStatus.Green, evaluation.Assessments[0].Rag.Status);
    }

    [Fact]
    public void Evaluate_AsAtAnEarlierDate_IgnoresLaterStatusChangesAndReviews()
    {
        var action = Action("done", dueOn: new LocalDate(2017, 9, 30), history:
            [new StatusChange(Start, ActionStatus.InProgress), new StatusChange(new LocalDate(2017, 11, 1), ActionStatus.Complete)]);
        var plan = Plan(action).Review(new WorkingGroupReview(new LocalDate(2017, 11, 1), [new ActionUpdate("done", "Delivered.", 100, null)])).Changed();
        var evaluation = ActionPlanRules.Evaluate(plan, new LocalDate(2017, 10, 15), KentPolicies.ActionPlans);
        Assert.True(evaluation.Assessments[0].IsOverdue);
        Assert.Equal(ActionStatus.InProgress, evaluation.Assessments[0].Status);
        Assert.Equal(0, evaluation.Assessments[0].Rag.ProgressPercent);
        Assert.Null(evaluation.Assessments[0].LastReviewedOn);
    }

    [Fact]
    public void Evaluate_NoReviewWithinTheQuarter_ReportsPlan002()
    {
        var plan = Plan(Action("a", dueOn: new LocalDate(2018, 3, 31)))
            .Review(new WorkingGroupReview(new LocalDate(2017, 6, 1), [new ActionUpdate("a", "Started.", 20, null)])).Changed();
        var policy = KentPolicies.ActionPlans;
        Assert.DoesNotContain(ActionPlanRules.Evaluate(plan, new LocalDate(2017, 9, 1), policy).Findings, finding => finding.RuleId == "PLAN-002");
        var finding = Assert.Single(ActionPlanRules.Evaluate(plan, new LocalDate(2017, 9, 2), policy).Findings, finding => finding.RuleId == "PLAN-002");
        Assert.Equal("'Action a' is in progress but was last updated at the review of 2017-06-01; the review period is 3 months.", finding.Message);
        Assert.Equal(policy.ReviewSource, finding.Source);
    }

    [Fact]
    public void Evaluate_NeverReviewed_CountsFromTheStart()
    {
        var plan = Plan(Action("a"));
        Assert.False(ActionPlanRules.Evaluate(plan, new LocalDate(2017, 7, 1), KentPolicies.ActionPlans).Assessments[0].IsNotReviewed);
        Assert.True(ActionPlanRules.Evaluate(plan, new LocalDate(2017, 7, 2), KentPolicies.ActionPlans).Assessments[0].IsNotReviewed);
    }

    [Fact]
    public void Evaluate_ReviewPeriodConfigured_IsUsed()
    {
        var policy = KentPolicies.ActionPlans.WithReviewPeriod(Period.FromWeeks(2));
        Assert.True(ActionPlanRules.Evaluate(Plan(Action("a")), new LocalDate(2017, 4, 16), policy).Assessments[0].IsNotReviewed);
        Assert.Equal("period", Assert.Throws<ArgumentRefusedException>(() => policy.WithReviewPeriod(Period.Zero)).ParamName);
    }

    [Fact]
    public void Evaluate_RedAndAmber_ReportPlan003AndPlan004WithFigures()
    {
        var plan = Plan(Action("red", dueOn: Start.PlusDays(100)), Action("amber", dueOn: Start.PlusDays(100)))
            .Review(new WorkingGroupReview(Start.PlusDays(40), [new ActionUpdate("red", "Slow.", 20, null), new ActionUpdate("amber", "Behind.", 80, null)])).Changed();
        var evaluation = ActionPlanRules.Evaluate(plan, Start.PlusDays(100), KentPolicies.ActionPlans);
        var red = Assert.Single(evaluation.Findings, finding => finding.RuleId == "PLAN-003");
        Assert.Equal("actions[red]", red.Subject);
        Assert.Equal(["progress = 20%", "expected = 100%", "of expected = 20%"], red.Figures.Select(figure => figure.ToString()));
        var amber = Assert.Single(evaluation.Findings, finding => finding.RuleId == "PLAN-004");
        Assert.Equal(FindingSeverity.Information, amber.Severity);
        Assert.Equal(["red", "amber"], evaluation.ByUrgency.Select(assessment => assessment.Action.Id));
    }

    [Fact]
    public void ByUrgency_LateThenUnreviewedThenByRating()
    {
        var plan = Plan(
            Action("ongoing"),
            Action("green", dueOn: new LocalDate(2018, 3, 31)),
            Action("late", dueOn: new LocalDate(2017, 5, 1)),
            Action("unreviewed", dueOn: new LocalDate(2018, 3, 31), startOn: new LocalDate(2017, 5, 1)))
            .Review(new WorkingGroupReview(new LocalDate(2017, 9, 1), [new ActionUpdate("green", "On track.", 60, null), new ActionUpdate("ongoing", "Continuing.", 50, null)])).Changed();
        var evaluation = ActionPlanRules.Evaluate(plan, new LocalDate(2017, 9, 15), KentPolicies.ActionPlans);
        Assert.Equal(["late", "unreviewed", "green", "ongoing"], evaluation.ByUrgency.Select(assessment => assessment.Action.Id));
        Assert.Equal(["PLAN-001", "PLAN-002", "PLAN-002", "PLAN-003", "PLAN-003"], evaluation.Findings.Select(finding => finding.RuleId));
    }

    [Fact]
    public void ByUrgency_IsSortedOnceAndTheSameListEachTime()
    {
        var plan = Plan(Action("ongoing"), Action("late", dueOn: new LocalDate(2017, 5, 1)));
        var evaluation = ActionPlanRules.Evaluate(plan, new LocalDate(2017, 9, 15), KentPolicies.ActionPlans);
        var first = evaluation.ByUrgency;
        Assert.Same(first, evaluation.ByUrgency);
        Assert.Equal(["late", "ongoing"], first.Select(assessment => assessment.Action.Id));
    }

    [Fact]
    public void Rules_HaveStableIds()
    {
        Assert.Equal(["PLAN-001", "PLAN-002", "PLAN-003", "PLAN-004"], ActionPlanRule.All.Select(rule => rule.Id));
    }
}
