using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Morile;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Kent;

public class KentMorileTest
{
    [Fact]
    public void Scheme_IsMarkedIllustrativeAndSaysWhy()
    {
        var scheme = KentMorile.Scheme;
        Assert.True(scheme.IsIllustration);
        Assert.Contains("unconfirmed", scheme.Source.Locator, System.StringComparison.Ordinal);
        Assert.Equal(MorileCombination.Product, scheme.Combination);
        Assert.Equal(
            ["harmPhysical", "harmPsychological", "harmFinancial", "harmCommunity", "harmEnvironment", "harmGeographicScope", "harmVictimVulnerability"],
            scheme.FactorsIn(MorileFactorGroup.Harm).Select(factor => factor.Id));
        Assert.Equal(["positionCapacity", "positionCapability"], scheme.FactorsIn(MorileFactorGroup.OrganisationalPosition).Select(factor => factor.Id));
        Assert.Equal(288m, scheme.MaximumRiskScore);
    }

    [Fact]
    public void Pilot_SixUnnamedDistrictsEachRankingTheSourcedIssues()
    {
        var districts = KentMorile.PilotDistricts;
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"Pilot district {i}"), districts.Select(district => district.Title));
        Assert.All(districts, district =>
        {
            Assert.True(district.IsIllustration);
            Assert.Same(KentMorile.Scheme, district.Scheme);
            Assert.NotNull(district.RankOf("child-sexual-exploitation"));
            Assert.NotNull(district.RankOf("anti-social-behaviour"));
            Assert.Equal(5, district.Issues.Count);
        });
        Assert.Equal(new LocalDate(2017, 3, 15), KentMorile.PilotSource.Date);
        Assert.Equal("paragraph 2.2", KentMorile.PilotSource.Locator);
        Assert.Equal(KentSources.WorkingGroupUpdate2017March15.Title, KentMorile.PilotSource.Title);
    }

    [Fact]
    public void Pilot_RanksComeFromTheScores()
    {
        // District 1: substance misuse and child sexual exploitation both score 19 × 1.5 × 3.5 = 99.75 and share rank 1;
        // substance misuse is listed first for its higher confidence.
        var district1 = KentMorile.PilotDistricts[0];
        Assert.Equal([1, 1, 3, 4, 5], district1.Issues.Select(issue => issue.Rank));
        Assert.Equal(["substance-misuse", "child-sexual-exploitation"], district1.Issues.Take(2).Select(issue => issue.Assessment.IssueId));
        Assert.Equal(99.75m, district1.Issues[1].Assessment.RiskScore);
        Assert.Equal("risk 99.75 = harm 19 × likelihood 1.5 × organisational position 3.5", district1.Issues[1].Assessment.Explain());
        Assert.Equal(1, KentMorile.PilotDistricts[1].RankOf("child-sexual-exploitation"));
        Assert.Equal(1, KentMorile.PilotDistricts[4].RankOf("anti-social-behaviour"));
    }
}
