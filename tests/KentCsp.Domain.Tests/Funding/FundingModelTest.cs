using System;
using System.Linq;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

public class FundingModelTest
{
    private static readonly LocalDate May1 = RoundBuilder.On(5, 1);

    [Fact]
    public void LocalPolicingBody_ResponsibleAuthorityOrganisation_Throws()
    {
        var police = Builders.Organisation("police", ResponsibleAuthorityKind.ChiefOfficerOfPolice);
        var exception = Assert.Throws<ArgumentRefusedException>(() => new LocalPolicingBody(police, LocalPolicingBodyKind.PoliceAndCrimeCommissioner, "Testshire"));
        Assert.Equal("organisation", exception.ParamName);
        Assert.Contains("a local policing body is not one (CDA 1998 s.5(1))", exception.Message);
    }

    [Fact]
    public void LocalPolicingBody_MayorOrCouncilLeader_ModelledAlike()
    {
        var mayor = new LocalPolicingBody(Builders.Organisation("mayor"), LocalPolicingBodyKind.Mayor, "Greater Testshire");
        Assert.Equal("elected mayor exercising police and crime commissioner functions", mayor.Kind.Description);
        Assert.Equal(3, LocalPolicingBodyKind.All.Count);
    }

    [Fact]
    public void Grant_ZeroAmount_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => RoundBuilder.Grant(0m));
        Assert.Equal("amount", exception.ParamName);
    }

    [Fact]
    public void Grant_RepeatedCondition_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new Grant("g", RoundBuilder.Funder, RoundBuilder.Partnership, RoundBuilder.Year, Money.FromPounds(1m), "p",
            [GrantCondition.NoDuplication, GrantCondition.NoDuplication], RoundBuilder.Source));
        Assert.Equal("conditions", exception.ParamName);
        Assert.StartsWith("conditions list NoDuplication more than once.", exception.Message);
    }

    [Fact]
    public void Grant_HasCondition_AndEquality()
    {
        var grant = RoundBuilder.Grant(10m);
        Assert.True(grant.HasCondition(GrantCondition.SupportsPriorities));
        Assert.False(grant.HasCondition(GrantCondition.NoDuplication));
        EqualityAssert.Contract(grant, RoundBuilder.Grant(10m), RoundBuilder.Grant(11m), RoundBuilder.Grant(10m, "other"));
        Assert.Equal("test-2017-18: £10.00 for 2017/18", grant.ToString());
    }

    [Theory]
    [InlineData("Bad Id", "id")]
    [InlineData("", "id")]
    public void Bid_MalformedId_Throws(string id, string param)
    {
        Assert.Equal(param, Assert.Throws<ArgumentRefusedException>(() => RoundBuilder.Bid(id, applicant: Builders.Organisation("applicant"))).ParamName);
    }

    [Fact]
    public void Bid_RepeatedOrMalformedPriority_NamesTheElement()
    {
        Assert.Equal("priorityIds[1]", Assert.Throws<ArgumentRefusedException>(() => RoundBuilder.Bid("a", priorities: ["road-safety", "road-safety"])).ParamName);
        Assert.Equal("planObjectives[0]", Assert.Throws<ArgumentRefusedException>(() => RoundBuilder.Bid("a", objectives: ["Not A Slug"])).ParamName);
    }

    [Fact]
    public void Bid_ZeroRequested_Throws()
    {
        Assert.Equal("amountRequested", Assert.Throws<ArgumentRefusedException>(() => RoundBuilder.Bid("a", requested: 0m)).ParamName);
    }

    [Fact]
    public void Bid_Equality_Contract()
    {
        EqualityAssert.Contract(RoundBuilder.Bid("a"), RoundBuilder.Bid("a"), RoundBuilder.Bid("b"), RoundBuilder.Bid("a", requested: 5m), RoundBuilder.Bid("a", scope: ProjectScope.Local("Thanet")));
    }

    [Fact]
    public void ProjectScope_LocalNamesItsDistrict()
    {
        Assert.Equal("county-wide", ProjectScope.CountyWide.ToString());
        Assert.Equal("local: Thanet", ProjectScope.Local(" Thanet ").ToString());
        Assert.Equal(ProjectScope.Local("Thanet"), ProjectScope.Local("THANET"));
        Assert.NotEqual(ProjectScope.Local("Thanet"), ProjectScope.Local("Dover"));
        Assert.NotEqual(ProjectScope.CountyWide, ProjectScope.Local("Kent"));
        Assert.Equal("district", Assert.Throws<ArgumentRefusedException>(() => ProjectScope.Local(" ")).ParamName);
    }

    [Fact]
    public void BidDecision_AmountForRefusal_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new BidDecision("a", DecisionOutcome.Refused, May1, "No.", Money.FromPounds(1m), null));
        Assert.Equal("amountAwarded", exception.ParamName);
        Assert.StartsWith("amountAwarded must not be given when the bid is refused.", exception.Message);
    }

    [Fact]
    public void BidDecision_ConfirmByOnlyForInPrinciple()
    {
        Assert.Equal("confirmBy", Assert.Throws<ArgumentRefusedException>(() => new BidDecision("a", DecisionOutcome.Funded, May1, "Yes.", null, May1)).ParamName);
        var early = Assert.Throws<ArgumentRefusedException>(() => new BidDecision("a", DecisionOutcome.FundedInPrinciple, May1, "Maybe.", null, May1.PlusDays(-1)));
        Assert.StartsWith("confirmBy (2017-04-30) must not be before the decision (2017-05-01).", early.Message);
        Assert.Equal(May1, new BidDecision("a", DecisionOutcome.FundedInPrinciple, May1, "Maybe.", null, May1).ConfirmBy);
    }

    [Fact]
    public void BidDecision_BlankReason_Throws()
    {
        Assert.Equal("reason", Assert.Throws<ArgumentRefusedException>(() => new BidDecision("a", DecisionOutcome.Funded, May1, " ", null, null)).ParamName);
    }

    [Fact]
    public void Allocation_ZeroAmount_Throws()
    {
        Assert.Equal("amount", Assert.Throws<ArgumentRefusedException>(() => new Allocation("a", "b", Money.Zero, May1)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentRefusedException>(() => new Payment("a", Money.Zero, May1)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentRefusedException>(() => new Repayment("a", Money.Zero, May1, "r")).ParamName);
    }

    [Fact]
    public void MonitoringReturn_ReceivedBeforeIssued_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new MonitoringReturn("a", May1, May1.PlusDays(30), May1.PlusDays(-1)));
        Assert.Equal("receivedOn", exception.ParamName);
        Assert.StartsWith("receivedOn (2017-04-30) must not be before the form is issued (2017-05-01).", exception.Message);
    }

    [Fact]
    public void MonitoringReturn_DueBeforeIssued_Throws()
    {
        Assert.Equal("dueOn", Assert.Throws<ArgumentRefusedException>(() => new MonitoringReturn("a", May1, May1.PlusDays(-1), null)).ParamName);
    }

    [Fact]
    public void MonitoringReturn_IsReceivedBy()
    {
        var received = new MonitoringReturn("a", May1, May1.PlusDays(30), May1.PlusDays(10));
        Assert.False(received.IsReceivedBy(May1.PlusDays(9)));
        Assert.True(received.IsReceivedBy(May1.PlusDays(10)));
        Assert.False(new MonitoringReturn("a", May1, May1, null).IsReceivedBy(May1.PlusDays(100)));
    }

    [Fact]
    public void FundingPolicy_Defaults_AreKentsWithUnconfirmedDeadlines()
    {
        var policy = KentPolicies.Funding;
        Assert.Equal(Period.Zero, policy.WithholdAfter);
        Assert.Equal(Period.FromMonths(1), policy.WithdrawAfter);
        Assert.Equal(Period.FromMonths(3), policy.InPrincipleLimit);
        Assert.True(policy.ReferLocalProjects);
        Assert.Null(policy.Agreement);
        Assert.Null(policy.PlanObjectives);
        Assert.Equal(KentCsp.Domain.Kent.KentSources.WorkingGroupUpdate2017March15.At("section 3.3"), policy.Source);
    }

    [Fact]
    public void FundingPolicy_With_ReturnsNewPolicies()
    {
        var changed = KentPolicies.Funding.WithWithdrawAfter(Period.FromDays(14)).WithReferLocalProjects(false).WithPlanObjectives(["reduce-harm"]);
        Assert.Equal(Period.FromDays(14), changed.WithdrawAfter);
        Assert.False(changed.ReferLocalProjects);
        Assert.Equal(["reduce-harm"], changed.PlanObjectives);
        Assert.Equal(Period.FromMonths(1), KentPolicies.Funding.WithdrawAfter);
        Assert.NotEqual(KentPolicies.Funding, changed);
        Assert.Equal(KentPolicies.Funding.WithWithholdAfter(Period.FromDays(7)), KentPolicies.Funding.WithWithholdAfter(Period.FromDays(7)));
    }

    [Fact]
    public void FundingPolicy_NegativeOrTimePeriod_Throws()
    {
        Assert.Equal("period", Assert.Throws<ArgumentRefusedException>(() => KentPolicies.Funding.WithInPrincipleLimit(Period.FromDays(-1))).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentRefusedException>(() => KentPolicies.Funding.WithWithholdAfter(Period.FromHours(1))).ParamName);
        Assert.Equal("objectives[1]", Assert.Throws<ArgumentRefusedException>(() => KentPolicies.Funding.WithPlanObjectives(["a", "a"])).ParamName);
    }

    [Fact]
    public void DecisionOutcome_OnlyFundedOutcomesAllowAllocation()
    {
        Assert.Equal([DecisionOutcome.Funded, DecisionOutcome.FundedInPart], DecisionOutcome.All.Where(outcome => outcome.AllowsAllocation));
        Assert.Equal([DecisionOutcome.Funded, DecisionOutcome.FundedInPart, DecisionOutcome.FundedInPrinciple], DecisionOutcome.All.Where(outcome => outcome.Supports));
    }

    [Fact]
    public void FundingRule_IdsAreStableAndUnique()
    {
        Assert.Equal(Enumerable.Range(1, FundingRule.All.Count).Select(i => $"FUND-{i:000}"), FundingRule.All.Select(rule => rule.Id));
        Assert.Equal("FUND-001", FundingRule.AllocationsExceedGrant.Id);
        Assert.Equal("FUND-007", FundingRule.LikelyDuplication.Id);
        Assert.Equal("FUND-010", FundingRule.MonitoringReturnWithdrawal.Id);
        Assert.True(FundingRule.TryFromId("FUND-009", out var rule));
        Assert.Same(FundingRule.MonitoringReturnMissing, rule);
        Assert.False(FundingRule.TryFromId("FUND-999", out _));
        Assert.False(FundingRule.TryFromId(null, out _));
    }
}
