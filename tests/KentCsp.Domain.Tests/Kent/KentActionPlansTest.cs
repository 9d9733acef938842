using System.Linq;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Kent;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Kent;

public class KentActionPlansTest
{
    private static readonly ActionPlan Plan = KentActionPlans.Illustration2017To18;

    [Fact]
    public void Illustration2017To18_IsMarkedAsAnIllustration()
    {
        Assert.True(Plan.IsIllustration);
        Assert.EndsWith("(illustration)", Plan.ToString());
        Assert.All(Plan.Priorities, priority => Assert.StartsWith("Illustration:", priority.Aim));
        Assert.Empty(Plan.Reviews);
    }

    [Fact]
    public void Illustration2017To18_DeliversThe2017Agreement()
    {
        Assert.Equal(KentData.KcspId, Plan.PartnershipId);
        Assert.Equal(KentData.CommunitySafetyAgreement2017.Label, Plan.EditionLabel);
        Assert.Equal(new FinancialYear(2017), Plan.Year);
        Assert.Equal(KentSources.CsaUpdate2017July19.Title, Plan.Source.Title);
        // Built against the edition: every priority and theme is in it.
        var rebuilt = ActionPlan.For(KentData.CommunitySafetyAgreement2017, Plan.Year, Plan.Priorities, Plan.Actions, Plan.Source).WithProvenance(Plan.Provenance);
        Assert.Equal(Plan, rebuilt);
    }

    [Fact]
    public void Illustration2017To18_HasTheActionsTheReportNames()
    {
        Assert.Equal(
            ["conference-2017", "domestic-homicide-reviews", "information-sharing", "awareness-raising", "online-safety", "licence-to-kill", "scams-tru-call", "gangs-training", "community-alcohol-partnerships"],
            Plan.Actions.Select(action => action.Id));
        Assert.True(Plan.TryGetAction("conference-2017", out var conference));
        Assert.Equal(new LocalDate(2017, 11, 7), conference!.DueOn);
        Assert.True(Plan.TryGetAction("domestic-homicide-reviews", out var dhr));
        Assert.Equal(ActionStatus.Ongoing, dhr!.Status);
        Assert.Null(dhr.DueOn);
    }

    [Fact]
    public void Illustration2017To18_LinksEveryFundedProjectOfThe2017To18Round()
    {
        var round = KentFunding.Round2017To18;
        var links = Plan.Actions.SelectMany(action => action.FundedProjects).ToList();
        Assert.Equal(round.Bids.Select(bid => bid.Id).OrderBy(id => id), links.Select(link => link.BidId).OrderBy(id => id));
        Assert.All(links, link => Assert.Equal(round.Id, link.RoundId));
    }

    [Fact]
    public void Illustration2017To18_AtTheEndOfTheYear_UnreviewedActionsAreReported()
    {
        var evaluation = ActionPlanRules.Evaluate(Plan, new LocalDate(2018, 3, 31), KentPolicies.ActionPlans);
        Assert.Contains(evaluation.Findings, finding => finding.RuleId == "PLAN-001" && finding.Subject == "actions[conference-2017]");
        Assert.Equal(Plan.Actions.Count, evaluation.Findings.Count(finding => finding.RuleId == "PLAN-002"));
    }
}
