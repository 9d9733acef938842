using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>
/// A crime-recording accuracy audit of a sample: how many crimes should have been recorded, how many were recorded
/// correctly, the accuracy rate and its Wilson score confidence interval.
/// </summary>
/// <remarks>
/// <para>Accuracy is crimes correctly recorded ÷ crimes that should have been recorded (HMICFRS Crime Data Integrity).
/// The interval is the Wilson score interval at <see cref="Interval"/>'s level, computed in <see cref="decimal"/>
/// (square roots by Newton's iteration, the normal quantile by bisection of a series for the normal distribution): no
/// binary floating point is involved. The inspectorate's own published margins come from a weighted sample and are not
/// reproduced by this formula.</para>
/// <para>Two audits are equal when sample, correct count and level are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AccuracyAudit
{
    /// <summary>Creates an audit with a 95% interval.</summary>
    /// <param name="sampleSize">The crimes that should have been recorded, in the sample; at least 1.</param>
    /// <param name="correctlyRecorded">Of those, the crimes correctly recorded; from 0 to <paramref name="sampleSize"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="sampleSize"/> is below 1, or <paramref name="correctlyRecorded"/> is
    /// negative or more than <paramref name="sampleSize"/>.</exception>
    public AccuracyAudit(int sampleSize, int correctlyRecorded)
        : this(sampleSize, correctlyRecorded, 0.95m)
    {
    }

    /// <summary>Creates an audit.</summary>
    /// <param name="sampleSize">The crimes that should have been recorded, in the sample; at least 1.</param>
    /// <param name="correctlyRecorded">Of those, the crimes correctly recorded; from 0 to <paramref name="sampleSize"/>.</param>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1 (0.95 for 95%).</param>
    /// <exception cref="ArgumentException"><paramref name="sampleSize"/> is below 1, <paramref name="correctlyRecorded"/> is
    /// negative or more than <paramref name="sampleSize"/>, or <paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    public AccuracyAudit(int sampleSize, int correctlyRecorded, decimal confidenceLevel)
    {
        Preconditions.CheckArgument(sampleSize >= 1, nameof(sampleSize), $"must be at least 1, but was {sampleSize}");
        Preconditions.CheckArgument(correctlyRecorded >= 0, nameof(correctlyRecorded), $"must not be negative, but was {correctlyRecorded}");
        Preconditions.CheckArgument(correctlyRecorded <= sampleSize, nameof(correctlyRecorded), $"({correctlyRecorded}) must not be more than the sample size ({sampleSize})");
        Preconditions.CheckArgument(confidenceLevel > 0m && confidenceLevel < 1m, nameof(confidenceLevel), $"must be strictly between 0 and 1, but was {confidenceLevel}");
        SampleSize = sampleSize;
        CorrectlyRecorded = correctlyRecorded;
        Rate = (decimal)correctlyRecorded / sampleSize;
        Interval = Wilson(sampleSize, correctlyRecorded, confidenceLevel);
    }

    /// <summary>The crimes that should have been recorded, in the sample.</summary>
    public int SampleSize { get; }

    /// <summary>The crimes correctly recorded.</summary>
    public int CorrectlyRecorded { get; }

    /// <summary>The accuracy rate, a fraction of 1.</summary>
    public decimal Rate { get; }

    /// <summary>The Wilson score confidence interval for the rate.</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>
    /// Extrapolates the crimes a year that were not recorded from the crimes a year that were: recorded × (1 − rate) ÷ rate,
    /// rounded to a whole crime (halves away from zero).
    /// </summary>
    /// <param name="recordedPerYear">The crimes recorded in a year; not negative.</param>
    /// <returns>The estimated unrecorded crimes a year, or null when the rate is 0 (no estimate is possible).</returns>
    /// <exception cref="ArgumentException"><paramref name="recordedPerYear"/> is negative.</exception>
    public long? EstimateUnrecordedPerYear(long recordedPerYear)
    {
        Preconditions.CheckArgument(recordedPerYear >= 0, nameof(recordedPerYear), $"must not be negative, but was {recordedPerYear}");
        if (CorrectlyRecorded == 0)
        {
            return null;
        }
        decimal unrecorded = (decimal)recordedPerYear * (SampleSize - CorrectlyRecorded) / CorrectlyRecorded;
        return (long)Math.Round(unrecorded, 0, MidpointRounding.AwayFromZero);
    }

    /// <summary>Formats the audit: "836 of 1000 (83.60%) [81.17%, 85.76%] at 95%".</summary>
    /// <returns>The counts, rate and interval.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{CorrectlyRecorded} of {SampleSize} ({Math.Round(Rate * 100m, 2, MidpointRounding.AwayFromZero):0.00}%) {Interval}");

    // Hand-written: compares what was measured (sample, correct count, confidence level); the rate and interval are computed from it.
    /// <inheritdoc />
    public bool Equals(AccuracyAudit? other) =>
        other is not null && SampleSize == other.SampleSize && CorrectlyRecorded == other.CorrectlyRecorded && Interval.Level == other.Interval.Level;

    /// <inheritdoc />
    public override int GetHashCode() =>
        EqualityHelper.Hash(EqualityHelper.Hash(EqualityHelper.Initialize(), SampleSize), CorrectlyRecorded);

    private static ConfidenceInterval Wilson(int n, int x, decimal level)
    {
        decimal z = DecimalMath.TwoSidedZ(level);
        decimal z2 = z * z;
        decimal p = (decimal)x / n;
        decimal denominator = 1m + (z2 / n);
        decimal centre = (p + (z2 / (2m * n))) / denominator;
        decimal half = z / denominator * DecimalMath.Sqrt((p * (1m - p) / n) + (z2 / (4m * n * n)));
        decimal lower = Math.Max(0m, centre - half);
        decimal upper = Math.Min(1m, centre + half);
        return new ConfidenceInterval(x == 0 ? 0m : lower, x == n ? 1m : upper, level);
    }
}
