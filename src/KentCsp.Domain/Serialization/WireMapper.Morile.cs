using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Recording;

namespace KentCsp.Domain.Serialization;

/// <summary>The MoRiLE document: a <see cref="MorileRanking"/> with its scheme and assessments, to its wire document and back.</summary>
internal static partial class WireMapper
{
    internal static MorileDocument ToDocument(MorileRanking ranking) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Title = ranking.Title,
        Illustration = ranking.IsIllustration ? true : null,
        Scheme = ToWire(ranking.Scheme),
        Assessments = ranking.Issues.Select(issue => (MorileAssessmentWire?)new MorileAssessmentWire
        {
            Rank = issue.Rank,
            IssueId = issue.Assessment.IssueId,
            IssueName = issue.Assessment.IssueName,
            RiskScore = MorileText.Normalize(issue.Assessment.RiskScore),
            Confidence = issue.Assessment.Confidence.Id,
            Scores = issue.Assessment.Scores.ToDictionary(score => score.Factor.Id, score => score.Score),
        }).ToList(),
    };

    internal static MorileRanking FromDocument(MorileDocument document)
    {
        CheckSchemaVersion(document.SchemaVersion);
        var scheme = FromWire(document.Scheme, "$.scheme");
        var assessments = Elements(document.Assessments, "$.assessments", (wire, path) =>
        {
            var assessment = Build(path, () => new MorileAssessment(scheme, wire.IssueId, wire.IssueName, wire.Scores, wire.Confidence));
            if (wire.RiskScore is { } given && given != assessment.RiskScore)
            {
                throw JsonErrors.At(path + ".riskScore", $"is {MorileText.Number(given)}, but the scores give {MorileText.Number(assessment.RiskScore)} ({assessment.Explain()}).");
            }
            return assessment;
        });
        var ranking = Build("$", () => new MorileRanking(document.Title, scheme, assessments).WithIllustration(document.Illustration == true));
        for (int i = 0; i < document.Assessments.Count; i++)
        {
            if (document.Assessments[i]!.Rank is { } rank && ranking.RankOf(assessments[i].IssueId) is { } computed && rank != computed)
            {
                throw JsonErrors.At($"$.assessments[{i}].rank", $"is {rank}, but issue '{assessments[i].IssueId}' ranks {computed} by its risk score.");
            }
        }
        return ranking;
    }

    private static MorileSchemeWire ToWire(MorileScheme scheme) => new()
    {
        Id = scheme.Id,
        Name = scheme.Name,
        Illustration = scheme.IsIllustration ? true : null,
        Combination = scheme.Combination,
        Factors = scheme.Factors.Select(factor => (MorileFactorWire?)new MorileFactorWire
        {
            Id = factor.Id,
            Name = factor.Name,
            Group = factor.Group,
            Weight = factor.Weight,
            AllowedScores = factor.AllowedScores.ToList(),
        }).ToList(),
        ConfidenceLevels = scheme.ConfidenceLevels.Select(level => (MorileConfidenceLevelWire?)new MorileConfidenceLevelWire
        {
            Id = level.Id,
            Name = level.Name,
            Score = level.Score,
        }).ToList(),
        Source = ToWire(scheme.Source),
    };

    private static MorileScheme FromWire(MorileSchemeWire wire, string path)
    {
        var factors = Elements(wire.Factors, path + ".factors", (factor, factorPath) =>
            Build(factorPath, () => new MorileFactor(factor.Id, factor.Name, factor.Group, factor.AllowedScores, factor.Weight)));
        var levels = Elements(wire.ConfidenceLevels, path + ".confidenceLevels", (level, levelPath) =>
            Build(levelPath, () => new MorileConfidenceLevel(level.Id, level.Name, level.Score)));
        var source = FromWire(wire.Source, path + ".source");
        return Build(path, () => new MorileScheme(wire.Id, wire.Name, wire.Combination, factors, levels, source).WithIllustration(wire.Illustration == true));
    }
}
