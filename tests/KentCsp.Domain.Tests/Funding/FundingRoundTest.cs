using System;
using System.Linq;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

public class FundingRoundTest
{
    private static readonly LocalDate June1 = RoundBuilder.On(6, 1);

    [Fact]
    public void Constructor_RepeatedBidId_NamesTheEntry()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new RoundBuilder().WithBid(RoundBuilder.Bid("a")).WithBid(RoundBuilder.Bid("a")).Build());
        Assert.Equal("bids[1].id", exception.ParamName);
        Assert.StartsWith("bids[1].id repeats 'a', already used by bids[0].", exception.Message);
    }

    [Fact]
    public void Constructor_DecisionOnUnknownBid_NamesTheEntry()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new RoundBuilder().WithDecision("nobody", DecisionOutcome.Funded).Build());
        Assert.Equal("decisions[0].bidId", exception.ParamName);
        Assert.StartsWith("decisions[0].bidId refers to bid 'nobody', which is not in the round.", exception.Message);
    }

    [Fact]
    public void Constructor_AllocationToUnknownBid_NamesTheEntry()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new RoundBuilder().WithFundedProject("a", 10m).WithAllocation("b", "missing", 5m, June1).Build());
        Assert.Equal("allocations[1].bidId", exception.ParamName);
    }

    [Fact]
    public void Constructor_RepeatedAllocationId_NamesTheEntry()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new RoundBuilder().WithFundedProject("a", 10m).WithAllocation("a", "a", 5m, June1).Build());
        Assert.Equal("allocations[1].id", exception.ParamName);
    }

    [Fact]
    public void Constructor_EntriesForUnknownAllocation_NameTheEntry()
    {
        var round = new RoundBuilder().WithFundedProject("a", 10m);
        Assert.Equal("payments[0].allocationId", Assert.Throws<ArgumentRefusedException>(() => round.WithPayment("x", 1m, June1).Build()).ParamName);
        Assert.Equal("monitoringReturns[0].allocationId", Assert.Throws<ArgumentRefusedException>(() => new RoundBuilder().WithFundedProject("a", 10m).WithMonitoringReturn("x", June1, June1, null).Build()).ParamName);
        Assert.Equal("repayments[0].allocationId", Assert.Throws<ArgumentRefusedException>(() => new RoundBuilder().WithFundedProject("a", 10m).WithRepayment("x", 1m, June1).Build()).ParamName);
    }

    [Fact]
    public void StandingDecision_IsTheLatestByDateThenByOrder()
    {
        var round = new RoundBuilder()
            .WithBid(RoundBuilder.Bid("a"))
            .WithDecision("a", DecisionOutcome.Funded, 10m, on: RoundBuilder.On(7, 1))
            .WithDecision("a", DecisionOutcome.FundedInPrinciple, on: RoundBuilder.On(5, 1))
            .WithBid(RoundBuilder.Bid("b"))
            .WithDecision("b", DecisionOutcome.Refused, on: RoundBuilder.On(5, 1))
            .WithDecision("b", DecisionOutcome.Funded, 5m, on: RoundBuilder.On(5, 1))
            .WithBid(RoundBuilder.Bid("c"))
            .Build();
        Assert.Same(DecisionOutcome.Funded, round.StandingDecision("a")!.Outcome);
        Assert.Same(DecisionOutcome.Funded, round.StandingDecision("b")!.Outcome);
        Assert.Null(round.StandingDecision("c"));
        Assert.Null(round.StandingDecision("nobody"));
        Assert.Equal("Project a", round.FindBid("a")!.Project);
        Assert.Null(round.FindBid("nobody"));
    }

    [Fact]
    public void Allocate_FundedBidWithinGrant_AddsTheAllocationToANewRound()
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a")).WithDecision("a", DecisionOutcome.Funded, 4_000m).Build();
        var allocation = new Allocation("a-1", "a", Money.FromPounds(4_000m), June1);

        var outcome = round.Allocate(allocation, KentPolicies.Funding);

        Assert.True(outcome.IsAllocated);
        var allocated = outcome.AsT0;
        Assert.Equal([allocation], allocated.Round.Allocations);
        Assert.Same(allocation, allocated.Allocation);
        Assert.Empty(round.Allocations);
        Assert.Equal(Money.FromPounds(4_000m), allocated.Round.TotalAllocated);
        Assert.Equal("allocated a-1: £4,000.00", outcome.ToString());
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "unknown", "UnknownBid", "bid 'unknown' is not in round 'test-2017-18'." },
        { "again", "DuplicateId", "round 'test-2017-18' already has an allocation 'funded'." },
        { "refused", "BidNotFunded", "bid 'refused' is refused; money can be allocated only to a funded bid." },
        { "in-principle", "BidNotFunded", "bid 'in-principle' is funded in principle; money can be allocated only to a funded bid." },
        { "undecided", "BidNotFunded", "bid 'undecided' has no decision; money can be allocated only to a funded bid." },
        { "late", "OutsideGrantYear", "2018-04-01 is outside 2017/18, the year of grant 'test-2017-18'." },
        { "local", "LocalProject", "bid 'local' is for local: Thanet; local projects are referred to the local partnership." },
        { "over-award", "ExceedsAward", "£600.00 would bring bid 'funded' to £1,600.00, more than its award of £1,000.00." },
        { "over-grant", "ExceedsGrant", "£9,500.00 would bring the allocations to £10,500.00, more than the grant of £10,000.00." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Allocate_WhatTheRulesForbid_IsRefusedWithAReason(string request, string reason, string message)
    {
        var round = new RoundBuilder()
            .WithFundedProject("funded", 1_000m)
            .WithBid(RoundBuilder.Bid("refused")).WithDecision("refused", DecisionOutcome.Refused)
            .WithBid(RoundBuilder.Bid("in-principle")).WithDecision("in-principle", DecisionOutcome.FundedInPrinciple)
            .WithBid(RoundBuilder.Bid("undecided"))
            .WithBid(RoundBuilder.Bid("local", scope: ProjectScope.Local("Thanet"))).WithDecision("local", DecisionOutcome.Funded, 500m)
            .WithBid(RoundBuilder.Bid("big")).WithDecision("big", DecisionOutcome.Funded)
            .Build();
        var allocation = request switch
        {
            "unknown" => new Allocation("x", "unknown", Money.FromPounds(1m), June1),
            "again" => new Allocation("funded", "big", Money.FromPounds(1m), June1),
            "late" => new Allocation("x", "big", Money.FromPounds(1m), new LocalDate(2018, 4, 1)),
            "over-award" => new Allocation("x", "funded", Money.FromPounds(600m), June1),
            "over-grant" => new Allocation("x", "big", Money.FromPounds(9_500m), June1),
            _ => new Allocation("x", request, Money.FromPounds(1m), June1),
        };

        var outcome = round.Allocate(allocation, KentPolicies.Funding);

        Assert.False(outcome.IsAllocated);
        var refused = outcome.AsT1;
        Assert.Equal(reason, refused.Reason.Name);
        Assert.Equal(message, refused.Message);
        Assert.Same(allocation, refused.Allocation);
        Assert.Equal($"refused {allocation.Id}: {message}", outcome.ToString());
    }

    [Fact]
    public void Allocate_UpToTheGrantExactly_IsAllowed()
    {
        var round = new RoundBuilder().WithFundedProject("a", 6_000m).WithBid(RoundBuilder.Bid("b")).WithDecision("b", DecisionOutcome.FundedInPart, 4_000m).Build();
        var outcome = round.Allocate(new Allocation("b", "b", Money.FromPounds(4_000m), June1), KentPolicies.Funding);
        Assert.Equal(Money.FromPounds(10_000m), outcome.Match(allocated => allocated.Round.TotalAllocated, refused => Money.Zero));
    }

    [Fact]
    public void Allocate_LocalProjectWhenThePolicyDoesNotRefer_IsAllowed()
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("local", scope: ProjectScope.Local("Dover"))).WithDecision("local", DecisionOutcome.Funded).Build();
        Assert.True(round.Allocate(new Allocation("local", "local", Money.FromPounds(1m), June1), KentPolicies.Funding.WithReferLocalProjects(false)).IsAllocated);
    }

    [Fact]
    public void RefusalReasons_NameTheRuleTheyEnforce()
    {
        Assert.Null(AllocationRefusalReason.UnknownBid.Rule);
        Assert.Null(AllocationRefusalReason.DuplicateId.Rule);
        Assert.Same(FundingRule.AllocationsExceedGrant, AllocationRefusalReason.ExceedsGrant.Rule);
        Assert.Same(FundingRule.AllocationOutsideGrantYear, AllocationRefusalReason.OutsideGrantYear.Rule);
        Assert.Same(FundingRule.AllocationWithoutFundingDecision, AllocationRefusalReason.BidNotFunded.Rule);
        Assert.Same(FundingRule.LocalProjectNotReferred, AllocationRefusalReason.LocalProject.Rule);
        Assert.Same(FundingRule.AllocationExceedsAward, AllocationRefusalReason.ExceedsAward.Rule);
    }

    [Fact]
    public void WithMethods_ReturnNewRoundsAndCheckReferences()
    {
        var round = new RoundBuilder().WithFundedProject("a", 10m).Build();
        var more = round
            .WithBid(RoundBuilder.Bid("b"))
            .WithDecision(new BidDecision("b", DecisionOutcome.Refused, June1, "No.", null, null))
            .WithPayment(new Payment("a", Money.FromPounds(10m), June1))
            .WithMonitoringReturn(new MonitoringReturn("a", June1, June1.PlusDays(30), null))
            .WithRepayment(new Repayment("a", Money.FromPounds(1m), June1.PlusDays(60), "Unspent."));
        Assert.Equal(2, more.Bids.Count);
        Assert.Equal(2, more.Decisions.Count);
        Assert.Single(more.Payments);
        Assert.Single(more.MonitoringReturns);
        Assert.Single(more.Repayments);
        Assert.Single(round.Bids);
        Assert.Equal("bids[1].id", Assert.Throws<ArgumentRefusedException>(() => round.WithBid(RoundBuilder.Bid("a"))).ParamName);
        Assert.Equal("payments[0].allocationId", Assert.Throws<ArgumentRefusedException>(() => round.WithPayment(new Payment("zz", Money.FromPounds(1m), June1))).ParamName);
    }

    [Fact]
    public void Equality_Contract()
    {
        EqualityAssert.Contract(
            new RoundBuilder().WithFundedProject("a", 10m).Build(),
            new RoundBuilder().WithFundedProject("a", 10m).Build(),
            new RoundBuilder().WithFundedProject("a", 11m).Build(),
            new RoundBuilder().WithFundedProject("b", 10m).Build(),
            new RoundBuilder().WithId("other").WithFundedProject("a", 10m).Build());
        Assert.Equal("test-2017-18: 1 bid, 1 allocation", new RoundBuilder().WithFundedProject("a", 10m).Build().ToString());
    }
}
