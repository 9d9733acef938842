using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Morile;
using Xunit;
using static KentCsp.Domain.Tests.Morile.MorileBuilders;

namespace KentCsp.Domain.Tests.Morile;

public class MorileAssessmentTest
{
    [Fact]
    public void RiskScore_Product_IsExactProductOfWeightedGroupSums()
    {
        // harm 3 × 1 + 4 × 1.5 = 9; likelihood 1.5 × 1 = 1.5; position 3 × 0.25 = 0.75; risk 9 × 1.5 × 0.75 = 10.125.
        var assessment = Assess("child-sexual-exploitation", 3, 4, 1.5m, 3);
        Assert.Equal([9m, 1.5m, 0.75m], assessment.Groups.Select(group => group.Score));
        Assert.Equal(10.125m, assessment.RiskScore);
        Assert.Equal("risk 10.125 = harm 9 × likelihood 1.5 × organisational position 0.75", assessment.Explain());
        Assert.Equal("harm 9 = Physical harm 3 × 1 + Victim vulnerability 4 × 1.5", assessment.Groups[0].Explain());
        Assert.Equal("Victim vulnerability 4 × 1.5 = 6", assessment.Groups[0].Factors[1].ToString());
        Assert.Equal(["harmPhysical", "harmVictimVulnerability"], assessment.Groups[0].Factors.Select(score => score.Factor.Id));
    }

    [Fact]
    public void RiskScore_Sum_IsExactSumOfWeightedGroupSums()
    {
        var assessment = Assess("anti-social-behaviour", 1, 1, 0.5m, 1, scheme: Scheme(MorileCombination.Sum));
        // harm 1 + 1.5 = 2.5; likelihood 0.5; position 0.25: 3.25.
        Assert.Equal(3.25m, assessment.RiskScore);
        Assert.Equal("risk 3.25 = harm 2.5 + likelihood 0.5 + organisational position 0.25", assessment.Explain());
    }

    [Fact]
    public void RiskScore_TenthsThatBinaryFloatingPointCannotHold_StayExact()
    {
        var factors = new[]
        {
            new MorileFactor("harm", "Harm", MorileFactorGroup.Harm, [0.1m, 0.2m], 0.1m),
            new MorileFactor("harmOther", "Other harm", MorileFactorGroup.Harm, [0.2m], 0.1m),
            new MorileFactor("likelihood", "Likelihood", MorileFactorGroup.Likelihood, [0.3m], 1m),
            new MorileFactor("position", "Position", MorileFactorGroup.OrganisationalPosition, [0.7m], 1m),
        };
        var scheme = new MorileScheme("tenths", "Tenths", MorileCombination.Sum, factors, Levels(), TestSource);
        var assessment = new MorileAssessment(scheme, "issue", "Issue", new Dictionary<string, decimal> { ["harm"] = 0.1m, ["harmOther"] = 0.2m, ["likelihood"] = 0.3m, ["position"] = 0.7m }, "low");
        Assert.Equal(0.03m, assessment.Groups[0].Score);
        Assert.Equal(1.03m, assessment.RiskScore);
    }

    [Fact]
    public void Scores_GivenInAnyOrder_KeptInSchemeOrder()
    {
        var scores = Scores(2, 3, 1, 2).Reverse().ToList();
        var assessment = new MorileAssessment(Scheme(), "issue", "issue", scores, "high");
        Assert.Equal(Scheme().Factors, assessment.Scores.Select(score => score.Factor));
        Assert.Equal(3m, assessment.ScoreOf("harmVictimVulnerability"));
        Assert.Null(assessment.ScoreOf("harmFinancial"));
        Assert.Equal(Assess("issue", 2, 3, 1, 2), assessment);
    }

    [Fact]
    public void Score_EqualValueWithOtherScale_Allowed()
    {
        var assessment = Assess("issue", 3.0m, 4.00m, 1.50m, 3m);
        Assert.Equal(Assess("issue", 3, 4, 1.5m, 3), assessment);
        Assert.Equal(10.125m, assessment.RiskScore);
    }

