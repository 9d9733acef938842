using System;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>
/// Evaluating a round in which no rule fires allocates a fixed amount per bid, whatever the size of the round: the
/// structures one evaluation needs (each bid's standing decision and totals, each allocation's state, the duplication
/// indexes), and nothing built per rule.
/// </summary>
/// <remarks>
/// This measures bytes, not time: each evaluation runs once to warm up, then several times, and the bytes the thread
/// allocated are divided by the runs and the bids.
/// </remarks>
public sealed class FundingRulesAllocationTest
{
    private const int Runs = 3;

    // Local projects funded here, as in the benchmarks' synthetic year: the round's bids are all local.
    private static readonly FundingPolicy Policy = KentPolicies.Funding.WithReferLocalProjects(false);

    // About 1.6 KB a bid in this round, where every bid is funded, allocated, paid and monitored (the synthetic year of
    // docs/performance.md, "Funding rules", needs about 330 B a bid); the bound leaves room for the runtime's layout.
    private const double BoundBytesPerBid = 1_800;

    [Fact]
    public void EvaluateAll_CleanRound_AllocatesABoundedAmountPerBid()
    {
        double small = BytesPerBid(1_000);
        double large = BytesPerBid(10_000);

        Assert.True(small <= BoundBytesPerBid, $"{small:F0} B per bid at 1,000 bids, more than {BoundBytesPerBid:F0}");
        Assert.True(large <= BoundBytesPerBid, $"{large:F0} B per bid at 10,000 bids, more than {BoundBytesPerBid:F0}");
        Assert.True(large <= small * 1.1, $"{large:F0} B per bid at 10,000 bids, more than at 1,000 ({small:F0})");
    }

    private static double BytesPerBid(int bids)
    {
        var round = LargeFundingRound.Build(bids);
        var asOf = round.Grant.Year.End;
        var evaluation = FundingRules.EvaluateAll([round], asOf, Policy);
        Assert.Empty(evaluation.Findings);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Runs; i++)
        {
            GC.KeepAlive(FundingRules.EvaluateAll([round], asOf, KentPolicies.Funding));
        }
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        return (double)bytes / Runs / bids;
    }
}
