using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using KentCsp.Domain.Utility;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>
/// What building a round one call at a time shares between rounds: the lookups beside the lists grow in place for the
/// newest round, an older round still reads them as of its own length after they have grown, a branch from an older
/// round neither sees nor disturbs the newer one, and the bytes a call allocates do not grow with the round.
/// </summary>
public sealed class FundingRoundSharingTest
{
    private static readonly LocalDate June1 = RoundBuilder.On(6, 1);
    private static readonly FundingPolicy Policy = KentPolicies.Funding;

    private static BidDecision Decision(string bidId, DecisionOutcome outcome, decimal? award = null, LocalDate? on = null) =>
        new(bidId, outcome, on ?? RoundBuilder.On(5, 1), "Decided by the test.", award is { } pounds ? Money.FromPounds(pounds) : null, null);

    private static FundingRound Allocated(FundingRound round, Allocation allocation)
    {
        var outcome = round.Allocate(allocation, Policy);
        Assert.True(outcome.IsAllocated, outcome.ToString());
        return outcome.AsT0.Round;
    }

    [Fact]
    public void Index_OlderVersions_SeeTheValuesAsOfTheirLength_AfterTheIndexGrows()
    {
        // Starting values, then 2,000 values recorded over 500 keys, so the index grows several times.
        var index = new AppendOnlyIndex<int>(new Dictionary<string, int>(StringComparer.Ordinal) { ["k0"] = -7, ["start"] = -1 });
        var expected = new Dictionary<string, int>(StringComparer.Ordinal) { ["k0"] = -7, ["start"] = -1 };
        var seen = new List<Dictionary<string, int>> { new(expected, StringComparer.Ordinal) };
        for (int position = 0; position < 2_000; position++)
        {
            string key = "k" + (position * 7 % 500);
            index.Record(key, position, position);
            expected[key] = position;
            seen.Add(new Dictionary<string, int>(expected, StringComparer.Ordinal));
        }

        for (int count = 0; count <= 2_000; count += 37)
        {
            foreach (var pair in seen[count])
            {
                Assert.True(index.TryGetValue(pair.Key, count, out int value), $"{pair.Key} missing at length {count}");
                Assert.Equal(pair.Value, value);
            }
            Assert.Equal(seen[count].ContainsKey("k499"), index.TryGetValue("k499", count, out _));
            Assert.False(index.TryGetValue("absent", count, out _));
        }
    }

    [Fact]
    public void Index_BuiltOnFirstUse_KeepsValuesRecordedAfterIt()
    {
        int builds = 0;
        var index = new AppendOnlyIndex<int>(() =>
        {
            builds++;
            return new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 1 };
        });
        index.Record("a", 3, 2);
        index.Record("b", 4, 5);

