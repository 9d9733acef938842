using System.Linq;
using CsCheck;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>Whatever sequence of allocations is asked for, a round built through <see cref="FundingRound.Allocate"/> stays within the rules.</summary>
public class AllocationPropertyTest
{
    private static readonly string[] BidIds = ["a", "b", "c", "d", "e", "missing"];

    // Bids a–e with varied decisions (including none) and scopes; the grant is between £1 and £20,000.
    private static readonly Gen<FundingRound> Rounds =
        Gen.Select(Gen.Int[1, 2_000_000], Gen.Int[0, 5].Array[5], Gen.Int[0, 3].Array[5], Gen.Bool.Array[5],
            (grantPence, outcomes, awards, local) =>
            {
                var builder = new RoundBuilder().WithGrant(grantPence / 100m);
                for (int i = 0; i < 5; i++)
                {
                    string id = BidIds[i];
                    builder.WithBid(RoundBuilder.Bid(id, scope: local[i] ? ProjectScope.Local("Dover") : ProjectScope.CountyWide));
                    if (outcomes[i] < DecisionOutcome.All.Count)
                    {
                        var outcome = DecisionOutcome.All[outcomes[i]];
                        decimal? award = outcome.Supports && awards[i] > 0 ? awards[i] * 2_500m : null;
                        builder.WithDecision(id, outcome, award);
                    }
                }
                return builder.Build();
            });

    private static readonly Gen<Allocation> Requests =
        Gen.Select(Gen.Int[0, BidIds.Length - 1], Gen.Int[1, 1_500_000], Gen.Int[-30, 400], Gen.Int[0, 9],
            (bid, pence, day, id) => new Allocation($"alloc-{id}", BidIds[bid], Money.FromPence(pence), new LocalDate(2017, 4, 1).PlusDays(day)));

    [Fact]
    public void Allocate_AnySequence_NeverAllocatesMoreThanTheGrantOrBreaksAnAllocationRule()
    {
        Gen.Select(Rounds, Requests.Array[0, 30], Gen.Bool).Sample((start, requests, referLocal) =>
        {
            var policy = KentPolicies.Funding.WithReferLocalProjects(referLocal);
            var round = start;
            foreach (var request in requests)
            {
                var before = round;
                round = round.Allocate(request, policy).Match(allocated => allocated.Round, refused => before);
                Assert.True(round.TotalAllocated <= round.Grant.Amount);
            }
            var evaluation = FundingRules.Evaluate(round, round.Grant.Year.End, policy);
            // The start round's decisions may break decision rules (a funded local project); the allocations never break an allocation rule.
            string[] allocationRules = [FundingRule.AllocationsExceedGrant.Id, FundingRule.AllocationOutsideGrantYear.Id, FundingRule.AllocationWithoutFundingDecision.Id, FundingRule.AllocationExceedsAward.Id];
            Assert.DoesNotContain(evaluation.Findings, finding => allocationRules.Contains(finding.RuleId));
        }, iter: 2_000);
    }

    [Fact]
    public void Allocate_RefusalForARule_IsAFindingOfThatRuleWhenTheAllocationIsRecordedAnyway()
    {
        Gen.Select(Rounds, Requests, Gen.Bool).Sample((round, request, referLocal) =>
        {
            var policy = KentPolicies.Funding.WithReferLocalProjects(referLocal);
            if (round.Allocate(request, policy).TryPickT1(out var refused, out _) && refused.Reason.Rule is { } rule)
            {
                var recorded = new FundingRound(round.Id, round.Grant, round.BidWindow, round.Bids, round.Decisions, round.Allocations.Append(request),
                    round.Payments, round.MonitoringReturns, round.Repayments, round.Source);
                var evaluation = FundingRules.Evaluate(recorded, recorded.Grant.Year.End, policy);
                Assert.Contains(evaluation.Findings, finding => finding.RuleId == rule.Id);
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Allocate_RefusalLeavesTheRoundUnchanged_AndAcceptanceAddsExactlyOne()
    {
        Gen.Select(Rounds, Requests).Sample((round, request) =>
        {
            var outcome = round.Allocate(request, KentPolicies.Funding);
            outcome.Match(
                allocated =>
                {
                    Assert.Equal(round.Allocations.Append(request), allocated.Round.Allocations);
                    Assert.Equal(round.TotalAllocated + request.Amount, allocated.Round.TotalAllocated);
                    return 0;
                },
                refused =>
                {
                    Assert.Same(request, refused.Allocation);
                    Assert.NotNull(refused.Reason);
                    return 0;
                });
        }, iter: 2_000);
    }
}
