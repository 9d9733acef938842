using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>
/// Evaluation rents its working space (the duplication indexes and the per-round arrays) and returns it when it ends:
/// one evaluation never sees another's bids, evaluations on several threads at once agree, and a record with no finding
/// costs no memory per bid.
/// </summary>
public sealed class FundingRulesWorkingSpaceTest
{
    [Fact]
    public void EvaluateAll_AfterAnEvaluationThatRememberedBids_SeesNoneOfThem()
    {
        var applicant = Builders.Organisation("safer-streets");
        var first = new RoundBuilder()
            .WithFundedProject("a", 100m, RoundBuilder.Bid("a", applicant: applicant, project: "Night Watch"))
            .WithFundedProject("b", 100m, RoundBuilder.Bid("b", applicant: applicant, project: "Night Watch"))
            .WithGrant(1_000m)
            .Build();
        // The same project again, in an evaluation of its own: nothing earlier to match.
        var alone = new RoundBuilder()
            .WithId("test-2017-18-second")
            .WithFundedProject("c", 100m, RoundBuilder.Bid("c", applicant: applicant, project: "Night Watch"))
            .WithGrant(1_000m)
            .Build();

        var before = Subjects(FundingRules.Evaluate(first, RoundBuilder.On(9, 1), KentPolicies.Funding));
        var separate = FundingRules.Evaluate(alone, RoundBuilder.On(9, 1), KentPolicies.Funding);
        var again = Subjects(FundingRules.Evaluate(first, RoundBuilder.On(9, 1), KentPolicies.Funding));

        Assert.Equal(["FUND-007 test-2017-18/bids/b"], before);
        Assert.Empty(separate.Findings);
        Assert.Equal(before, again);
    }

    [Fact]
    public void EvaluateAll_OnSeveralThreadsAtOnce_GivesEachTheSameFindingsAndStates()
    {
        var round = DuplicatedRound(2_000);
        var expected = Subjects(FundingRules.Evaluate(round, RoundBuilder.On(9, 1), KentPolicies.Funding));

        var results = new string[8][];
        Parallel.For(0, results.Length, i => results[i] = Subjects(FundingRules.Evaluate(round, RoundBuilder.On(9, 1), KentPolicies.Funding)));

        Assert.Equal(1_000, expected.Length);
        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void StateOf_AllocationsActiveWithheldAndRepaid_AreKeptPerAllocation()
    {
        var round = new RoundBuilder()
            .WithFundedProject("a", 100m)
            .WithFundedProject("b", 100m)
            .WithFundedProject("c", 100m)
            .WithMonitoringReturn("b", RoundBuilder.On(6, 1), RoundBuilder.On(7, 1), null)
            .WithRepayment("c", 100m, RoundBuilder.On(8, 1))
            .WithGrant(1_000m)
            .Build();

        var evaluation = FundingRules.Evaluate(round, RoundBuilder.On(7, 15), KentPolicies.Funding);

        Assert.Equal(AllocationState.Active, evaluation.StateOf(round.Id, "a"));
        Assert.Equal(AllocationState.Withheld, evaluation.StateOf(round.Id, "b"));
        Assert.Equal(AllocationState.Active, evaluation.StateOf(round.Id, "c"));
        Assert.Equal(AllocationState.Repaid, FundingRules.Evaluate(round, RoundBuilder.On(8, 2), KentPolicies.Funding).StateOf(round.Id, "c"));
        Assert.Throws<ArgumentRefusedException>(() => evaluation.StateOf(round.Id, "d"));
    }

    [Fact]
    public void EvaluateAll_CleanRecord_AllocatesNoBytesPerBid()
    {
        var small = CleanRound(500);
        var large = CleanRound(5_000);

        long smallBytes = LeastAllocated(small);
        long largeBytes = LeastAllocated(large);

        // 4,500 more bids, allocations and payments: less than one byte more for each.
        Assert.True(largeBytes - smallBytes < 4_500, $"{smallBytes} bytes for 500 bids, {largeBytes} for 5,000.");
    }

    private static string[] Subjects(FundingEvaluation evaluation) =>
        evaluation.Findings.Select(finding => finding.RuleId + " " + finding.Subject).ToArray();

    // Half the bids repeat the applicant and project of the bid before.
    private static FundingRound DuplicatedRound(int bids)
    {
        var builder = new RoundBuilder().WithGrant(1_000m * bids);
        for (int i = 0; i < bids; i++)
        {
            string id = "bid-" + i.ToString(CultureInfo.InvariantCulture);
            string project = "Project " + (i / 2).ToString(CultureInfo.InvariantCulture);
            builder.WithFundedProject(id, 100m, RoundBuilder.Bid(id, applicant: Builders.Organisation("applicant-" + (i / 2).ToString(CultureInfo.InvariantCulture)), project: project, purpose: "Purpose of " + id + "."));
        }
        return builder.Build();
    }

    // Every bid funded, allocated and paid in full: no rule fires.
    private static FundingRound CleanRound(int bids)
    {
        var builder = new RoundBuilder().WithGrant(1_000m * bids);
        for (int i = 0; i < bids; i++)
        {
            string id = "bid-" + i.ToString(CultureInfo.InvariantCulture);
            builder.WithFundedProject(id, 100m).WithPayment(id, 100m, RoundBuilder.On(6, 2));
        }
        var round = builder.Build();
        Assert.Empty(FundingRules.Evaluate(round, RoundBuilder.On(9, 1), KentPolicies.Funding).Findings);
        return round;
    }

    // The least of a few evaluations, so that the first renting of the working space is not counted.
    private static long LeastAllocated(FundingRound round)
    {
        long least = long.MaxValue;
        for (int i = 0; i < 4; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            FundingRules.Evaluate(round, RoundBuilder.On(9, 1), KentPolicies.Funding);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return least;
    }
}
