using System.Linq;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Kent;

public class KentFundingTest
{
    [Fact]
    public void Grant2016To17_Is39661PoundsFromThePccToTheKcsp()
    {
        var grant = KentFunding.Grant2016To17;
        Assert.Equal(Money.FromPounds(39_661m), grant.Amount);
        Assert.Equal("2016/17", grant.Year.ToString());
        Assert.Same(LocalPolicingBodyKind.PoliceAndCrimeCommissioner, grant.Funder.Kind);
        Assert.Equal(KentData.KcspId, grant.Recipient.Id);
        Assert.Equal(KentSources.WorkingGroupUpdate2017March15.At("section 3.1"), grant.Source);
    }

    [Fact]
    public void Round2016To17_EightProjectsSumExactlyToTheGrant()
    {
        var round = KentFunding.Round2016To17;
        Assert.Equal(
            [
                ("Licence to Kill", 6_000m),
                ("Stop the Scammers", 1_000m),
                ("Domestic Homicide Reviews", 12_000m),
                ("Small Steps", 3_100m),
                ("Project Liberty", 7_535m),
                ("DA Perpetrator Programme – Support Work", 1_080m),
                ("Mental Health - Section 136 research", 2_250m),
                ("'Is it Worth It' School Tour", 6_696m),
            ],
            round.Allocations.Select(allocation => (round.FindBid(allocation.BidId)!.Project, allocation.Amount.Pounds)));
        Assert.Equal<MoneyTotal>(round.Grant.Amount, round.TotalAllocated);
        Assert.Equal<MoneyTotal>(Money.FromPounds(39_661m), Money.Sum(round.Allocations.Select(allocation => allocation.Amount)));
    }

    [Fact]
    public void Round2016To17_BreaksNoRule()
    {
        var round = KentFunding.Round2016To17;
        Assert.Empty(FundingRules.Evaluate(round, round.Grant.Year.End, KentPolicies.Funding).Findings);
        Assert.Empty(FundingRules.Evaluate(round, round.Grant.Year.End, KentPolicies.Funding.WithAgreement(KentData.CommunitySafetyAgreement2017)).Findings);
    }

    [Fact]
    public void Round2016To17_IsReproducibleThroughTheAllocatingApi()
    {
        var source = KentFunding.Round2016To17;
        var round = new FundingRound(source.Id, source.Grant, source.BidWindow, source.Bids, source.Decisions, [], [], [], [], source.Source);
        foreach (var allocation in source.Allocations)
        {
            round = round.Allocate(allocation, KentPolicies.Funding).Match(allocated => allocated.Round, refused => throw new Xunit.Sdk.XunitException(refused.Message));
        }
        Assert.Equal(source, round);
        Assert.False(round.Allocate(new Allocation("one-more", "small-steps", Money.FromPence(1), new LocalDate(2017, 3, 15)), KentPolicies.Funding).IsAllocated);
    }

    [Fact]
    public void Round2017To18_ThreeBidsFundedAndGangsTrainingInPrinciple()
    {
        var round = KentFunding.Round2017To18;
        Assert.Equal(
            ["Online safety workshops", "Licence to Kill presentations", "Scams Tru-Call devices"],
            round.Bids.Where(bid => round.StandingDecision(bid.Id)!.Outcome == DecisionOutcome.Funded).Select(bid => bid.Project));
        Assert.Same(DecisionOutcome.FundedInPrinciple, round.StandingDecision("gangs-training")!.Outcome);
        Assert.Equal("Integrated approach to gangs training", round.FindBid("gangs-training")!.Project);
        Assert.Empty(round.Allocations);
        Assert.Equal(KentSources.KcspMinutes2017July19.At("minute 150"), round.Source);
        Assert.Equal(KentFunding.Grant2016To17.Amount, round.Grant.Amount);
    }

    [Fact]
    public void Round2017To18_GangsTrainingIsReportedOnceTheInPrincipleLimitPasses()
    {
        var round = KentFunding.Round2017To18;
        Assert.Empty(FundingRules.Evaluate(round, new LocalDate(2017, 10, 19), KentPolicies.Funding).Findings);
        var finding = Assert.Single(FundingRules.Evaluate(round, new LocalDate(2017, 10, 20), KentPolicies.Funding).Findings);
        Assert.Equal("FUND-011", finding.RuleId);
        Assert.Equal("kcsp-2017-18/bids/gangs-training", finding.Subject);
    }

    [Fact]
    public void BothYears_AreNotDuplicatesOfEachOther_WhenEvaluatedTogether()
    {
        // Licence to Kill is funded in both years: continuing a project into the next year is not duplication, which
        // is judged within one financial year.
        var evaluation = FundingRules.EvaluateAll([KentFunding.Round2016To17, KentFunding.Round2017To18], new LocalDate(2017, 7, 19), KentPolicies.Funding);
        Assert.Empty(evaluation.Findings);
    }
}
