using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

public class FundingRulesTest
{
    private static readonly LocalDate June1 = RoundBuilder.On(6, 1);
    private static readonly LocalDate YearEnd = RoundBuilder.On(3, 31);

    private static FundingEvaluation Evaluate(RoundBuilder round, LocalDate? asOf = null, FundingPolicy? policy = null) =>
        FundingRules.Evaluate(round.Build(), asOf ?? YearEnd, policy ?? KentPolicies.Funding);

    private static IEnumerable<string> RuleIds(FundingEvaluation evaluation) => evaluation.Findings.Select(finding => finding.RuleId);

    [Fact]
    public void CleanRound_HasNoFindingsAndEveryAllocationIsActive()
    {
        var round = new RoundBuilder()
            .WithWindow(RoundBuilder.On(4, 1), RoundBuilder.On(4, 30))
            .WithFundedProject("a", 4_000m, RoundBuilder.Bid("a", submittedOn: RoundBuilder.On(4, 10)))
            .WithFundedProject("b", 6_000m)
            .WithPayment("a", 4_000m, June1)
            .WithMonitoringReturn("a", June1, RoundBuilder.On(9, 30), RoundBuilder.On(9, 30));

        var evaluation = Evaluate(round);

        Assert.Empty(evaluation.Findings);
        Assert.False(evaluation.HasErrors);
        Assert.Same(AllocationState.Active, evaluation.StateOf("test-2017-18", "a"));
        Assert.Same(AllocationState.Active, evaluation.StateOf("test-2017-18", "b"));
        Assert.Equal(YearEnd, evaluation.AsOf);
    }

    [Fact]
    public void Fund001_AllocationsExceedGrant_Fires()
    {
        var evaluation = Evaluate(new RoundBuilder().WithFundedProject("a", 6_000m).WithFundedProject("b", 4_000.01m));
        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal("FUND-001", finding.RuleId);
        Assert.Same(FindingSeverity.Error, finding.Severity);
        Assert.Equal("grants/test-2017-18", finding.Subject);
        Assert.Equal(["grant = £10,000.00", "allocated = £10,000.01", "excess = £0.01"], finding.Figures.Select(figure => figure.ToString()));
        Assert.Equal(RoundBuilder.Source, finding.Source);
        Assert.True(evaluation.HasErrors);
    }

    [Fact]
    public void Fund001_AllocationsEqualToGrant_DoesNotFire()
    {
        Assert.Empty(Evaluate(new RoundBuilder().WithFundedProject("a", 6_000m).WithFundedProject("b", 4_000m)).Findings);
    }

    [Fact]
    public void Fund001_TwoRoundsOfOneGrant_AreTotalledTogether()
    {
        var first = new RoundBuilder().WithId("first").WithFundedProject("a", 6_000m).Build();
        var second = new RoundBuilder().WithId("second").WithFundedProject("b", 6_000m).Build();
        Assert.Empty(FundingRules.Evaluate(first, YearEnd, KentPolicies.Funding).Findings);
        Assert.Empty(FundingRules.Evaluate(second, YearEnd, KentPolicies.Funding).Findings);

        var year = FundingRules.EvaluateAll([first, second], YearEnd, KentPolicies.Funding);

        var finding = Assert.Single(year.Findings);
        Assert.Equal("FUND-001", finding.RuleId);
        Assert.Equal("The 2 allocations from grant 'test-2017-18' (2017/18) total £12,000.00, £2,000.00 more than the grant of £10,000.00.", finding.Message);
    }

    [Fact]
    public void EvaluateAll_RepeatedRoundId_Throws()
    {
        var round = new RoundBuilder().Build();
        Assert.Equal("rounds[1].id", Assert.Throws<ArgumentRefusedException>(() => FundingRules.EvaluateAll([round, round], YearEnd, KentPolicies.Funding)).ParamName);
    }

