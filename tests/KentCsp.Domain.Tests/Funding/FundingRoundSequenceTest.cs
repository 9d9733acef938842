using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>
/// A round built one call at a time: each call's outcome, refusal or exception, and the round it returns, are the same
/// as for a round built whole by the constructor; and two calls on the same older round never see each other's additions.
/// </summary>
public class FundingRoundSequenceTest
{
    private static readonly LocalDate June1 = RoundBuilder.On(6, 1);
    private static readonly FundingPolicy Policy = KentPolicies.Funding;

    private static BidDecision Decision(string bidId, DecisionOutcome outcome, decimal? award = null, LocalDate? on = null) =>
        new(bidId, outcome, on ?? RoundBuilder.On(5, 1), "Decided by the test.", award is { } pounds ? Money.FromPounds(pounds) : null, null);

    private static Allocation Allocation(string id, string bidId, decimal pounds) => new(id, bidId, Money.FromPounds(pounds), June1);

    private static FundingRound Allocated(FundingRound round, Allocation allocation)
    {
        var outcome = round.Allocate(allocation, Policy);
        Assert.True(outcome.IsAllocated, outcome.ToString());
        return outcome.AsT0.Round;
    }

    private static string Refused(FundingRound round, Allocation allocation)
    {
        var outcome = round.Allocate(allocation, Policy);
        Assert.False(outcome.IsAllocated, outcome.ToString());
        return outcome.AsT1.Reason.Name + ": " + outcome.AsT1.Message;
    }

    [Fact]
    public void CallSequence_OutcomesAndRound_MatchTheConstructor()
    {
        var round = new RoundBuilder().Build()
            .WithBid(RoundBuilder.Bid("a"))
            .WithBid(RoundBuilder.Bid("b"))
            .WithBid(RoundBuilder.Bid("c"))
            .WithDecision(Decision("a", DecisionOutcome.Funded, 1_000m))
            .WithDecision(Decision("b", DecisionOutcome.Funded, 5_000m))
            .WithDecision(Decision("c", DecisionOutcome.Refused));

        round = Allocated(round, Allocation("a-1", "a", 600m));
        Assert.Equal("ExceedsAward: £500.00 would bring bid 'a' to £1,100.00, more than its award of £1,000.00.", Refused(round, Allocation("a-2", "a", 500m)));
        round = Allocated(round, Allocation("a-2", "a", 400m));
        Assert.Equal("ExceedsAward: £0.01 would bring bid 'a' to £1,000.01, more than its award of £1,000.00.", Refused(round, Allocation("a-3", "a", 0.01m)));
        Assert.Equal("BidNotFunded: bid 'c' is refused; money can be allocated only to a funded bid.", Refused(round, Allocation("c-1", "c", 1m)));
        Assert.Equal("DuplicateId: round 'test-2017-18' already has an allocation 'a-1'.", Refused(round, Allocation("a-1", "b", 1m)));
        Assert.Equal("UnknownBid: bid 'd' is not in round 'test-2017-18'.", Refused(round, Allocation("d-1", "d", 1m)));
        round = Allocated(round, Allocation("b-1", "b", 5_000m));

        // A later decision stands: the bid is no longer funded, then funded again with a larger award.
        round = round.WithDecision(Decision("c", DecisionOutcome.Funded, 5_000m, on: RoundBuilder.On(7, 1)));
        Assert.Equal("ExceedsGrant: £4,000.00 would bring the allocations to £10,000.01, more than the grant of £10,000.00.", Refused(Allocated(round, Allocation("x", "c", 0.01m)), Allocation("c-1", "c", 4_000m)));
        round = Allocated(round, Allocation("c-1", "c", 4_000m));
        Assert.Equal("ExceedsGrant: £0.01 would bring the allocations to £10,000.01, more than the grant of £10,000.00.", Refused(round, Allocation("c-2", "c", 0.01m)));
        round = round.WithDecision(Decision("a", DecisionOutcome.Refused, on: RoundBuilder.On(7, 1)));
        Assert.Equal("BidNotFunded: bid 'a' is refused; money can be allocated only to a funded bid.", Refused(round, Allocation("a-3", "a", 0.01m)));
        round = round
            .WithPayment(new Payment("a-1", Money.FromPounds(600m), June1))
            .WithMonitoringReturn(new MonitoringReturn("b-1", June1, June1.PlusDays(30), null))
            .WithRepayment(new Repayment("a-1", Money.FromPounds(1m), June1.PlusDays(60), "Unspent."));

        var expected = new RoundBuilder()
            .WithBid(RoundBuilder.Bid("a")).WithBid(RoundBuilder.Bid("b")).WithBid(RoundBuilder.Bid("c"))
            .WithDecision("a", DecisionOutcome.Funded, 1_000m).WithDecision("b", DecisionOutcome.Funded, 5_000m).WithDecision("c", DecisionOutcome.Refused)
            .WithDecision("c", DecisionOutcome.Funded, 5_000m, on: RoundBuilder.On(7, 1)).WithDecision("a", DecisionOutcome.Refused, on: RoundBuilder.On(7, 1))
            .WithAllocation("a-1", "a", 600m, June1).WithAllocation("a-2", "a", 400m, June1).WithAllocation("b-1", "b", 5_000m, June1).WithAllocation("c-1", "c", 4_000m, June1)
            .WithPayment("a-1", 600m, June1)
            .WithMonitoringReturn("b-1", June1, June1.PlusDays(30), null)
            .Build()
            .WithRepayment(new Repayment("a-1", Money.FromPounds(1m), June1.PlusDays(60), "Unspent."));
        Assert.Equal(expected, round);
        Assert.Equal(expected.GetHashCode(), round.GetHashCode());
        Assert.Equal(Money.FromPounds(10_000m), round.TotalAllocated);
        Assert.Same(DecisionOutcome.Refused, round.StandingDecision("a")!.Outcome);
        Assert.Same(DecisionOutcome.Funded, round.StandingDecision("c")!.Outcome);
        Assert.Equal(["a-1", "a-2", "b-1", "c-1"], round.Allocations.Select(allocation => allocation.Id));
        Assert.Equal("test-2017-18: 3 bids, 4 allocations", round.ToString());
    }

