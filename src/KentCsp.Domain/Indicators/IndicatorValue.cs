using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Indicators;

/// <summary>One figure of an indicator series: the value for a reporting period.</summary>
/// <remarks>
/// <para>Values are exact decimals from 0 to <see cref="MaxValue"/> with at most <see cref="MaxDecimalPlaces"/> decimal
/// places; within those bounds every comparison the library makes (including thresholds such as "more than a third")
/// is exact. The series checks the value against its unit.</para>
/// <para>Two values are equal when period and value are equal (1.50 equals 1.5).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record IndicatorValue
{
    /// <summary>The largest value accepted: one quadrillion (10¹⁵).</summary>
    public const decimal MaxValue = 1_000_000_000_000_000m;

    /// <summary>The most decimal places a value may have.</summary>
    public const int MaxDecimalPlaces = 6;

    /// <summary>Creates a value.</summary>
    /// <param name="period">The period the value is for.</param>
    /// <param name="value">The value: from 0 to <see cref="MaxValue"/>, at most <see cref="MaxDecimalPlaces"/> decimal places.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is negative, too large or has too many decimal places.</exception>
    public IndicatorValue(ReportingPeriod period, decimal value)
    {
        Period = Preconditions.CheckNotNull(period);
        Value = Check(value, nameof(value));
    }

    /// <summary>The period the value is for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>Checks a value against the bounds; the message is built only when a check fails.</summary>
    internal static decimal Check(decimal value, string paramName)
    {
        if (value < 0m)
        {
            Preconditions.ThrowArgument(paramName, $"must not be negative, but was {value}");
        }
        if (value > MaxValue)
        {
            Preconditions.ThrowArgument(paramName, $"must not be more than {MaxValue:N0}, but was {value}");
        }
        if (decimal.Round(value, MaxDecimalPlaces) != value)
        {
            Preconditions.ThrowArgument(paramName, $"must have at most {MaxDecimalPlaces} decimal places, but was {value}");
        }
        return value;
    }

    /// <summary>Formats the value: "2017/18 Q1: 1234".</summary>
    /// <returns>The period and value.</returns>
    public override string ToString() => FormattableString.Invariant($"{Period}: {Value}");
}
