using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>A confidence interval for a proportion: lower and upper bounds (fractions of 1) at a confidence level.</summary>
/// <remarks>Two intervals are equal when bounds and level are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ConfidenceInterval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="lower">The lower bound, from 0 to 1.</param>
    /// <param name="upper">The upper bound, from <paramref name="lower"/> to 1.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1 (0.95 for 95%).</param>
    /// <exception cref="ArgumentException">A bound is outside 0–1, <paramref name="upper"/> is below <paramref name="lower"/>,
    /// or <paramref name="level"/> is not strictly between 0 and 1.</exception>
    public ConfidenceInterval(decimal lower, decimal upper, decimal level)
    {
        Preconditions.CheckArgument(lower >= 0m && lower <= 1m, nameof(lower), $"must be from 0 to 1, but was {lower}");
        Preconditions.CheckArgument(upper >= lower && upper <= 1m, nameof(upper), $"must be from lower ({lower}) to 1, but was {upper}");
        Preconditions.CheckArgument(level > 0m && level < 1m, nameof(level), $"must be strictly between 0 and 1, but was {level}");
        Lower = lower;
        Upper = upper;
        Level = level;
    }

    /// <summary>The lower bound, a fraction of 1.</summary>
    public decimal Lower { get; }

    /// <summary>The upper bound, a fraction of 1.</summary>
    public decimal Upper { get; }

    /// <summary>The confidence level, e.g. 0.95.</summary>
    public decimal Level { get; }

    /// <summary>Formats the interval as percentages to two places: "[81.17%, 85.76%] at 95%".</summary>
    /// <returns>The bounds and level.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"[{Math.Round(Lower * 100m, 2, MidpointRounding.AwayFromZero):0.00}%, {Math.Round(Upper * 100m, 2, MidpointRounding.AwayFromZero):0.00}%] at {Level * 100m:0.##}%");
}
