using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.ActionPlans;

/// <summary>A red, amber or green rating of one action, with the figures it rests on and an explanation.</summary>
/// <remarks>Two ratings are equal when every member is equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RagRating
{
    /// <summary>Creates a rating.</summary>
    /// <param name="status">The rating.</param>
    /// <param name="progressPercent">The actual progress, 0 to 100.</param>
    /// <param name="expectedPercent">The expected progress in percent (rounded to one place), or null where none applies.</param>
    /// <param name="ratioPercent">Actual as a percentage of expected (rounded to one place), or null where none applies.</param>
    /// <param name="explanation">The explanation, with the figures.</param>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> or <paramref name="explanation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="explanation"/> is blank.</exception>
    public RagRating(RagStatus status, int progressPercent, decimal? expectedPercent, decimal? ratioPercent, string explanation)
    {
        Status = Preconditions.CheckNotNull(status);
        ProgressPercent = progressPercent;
        ExpectedPercent = expectedPercent;
        RatioPercent = ratioPercent;
        Explanation = Preconditions.CheckNotBlank(explanation);
    }

    /// <summary>The rating.</summary>
    public RagStatus Status { get; }

    /// <summary>The actual progress, 0 to 100.</summary>
    public int ProgressPercent { get; }

    /// <summary>The expected progress in percent, or null where none applies.</summary>
    public decimal? ExpectedPercent { get; }

    /// <summary>Actual as a percentage of expected, or null where none applies.</summary>
    public decimal? RatioPercent { get; }

    /// <summary>The explanation, with the figures.</summary>
    public string Explanation { get; }

    /// <summary>Formats the rating: "amber: explanation".</summary>
    /// <returns>The rating and explanation.</returns>
    public override string ToString() => $"{Status.Description}: {Explanation}";
}
