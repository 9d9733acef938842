using System;
using System.Linq;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;
using static KentCsp.Domain.Tests.TestSupport.ActionPlanBuilders;

namespace KentCsp.Domain.Tests.ActionPlans;

public class ActionPlanTest
{
    private static readonly SourceDocument Source = new("Test plan");

    [Fact]
    public void For_Edition_TakesPartnershipAndLabel()
    {
        var plan = Plan(Action("a"));
        Assert.Equal(KentData.KcspId, plan.PartnershipId);
        Assert.Equal("2017", plan.EditionLabel);
        Assert.Equal(new FinancialYear(2017), plan.Year);
        Assert.False(plan.IsIllustration);
        Assert.Null(plan.Refreshed);
    }

    [Fact]
    public void For_ActionThemeNotInEdition_ThrowsNamingTheField()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Plan(Action("a", themes: ["mental-health-and-wellbeing"])));
        Assert.Equal("actions[0].themeIds[0]", exception.ParamName);
        Assert.Contains("'mental-health-and-wellbeing' is not a cross-cutting theme of Community Safety Agreement 2017", exception.Message);
    }

    [Fact]
    public void For_PriorityNotInEdition_ThrowsNamingTheField()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => ActionPlan.For(
            KentData.CommunitySafetyAgreement2017, new FinancialYear(2017), [Priority("violence-against-women-and-girls")], [], Source));
        Assert.Equal("priorities[0].priorityId", exception.ParamName);
    }

    [Fact]
    public void Constructor_ActionWithoutPriorityPlan_ThrowsNamingTheField()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Plan(Action("a", priorityId: "substance-misuse")));
        Assert.Equal("actions[0].priorityId", exception.ParamName);
    }

    [Fact]
    public void Constructor_DuplicateActionIds_ThrowsNamingTheField()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Plan(Action("a"), Action("b"), Action("a")));
        Assert.Equal("actions[2].id", exception.ParamName);
        Assert.Contains("repeats 'a'", exception.Message);
    }

    [Fact]
    public void Action_DueBeforeStart_ThrowsNamingTheField()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Action("a", dueOn: Start.PlusDays(-1)));
        Assert.Equal("dueOn", exception.ParamName);
        Assert.Contains("(2017-03-31) must not be before the action starts (2017-04-01)", exception.Message);
    }

    [Fact]
    public void Action_StatusHistoryGoesBackInTime_ThrowsNamingTheEntry()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Action("a", history:
        [
            new StatusChange(new LocalDate(2017, 5, 1), ActionStatus.NotStarted),
            new StatusChange(new LocalDate(2017, 4, 30), ActionStatus.InProgress),
        ]));
        Assert.Equal("statusHistory[1]", exception.ParamName);
        Assert.Contains("must not go back in time", exception.Message);
    }

    [Fact]
    public void Action_EmptyStatusHistory_Throws()
    {
        Assert.Equal("statusHistory", Assert.Throws<ArgumentRefusedException>(() => Action("a", history: [])).ParamName);
    }

    [Fact]
    public void Action_MilestoneBeforeStart_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new PlanAction("a", "domestic-abuse", "d", "l", [], "m", Start, null,
            [new ActionMilestone("early", Start.PlusDays(-1))], [new StatusChange(Start, ActionStatus.NotStarted)], [], []));
        Assert.Equal("milestones[0]", exception.ParamName);
    }

    [Fact]
    public void Action_StatusOn_ReadsTheHistoryAsAtTheDate()
    {
        var action = Action("a", history:
        [
            new StatusChange(new LocalDate(2017, 5, 1), ActionStatus.InProgress),
            new StatusChange(new LocalDate(2017, 9, 1), ActionStatus.Complete),
        ]);
        Assert.Equal(ActionStatus.NotStarted, action.StatusOn(new LocalDate(2017, 4, 30)));
        Assert.Equal(ActionStatus.InProgress, action.StatusOn(new LocalDate(2017, 8, 31)));
        Assert.Equal(ActionStatus.Complete, action.StatusOn(new LocalDate(2017, 9, 1)));
        Assert.Equal(ActionStatus.Complete, action.Status);
    }

    [Fact]
    public void Review_StatusChange_IsAddedToTheActionsHistory()
    {
        var plan = Plan(Action("a")).Review(new WorkingGroupReview(new LocalDate(2017, 10, 1), [new ActionUpdate("a", "Done.", 100, ActionStatus.Complete)])).Changed();
        Assert.True(plan.TryGetAction("a", out var action));
        Assert.Equal(ActionStatus.Complete, action!.Status);
        Assert.Equal(new LocalDate(2017, 10, 1), action.StatusHistory[1].On);
        Assert.Single(plan.Reviews);
    }

    [Fact]
    public void Review_UnknownAction_IsRefused()
    {
        var plan = Plan(Action("a"));
        var refused = plan.Review(new WorkingGroupReview(new LocalDate(2017, 10, 1), [new ActionUpdate("b", "?", 0, null)])).Refused();
        Assert.Equal(ActionPlanRefusalReason.UnknownAction, refused.Reason);
        Assert.Same(plan, refused.Plan);
        Assert.Equal("Action plan 2017/18 for Community Safety Agreement 2017: cannot record the review of 2017-10-01: update 1 is for 'b', which is not an action of this plan.", refused.Message);
    }

    [Fact]
    public void Review_ManyActions_ChangesEachNamedActionAndNoOther()
    {
        var plan = Plan(Enumerable.Range(0, 60).Select(i => Action("a" + i)).ToArray());
        var reviewed = plan.Review(new WorkingGroupReview(new LocalDate(2017, 10, 1),
        [
            new ActionUpdate("a59", "Done.", 100, ActionStatus.Complete),
            new ActionUpdate("a0", "Dropped.", 0, ActionStatus.Removed),
            new ActionUpdate("a30", "Continuing.", 50, null),
            new ActionUpdate("a31", "Continuing.", 50, ActionStatus.Ongoing),
        ])).Changed();
        Assert.Equal(60, reviewed.Actions.Count);
        Assert.Equal(ActionStatus.Complete, reviewed.Actions[59].Status);
        Assert.Equal(ActionStatus.Removed, reviewed.Actions[0].Status);
        Assert.Equal(ActionStatus.Ongoing, reviewed.Actions[31].Status);
        Assert.Equal(
            Enumerable.Range(0, 60).Where(i => i is not (0 or 31 or 59)).Select(i => plan.Actions[i]),
            Enumerable.Range(0, 60).Where(i => i is not (0 or 31 or 59)).Select(i => reviewed.Actions[i]));
        Assert.Equal(["a" + 0, "a" + 1], reviewed.Actions.Take(2).Select(action => action.Id));

        var refused = reviewed.Review(new WorkingGroupReview(new LocalDate(2017, 11, 1),
            [new ActionUpdate("a1", "x", 10, null), new ActionUpdate("a2", "x", 10, ActionStatus.Ongoing), new ActionUpdate("a60", "?", 0, null)])).Refused();
        Assert.Equal(ActionPlanRefusalReason.UnknownAction, refused.Reason);
        Assert.EndsWith("cannot record the review of 2017-11-01: update 3 is for 'a60', which is not an action of this plan.", refused.Message);
        Assert.Same(reviewed, refused.Plan);
    }

    [Fact]
    public void Review_NotAfterTheLastReview_IsRefused()
    {
        var plan = Plan(Action("a")).Review(new WorkingGroupReview(new LocalDate(2017, 10, 1), [])).Changed();
        var change = plan.Review(new WorkingGroupReview(new LocalDate(2017, 10, 1), []));
        Assert.False(change.IsChanged);
        Assert.Same(plan, change.Plan);
        Assert.Equal(ActionPlanRefusalReason.ReviewOutOfOrder, change.Refused().Reason);
        Assert.EndsWith("it is not after the last review (2017-10-01); reviews are recorded in date order, at most one a day.", change.Refused().Message);
    }

    [Fact]
    public void Review_StatusChangeBeforeTheLastChange_IsRefused()
    {
        var plan = Plan(Action("a", history: [new StatusChange(new LocalDate(2017, 9, 1), ActionStatus.InProgress)]));
        var refused = plan.Review(new WorkingGroupReview(new LocalDate(2017, 8, 1), [new ActionUpdate("a", "x", 10, ActionStatus.Ongoing)])).Refused();
        Assert.Equal(ActionPlanRefusalReason.DateOutOfOrder, refused.Reason);
        Assert.Contains("a: cannot change the status to 'ongoing' on 2017-08-01: that is before its last status change (2017-09-01)", refused.Message);
    }

    [Fact]
    public void Review_CompleteToNotStarted_IsRefusedAndNothingIsApplied()
    {
        var plan = Plan(Action("a"), Action("b", history: [new StatusChange(Start, ActionStatus.Complete)]));
        var refused = plan.Review(new WorkingGroupReview(new LocalDate(2017, 10, 1),
            [new ActionUpdate("a", "Done.", 100, ActionStatus.Complete), new ActionUpdate("b", "Again.", 0, ActionStatus.NotStarted)])).Refused();
        Assert.Equal(ActionPlanRefusalReason.StatusChangeNotAllowed, refused.Reason);
        Assert.Equal("Action plan 2017/18 for Community Safety Agreement 2017: cannot record the review of 2017-10-01: b: cannot change the status from 'complete' to 'not started': 'complete' is final: no status may follow it.", refused.Message);
        Assert.Same(plan, refused.Plan);
        Assert.Empty(refused.Plan.Reviews);
        Assert.Equal(ActionStatus.InProgress, refused.Plan.Actions[0].Status);
    }

    [Fact]
    public void Review_WithAStricterTable_RefusesWhatTheDefaultAllows()
    {
        var policy = KentPolicies.ActionPlans.WithStatusTransitions(ActionStatusTransitions.Default.Forbidding(ActionStatus.InProgress, ActionStatus.Removed));
        var review = new WorkingGroupReview(new LocalDate(2017, 10, 1), [new ActionUpdate("a", "Dropped.", 0, ActionStatus.Removed)]);
        Assert.True(Plan(Action("a")).Review(review).IsChanged);
        var refused = Plan(Action("a")).Review(review, policy.StatusTransitions).Refused();
        Assert.Equal(ActionPlanRefusalReason.StatusChangeNotAllowed, refused.Reason);
        Assert.EndsWith("after 'in progress' the status may be in progress, ongoing or complete.", refused.Message);
    }

    [Fact]
    public void WithStatus_CompleteToNotStarted_IsATypedRefusal()
    {
        var complete = Action("a").WithStatus(new StatusChange(new LocalDate(2017, 9, 1), ActionStatus.Complete)).Changed();
        var refused = complete.WithStatus(new StatusChange(new LocalDate(2017, 10, 1), ActionStatus.NotStarted)).Refused();
        Assert.Equal(ActionPlanRefusalReason.StatusChangeNotAllowed, refused.Reason);
        Assert.Same(complete, refused.Action);
        Assert.Equal("refused: a: cannot change the status from 'complete' to 'not started': 'complete' is final: no status may follow it.", refused.ToString());
    }

    [Fact]
    public void WithStatus_Allowed_DescribesTheChange()
    {
        var change = Action("a").WithStatus(new StatusChange(new LocalDate(2017, 9, 1), ActionStatus.Complete));
        Assert.True(change.IsChanged);
        Assert.Equal("a: in progress → complete", change.ToString());
        Assert.Equal(ActionStatus.Complete, change.Action.Status);
    }

    [Fact]
    public void Constructor_HistoryWithAForbiddenChange_ThrowsNamingTheEntry()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Action("a", history:
        [
            new StatusChange(Start, ActionStatus.InProgress),
            new StatusChange(Start.PlusDays(10), ActionStatus.Complete),
            new StatusChange(Start.PlusDays(20), ActionStatus.Removed),
        ]));
        Assert.Equal("statusHistory[2].status", exception.ParamName);
        Assert.StartsWith("statusHistory[2].status 'removed' may not follow 'complete' (statusHistory[1]): 'complete' is final: no status may follow it", exception.Message);
    }

    [Fact]
    public void Update_ProgressOutOfRange_Throws()
    {
        Assert.Equal("progressPercent", Assert.Throws<ArgumentRefusedException>(() => new ActionUpdate("a", "x", 101, null)).ParamName);
        Assert.Equal("progressPercent", Assert.Throws<ArgumentRefusedException>(() => new ActionUpdate("a", "x", -1, null)).ParamName);
    }

    [Fact]
    public void Refresh_CarriesOpenActionsDropsClosedOnesAndAddsNew()
    {
        PlanAction With(string id, ActionStatus status) => Action(id, history: [new StatusChange(Start, status)]);
        var plan = Plan(With("not-started", ActionStatus.NotStarted), With("in-progress", ActionStatus.InProgress), With("ongoing", ActionStatus.Ongoing),
            With("complete", ActionStatus.Complete), With("removed", ActionStatus.Removed))
            .Review(new WorkingGroupReview(new LocalDate(2017, 10, 1), [])).Changed()
            .WithIllustration(true);

        var refreshed = plan.Refresh(new FinancialYear(2018), [Action("new-action")], new SourceDocument("Refreshed plan"));

        Assert.Equal(["not-started", "in-progress", "ongoing", "new-action"], refreshed.Actions.Select(action => action.Id));
        Assert.Equal(new FinancialYear(2018), refreshed.Year);
        Assert.Empty(refreshed.Reviews);
        Assert.True(refreshed.IsIllustration);
        var entries = refreshed.Refreshed!.Entries;
        Assert.Equal(new FinancialYear(2017), refreshed.Refreshed.FromYear);
        Assert.Equal(
            [
                "not-started carried forward: not started: open actions remain in the 2018/19 plan",
                "in-progress carried forward: in progress: open actions remain in the 2018/19 plan",
                "ongoing carried forward: ongoing: open actions remain in the 2018/19 plan",
                "complete dropped: complete: completed actions are removed from the 2018/19 plan",
                "removed dropped: removed: the action was taken out of the plan during 2017/18",
                "new-action added: new in the 2018/19 plan",
            ],
            entries.Select(entry => entry.ToString()));
    }

    [Fact]
    public void Refresh_NewActionRepeatsACarriedOne_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Plan(Action("a")).Refresh(new FinancialYear(2018), [Action("a")], Source));
        Assert.Equal("newActions[0].id", exception.ParamName);
    }

    [Fact]
    public void Refresh_SameYear_Throws()
    {
        Assert.Equal("year", Assert.Throws<ArgumentRefusedException>(() => Plan(Action("a")).Refresh(new FinancialYear(2017), [], Source)).ParamName);
    }

    [Fact]
    public void Equality_EqualPlans_AreEqual()
    {
        EqualityAssert.Contract(EveryMember(), EveryMember(), EveryMember().WithIllustration(false), EveryMember().WithRefresh(null), Plan(Action("a")));
    }
}
