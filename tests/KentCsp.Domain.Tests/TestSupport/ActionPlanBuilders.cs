using System.Collections.Generic;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Kent;
using NodaTime;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>Small action plans for tests.</summary>
internal static class ActionPlanBuilders
{
    public static readonly LocalDate Start = new(2017, 4, 1);

    public static PlanAction Action(
        string id,
        LocalDate? startOn = null,
        LocalDate? dueOn = null,
        string priorityId = "domestic-abuse",
        IEnumerable<StatusChange>? history = null,
        IEnumerable<string>? themes = null) =>
        new(
            id,
            priorityId,
            "Action " + id,
            "KCC Community Safety Team",
            ["Kent Police"],
            "Reported to the Working Group",
            startOn ?? Start,
            dueOn,
            [],
            history ?? [new StatusChange(startOn ?? Start, ActionStatus.InProgress)],
            themes ?? [],
            []);

    /// <summary>The changed plan; fails the test with the refusal's message if the change was refused.</summary>
    public static ActionPlan Changed(this ActionPlanChange change) =>
        change.Match(changed => changed.Plan, refused => throw new Xunit.Sdk.XunitException("unexpected refusal: " + refused.Message));

    /// <summary>The refusal; fails the test if the change was made.</summary>
    public static ActionPlanRefused Refused(this ActionPlanChange change) =>
        change.Match(changed => throw new Xunit.Sdk.XunitException("unexpected change: " + changed), refused => refused);

    /// <summary>The changed action; fails the test with the refusal's message if the change was refused.</summary>
    public static PlanAction Changed(this PlanActionChange change) =>
        change.Match(changed => changed.Action, refused => throw new Xunit.Sdk.XunitException("unexpected refusal: " + refused.Message));

    /// <summary>The refusal; fails the test if the change was made.</summary>
    public static PlanActionRefused Refused(this PlanActionChange change) =>
        change.Match(changed => throw new Xunit.Sdk.XunitException("unexpected change: " + changed), refused => refused);

    public static PriorityPlan Priority(string id = "domestic-abuse") => new(id, "Aim for " + id, ["Outcome for " + id]);

    public static ActionPlan Plan(params PlanAction[] actions) =>
        ActionPlan.For(KentData.CommunitySafetyAgreement2017, new FinancialYear(2017), [Priority(), Priority("road-safety")], actions, new SourceDocument("Test plan"));

    /// <summary>A plan with every member set: milestones, partners, themes, funded projects, reviews and a refresh record.</summary>
    public static ActionPlan EveryMember()
    {
        var conference = new PlanAction(
            "conference-2017",
            "domestic-abuse",
            "Hold the annual community safety conference",
            "Kent Fire and Rescue Service",
            ["KCC Community Safety Team", "Kent Police"],
            "Attendance and feedback, reported to the Working Group",
            new LocalDate(2017, 4, 1),
            new LocalDate(2017, 11, 7),
            [new ActionMilestone("Venue booked", new LocalDate(2017, 6, 30)), new ActionMilestone("Conference held", new LocalDate(2017, 11, 7))],
            [new StatusChange(new LocalDate(2017, 4, 1), ActionStatus.NotStarted), new StatusChange(new LocalDate(2017, 5, 2), ActionStatus.InProgress)],
            ["early-intervention"],
            [new FundedProjectLink("kcsp-2017-18", "online-safety-workshops")]);
        var dhr = new PlanAction(
            "domestic-homicide-reviews",
            "domestic-abuse",
            "Commission and oversee Domestic Homicide Reviews",
            "KCC Community Safety Team",
            [],
            "DHR Steering Group reports to the partnership",
            new LocalDate(2017, 4, 1),
            null,
            [],
            [new StatusChange(new LocalDate(2017, 4, 1), ActionStatus.Ongoing)],
            ["reoffending-and-victims", "quality-of-life"],
            []);
        var plan = ActionPlan.For(
            KentData.CommunitySafetyAgreement2017,
            new FinancialYear(2017),
            [new PriorityPlan("domestic-abuse", "Reduce the harm caused by domestic abuse", ["Victims supported", "Lessons learnt from reviews"]), Priority("road-safety")],
            [conference, dhr],
            new SourceDocument("Test plan", new LocalDate(2017, 7, 19), "appendix 1"));
        return plan
            .Review(new WorkingGroupReview(new LocalDate(2017, 7, 4), [new ActionUpdate("conference-2017", "Venue booked at the showground.", 40, null)])).Changed()
            .Review(new WorkingGroupReview(new LocalDate(2017, 10, 10), [
                new ActionUpdate("conference-2017", "Programme agreed; bookings open.", 75, null),
                new ActionUpdate("domestic-homicide-reviews", "Protocols updated to the new statutory guidance.", 50, ActionStatus.Ongoing),
            ])).Changed()
            .WithRefresh(new PlanRefresh(new FinancialYear(2016), [
                new RefreshEntry("conference-2016", "Community Safety Conference on Drugs (2016)", RefreshOutcome.Dropped, ActionStatus.Complete, "complete: completed actions are removed from the 2017/18 plan"),
                new RefreshEntry("domestic-homicide-reviews", "Commission and oversee Domestic Homicide Reviews", RefreshOutcome.CarriedForward, ActionStatus.Ongoing, "ongoing: open actions remain in the 2017/18 plan"),
                new RefreshEntry("conference-2017", "Hold the annual community safety conference", RefreshOutcome.Added, ActionStatus.NotStarted, "new in the 2017/18 plan"),
            ]))
            .WithIllustration(true);
    }
}
