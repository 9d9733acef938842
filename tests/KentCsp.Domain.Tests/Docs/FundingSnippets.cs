using System;
using System.Linq;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The code shown in docs/funding.md; each test runs one snippet and checks what the page says it does.</summary>
public class FundingSnippets
{
    [Fact]
    public void EvaluateKent()
    {
        #region funding-evaluate
        var round = KentFunding.Round2017To18;
        var evaluation = FundingRules.Evaluate(round, new LocalDate(2017, 11, 1), KentPolicies.Funding);
        foreach (var finding in evaluation.Findings)
        {
            Console.WriteLine($"{finding.RuleId} {finding.Severity.Description}: {finding.Message}");
            Console.WriteLine($"  source: {finding.Source}");
        }
        #endregion
        var finding1 = Assert.Single(evaluation.Findings);
        Assert.Equal("FUND-011", finding1.RuleId);
        Assert.False(evaluation.HasErrors);
    }

    [Fact]
    public void AllocateThroughTheApi()
    {
        #region funding-allocate
        var round = KentFunding.Round2016To17;
        var request = new Allocation("small-steps-extra", "small-steps", Money.FromPounds(500m), new LocalDate(2017, 3, 20));
        string result = round.Allocate(request, KentPolicies.Funding).Match(
            allocated => $"allocated; {allocated.Round.TotalAllocated} of {allocated.Round.Grant.Amount}",
            refused => $"refused ({refused.Reason.Name}): {refused.Message}");
        // refused (ExceedsAward): £500.00 would bring bid 'small-steps' to £3,600.00, more than its award of £3,100.00.
        #endregion
        Assert.Equal("refused (ExceedsAward): £500.00 would bring bid 'small-steps' to £3,600.00, more than its award of £3,100.00.", result);
    }

    [Fact]
    public void OwnPolicy()
    {
        #region funding-policy
        var policy = KentPolicies.Funding
            .WithWithdrawAfter(Period.FromDays(28))                        // the funder's second deadline
            .WithInPrincipleLimit(Period.FromMonths(2))
            .WithAgreement(KentData.CommunitySafetyAgreement2023)          // bids must name its priorities
            .WithSource(new SourceDocument("Grant agreement 2025/26", new LocalDate(2025, 4, 1), "schedule 2"));
        #endregion
        Assert.Equal(Period.FromDays(28), policy.WithdrawAfter);
        Assert.Equal("schedule 2", policy.Source.Locator);
    }

    [Fact]
    public void BuildARound()
    {
        #region funding-build
        var pcc = new LocalPolicingBody(new Organisation(new OrganisationId("360G-example", "opcc"), "Office of the Example PCC"),
                                        LocalPolicingBodyKind.PoliceAndCrimeCommissioner, "Example");
        var csp = new Organisation(new OrganisationId("360G-example", "csp"), "Example Community Safety Partnership");
        var year = FinancialYear.Parse("2025/26");
        var grant = new Grant("example-2025-26", pcc, csp, year, Money.FromPounds(20_000m), "Crime and disorder reduction grant.",
                              [GrantCondition.SupportsPriorities, GrantCondition.MonitoringReturns], new SourceDocument("Grant letter", year.Start));
        var bid = new Bid("street-safe", new Organisation(new OrganisationId("GB-CHC", "1234567"), "Street Safe"), "Street Safe",
                          "Evening outreach in the town centre.", Money.FromPounds(5_000m), ["anti-social-behaviour"], [],
                          ProjectScope.CountyWide, new LocalDate(2025, 5, 2));
        var round = new FundingRound("example-2025-26", grant, new DateInterval(new LocalDate(2025, 4, 7), new LocalDate(2025, 5, 16)),
                                     [bid], [new BidDecision("street-safe", DecisionOutcome.FundedInPart, new LocalDate(2025, 6, 4), "Part-funded: outreach only.", Money.FromPounds(4_000m), null)],
                                     [], [], [], [], new SourceDocument("Panel minutes", new LocalDate(2025, 6, 4)));
        #endregion
        Assert.True(round.Allocate(new Allocation("street-safe", "street-safe", Money.FromPounds(4_000m), new LocalDate(2025, 6, 5)), KentPolicies.Funding).IsAllocated);
    }
}
