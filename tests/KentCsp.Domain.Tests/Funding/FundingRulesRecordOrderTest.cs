using System.Linq;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>
/// Evaluation finds each decision's bid and each payment's, return's and repayment's allocation whatever order the
/// record lists them in: in the order of what they refer to (the usual case, found next to the last one), backwards,
/// repeated, or skipping about.
/// </summary>
public sealed class FundingRulesRecordOrderTest
{
    [Fact]
    public void EvaluateAll_RecordsInAnyOrder_FindTheirBidsAndAllocations()
    {
        var june1 = RoundBuilder.On(6, 1);
        var round = new RoundBuilder()
            .WithBid(RoundBuilder.Bid("a")).WithBid(RoundBuilder.Bid("b")).WithBid(RoundBuilder.Bid("c")).WithBid(RoundBuilder.Bid("d"))
            // Decisions backwards and repeated: d's later refusal stands, b has none.
            .WithDecision("d", DecisionOutcome.Funded, 100m)
            .WithDecision("c", DecisionOutcome.Funded, 100m)
            .WithDecision("a", DecisionOutcome.Funded, 100m)
            .WithDecision("d", DecisionOutcome.Refused, on: RoundBuilder.On(7, 1))
            // Allocations skipping about; one to b, which has no decision, and one to d, whose decision is a refusal.
            .WithAllocation("c-1", "c", 100m, june1)
            .WithAllocation("a-1", "a", 60m, june1)
            .WithAllocation("b-1", "b", 10m, june1)
            .WithAllocation("a-2", "a", 50m, june1)
            .WithAllocation("d-1", "d", 10m, june1)
            // Payments backwards and repeated: a-1 is overpaid, c-1 is paid in full.
            .WithPayment("a-2", 50m, june1)
            .WithPayment("a-1", 40m, june1)
            .WithPayment("a-1", 40m, june1)
            .WithPayment("c-1", 100m, june1)
            .WithRepayment("a-2", 50m, june1.PlusDays(1))
            .WithRepayment("c-1", 1m, june1.PlusDays(1))
            .Build();

        var evaluation = FundingRules.Evaluate(round, RoundBuilder.On(9, 1), KentPolicies.Funding);

        Assert.Equal(["test-2017-18/bids/a"], evaluation.FindingsOf(FundingRule.AllocationExceedsAward).Select(finding => finding.Subject));
        Assert.Equal(["test-2017-18/allocations/b-1", "test-2017-18/allocations/d-1"], evaluation.FindingsOf(FundingRule.AllocationWithoutFundingDecision).Select(finding => finding.Subject));
        Assert.Equal(["test-2017-18/allocations/a-1"], evaluation.FindingsOf(FundingRule.PaymentsExceedAllocation).Select(finding => finding.Subject));
        Assert.Equal(AllocationState.Repaid, evaluation.StateOf(round.Id, "a-2"));
        Assert.Equal(AllocationState.Repaid, evaluation.StateOf(round.Id, "c-1"));
        Assert.Equal(AllocationState.Active, evaluation.StateOf(round.Id, "a-1"));
        Assert.Equal(AllocationState.Active, evaluation.StateOf(round.Id, "b-1"));
    }
}
