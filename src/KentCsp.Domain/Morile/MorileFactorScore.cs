using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Morile;

/// <summary>The score an assessment gives one factor, and what it adds to its group: score × the factor's weight.</summary>
/// <remarks>Two factor scores are equal when factor and score are equal (the score by value).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MorileFactorScore
{
    internal MorileFactorScore(MorileFactor factor, decimal score)
    {
        Factor = factor;
        Score = score;
        Weighted = score * factor.Weight;
    }

    /// <summary>The factor scored.</summary>
    public MorileFactor Factor { get; }

    /// <summary>The score given, one of the factor's allowed scores.</summary>
    public decimal Score { get; }

    /// <summary>What the score adds to its group: <see cref="Score"/> × the factor's weight, exact.</summary>
    public decimal Weighted { get; }

    /// <summary>Formats the score: "Victim vulnerability 4 × 2 = 8".</summary>
    /// <returns>The factor's name, score, weight and weighted score.</returns>
    public override string ToString() =>
        $"{Factor.Name} {MorileText.Number(Score)} × {MorileText.Number(Factor.Weight)} = {MorileText.Number(Weighted)}";
}
