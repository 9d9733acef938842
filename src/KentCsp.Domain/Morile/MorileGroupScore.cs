using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Morile;

/// <summary>One group's part of an assessment: the group's factor scores and their weighted sum.</summary>
/// <remarks>Two group scores are equal when group and factor scores (in order) are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MorileGroupScore
{
    private readonly ValueList<MorileFactorScore> factors;

    internal MorileGroupScore(MorileFactorGroup group, MorileFactorScore[] factors)
    {
        Group = group;
        this.factors = ValueList<MorileFactorScore>.Own(factors);
        Score = factors.Sum(factor => factor.Weighted);
    }

    /// <summary>The group.</summary>
    public MorileFactorGroup Group { get; }

    /// <summary>The group's factor scores, in the scheme's order.</summary>
    public IReadOnlyList<MorileFactorScore> Factors => factors;

    /// <summary>The group's score: the sum of its factors' weighted scores, exact.</summary>
    public decimal Score { get; }

    /// <summary>Explains the group's score: "harm 19 = Physical harm 3 × 1 + Psychological harm 4 × 1 + …".</summary>
    /// <returns>The group, its score, and each factor's score and weight.</returns>
    public string Explain() =>
        $"{Group.Description} {MorileText.Number(Score)} = "
        + string.Join(" + ", factors.Select(f => $"{f.Factor.Name} {MorileText.Number(f.Score)} × {MorileText.Number(f.Factor.Weight)}"));

    /// <summary>Formats the group score: "harm 19".</summary>
    /// <returns>The group and its score.</returns>
    public override string ToString() => $"{Group.Description} {MorileText.Number(Score)}";
}
