using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Serialization;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The MoRiLE code shown in docs/recording.md; each test runs one snippet and checks what the page says it does.</summary>
public class MorileSnippets
{
    [Fact]
    public void ScoreAndRank()
    {
        #region morile-rank
        var scores = MorileFactor.WholeNumbers(0, 4);            // 0, 1, 2, 3, 4
        var scheme = new MorileScheme(
            "my-scheme",
            "Our MoRiLE scheme",
            MorileCombination.Product,                           // risk = harm × likelihood × organisational position
            [
                new MorileFactor("harmPhysical", "Physical harm", MorileFactorGroup.Harm, scores, weight: 1m),
                new MorileFactor("harmVictimVulnerability", "Victim vulnerability", MorileFactorGroup.Harm, scores, weight: 1.5m),
                new MorileFactor("likelihood", "Likelihood", MorileFactorGroup.Likelihood, [0.5m, 1m, 1.5m, 2m], weight: 1m),
                new MorileFactor("positionCapacity", "Capacity", MorileFactorGroup.OrganisationalPosition, [1m, 2m, 3m], weight: 0.5m),
            ],
            [new MorileConfidenceLevel("high", "High", 3m), new MorileConfidenceLevel("low", "Low", 1m)],
            new SourceDocument("Our MoRiLE scoring guide", null, "version 1"));

        var asb = new MorileAssessment(scheme, "anti-social-behaviour", "Anti-social behaviour",
            new Dictionary<string, decimal> { ["harmPhysical"] = 1, ["harmVictimVulnerability"] = 2, ["likelihood"] = 2, ["positionCapacity"] = 2 },
            confidence: "high");
        var cse = new MorileAssessment(scheme, "child-sexual-exploitation", "Child sexual exploitation",
            new Dictionary<string, decimal> { ["harmPhysical"] = 3, ["harmVictimVulnerability"] = 4, ["likelihood"] = 1, ["positionCapacity"] = 3 },
            confidence: "low");

        string why = cse.Explain();        // "risk 13.5 = harm 9 × likelihood 1 × organisational position 1.5"
        var ranking = new MorileRanking("Our district, 2017", scheme, [asb, cse]);
        foreach (var issue in ranking.Issues)
        {
            System.Console.WriteLine(issue);   // "1. Child sexual exploitation (…): risk 13.5, …" then "2. Anti-social behaviour (…): risk 8, …"
        }
        #endregion
        Assert.Equal("risk 13.5 = harm 9 × likelihood 1 × organisational position 1.5", why);
        Assert.Equal(8m, asb.RiskScore);
        Assert.Equal(["child-sexual-exploitation", "anti-social-behaviour"], ranking.Issues.Select(issue => issue.Assessment.IssueId));
        Assert.Equal("harm 4 = Physical harm 1 × 1 + Victim vulnerability 2 × 1.5", asb.Groups[0].Explain());
    }

    [Fact]
    public void KentPilotJson()
    {
        #region morile-json
        var district1 = KentMorile.PilotDistricts[0];            // illustrative: IsIllustration is true
        string json = KentCspJson.Serialize(district1);          // scheme, then assessments in ranked order
        var again = KentCspJson.DeserializeMorileRanking(json);  // JsonException naming e.g. $.assessments[2].scores.harmPhysical
        #endregion
        Assert.True(district1.IsIllustration);
        Assert.Equal(district1, again);
    }
}
