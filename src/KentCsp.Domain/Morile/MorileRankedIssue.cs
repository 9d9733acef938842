using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Morile;

/// <summary>One issue's place in a <see cref="MorileRanking"/>: its priority rank and its assessment.</summary>
/// <remarks>Two entries are equal when rank and assessment are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MorileRankedIssue
{
    internal MorileRankedIssue(int rank, MorileAssessment assessment)
    {
        Rank = rank;
        Assessment = assessment;
    }

    /// <summary>The priority rank: 1 for the highest risk score; issues with equal risk scores share a rank.</summary>
    public int Rank { get; }

    /// <summary>The assessment.</summary>
    public MorileAssessment Assessment { get; }

    /// <summary>Formats the entry: "2. Anti-social behaviour (anti-social-behaviour): risk 84, confidence High (3)".</summary>
    /// <returns>The rank and the assessment.</returns>
    public override string ToString() => $"{Rank}. {Assessment}";
}
