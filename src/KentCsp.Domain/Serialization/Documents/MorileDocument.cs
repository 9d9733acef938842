using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Morile;

namespace KentCsp.Domain.Serialization;

// The wire shape of a MoRiLE document: one ranking, with its scheme and its assessments. Property order here is the
// order in the JSON; schemaVersion comes first. Assessments are written in ranked order, each with its rank and risk
// score for readers; on reading those two are optional and, when given, checked against the scores.

internal sealed class MorileDocument
{
    public required int SchemaVersion { get; init; }
    // Absent from schema version 1 documents; required in version 2, where it must be "morile".
    public string? Kind { get; init; }
    public required string Title { get; init; }
    // Read only: documents written before the provenance member marked an illustration with "illustration": true.
    public bool? Illustration { get; init; }
    public required MorileSchemeWire Scheme { get; init; }
    public required List<MorileAssessmentWire?> Assessments { get; init; }
    // Written only when the object carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
}

internal sealed class MorileSchemeWire
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    // Read only: documents written before the provenance member marked an illustration with "illustration": true.
    public bool? Illustration { get; init; }
    public required MorileCombination Combination { get; init; }
    public required List<MorileFactorWire?> Factors { get; init; }
    public required List<MorileConfidenceLevelWire?> ConfidenceLevels { get; init; }
    public required SourceDocumentWire Source { get; init; }
    // Written only when the object carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
}

internal sealed class MorileFactorWire
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required MorileFactorGroup Group { get; init; }
    public required decimal Weight { get; init; }
    public required List<decimal> AllowedScores { get; init; }
}

internal sealed class MorileConfidenceLevelWire
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required decimal Score { get; init; }
}

internal sealed class MorileAssessmentWire
{
    // Written for readers; optional on reading, and checked against the scores when given.
    public int? Rank { get; init; }
    public required string IssueId { get; init; }
    public required string IssueName { get; init; }
    // Written for readers; optional on reading, and checked against the scores when given.
    public decimal? RiskScore { get; init; }
    public required string Confidence { get; init; }
    public required Dictionary<string, decimal> Scores { get; init; }
}

/// <summary>The MoRiLE document: a <see cref="MorileRanking"/> with its scheme and assessments, to its wire document and back.</summary>
internal static partial class WireMapper
{
    internal static MorileDocument ToDocument(MorileRanking ranking) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.MorileRanking.WireName,
        Title = ranking.Title,
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
        Provenance = ToWire(ranking.Provenance),
    };

    internal static MorileRanking FromDocument(MorileDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.MorileRanking, "$");
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
        var provenance = FromWire(document.Provenance, document.Illustration, "$.provenance", "Marked as an illustration: the scores are not real assessments.");
        var ranking = Build("$", () => new MorileRanking(document.Title, scheme, assessments).WithProvenance(provenance));
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
        Provenance = ToWire(scheme.Provenance),
    };

    private static MorileScheme FromWire(MorileSchemeWire wire, string path)
    {
        var factors = Elements(wire.Factors, path + ".factors", (factor, factorPath) =>
            Build(factorPath, () => new MorileFactor(factor.Id, factor.Name, factor.Group, factor.AllowedScores, factor.Weight)));
        var levels = Elements(wire.ConfidenceLevels, path + ".confidenceLevels", (level, levelPath) =>
            Build(levelPath, () => new MorileConfidenceLevel(level.Id, level.Name, level.Score)));
        var source = FromWire(wire.Source, path + ".source");
        var provenance = FromWire(wire.Provenance, wire.Illustration, path + ".provenance", "Marked as an illustration: the values and weights are not a scheme in use.");
        return Build(path, () => new MorileScheme(wire.Id, wire.Name, wire.Combination, factors, levels, source).WithProvenance(provenance));
    }
}
