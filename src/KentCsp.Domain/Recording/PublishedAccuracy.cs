using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>An accuracy rate as a document publishes it: the rate, its stated margin of error if any, and the document.</summary>
/// <remarks>
/// <para>Rate and margin are fractions of 1 (83.6% ±1.85% is 0.836 and 0.0185), kept exactly as published.</para>
/// <para>Two published rates are equal when rate, margin and source are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record PublishedAccuracy
{
    /// <summary>Creates a published rate.</summary>
    /// <param name="rate">The rate, from 0 to 1.</param>
    /// <param name="margin">The stated margin of error (±), from 0 to 1, or null where none is stated.</param>
    /// <param name="source">The document that publishes the figure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rate"/> or <paramref name="margin"/> is outside 0–1.</exception>
    public PublishedAccuracy(decimal rate, decimal? margin, SourceDocument source)
    {
        Preconditions.CheckArgument(rate >= 0m && rate <= 1m, nameof(rate), $"must be from 0 to 1, but was {rate}");
        Preconditions.CheckArgument(margin is null || (margin >= 0m && margin <= 1m), nameof(margin), $"must be from 0 to 1, but was {margin}");
        Rate = rate;
        Margin = margin;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The rate, a fraction of 1.</summary>
    public decimal Rate { get; }

    /// <summary>The stated margin of error (±), or null where none is stated.</summary>
    public decimal? Margin { get; }

    /// <summary>The document that publishes the figure.</summary>
    public SourceDocument Source { get; }

    /// <summary>Formats the rate: "83.6% ±1.85%".</summary>
    /// <returns>The rate and margin as percentages.</returns>
    public override string ToString() =>
        Margin is { } margin
            ? FormattableString.Invariant($"{Rate * 100m:0.0##}% ±{margin * 100m:0.0##}%")
            : FormattableString.Invariant($"{Rate * 100m:0.0##}%");
}
