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
        var plan = Plan(Action("a")).Review(new WorkingGroupReview(new LocalDate(2017, 10, 1), [new ActionUpdate("a", "Done.", 100, ActionStatus.Complete)]));
        Assert.True(plan.TryGetAction("a", out var action));
        Assert.Equal(ActionStatus.Complete, action!.Status);
        Assert.Equal(new LocalDate(2017, 10, 1), action.StatusHistory[1].On);
        Assert.Single(plan.Reviews);
    }

    [Fact]
    public void Review_UnknownAction_ThrowsNamingTheField()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Plan(Action("a")).Review(new WorkingGroupReview(new LocalDate(2017, 10, 1), [new ActionUpdate("b", "?", 0, null)])));
        Assert.Equal("review.updates[0].actionId", exception.ParamName);
    }

    [Fact]
    public void Review_NotAfterTheLastReview_ThrowsNamingTheField()
    {
        var plan = Plan(Action("a")).Review(new WorkingGroupReview(new LocalDate(2017, 10, 1), []));
        var exception = Assert.Throws<ArgumentRefusedException>(() => plan.Review(new WorkingGroupReview(new LocalDate(2017, 10, 1), [])));
        Assert.Equal("reviews[1].heldOn", exception.ParamName);
    }

    [Fact]
    public void Review_StatusChangeBeforeTheLastChange_Throws()
    {
        var plan = Plan(Action("a", history: [new StatusChange(new LocalDate(2017, 9, 1), ActionStatus.InProgress)]));
        var exception = Assert.Throws<ArgumentRefusedException>(() => plan.Review(new WorkingGroupReview(new LocalDate(2017, 8, 1), [new ActionUpdate("a", "x", 10, ActionStatus.Ongoing)])));
        Assert.Equal("review.updates[0].newStatus", exception.ParamName);
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
            .Review(new WorkingGroupReview(new LocalDate(2017, 10, 1), []))
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
