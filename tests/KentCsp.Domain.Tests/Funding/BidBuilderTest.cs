using System;
using System.Text.Json;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

public class BidBuilderTest
{
    private static readonly Organisation Applicant = Builders.Organisation("charity");

    private static BidBuilder Required() => new BidBuilder()
        .WithId("school-shows")
        .WithApplicant(Applicant)
        .WithProject("School Shows")
        .WithPurpose("Road safety shows in every secondary school.")
        .WithScope(ProjectScope.CountyWide);

    [Fact]
    public void Build_Defaults_ListsEmptyAmountAndDateNotGiven()
    {
        var bid = Required().Build();

        Assert.Equal(new Bid("school-shows", Applicant, "School Shows", "Road safety shows in every secondary school.", null, [], [], ProjectScope.CountyWide, null), bid);
        Assert.Empty(bid.PriorityIds);
        Assert.Empty(bid.PlanObjectives);
        Assert.Null(bid.AmountRequested);
        Assert.Null(bid.SubmittedOn);
    }

    [Fact]
    public void Build_EveryPart_SetsEachMember()
    {
        var bid = Required()
            .WithAmountRequested(Money.FromPounds(1_500m))
            .WithPriorityIds(["road-safety"])
            .AddPriorityId("domestic-abuse")
            .WithPlanObjectives(["prevent-crime"])
            .AddPlanObjective("protect-the-vulnerable")
            .WithSubmittedOn(new LocalDate(2024, 5, 1))
            .Build();

        Assert.Equal(Money.FromPounds(1_500m), bid.AmountRequested);
        Assert.Equal(["road-safety", "domestic-abuse"], bid.PriorityIds);
        Assert.Equal(["prevent-crime", "protect-the-vulnerable"], bid.PlanObjectives);
        Assert.Equal(new LocalDate(2024, 5, 1), bid.SubmittedOn);
    }

    [Fact]
    public void Build_ZeroAmount_RefusesAsTheConstructorDoes()
    {
        var exception = BuilderAssert.SameRefusal(
            () => _ = new Bid("school-shows", Applicant, "School Shows", "Road safety shows in every secondary school.", Money.Zero, [], [], ProjectScope.CountyWide, null),
            () => Required().WithAmountRequested(Money.Zero).Build());
        Assert.IsType<ArgumentRefusedException>(exception);
        Assert.Equal("amountRequested", exception.ParamName);
    }

    [Fact]
    public void Build_NoScope_RefusesAsTheConstructorDoes()
    {
        var exception = BuilderAssert.SameRefusal(
            () => _ = new Bid("school-shows", Applicant, "School Shows", "Road safety shows in every secondary school.", null, [], [], null!, null),
            () => Required().WithScope(null!).Build());
        Assert.Equal("scope", exception.ParamName);
    }

    [Fact]
    public void ToBuilder_Build_Equal()
    {
        foreach (var bid in FundingBuilders.EveryMember().Bids)
        {
            Assert.Equal(bid, bid.ToBuilder().Build());
        }
    }

    [Fact]
    public void PlanObjectives_Refused_NamedByTheirJsonMember()
    {
        // The parameter keeps the JSON member's name (planObjectives, not planObjectiveIds): a document's error names
        // the refused element by the parameter, so a different name would point at a member the document lacks.
        Assert.Equal("planObjectives[0]", Assert.Throws<ArgumentRefusedException>(() => Required().AddPlanObjective("Not A Slug").Build()).ParamName);
        string json = KentCspJson.Serialize(FundingBuilders.EveryMember()).Replace("\"prevent-crime\"", "\"Not A Slug\"");
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(json));
        Assert.EndsWith(".planObjectives[0]", exception.Path);
    }
}
