using System;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

public class FundingRoundBuilderTest
{
    private static readonly SourceDocument Letter = new("Testshire grant letter", new LocalDate(2024, 3, 1));

    private static Grant Grant() =>
        new("testshire-2024-25",
            new LocalPolicingBody(new Organisation(Builders.Id("pcc"), "Office of the Testshire Police and Crime Commissioner"), LocalPolicingBodyKind.PoliceAndCrimeCommissioner, "Testshire"),
            new Organisation(Builders.Id("csp"), "Testshire Community Safety Partnership"),
            new FinancialYear(2024),
            Money.FromPounds(20_000m),
            "Crime and disorder reduction grant.",
            [GrantCondition.SupportsPriorities],
            Letter);

    private static Bid Bid(string id) => new BidBuilder()
        .WithId(id)
        .WithApplicant(Builders.Organisation("applicant-" + id))
        .WithProject("Project " + id)
        .WithPurpose("Purpose of " + id + ".")
        .WithAmountRequested(Money.FromPounds(5_000m))
        .AddPriorityId("road-safety")
        .WithScope(ProjectScope.CountyWide)
        .WithSubmittedOn(new LocalDate(2024, 5, 1))
        .Build();

    [Fact]
    public void ForGrant_OnlyBuilders_RoundTripsThroughJsonEqual()
    {
        var round = FundingRoundBuilder.ForGrant(Grant(), "testshire-2024-25")
            .WithBidWindow(new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2024, 4, 30)))
            .AddBid(Bid("school-shows"))
            .AddBid(Bid("night-safety"))
            .AddDecision(new BidDecision("school-shows", DecisionOutcome.Funded, new LocalDate(2024, 5, 20), "Supports road safety.", Money.FromPounds(5_000m), null))
            .AddAllocation(new Allocation("school-shows-1", "school-shows", Money.FromPounds(5_000m), new LocalDate(2024, 6, 1)))
            .AddPayment(new Payment("school-shows-1", Money.FromPounds(5_000m), new LocalDate(2024, 6, 15)))
            .AddMonitoringReturn(new MonitoringReturn("school-shows-1", new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 31), null))
            .AddRepayment(new Repayment("school-shows-1", Money.FromPounds(100m), new LocalDate(2025, 2, 1), "Underspend."))
            .WithSource(Letter)
            .Build();

        var again = KentCspJson.DeserializeFundingRound(KentCspJson.Serialize(round));

        Assert.Equal(round, again);
        Assert.Equal(2, again.Bids.Count);
        Assert.Equal(5_000m, again.TotalAllocated.Pounds);
    }

    [Fact]
    public void ForGrant_Defaults_EveryListEmptyAndNoWindowOrProvenance()
    {
        var grant = Grant();
        var round = FundingRoundBuilder.ForGrant(grant, "testshire-2024-25").WithSource(Letter).Build();

        Assert.Equal(new FundingRound("testshire-2024-25", grant, null, [], [], [], [], [], [], Letter), round);
        Assert.Same(grant, round.Grant);
        Assert.Null(round.BidWindow);
        Assert.Empty(round.Bids);
        Assert.Empty(round.Decisions);
        Assert.Empty(round.Allocations);
        Assert.Empty(round.Payments);
        Assert.Empty(round.MonitoringReturns);
        Assert.Empty(round.Repayments);
        Assert.Null(round.Provenance);
    }

    [Fact]
    public void Build_NoSource_RefusesAsTheConstructorDoes()
    {
        var exception = BuilderAssert.SameRefusal(
            () => _ = new FundingRound("testshire-2024-25", Grant(), null, [], [], [], [], [], [], null!),
            () => FundingRoundBuilder.ForGrant(Grant(), "testshire-2024-25").Build());
        Assert.IsType<ArgumentNullException>(exception);
        Assert.Equal("source", exception.ParamName);
    }

    [Fact]
    public void Build_AllocationToUnknownBid_RefusesAsTheConstructorDoes()
    {
        var allocation = new Allocation("a-1", "missing", Money.FromPounds(1m), new LocalDate(2024, 6, 1));
        var exception = BuilderAssert.SameRefusal(
            () => _ = new FundingRound("testshire-2024-25", Grant(), null, [Bid("school-shows")], [], [allocation], [], [], [], Letter),
            () => FundingRoundBuilder.ForGrant(Grant(), "testshire-2024-25").AddBid(Bid("school-shows")).AddAllocation(allocation).WithSource(Letter).Build());
        Assert.Equal("allocations[0].bidId", exception.ParamName);
    }

    [Fact]
    public void WithBids_NullList_RefusesAsTheConstructorDoes()
    {
        BuilderAssert.SameRefusal(
            () => _ = new FundingRound("testshire-2024-25", Grant(), null, null!, [], [], [], [], [], Letter),
            () => FundingRoundBuilder.ForGrant(Grant(), "testshire-2024-25").WithBids(null!).WithSource(Letter).Build());
    }

    [Theory]
    [InlineData("KentFunding.Round2016To17")]
    [InlineData("KentFunding.Round2017To18")]
    [InlineData("EveryMember")]
    public void ToBuilder_Build_EqualWithTheSameProvenance(string name)
    {
        var round = name switch
        {
            "KentFunding.Round2016To17" => KentFunding.Round2016To17,
            "KentFunding.Round2017To18" => KentFunding.Round2017To18,
            _ => FundingBuilders.EveryMember(),
        };

        var copy = round.ToBuilder().Build();

        Assert.Equal(round, copy);
        Assert.NotSame(round, copy);
        Assert.Equal(round.Provenance, copy.Provenance);
        Assert.Equal(KentCspJson.Serialize(round), KentCspJson.Serialize(copy));
    }

    [Fact]
    public void ToBuilder_ChangingTheBuilder_LeavesTheRoundAndEarlierBuildsAlone()
    {
        var round = FundingBuilders.EveryMember();
        int bids = round.Bids.Count;
        var builder = round.ToBuilder();
        var first = builder.Build();

        var changed = builder.WithId("renamed").WithBids(round.Bids).AddBid(Bid("extra")).Build();

        Assert.Equal(round, first);
        Assert.Equal("renamed", changed.Id);
        Assert.Equal(bids + 1, changed.Bids.Count);
        Assert.Equal(bids, round.Bids.Count);
        Assert.Equal(bids, first.Bids.Count);
        Assert.Equal(round.Id, first.Id);
    }
}