    [Fact]
    public void CallSequence_ExceptionsNameTheEntryAsTheConstructorDoes()
    {
        var round = new RoundBuilder().WithFundedProject("a", 10m).Build().WithBid(RoundBuilder.Bid("b")).WithBid(RoundBuilder.Bid("c"));

        var repeated = Assert.Throws<ArgumentRefusedException>(() => round.WithBid(RoundBuilder.Bid("b")));
        Assert.Equal("bids[3].id", repeated.ParamName);
        Assert.StartsWith("bids[3].id repeats 'b', already used by bids[1].", repeated.Message);
        var decision = Assert.Throws<ArgumentRefusedException>(() => round.WithDecision(Decision("z", DecisionOutcome.Funded)));
        Assert.Equal("decisions[1].bidId", decision.ParamName);
        Assert.StartsWith("decisions[1].bidId refers to bid 'z', which is not in the round.", decision.Message);
        var payment = Assert.Throws<ArgumentRefusedException>(() => round.WithPayment(new Payment("z", Money.FromPounds(1m), June1)));
        Assert.Equal("payments[0].allocationId", payment.ParamName);
        Assert.StartsWith("payments[0].allocationId refers to allocation 'z', which is not in the round.", payment.Message);
        Assert.Equal("monitoringReturns[0].allocationId", Assert.Throws<ArgumentRefusedException>(() => round.WithMonitoringReturn(new MonitoringReturn("z", June1, June1, null))).ParamName);
        Assert.Equal("repayments[0].allocationId", Assert.Throws<ArgumentRefusedException>(() => round.WithRepayment(new Repayment("z", Money.FromPounds(1m), June1, "No."))).ParamName);
        Assert.Throws<ArgumentNullException>(() => round.WithBid(null!));

        // A refused call leaves the round as it was, and the next call goes on from it.
        var next = round.WithBid(RoundBuilder.Bid("d"));
        Assert.Equal(["a", "b", "c", "d"], next.Bids.Select(bid => bid.Id));
        Assert.Equal(3, round.Bids.Count);
    }