    [Theory]
    [InlineData(2018, 4, 1, true)]
    [InlineData(2017, 3, 31, true)]
    [InlineData(2018, 3, 31, false)]
    [InlineData(2017, 4, 1, false)]
    public void Fund002_AllocationOutsideTheGrantYear(int y, int m, int d, bool fires)
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a")).WithDecision("a", DecisionOutcome.Funded).WithAllocation("a", "a", 100m, new LocalDate(y, m, d));
        Assert.Equal(fires, RuleIds(Evaluate(round)).Contains("FUND-002"));
    }

    [Theory]
    [InlineData("Refused", true)]
    [InlineData("FundedInPrinciple", true)]
    [InlineData("ReferredToLocalPartnership", true)]
    [InlineData("FundedInPart", false)]
    [InlineData("Funded", false)]
    public void Fund003_AllocationWithoutAFundingDecision(string outcome, bool fires)
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a")).WithDecision("a", DecisionOutcome.FromName(outcome)).WithAllocation("a", "a", 100m, June1);
        Assert.Equal(fires, RuleIds(Evaluate(round)).Contains("FUND-003"));
    }

    [Fact]
    public void Fund003_AllocationToABidWithNoDecision_Fires()
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a")).WithAllocation("a", "a", 100m, June1);
        var finding = Assert.Single(Evaluate(round).Findings);
        Assert.Equal("Allocation 'a' gives £100.00 to bid 'a', but it has no decision.", finding.Message);
        Assert.Equal(KentPolicies.Funding.Source, finding.Source);
    }

    [Theory]
    [InlineData("1000.01", true)]
    [InlineData("1000.00", false)]
    public void Fund004_AllocationsToABidBeyondItsAward(string allocated, bool fires)
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a")).WithDecision("a", DecisionOutcome.FundedInPart, 1_000m)
            .WithAllocation("a-1", "a", 600m, June1)
            .WithAllocation("a-2", "a", decimal.Parse(allocated, System.Globalization.CultureInfo.InvariantCulture) - 600m, June1);
        Assert.Equal(fires, RuleIds(Evaluate(round)).Contains("FUND-004"));
    }

    [Fact]
    public void Fund004_AwardNotRecorded_DoesNotFire()
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a")).WithDecision("a", DecisionOutcome.Funded).WithAllocation("a", "a", 9_000m, June1);
        Assert.Empty(Evaluate(round).Findings);
    }

    [Fact]
    public void Fund005_FundedBidNamingNoPriority_Fires()
    {
        var round = new RoundBuilder().WithFundedProject("a", 10m, RoundBuilder.Bid("a", priorities: []));
        var finding = Assert.Single(Evaluate(round).Findings);
        Assert.Equal("FUND-005", finding.RuleId);
        Assert.Equal("test-2017-18/bids/a", finding.Subject);
    }

    [Fact]
    public void Fund005_RefusedBidNamingNoPriority_DoesNotFire()
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a", priorities: [])).WithDecision("a", DecisionOutcome.Refused);
        Assert.Empty(Evaluate(round).Findings);
    }

    [Fact]
    public void Fund005_InPrincipleBidNamingNoPriority_Fires()
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a", priorities: [])).WithDecision("a", DecisionOutcome.FundedInPrinciple);
        Assert.Equal(["FUND-005"], RuleIds(Evaluate(round, asOf: June1)));
    }

    [Fact]
    public void Fund005_WithAnAgreement_OnlyItsPrioritiesCount()
    {
        var policy = KentPolicies.Funding.WithAgreement(KentData.CommunitySafetyAgreement2017);
        var inAgreement = new RoundBuilder().WithFundedProject("a", 10m, RoundBuilder.Bid("a", priorities: ["road-safety"]));
        var notInAgreement = new RoundBuilder().WithFundedProject("a", 10m, RoundBuilder.Bid("a", priorities: ["extremism-and-hate"]));
        var themeOnly = new RoundBuilder().WithFundedProject("a", 10m, RoundBuilder.Bid("a", priorities: ["early-intervention"]));

        Assert.Empty(Evaluate(inAgreement, policy: policy).Findings);
        Assert.Equal(["FUND-005"], RuleIds(Evaluate(notInAgreement, policy: policy)));
        Assert.Equal(["FUND-005"], RuleIds(Evaluate(themeOnly, policy: policy)));
        Assert.Empty(Evaluate(notInAgreement, policy: KentPolicies.Funding.WithAgreement(KentData.CommunitySafetyAgreement2023)).Findings);
    }

    [Fact]
    public void Fund005_APlanObjectiveIsEnough()
    {
        var round = new RoundBuilder().WithFundedProject("a", 10m, RoundBuilder.Bid("a", priorities: [], objectives: ["protect-vulnerable-people"]));
        Assert.Empty(Evaluate(round).Findings);
        Assert.Empty(Evaluate(round, policy: KentPolicies.Funding.WithPlanObjectives(["protect-vulnerable-people"])).Findings);
        Assert.Equal(["FUND-005"], RuleIds(Evaluate(round, policy: KentPolicies.Funding.WithPlanObjectives(["fight-crime"]))));
    }

    [Fact]
    public void Fund006_LocalProjectFundedByTheCounty_Fires()
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a", scope: ProjectScope.Local("Thanet"))).WithDecision("a", DecisionOutcome.Funded, 10m);
        var finding = Assert.Single(Evaluate(round).Findings);
        Assert.Equal("FUND-006", finding.RuleId);
        Assert.Equal("Bid 'a' (Project a) serves Thanet only and is funded; a local project is to be referred to the local partnership.", finding.Message);
    }

    [Fact]
    public void Fund006_LocalProjectReferred_DoesNotFire()
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a", scope: ProjectScope.Local("Thanet"))).WithDecision("a", DecisionOutcome.ReferredToLocalPartnership);
        Assert.Empty(Evaluate(round).Findings);
    }

    [Fact]
    public void Fund006_PolicyThatFundsLocalProjects_DoesNotFire()
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a", scope: ProjectScope.Local("Thanet"))).WithDecision("a", DecisionOutcome.Funded, 10m);
        Assert.Empty(Evaluate(round, policy: KentPolicies.Funding.WithReferLocalProjects(false)).Findings);
    }

    public static TheoryData<string, Bid, Bid, bool> Duplications
    {
        get
        {
            var applicant = Builders.Organisation("charity");
            return new()
            {
                { "same applicant and project name, ignoring case and punctuation", RoundBuilder.Bid("a", applicant: applicant, project: "Licence to Kill"), RoundBuilder.Bid("b", applicant: applicant, project: "licence  to kill!", purpose: "Other."), true },
                { "same applicant, different project", RoundBuilder.Bid("a", applicant: applicant, project: "Licence to Kill"), RoundBuilder.Bid("b", applicant: applicant, project: "Small Steps"), false },
                { "same project name, different applicant", RoundBuilder.Bid("a", project: "Licence to Kill"), RoundBuilder.Bid("b", project: "Licence to Kill"), false },
                { "same purpose, both county-wide", RoundBuilder.Bid("a", purpose: "Road safety show for young drivers."), RoundBuilder.Bid("b", purpose: "Road-safety show for young drivers"), true },
                { "same purpose, county-wide then local", RoundBuilder.Bid("a", purpose: "Scam awareness."), RoundBuilder.Bid("b", purpose: "Scam awareness.", scope: ProjectScope.Local("Dover")), true },
                { "same purpose, local then county-wide", RoundBuilder.Bid("a", purpose: "Scam awareness.", scope: ProjectScope.Local("Dover")), RoundBuilder.Bid("b", purpose: "Scam awareness."), true },
                { "same purpose, same district", RoundBuilder.Bid("a", purpose: "Scam awareness.", scope: ProjectScope.Local("Dover")), RoundBuilder.Bid("b", purpose: "Scam awareness.", scope: ProjectScope.Local("DOVER")), true },
                { "same purpose, different districts", RoundBuilder.Bid("a", purpose: "Scam awareness.", scope: ProjectScope.Local("Dover")), RoundBuilder.Bid("b", purpose: "Scam awareness.", scope: ProjectScope.Local("Thanet")), false },
                { "different purposes", RoundBuilder.Bid("a", purpose: "Scam awareness."), RoundBuilder.Bid("b", purpose: "Scam awareness for banks.") , false },
            };
        }
    }

    [Theory]
    [MemberData(nameof(Duplications))]
    public void Fund007_LikelyDuplication(string reason, Bid first, Bid second, bool fires)
    {
        var round = new RoundBuilder()
            .WithBid(first).WithDecision(first.Id, DecisionOutcome.Funded)
            .WithBid(second).WithDecision(second.Id, DecisionOutcome.FundedInPrinciple);
        var findings = Evaluate(round, asOf: June1, policy: KentPolicies.Funding.WithReferLocalProjects(false)).Findings;
        Assert.True(fires == findings.Any(finding => finding.RuleId == "FUND-007"), reason);
        if (fires)
        {
            var finding = Assert.Single(findings);
            Assert.Equal("test-2017-18/bids/b", finding.Subject);
            Assert.Equal(["bid = test-2017-18/bids/b", "matches = test-2017-18/bids/a"], finding.Figures.Select(figure => figure.ToString()));
            Assert.Same(FindingSeverity.Warning, finding.Severity);
        }
    }

    [Fact]
    public void Fund007_RefusedBidsAreNotDuplicates()
    {
        var round = new RoundBuilder()
            .WithBid(RoundBuilder.Bid("a", purpose: "Same.")).WithDecision("a", DecisionOutcome.Refused)
            .WithBid(RoundBuilder.Bid("b", purpose: "Same.")).WithDecision("b", DecisionOutcome.Funded);
        Assert.Empty(Evaluate(round).Findings);
    }

    [Fact]
    public void Fund007_AcrossRounds_NamesTheEarlierRound()
    {
        var first = new RoundBuilder().WithId("first").WithBid(RoundBuilder.Bid("a", purpose: "Same.")).WithDecision("a", DecisionOutcome.Funded).Build();
        var second = new RoundBuilder().WithId("second").WithBid(RoundBuilder.Bid("b", purpose: "Same.")).WithDecision("b", DecisionOutcome.Funded).Build();
        var finding = Assert.Single(FundingRules.EvaluateAll([first, second], YearEnd, KentPolicies.Funding).Findings);
        Assert.Equal("second/bids/b", finding.Subject);
        Assert.EndsWith("as bid 'a' (Project a, Organisation applicant-a, county-wide) in round 'first'.", finding.Message);
    }

    [Fact]
    public void Fund007_SameProjectInAnotherYear_IsNotADuplicate()
    {
        var applicant = Builders.Organisation("charity");
        var thisYear = new RoundBuilder().WithId("this-year").WithFundedProject("a", 10m, RoundBuilder.Bid("a", applicant: applicant, project: "Same")).Build();
        var nextYearGrant = new Grant("next-year", RoundBuilder.Funder, RoundBuilder.Partnership, RoundBuilder.Year.Next, Money.FromPounds(10m), "Grant.", [], RoundBuilder.Source);
        var nextYear = new FundingRound("next-year", nextYearGrant, null, [RoundBuilder.Bid("a", applicant: applicant, project: "Same")],
            [new BidDecision("a", DecisionOutcome.Funded, new LocalDate(2018, 5, 1), "Again.", null, null)], [], [], [], [], RoundBuilder.Source);
        Assert.Empty(FundingRules.EvaluateAll([thisYear, nextYear], new LocalDate(2018, 6, 1), KentPolicies.Funding).Findings);
    }

    private static RoundBuilder Monitored(LocalDate? receivedOn) =>
        new RoundBuilder().WithFundedProject("a", 1_000m).WithMonitoringReturn("a", June1, RoundBuilder.On(9, 30), receivedOn);

    [Fact]
    public void Fund008_ReturnReceivedAfterItsDeadline_IsLate()
    {
        var evaluation = Evaluate(Monitored(RoundBuilder.On(10, 5)));
        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal("FUND-008", finding.RuleId);
        Assert.Equal("test-2017-18/allocations/a/monitoring-returns/2017-09-30", finding.Subject);
        Assert.Same(AllocationState.Active, evaluation.StateOf("test-2017-18", "a"));
    }

    [Fact]
    public void Fund008_ReturnReceivedOnItsDeadline_DoesNotFire()
    {
        Assert.Empty(Evaluate(Monitored(RoundBuilder.On(9, 30))).Findings);
    }

    [Theory]
    [InlineData(9, 30, null, "Active", "on the deadline")]
    [InlineData(10, 1, "FUND-009", "Withheld", "the day after the deadline")]
    [InlineData(10, 30, "FUND-009", "Withheld", "the second deadline itself")]
    [InlineData(10, 31, "FUND-010", "Withdrawn", "the day after the second deadline")]
    public void Fund009And010_MissingReturn_WithheldThenWithdrawn(int month, int day, string? rule, string state, string reason)
    {
        var evaluation = Evaluate(Monitored(null), asOf: RoundBuilder.On(month, day));
        Assert.True(RuleIds(evaluation).SequenceEqual(rule is null ? [] : [rule]), reason);
        Assert.Equal(state, evaluation.StateOf("test-2017-18", "a").Name);
    }

    [Fact]
    public void Fund009_ReturnReceivedAfterTheEvaluationDate_CountsAsMissing()
    {
        var evaluation = Evaluate(Monitored(RoundBuilder.On(10, 20)), asOf: RoundBuilder.On(10, 10));
        Assert.Equal(["FUND-009"], RuleIds(evaluation));
        Assert.Same(AllocationState.Withheld, evaluation.StateOf("test-2017-18", "a"));
        Assert.Same(AllocationState.Active, Evaluate(Monitored(RoundBuilder.On(10, 20)), asOf: RoundBuilder.On(10, 20)).StateOf("test-2017-18", "a"));
    }

    [Fact]
    public void Fund010_ReturnReceivedAfterTheSecondDeadline_StaysWithdrawn()
    {
        var evaluation = Evaluate(Monitored(RoundBuilder.On(11, 15)));
        Assert.Equal(["FUND-010"], RuleIds(evaluation));
        Assert.Same(AllocationState.Withdrawn, evaluation.StateOf("test-2017-18", "a"));
    }

    [Fact]
    public void Fund009_PolicyPeriodsMoveTheDeadlines()
    {
        var policy = KentPolicies.Funding.WithWithholdAfter(Period.FromDays(7)).WithWithdrawAfter(Period.FromDays(14));
        Assert.Empty(Evaluate(Monitored(null), asOf: RoundBuilder.On(10, 7), policy: policy).Findings);
        Assert.Equal(["FUND-009"], RuleIds(Evaluate(Monitored(null), asOf: RoundBuilder.On(10, 8), policy: policy)));
        Assert.Equal(["FUND-010"], RuleIds(Evaluate(Monitored(null), asOf: RoundBuilder.On(10, 15), policy: policy)));
    }

    [Fact]
    public void Repayment_MakesTheAllocationRepaid()
    {
        var round = Monitored(null).WithRepayment("a", 1_000m, RoundBuilder.On(11, 1));
        Assert.Same(AllocationState.Withheld, Evaluate(round, asOf: RoundBuilder.On(10, 15)).StateOf("test-2017-18", "a"));
        Assert.Same(AllocationState.Repaid, Evaluate(round, asOf: RoundBuilder.On(11, 1)).StateOf("test-2017-18", "a"));
    }

    [Fact]
    public void StateOf_UnknownRoundOrAllocation_Throws()
    {
        var evaluation = Evaluate(Monitored(null));
        Assert.Equal("roundId", Assert.Throws<ArgumentRefusedException>(() => evaluation.StateOf("nope", "a")).ParamName);
        Assert.Equal("allocationId", Assert.Throws<ArgumentRefusedException>(() => evaluation.StateOf("test-2017-18", "nope")).ParamName);
    }

    [Theory]
    [InlineData(7, 31, false, "three months less a day")]
    [InlineData(8, 1, false, "exactly three months")]
    [InlineData(8, 2, true, "three months and a day")]
    public void Fund011_InPrincipleWithoutConfirmBy_UsesThePolicyLimit(int month, int day, bool fires, string reason)
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a")).WithDecision("a", DecisionOutcome.FundedInPrinciple, on: RoundBuilder.On(5, 1));
        Assert.True(fires == RuleIds(Evaluate(round, asOf: RoundBuilder.On(month, day))).Contains("FUND-011"), reason);
    }

    [Fact]
    public void Fund011_ConfirmByDate_TakesPrecedence()
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a")).WithDecision("a", DecisionOutcome.FundedInPrinciple, on: RoundBuilder.On(5, 1), confirmBy: RoundBuilder.On(5, 15));
        var finding = Assert.Single(Evaluate(round, asOf: RoundBuilder.On(5, 16)).Findings);
        Assert.Equal("Bid 'a' (Project a) was funded in principle on 2017-05-01 and has no final decision by 2017-05-16, after 2017-05-15 (its confirm-by date).", finding.Message);
    }

    [Fact]
    public void Fund011_LaterFinalDecision_DoesNotFire()
    {
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a"))
            .WithDecision("a", DecisionOutcome.FundedInPrinciple, on: RoundBuilder.On(5, 1))
            .WithDecision("a", DecisionOutcome.Funded, 100m, on: RoundBuilder.On(6, 1));
        Assert.Empty(Evaluate(round).Findings);
    }

    [Theory]
    [InlineData("1000.01", true)]
    [InlineData("1000.00", false)]
    public void Fund012_PaymentsBeyondTheAllocation(string paid, bool fires)
    {
        var round = new RoundBuilder().WithFundedProject("a", 1_000m)
            .WithPayment("a", 500m, June1)
            .WithPayment("a", decimal.Parse(paid, System.Globalization.CultureInfo.InvariantCulture) - 500m, June1);
        Assert.Equal(fires, RuleIds(Evaluate(round)).Contains("FUND-012"));
    }

    [Theory]
    [InlineData(3, 31, true)]
    [InlineData(4, 1, false)]
    [InlineData(4, 30, false)]
    [InlineData(5, 1, true)]
    public void Fund013_BidOutsideTheWindow(int month, int day, bool fires)
    {
        var submitted = new LocalDate(2017, month, day);
        var round = new RoundBuilder().WithWindow(RoundBuilder.On(4, 1), RoundBuilder.On(4, 30)).WithFundedProject("a", 10m, RoundBuilder.Bid("a", submittedOn: submitted));
        Assert.Equal(fires, RuleIds(Evaluate(round)).Contains("FUND-013"));
    }

    [Fact]
    public void Fund013_NoWindowOrNoDate_DoesNotFire()
    {
        Assert.Empty(Evaluate(new RoundBuilder().WithFundedProject("a", 10m, RoundBuilder.Bid("a", submittedOn: RoundBuilder.On(3, 1)))).Findings);
        Assert.Empty(Evaluate(new RoundBuilder().WithWindow(RoundBuilder.On(4, 1), RoundBuilder.On(4, 30)).WithFundedProject("a", 10m)).Findings);
    }

    /// <summary>A record that breaks every rule at once: the engine reports everything, in rule order, and does not throw.</summary>
    private static FundingRound EverythingWrong() => new RoundBuilder()
        .WithWindow(RoundBuilder.On(4, 1), RoundBuilder.On(4, 30))
        .WithBid(RoundBuilder.Bid("big", submittedOn: RoundBuilder.On(5, 2), purpose: "Same purpose."))
        .WithDecision("big", DecisionOutcome.FundedInPart, 8_000m)
        .WithAllocation("big", "big", 9_000m, RoundBuilder.On(6, 1))
        .WithBid(RoundBuilder.Bid("refused", priorities: []))
        .WithDecision("refused", DecisionOutcome.Refused)
        .WithAllocation("refused", "refused", 1_500m, new LocalDate(2018, 4, 2))
        .WithBid(RoundBuilder.Bid("local", scope: ProjectScope.Local("Thanet"), purpose: "Same purpose.", priorities: []))
        .WithDecision("local", DecisionOutcome.FundedInPrinciple, on: RoundBuilder.On(5, 1))
        .WithPayment("big", 9_000.50m, RoundBuilder.On(6, 2))
        .WithMonitoringReturn("big", RoundBuilder.On(6, 1), RoundBuilder.On(6, 30), RoundBuilder.On(7, 3))
        .WithMonitoringReturn("big", RoundBuilder.On(9, 1), RoundBuilder.On(9, 30), null)
        .WithMonitoringReturn("refused", RoundBuilder.On(6, 1), RoundBuilder.On(12, 31), null)
        .Build();

    [Fact]
    public void EverythingWrong_ReportsEveryRuleInOrder()
    {
        var evaluation = FundingRules.Evaluate(EverythingWrong(), RoundBuilder.On(1, 10), KentPolicies.Funding);
        Assert.Equal(
            ["FUND-001", "FUND-002", "FUND-003", "FUND-004", "FUND-005", "FUND-006", "FUND-007", "FUND-008", "FUND-009", "FUND-010", "FUND-011", "FUND-012", "FUND-013"],
            RuleIds(evaluation));
        Assert.Equal(FundingRule.All.Select(rule => rule.Id), RuleIds(evaluation));
        Assert.All(evaluation.Findings, finding =>
        {
            Assert.True(FundingRule.TryFromId(finding.RuleId, out var rule));
            Assert.Same(rule!.Severity, finding.Severity);
            Assert.Equal(rule.CitesPolicy ? KentPolicies.Funding.Source : RoundBuilder.Source, finding.Source);
        });
    }

    [Fact]
    public void EverythingWrong_Messages_MatchSnapshot()
    {
        var evaluation = FundingRules.Evaluate(EverythingWrong(), RoundBuilder.On(1, 10), KentPolicies.Funding);
        var lines = evaluation.Findings.Select(finding =>
            $"{finding}\n    figures: {string.Join("; ", finding.Figures)}\n    source: {finding.Source}");
        Snapshot.VerifyText(string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void FindingsOf_SelectsOneRule()
    {
        var evaluation = FundingRules.Evaluate(EverythingWrong(), RoundBuilder.On(1, 10), KentPolicies.Funding);
        Assert.Equal("test-2017-18/bids/local", Assert.Single(evaluation.FindingsOf(FundingRule.LocalProjectNotReferred)).Subject);
        Assert.Equal(2, evaluation.FindingsOf(FundingRule.NoSupportedPriority).Count + evaluation.FindingsOf(FundingRule.AllocationsExceedGrant).Count);
    }
}
