using System;
using System.Linq;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Kent;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The code shown in docs/action-plans.md; each test runs one snippet and checks what the page says it does.</summary>
public class ActionPlanSnippets
{
    [Fact]
    public void BuildReviewEvaluate()
    {
        #region action-plan-build
        var start = new LocalDate(2017, 4, 1);
        var conference = new PlanAction(
            "conference-2017", "serious-and-organised-crime",
            "Hold the annual Community Safety Conference", "KCSP Working Group", ["Kent Police"],
            "Conference held; feedback reported to the Working Group",
            startOn: start, dueOn: new LocalDate(2017, 11, 7),
            milestones: [new ActionMilestone("Venue booked", new LocalDate(2017, 6, 30))],
            statusHistory: [new StatusChange(start, ActionStatus.InProgress)],
            themeIds: ["early-intervention"],
            fundedProjects: []);
        var plan = ActionPlan.For(
            KentData.CommunitySafetyAgreement2017, new FinancialYear(2017),
            [new PriorityPlan("serious-and-organised-crime", "Protect vulnerable people from organised crime", ["Partners trained"])],
            [conference],
            new SourceDocument("Community Safety Agreement action plan 2017/18"));
        #endregion

        #region action-plan-review
        var reviewed = plan.Review(new WorkingGroupReview(new LocalDate(2017, 10, 10),
            [new ActionUpdate("conference-2017", "Programme agreed; bookings open.", progressPercent: 75, newStatus: null)]));
        plan = reviewed.Match(
            changed => changed.Plan,
            refused => throw new InvalidOperationException(refused.Message)); // e.g. a review dated before the last one

        var evaluation = ActionPlanRules.Evaluate(plan, asAt: new LocalDate(2017, 10, 20), KentPolicies.ActionPlans);
        foreach (var assessment in evaluation.ByUrgency)
        {
            Console.WriteLine($"{assessment.Action.Id}: {assessment.Rag}");
            // conference-2017: amber: progress 75% against 91.8% expected (day 202 of 220, 2017-04-01 to 2017-11-07):
            // 81.7% of expected; green at 90% or more, red at 70% or less
        }
        #endregion
        Assert.Equal(RagStatus.Amber, evaluation.Assessments[0].Rag.Status);
        Assert.StartsWith("amber: progress 75% against 91.8% expected (day 202 of 220, 2017-04-01 to 2017-11-07): 81.7% of expected", evaluation.Assessments[0].Rag.ToString());

        #region action-plan-refresh
        var done = plan.Review(new WorkingGroupReview(new LocalDate(2017, 11, 20),
            [new ActionUpdate("conference-2017", "Held on 7 November.", 100, ActionStatus.Complete)])).Plan;
        var next = done.Refresh(new FinancialYear(2018), newActions: [], new SourceDocument("Community Safety Agreement action plan 2018/19"));
        foreach (var entry in next.Refreshed!.Entries)
        {
            Console.WriteLine(entry); // conference-2017 dropped: complete: completed actions are removed from the 2018/19 plan
        }
        #endregion
        Assert.Empty(next.Actions);
        Assert.Equal("conference-2017 dropped: complete: completed actions are removed from the 2018/19 plan", next.Refreshed.Entries.Single().ToString());
    }

    [Fact]
    public void ReopenRefused()
    {
        var plan = Builders();
        #region action-plan-refusal
        var reopened = plan.Review(new WorkingGroupReview(new LocalDate(2017, 12, 1),
            [new ActionUpdate("conference-2017", "Postponed?", 0, ActionStatus.NotStarted)]));
        if (reopened.TryPickT1(out var refused, out _))
        {
            Console.WriteLine($"{refused.Reason}: {refused.Message}");
            // StatusChangeNotAllowed: Action plan 2017/18 for Community Safety Agreement 2017: cannot record the review
            // of 2017-12-01: conference-2017: cannot change the status from 'in progress' to 'not started': after
            // 'in progress' the status may be in progress, ongoing, complete or removed.
        }
        #endregion
        Assert.Equal(ActionPlanRefusalReason.StatusChangeNotAllowed, refused.Reason);
        Assert.Equal("Action plan 2017/18 for Community Safety Agreement 2017: cannot record the review of 2017-12-01: conference-2017: cannot change the status from 'in progress' to 'not started': after 'in progress' the status may be in progress, ongoing, complete or removed.", refused.Message);
    }

    private static ActionPlan Builders()
    {
        var start = new LocalDate(2017, 4, 1);
        var conference = new PlanAction(
            "conference-2017", "serious-and-organised-crime", "Hold the annual Community Safety Conference", "KCSP Working Group", ["Kent Police"],
            "Conference held", start, new LocalDate(2017, 11, 7), [],
            [new StatusChange(start, ActionStatus.InProgress)], [], []);
        return ActionPlan.For(
            KentData.CommunitySafetyAgreement2017, new FinancialYear(2017),
            [new PriorityPlan("serious-and-organised-crime", "Protect vulnerable people from organised crime", ["Partners trained"])],
            [conference], new SourceDocument("Community Safety Agreement action plan 2017/18"));
    }

    [Fact]
    public void Policy()
    {
        #region action-plan-policy
        var policy = KentPolicies.ActionPlans
            .WithReviewPeriod(Period.FromWeeks(8))
            .WithRag(RagPolicy.Default.WithThresholds(greenFromPercent: 95m, redAtOrBelowPercent: 75m))
            .WithStatusTransitions(ActionStatusTransitions.Default.Forbidding(ActionStatus.Ongoing, ActionStatus.InProgress));
        #endregion
        Assert.False(policy.StatusTransitions.Allows(ActionStatus.Ongoing, ActionStatus.InProgress));
        Assert.Equal(75m, policy.Rag.RedAtOrBelowPercent);
    }
}
