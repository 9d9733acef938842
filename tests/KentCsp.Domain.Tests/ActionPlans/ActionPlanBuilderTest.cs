using System;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.ActionPlans;

public class ActionPlanBuilderTest
{
    private static readonly OrganisationId CspId = new("360G-example", "csp");
    private static readonly SourceDocument Source = new("Example action plan 2024/25", new LocalDate(2024, 4, 1));

    private static ActionPlanBuilder Required() => new ActionPlanBuilder()
        .WithPartnershipId(CspId)
        .WithEditionLabel("2024")
        .WithYear(new FinancialYear(2024))
        .WithSource(Source);

    [Fact]
    public void Build_Defaults_ListsEmptyNoRefreshNoProvenance()
    {
        var plan = Required().Build();

        Assert.Equal(new ActionPlan(CspId, "2024", new FinancialYear(2024), [], [], Source), plan);
        Assert.Empty(plan.Priorities);
        Assert.Empty(plan.Actions);
        Assert.Empty(plan.Reviews);
        Assert.Null(plan.Refreshed);
        Assert.Null(plan.Provenance);
    }

    [Fact]
    public void Build_PrioritiesAndActions_RoundTripsThroughJsonEqual()
    {
        var plan = Required()
            .AddPriority(ActionPlanBuilders.Priority("road-safety"))
            .AddAction(ActionPlanBuilders.Action("school-shows", priorityId: "road-safety"))
            .Build();

        Assert.Equal(plan, KentCspJson.DeserializeActionPlan(KentCspJson.Serialize(plan)));
    }

    [Fact]
    public void Build_ActionWithoutPriorityPlan_RefusesAsTheConstructorDoes()
    {
        var action = ActionPlanBuilders.Action("school-shows", priorityId: "road-safety");
        var exception = BuilderAssert.SameRefusal(
            () => _ = new ActionPlan(CspId, "2024", new FinancialYear(2024), [], [action], Source),
            () => Required().AddAction(action).Build());
        Assert.Equal("actions[0].priorityId", exception.ParamName);
    }

    [Fact]
    public void Build_NoYear_RefusedNamingTheYear()
    {
        var exception = Assert.Throws<ArgumentNullException>(() =>
            new ActionPlanBuilder().WithPartnershipId(CspId).WithEditionLabel("2024").WithSource(Source).Build());
        Assert.Equal("year", exception.ParamName);
    }

    [Fact]
    public void ToBuilder_Build_EqualWithTheSameProvenance()
    {
        foreach (var plan in new[] { ActionPlanBuilders.EveryMember(), KentActionPlans.Illustration2017To18 })
        {
            var copy = plan.ToBuilder().Build();
            Assert.Equal(plan, copy);
            Assert.Equal(plan.Reviews, copy.Reviews);
            Assert.Equal(plan.Refreshed, copy.Refreshed);
            Assert.Equal(plan.Provenance, copy.Provenance);
            Assert.Equal(KentCspJson.Serialize(plan), KentCspJson.Serialize(copy));
        }
    }
}
