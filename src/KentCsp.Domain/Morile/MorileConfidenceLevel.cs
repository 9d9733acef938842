using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Morile;

/// <summary>
/// A confidence level a <see cref="MorileScheme"/> names, with its score: how sure the assessors are of the
/// information behind an assessment, e.g. "high" scoring 3.
/// </summary>
/// <remarks>
/// <para>The confidence score does not change an issue's risk score; it is reported beside it and breaks ties in a
/// <see cref="MorileRanking"/> (higher confidence first). The identifier is lower-case letters, digits and hyphens.
/// The score is not negative.</para>
/// <para>Two levels are equal when identifier, name and score are equal (ordinal text, decimal value).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MorileConfidenceLevel
{
    /// <summary>Creates a confidence level.</summary>
    /// <param name="id">The identifier, e.g. "high".</param>
    /// <param name="name">The name for a person, e.g. "High".</param>
    /// <param name="score">The confidence score; not negative.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is malformed, <paramref name="name"/> is blank, or <paramref name="score"/> is negative.</exception>
    public MorileConfidenceLevel(string id, string name, decimal score)
    {
        Id = Slug.Check(id);
        Name = Preconditions.CheckNotBlank(name);
        Preconditions.CheckArgument(score >= 0m, nameof(score), $"must not be negative, but was {MorileText.Number(score)}");
        Score = score;
    }

    /// <summary>The identifier, e.g. "high".</summary>
    public string Id { get; }

    /// <summary>The name for a person, e.g. "High".</summary>
    public string Name { get; }

    /// <summary>The confidence score.</summary>
    public decimal Score { get; }

    /// <summary>Formats the level: "High (3)".</summary>
    /// <returns>The name and score.</returns>
    public override string ToString() => $"{Name} ({MorileText.Number(Score)})";
}
