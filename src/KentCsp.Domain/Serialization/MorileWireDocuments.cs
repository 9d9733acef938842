using System.Collections.Generic;
using KentCsp.Domain.Recording;

namespace KentCsp.Domain.Serialization;

// The wire shape of a MoRiLE document: one ranking, with its scheme and its assessments. Property order here is the
// order in the JSON; schemaVersion comes first. Assessments are written in ranked order, each with its rank and risk
// score for readers; on reading those two are optional and, when given, checked against the scores.

internal sealed class MorileDocument
{
    public required int SchemaVersion { get; init; }
    public required string Title { get; init; }
    // Written only when true.
    public bool? Illustration { get; init; }
    public required MorileSchemeWire Scheme { get; init; }
    public required List<MorileAssessmentWire?> Assessments { get; init; }
}

internal sealed class MorileSchemeWire
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    // Written only when true.
    public bool? Illustration { get; init; }
    public required MorileCombination Combination { get; init; }
    public required List<MorileFactorWire?> Factors { get; init; }
    public required List<MorileConfidenceLevelWire?> ConfidenceLevels { get; init; }
    public required SourceDocumentWire Source { get; init; }
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