    [Fact]
    public void Branches_FromTheSameRound_DoNotSeeEachOthersAdditions()
    {
        var start = new RoundBuilder().Build()
            .WithBid(RoundBuilder.Bid("a"))
            .WithDecision(Decision("a", DecisionOutcome.Funded, 1_000m));
        var left = start.WithBid(RoundBuilder.Bid("left"));
        var right = start.WithBid(RoundBuilder.Bid("right"));
        Assert.Equal(["a", "left"], left.Bids.Select(bid => bid.Id));
        Assert.Equal(["a", "right"], right.Bids.Select(bid => bid.Id));
        Assert.Equal(["a"], start.Bids.Select(bid => bid.Id));
        Assert.Null(right.FindBid("left"));
        Assert.Null(start.FindBid("left"));
        Assert.Null(left.FindBid("right"));

        // The same identifier in two branches is no repeat.
        var again = start.WithBid(RoundBuilder.Bid("left", project: "Another project"));
        Assert.Equal("Another project", again.FindBid("left")!.Project);
        Assert.Equal("Project left", left.FindBid("left")!.Project);
        Assert.Equal("bids[2].id", Assert.Throws<ArgumentRefusedException>(() => left.WithBid(RoundBuilder.Bid("left"))).ParamName);

        // Allocations on one branch count for neither the other branch's award nor its total.
        var first = Allocated(start, Allocation("a-1", "a", 600m));
        var second = Allocated(start, Allocation("a-1", "a", 900m));
        Assert.Equal(Money.FromPounds(600m), first.TotalAllocated);
        Assert.Equal(Money.FromPounds(900m), second.TotalAllocated);
        Assert.Equal(Money.Zero, start.TotalAllocated);
        Assert.Empty(start.Allocations);
        Assert.Equal("ExceedsAward: £500.00 would bring bid 'a' to £1,100.00, more than its award of £1,000.00.", Refused(first, Allocation("a-2", "a", 500m)));
        Assert.Equal("ExceedsAward: £200.00 would bring bid 'a' to £1,100.00, more than its award of £1,000.00.", Refused(second, Allocation("a-2", "a", 200m)));
        Assert.Equal(Money.FromPounds(1_000m), Allocated(first, Allocation("a-2", "a", 400m)).TotalAllocated);
        Assert.Equal("payments[0].allocationId", Assert.Throws<ArgumentRefusedException>(() => start.WithPayment(new Payment("a-1", Money.FromPounds(1m), June1))).ParamName);
        Assert.Single(first.WithPayment(new Payment("a-1", Money.FromPounds(1m), June1)).Payments);

        // A later decision on one branch does not stand on the other.
        var refused = first.WithDecision(Decision("a", DecisionOutcome.Refused, on: RoundBuilder.On(7, 1)));
        var stillFunded = Allocated(first, Allocation("a-2", "a", 100m));
        Assert.Same(DecisionOutcome.Refused, refused.StandingDecision("a")!.Outcome);
        Assert.Same(DecisionOutcome.Funded, first.StandingDecision("a")!.Outcome);
        Assert.Same(DecisionOutcome.Funded, stillFunded.StandingDecision("a")!.Outcome);
        Assert.Equal("BidNotFunded: bid 'a' is refused; money can be allocated only to a funded bid.", Refused(refused, Allocation("a-2", "a", 100m)));
        Assert.Single(first.Decisions);
        Assert.Equal(2, refused.Decisions.Count);

        // A copy made by WithProvenance is a round like any other.
        var copy = start.WithProvenance(null);
        Assert.Equal(["a", "copy"], copy.WithBid(RoundBuilder.Bid("copy")).Bids.Select(bid => bid.Id));
        Assert.Equal(["a", "left"], left.Bids.Select(bid => bid.Id));
        Assert.Equal(["a", "right"], right.Bids.Select(bid => bid.Id));
    }