    [Fact]
    public void Confidence_NamesALevel_TheLevelAndItsScore()
    {
        var assessment = Assess("issue", 1, 1, 1, 1, "low");
        Assert.Equal(new MorileConfidenceLevel("low", "Low", 0.3m), assessment.Confidence);
        Assert.Equal("issue (issue): risk 0.625, confidence Low (0.3)", assessment.ToString());
    }

    public static TheoryData<string, Func<MorileAssessment>, string, string> BadInput() => new()
    {
        { "score outside the allowed", () => Assess("issue", 5, 1, 1, 1), "scores.harmPhysical", "scores.harmPhysical is 5, but Physical harm allows whole numbers from 0 to 4." },
        { "score between the allowed", () => Assess("issue", 1, 1, 1.25m, 1), "scores.likelihood", "scores.likelihood is 1.25, but Likelihood allows 0.5, 1, 1.5, 2." },
        { "negative score", () => Assess("issue", 1, -1, 1, 1), "scores.harmVictimVulnerability", "scores.harmVictimVulnerability is -1, but Victim vulnerability allows whole numbers from 0 to 4." },
        {
            "unknown factor",
            () => new MorileAssessment(Scheme(), "issue", "Issue", Scores(1, 1, 1, 1).Append(new KeyValuePair<string, decimal>("harmFinancial", 1)), "high"),
            "scores.harmFinancial",
            "scores.harmFinancial is not a factor of scheme 'test-scheme'; expected one of: harmPhysical, harmVictimVulnerability, likelihood, positionCapacity."
        },
        {
            "missing factor",
            () => new MorileAssessment(Scheme(), "issue", "Issue", Scores(1, 1, 1, 1).Where(pair => pair.Key != "likelihood"), "high"),
            "scores.likelihood",
            "scores.likelihood is missing: every factor of scheme 'test-scheme' must be scored (Likelihood: 0.5, 1, 1.5, 2)."
        },
        {
            "factor twice",
            () => new MorileAssessment(Scheme(), "issue", "Issue", Scores(1, 1, 1, 1).Append(new KeyValuePair<string, decimal>("harmPhysical", 2)), "high"),
            "scores.harmPhysical",
            "scores.harmPhysical is scored more than once."
        },
        { "unknown confidence", () => Assess("issue", 1, 1, 1, 1, "certain"), "confidence", "confidence 'certain' is not a confidence level of scheme 'test-scheme'; expected one of: high, low." },
        { "malformed issue id", () => Assess("Child Exploitation", 1, 1, 1, 1), "issueId", "issueId must be lower-case letters, digits and single hyphens (e.g. \"domestic-abuse\"), but was \"Child Exploitation\"." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Constructor_BadInput_ArgumentExceptionNamesTheFieldAndFactor(string scenario, Func<MorileAssessment> build, string paramName, string message)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(build);
        Assert.True(paramName == exception.ParamName, scenario);
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullArguments_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => new MorileAssessment(null!, "issue", "Issue", Scores(1, 1, 1, 1), "high"));
        Assert.Throws<ArgumentNullException>(() => new MorileAssessment(Scheme(), "issue", "Issue", null!, "high"));
        Assert.Throws<ArgumentNullException>(() => new MorileAssessment(Scheme(), "issue", "Issue", Scores(1, 1, 1, 1), null!));
    }

    [Fact]
    public void Equality_ByValue()
    {
        var assessment = Assess("issue", 1, 2, 1, 3);
        Assert.Equal(assessment, Assess("issue", 1, 2, 1, 3));
        Assert.Equal(assessment.GetHashCode(), Assess("issue", 1, 2, 1, 3).GetHashCode());
        Assert.NotEqual(assessment, Assess("issue", 1, 2, 1, 2));
        Assert.NotEqual(assessment, Assess("issue", 1, 2, 1, 3, "low"));
        Assert.NotEqual(assessment, Assess("issue", 1, 2, 1, 3, scheme: Scheme(id: "other-scheme")));
    }
}
