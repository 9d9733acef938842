using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Indicators;

/// <summary>A proportion of the baseline and the words for it in a change statement: one third, "a third".</summary>
/// <remarks>Two thresholds are equal when fraction and words are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ChangeThreshold
{
    /// <summary>Creates a threshold.</summary>
    /// <param name="fraction">The proportion of the baseline; less than 1 (a rise by the whole baseline is a doubling, worded apart).</param>
    /// <param name="words">The words for it after "by" or "by more than", e.g. "a third".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fraction"/> is not less than 1 or <paramref name="words"/> is blank.</exception>
    public ChangeThreshold(Fraction fraction, string words)
    {
        Fraction = Preconditions.CheckNotNull(fraction);
        Preconditions.CheckArgument(fraction.CompareTo(Fraction.One) < 0, nameof(fraction), $"must be less than 1, but was {fraction}");
        Words = Preconditions.CheckNotBlank(words);
    }

    /// <summary>The proportion of the baseline.</summary>
    public Fraction Fraction { get; }

    /// <summary>The words, e.g. "a third".</summary>
    public string Words { get; }

    /// <summary>Formats the threshold: "1/3 (a third)".</summary>
    /// <returns>The fraction and words.</returns>
    public override string ToString() => $"{Fraction} ({Words})";
}
