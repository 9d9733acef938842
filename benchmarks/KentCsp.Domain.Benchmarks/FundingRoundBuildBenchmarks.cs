using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Benchmarks;

/// <summary>
/// Building a funding round one call at a time: <c>WithBid</c> n times on an empty round, and <c>Allocate</c> n times on
/// a round of n funded bids. Each benchmark makes all n calls, so the time and bytes per call are <c>Mean</c> and
/// <c>Allocated</c> divided by <see cref="Calls"/>; they should stay flat as n grows.
/// </summary>
/// <remarks>
/// <c>Walk</c> is the floor under them: one pass over the same bids and allocations reading what the calls read (each
/// identifier hashed, each amount and date), building nothing, so that the rise of its time per call with n shows how
/// much of the calls' rise is the memory the inputs themselves occupy once they no longer fit in the processor's caches.
/// </remarks>
[MemoryDiagnoser]
public class FundingRoundBuildBenchmarks
{
    private static readonly SourceDocument Source = new("Synthetic round for benchmarks", new LocalDate(2025, 3, 31));
    private static readonly LocalDate DecidedOn = new(2024, 5, 15);

    private FundingRound empty = null!;
    private FundingRound decided = null!;
    private Bid[] bids = [];
    private Allocation[] allocations = [];

    /// <summary>Calls per benchmark: bids added, or allocations made.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Calls { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var grant = new Grant(
            "synthetic-2024-25",
            KentFunding.PoliceAndCrimeCommissioner,
            KentFunding.Kcsp,
            new FinancialYear(2024),
            Money.FromPounds(1_000m * Calls),
            "Community safety projects.",
            [],
            Source);
        var applicant = new Organisation(new OrganisationId("GB-CHC", "1000000"), "Safer Streets Trust");
        bids = new Bid[Calls];
        var decisions = new BidDecision[Calls];
        allocations = new Allocation[Calls];
        for (int i = 0; i < Calls; i++)
        {
            string id = "bid-" + i.ToString(CultureInfo.InvariantCulture);
            bids[i] = new Bid(id, applicant, "Project " + id, "Safer streets, scheme " + id + ".", Money.FromPounds(1_000m), ["anti-social-behaviour"], [], ProjectScope.CountyWide, new LocalDate(2024, 4, 10));
            decisions[i] = new BidDecision(id, DecisionOutcome.Funded, DecidedOn, "Decided by the partnership.", Money.FromPounds(1_000m), null);
            allocations[i] = new Allocation("alloc-" + i.ToString(CultureInfo.InvariantCulture), id, Money.FromPounds(1_000m), DecidedOn);
        }
        empty = new FundingRound("synthetic-2024-25", grant, null, [], [], [], [], [], [], Source);
        decided = new FundingRound("synthetic-2024-25", grant, null, bids, decisions, [], [], [], [], Source);
    }

    [Benchmark(Baseline = true)]
    public FundingRound WithBid()
    {
        var round = empty;
        foreach (var bid in bids)
        {
            round = round.WithBid(bid);
        }
        return round;
    }

    [Benchmark]
    public long Walk()
    {
        long sum = 0;
        foreach (var bid in bids)
        {
            sum = unchecked(sum + bid.Id.GetHashCode());
        }
        foreach (var allocation in allocations)
        {
            sum = unchecked(sum + allocation.Id.GetHashCode() + allocation.BidId.GetHashCode() + allocation.AllocatedOn.Day + (allocation.Amount.Pounds > 0 ? 1 : 0));
        }
        return sum;
    }

    [Benchmark]
    public FundingRound Allocate()
    {
        var policy = KentPolicies.Funding;
        var round = decided;
        foreach (var allocation in allocations)
        {
            var outcome = round.Allocate(allocation, policy);
            if (!outcome.IsAllocated)
            {
                throw new InvalidOperationException(outcome.ToString());
            }
            round = outcome.AsT0.Round;
        }
        return round;
    }
}
