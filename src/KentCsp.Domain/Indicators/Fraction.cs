using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Indicators;

/// <summary>
/// An exact positive fraction such as one third, used as a threshold for statements like "up by more than a third".
/// </summary>
/// <remarks>
/// <para>A change is compared with a fraction by cross-multiplying decimals (difference × denominator against baseline ×
/// numerator), so a rise from 300 to 400 is exactly a third and from 300 to 400.01 is more than a third: no rounding
/// decides a threshold. The fraction is kept in lowest terms.</para>
/// <para>Two fractions are equal when they are the same number (2/6 equals 1/3). Ordering is by value.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Fraction : IComparable<Fraction>
{
    /// <summary>The largest numerator or denominator accepted.</summary>
    public const int MaxTerm = 1_000_000;

    /// <summary>Creates a fraction and reduces it to lowest terms.</summary>
    /// <param name="numerator">The numerator, 1 to <see cref="MaxTerm"/>.</param>
    /// <param name="denominator">The denominator, 1 to <see cref="MaxTerm"/>.</param>
    /// <exception cref="ArgumentException">A term is below 1 or above <see cref="MaxTerm"/>.</exception>
    public Fraction(int numerator, int denominator)
    {
        Preconditions.CheckArgument(numerator >= 1 && numerator <= MaxTerm, nameof(numerator), $"must be from 1 to {MaxTerm:N0}, but was {numerator}");
        Preconditions.CheckArgument(denominator >= 1 && denominator <= MaxTerm, nameof(denominator), $"must be from 1 to {MaxTerm:N0}, but was {denominator}");
        int divisor = GreatestCommonDivisor(numerator, denominator);
        Numerator = numerator / divisor;
        Denominator = denominator / divisor;
    }

    /// <summary>One tenth.</summary>
    public static Fraction OneTenth { get; } = new(1, 10);

    /// <summary>One fifth.</summary>
    public static Fraction OneFifth { get; } = new(1, 5);

    /// <summary>One quarter.</summary>
    public static Fraction OneQuarter { get; } = new(1, 4);

    /// <summary>One third.</summary>
    public static Fraction OneThird { get; } = new(1, 3);

    /// <summary>One half.</summary>
    public static Fraction OneHalf { get; } = new(1, 2);

    /// <summary>Two thirds.</summary>
    public static Fraction TwoThirds { get; } = new(2, 3);

    /// <summary>Three quarters.</summary>
    public static Fraction ThreeQuarters { get; } = new(3, 4);

    /// <summary>One: the whole of the baseline, so a rise by it is a doubling.</summary>
    public static Fraction One { get; } = new(1, 1);

    /// <summary>The numerator, in lowest terms.</summary>
    public int Numerator { get; }

    /// <summary>The denominator, in lowest terms.</summary>
    public int Denominator { get; }

    /// <summary>
    /// Compares the proportion <paramref name="part"/> ÷ <paramref name="whole"/> with this fraction, exactly.
    /// </summary>
    /// <param name="part">The part, e.g. the size of a change; not negative.</param>
    /// <param name="whole">The whole, e.g. the baseline; more than 0.</param>
    /// <returns>Negative if the proportion is less than this fraction, 0 if equal, positive if more.</returns>
    /// <exception cref="ArgumentException"><paramref name="part"/> is negative or <paramref name="whole"/> is not more than 0.</exception>
    /// <exception cref="OverflowException">The cross-products exceed <see cref="decimal"/>'s range (parts above about 10²² cannot be compared).</exception>
    public int CompareProportion(decimal part, decimal whole)
    {
        if (part < 0m)
        {
            Preconditions.ThrowArgument(nameof(part), $"must not be negative, but was {part}");
        }
        if (whole <= 0m)
        {
            Preconditions.ThrowArgument(nameof(whole), $"must be more than 0, but was {whole}");
        }
        return (part * Denominator).CompareTo(whole * Numerator);
    }

    /// <summary>Compares by value.</summary>
    /// <param name="other">The other fraction; null sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Fraction? other) =>
        other is null ? 1 : ((long)Numerator * other.Denominator).CompareTo((long)other.Numerator * Denominator);

    /// <summary>Formats the fraction as "1/3".</summary>
    /// <returns>Numerator, slash, denominator.</returns>
    public override string ToString() => FormattableString.Invariant($"{Numerator}/{Denominator}");

    private static int GreatestCommonDivisor(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a;
    }
}