    [Fact]
    public void Branches_EqualByValue_WhateverTheirHistory()
    {
        var start = new RoundBuilder().Build().WithBid(RoundBuilder.Bid("a"));
        var viaLeft = start.WithBid(RoundBuilder.Bid("b"));
        _ = start.WithBid(RoundBuilder.Bid("c"));
        var viaRight = start.WithBid(RoundBuilder.Bid("b"));
        var whole = new RoundBuilder().WithBid(RoundBuilder.Bid("a")).WithBid(RoundBuilder.Bid("b")).Build();

        Assert.Equal(whole, viaLeft);
        Assert.Equal(whole, viaRight);
        Assert.Equal(viaLeft, viaRight);
        Assert.Equal(whole.GetHashCode(), viaRight.GetHashCode());
        Assert.NotEqual(start, viaLeft);
        Assert.Equal(whole.Bids, viaRight.Bids);
    }

    [Fact]
    public void ManyCalls_MatchTheConstructor()
    {
        const int Count = 300;
        var round = new RoundBuilder().WithGrant(1_000_000m).Build();
        var builder = new RoundBuilder().WithGrant(1_000_000m);
        for (int i = 0; i < Count; i++)
        {
            string id = "bid-" + i;
            round = round.WithBid(RoundBuilder.Bid(id)).WithDecision(Decision(id, DecisionOutcome.Funded, 100m));
            builder.WithBid(RoundBuilder.Bid(id)).WithDecision(id, DecisionOutcome.Funded, 100m);
        }
        for (int i = 0; i < Count; i++)
        {
            string id = "bid-" + i;
            round = Allocated(round, Allocation("alloc-" + i, id, 60m));
            Assert.Equal("ExceedsAward", round.Allocate(Allocation("extra-" + i, id, 50m), Policy).AsT1.Reason.Name);
            builder.WithAllocation("alloc-" + i, id, 60m, June1);
        }
        var expected = builder.Build();
        Assert.Equal(expected, round);
        Assert.Equal(Money.FromPounds(60m * Count), round.TotalAllocated);
        Assert.Equal(expected.Bids, round.Bids);
        Assert.Equal(expected.Allocations, round.Allocations);
        Assert.Equal("bid-150", round.FindBid("bid-150")!.Id);
    }

    [Fact]
    public void ConcurrentCalls_OnTheSameRound_EachSeeOnlyTheirOwnAddition()
    {
        var start = new RoundBuilder().WithFundedProject("a", 10m).Build().WithBid(RoundBuilder.Bid("b"));
        var rounds = new FundingRound[64];
        Parallel.For(0, rounds.Length, i =>
        {
            var round = start.WithBid(RoundBuilder.Bid("t" + i));
            for (int k = 0; k < 20; k++)
            {
                round = round.WithBid(RoundBuilder.Bid("t" + i + "-" + k));
            }
            rounds[i] = round;
        });
        for (int i = 0; i < rounds.Length; i++)
        {
            var expected = new List<string> { "a", "b", "t" + i };
            expected.AddRange(Enumerable.Range(0, 20).Select(k => "t" + i + "-" + k));
            Assert.Equal(expected, rounds[i].Bids.Select(bid => bid.Id));
            Assert.Null(rounds[i].FindBid("t" + ((i + 1) % rounds.Length)));
            Assert.NotNull(rounds[i].FindBid("t" + i + "-19"));
        }
        Assert.Equal(2, start.Bids.Count);
    }
}
