using System;
using System.Linq;
using CsCheck;
using KentCsp.Domain.Morile;
using Xunit;
using static KentCsp.Domain.Tests.Morile.MorileBuilders;

namespace KentCsp.Domain.Tests.Morile;

public class MorileRankingTest
{
    private static MorileRanking Rank(params MorileAssessment[] assessments) => new("Test district", Scheme(), assessments);

    [Fact]
    public void Issues_EqualRiskScores_ShareARankAndTheNextRankSkips()
    {
        // Risks: a 15, b 7.5, c 7.5 (low confidence), d 7.5, e 0.625.
        var ranking = Rank(
            Assess("e", 1, 1, 1, 1),
            Assess("c", 4, 4, 1, 3, "low"),
            Assess("d", 4, 4, 1, 3),
            Assess("a", 4, 4, 2, 3),
            Assess("b", 4, 4, 1, 3));
        Assert.Equal(["a", "b", "d", "c", "e"], ranking.Issues.Select(issue => issue.Assessment.IssueId));
        Assert.Equal([1, 2, 2, 2, 5], ranking.Issues.Select(issue => issue.Rank));
        Assert.Equal([15m, 7.5m, 7.5m, 7.5m, 0.625m], ranking.Issues.Select(issue => issue.Assessment.RiskScore));
        Assert.Equal(2, ranking.RankOf("c"));
        Assert.Null(ranking.RankOf("f"));
        Assert.Equal("2. c (c): risk 7.5, confidence Low (0.3)", ranking.Issues[3].ToString());
    }

    [Fact]
    public void Issues_EqualValueWithDifferentScale_Tie()
    {
        // Harm 2 × 1.5 = 3.0 and 3 × 1 = 3: the same risk score, 1.5, at different scales.
        var ranking = Rank(Assess("x", 0, 2, 1, 2), Assess("y", 3, 0, 1, 2));
        Assert.Equal(1.5m, ranking.Issues[0].Assessment.RiskScore);
        Assert.Equal([1, 1], ranking.Issues.Select(issue => issue.Rank));
    }

    [Fact]
    public void Constructor_RepeatedIssue_NamesTheElement()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Rank(Assess("a", 1, 1, 1, 1), Assess("b", 1, 1, 1, 1), Assess("a", 2, 2, 2, 2)));
        Assert.Equal("assessments[2]", exception.ParamName);
        Assert.StartsWith("assessments[2] assesses the issue 'a' again; each issue is assessed once.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AssessmentUnderAnotherScheme_Refused()
    {
        var other = Assess("b", 1, 1, 1, 1, scheme: Scheme(MorileCombination.Sum, "other-scheme"));
        var exception = Assert.Throws<ArgumentRefusedException>(() => Rank(Assess("a", 1, 1, 1, 1), other));
        Assert.Equal("assessments[1]", exception.ParamName);
        Assert.StartsWith(
            "assessments[1] (b) is assessed under scheme 'other-scheme', but the ranking's scheme is 'test-scheme'; assessments under different schemes cannot be ranked together.",
            exception.Message,
            StringComparison.Ordinal);

        var sameIdOtherContent = Assess("b", 1, 1, 1, 1, scheme: Scheme(MorileCombination.Sum));
        Assert.Contains("a different version of scheme 'test-scheme'", Assert.Throws<ArgumentRefusedException>(() => Rank(Assess("a", 1, 1, 1, 1), sameIdOtherContent)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoAssessmentsOrBlankTitle_Refused()
    {
        Assert.Equal("assessments", Assert.Throws<ArgumentRefusedException>(() => Rank()).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentRefusedException>(() => new MorileRanking(" ", Scheme(), [Assess("a", 1, 1, 1, 1)])).ParamName);
        Assert.Throws<ArgumentNullException>(() => new MorileRanking("t", null!, [Assess("a", 1, 1, 1, 1)]));
    }

    [Fact]
    public void Ranking_AnyOrderOfAssessments_SameRanking()
    {
        var scores = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 4], Gen.Int[0, 3], Gen.Int[1, 3], Gen.Bool);
        var assessments = scores.Array[1, 12].Select(rows => rows
            .Select((row, i) => Assess($"issue-{i}", row.Item1, row.Item2, 0.5m * (row.Item3 + 1), row.Item4, row.Item5 ? "high" : "low"))
            .ToArray());
        Gen.Select(assessments, Gen.Int).Sample((items, seed) =>
        {
            var random = new Random(seed);
            var ranking = Rank(items);
            var shuffled = Rank(items.OrderBy(_ => random.Next()).ToArray());
            bool ranksAreCompetition = ranking.Issues.Select((issue, i) =>
                issue.Rank == 1 + ranking.Issues.Count(other => other.Assessment.RiskScore > issue.Assessment.RiskScore)).All(ok => ok);
            return ranking == shuffled && ranksAreCompetition;
        });
    }

    [Fact]
    public void Equality_ByValue()
    {
        var ranking = Rank(Assess("a", 1, 1, 1, 1), Assess("b", 2, 2, 2, 2));
        Assert.Equal(ranking, Rank(Assess("b", 2, 2, 2, 2), Assess("a", 1, 1, 1, 1)));
        Assert.Equal(ranking.GetHashCode(), Rank(Assess("b", 2, 2, 2, 2), Assess("a", 1, 1, 1, 1)).GetHashCode());
        Assert.NotEqual(ranking, ranking.WithIllustration(true));
        Assert.NotEqual(ranking, Rank(Assess("a", 1, 1, 1, 1)));
        Assert.Equal("Test district: 2 issues under Test scheme (test-scheme)", ranking.ToString());
    }
}