        Assert.True(index.TryGetValue("a", 3, out int before));
        Assert.Equal(1, before);
        Assert.True(index.TryGetValue("a", 4, out int after));
        Assert.Equal(2, after);
        Assert.False(index.TryGetValue("b", 4, out _));
        Assert.True(index.TryGetValue("b", 5, out int b));
        Assert.Equal(5, b);
        Assert.Equal(1, builds);
    }

    [Fact]
    public void OlderRound_AfterTheNewerHasGrown_ReadsAsBefore_AndItsBranchLeavesTheNewerAlone()
    {
        const int Count = 2_000;
        var round = new RoundBuilder().WithGrant(1_000_000m).Build();
        FundingRound? early = null;
        for (int i = 0; i < Count; i++)
        {
            string id = "bid-" + i;
            round = round.WithBid(RoundBuilder.Bid(id)).WithDecision(Decision(id, DecisionOutcome.Funded, 100m));
            round = Allocated(round, new Allocation("alloc-" + i, id, Money.FromPounds(60m), June1));
            if (i == 9)
            {
                early = round;
            }
        }
        var newest = round;
        var old = early!;

        // The older round reads the shared lookups as of its own length.
        Assert.Equal(10, old.Bids.Count);
        Assert.Null(old.FindBid("bid-10"));
        Assert.Null(old.StandingDecision("bid-1500"));
        Assert.Equal(Money.FromPounds(600m), old.TotalAllocated);
        Assert.Equal("ExceedsAward", old.Allocate(new Allocation("more-5", "bid-5", Money.FromPounds(50m), June1), Policy).AsT1.Reason.Name);
        Assert.Equal("UnknownBid", old.Allocate(new Allocation("more-10", "bid-10", Money.FromPounds(1m), June1), Policy).AsT1.Reason.Name);

        // A branch from it may reuse identifiers the newer round has, with other values.
        var branch = old.WithBid(RoundBuilder.Bid("bid-1500", project: "Branch project"))
            .WithDecision(Decision("bid-1500", DecisionOutcome.Funded, 10m));
        branch = Allocated(branch, new Allocation("alloc-1500", "bid-1500", Money.FromPounds(10m), June1));
        Assert.Equal("ExceedsAward", branch.Allocate(new Allocation("x", "bid-1500", Money.FromPounds(0.01m), June1), Policy).AsT1.Reason.Name);
        Assert.Equal("Branch project", branch.FindBid("bid-1500")!.Project);
        Assert.Equal(Money.FromPounds(610m), branch.TotalAllocated);

        // The newer round is as it was.
        Assert.Equal(Count, newest.Bids.Count);
        Assert.Equal("Project bid-1500", newest.FindBid("bid-1500")!.Project);
        Assert.Equal(Money.FromPounds(100m), newest.StandingDecision("bid-1500")!.AmountAwarded);
        Assert.Equal(Money.FromPounds(60m * Count), newest.TotalAllocated);
        Assert.Equal("ExceedsAward", newest.Allocate(new Allocation("more-1500", "bid-1500", Money.FromPounds(50m), June1), Policy).AsT1.Reason.Name);
        var next = Allocated(newest, new Allocation("more-1500", "bid-1500", Money.FromPounds(40m), June1));
        Assert.Equal(Money.FromPounds((60m * Count) + 40m), next.TotalAllocated);
        Assert.Equal(Enumerable.Range(0, Count).Select(i => "bid-" + i), newest.Bids.Select(bid => bid.Id));
    }

    [Fact]
    public void WithBidAndAllocate_BytesPerCall_DoNotGrowWithTheRound()
    {
        var (smallBids, smallAllocations) = BytesPerCall(1_000);
        // Sizes just under a power of two, so that the arrays' doubling weighs the same at both.
        var (largeBids, largeAllocations) = BytesPerCall(16_000);

        Assert.True(largeBids <= smallBids * 1.3, $"WithBid: {largeBids:F0} B per call at 16,000 calls, {smallBids:F0} B at 1,000");
        Assert.True(largeAllocations <= smallAllocations * 1.3, $"Allocate: {largeAllocations:F0} B per call at 16,000 calls, {smallAllocations:F0} B at 1,000");
    }

    private static (double WithBid, double Allocate) BytesPerCall(int calls)
    {
        var bids = new Bid[calls];
        var decisions = new BidDecision[calls];
        var allocations = new Allocation[calls];
        for (int i = 0; i < calls; i++)
        {
            string id = "bid-" + i;
            bids[i] = RoundBuilder.Bid(id);
            decisions[i] = Decision(id, DecisionOutcome.Funded, 100m);
            allocations[i] = new Allocation("alloc-" + i, id, Money.FromPounds(100m), June1);
        }
        var empty = new RoundBuilder().WithGrant(100m * calls).Build();
        var decided = new FundingRound(empty.Id, empty.Grant, null, bids, decisions, [], [], [], [], empty.Source);
        // Once to build the decided round's lookups, which the calls then share.
        Assert.NotNull(decided.StandingDecision("bid-0"));
        _ = decided.FindBid("bid-0");

        long before = GC.GetAllocatedBytesForCurrentThread();
        var round = empty;
        foreach (var bid in bids)
        {
            round = round.WithBid(bid);
        }
        long afterBids = GC.GetAllocatedBytesForCurrentThread();
        var allocated = decided;
        foreach (var allocation in allocations)
        {
            var outcome = allocated.Allocate(allocation, Policy);
            if (!outcome.IsAllocated)
            {
                Assert.Fail(outcome.ToString());
            }
            allocated = outcome.AsT0.Round;
        }
        long afterAllocations = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(calls, round.Bids.Count);
        Assert.Equal(calls, allocated.Allocations.Count);
        return ((double)(afterBids - before) / calls, (double)(afterAllocations - afterBids) / calls);
    }
}
