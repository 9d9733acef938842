using System;
using System.Collections.Generic;
using System.Globalization;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain;

/// <summary>
/// A non-negative amount of pounds sterling, exact to the penny: a grant, a bid, an allocation, a payment.
/// </summary>
/// <remarks>
/// <para>The amount is held as a <see cref="decimal"/> number of pounds with exactly two decimal places, so that sums are
/// exact and the same amount is always written the same way (<c>6000.00</c>). There is no floating point anywhere.</para>
/// <para>An amount is never negative and never has a fraction of a penny: <see cref="FromPounds"/> refuses such values
/// rather than rounding them, so no money is lost or made up on the way in. Subtraction that would go below zero throws;
/// use <see cref="SaturatingSubtract"/> for "how much is over".</para>
/// <para>The range is £0.00 to <see cref="MaxValue"/>, £999,999,999,999.99: far above any public grant, and far below
/// the limits of <see cref="decimal"/>, so that pennies are always exact, an amount always counts in pence as a
/// <see cref="long"/>, and sums cannot overflow. Every way in refuses an amount beyond it: <see cref="FromPounds"/> and
/// <see cref="FromPence"/> with <see cref="ArgumentRefusedException"/>, the JSON reader with a
/// <see cref="System.Text.Json.JsonException"/> at the member's path.</para>
/// <para>A total of many amounts may be larger than one amount can be: <see cref="Sum"/> gives a <see cref="MoneyTotal"/>,
/// which holds any total of in-range amounts exactly. <see cref="Plus"/> adds two amounts when the sum is itself an
/// amount, and refuses otherwise.</para>
/// <para>Equality and ordering compare the amounts. The default value is <see cref="Zero"/>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    private const decimal TwoPlaces = 0.00m;

    /// <summary>The largest amount in pounds, 999,999,999,999.99.</summary>
    internal const decimal MaxPounds = 999_999_999_999.99m;

    /// <summary>The largest amount in pence.</summary>
    private const long MaxPence = 99_999_999_999_999L;

    private readonly decimal pounds;

    private Money(decimal pounds)
    {
        // Adding 0.00m gives the value a scale of at least two, so 6000m and 6000.00m are held (and written) alike.
        this.pounds = pounds + TwoPlaces;
    }

    /// <summary>No money: £0.00.</summary>
    public static Money Zero => default;

    /// <summary>The largest amount: £999,999,999,999.99.</summary>
    public static Money MaxValue { get; } = new(MaxPounds);

    /// <summary>The amount in pounds, with two decimal places.</summary>
    public decimal Pounds => pounds + TwoPlaces;

    /// <summary>The amount in pence, at most 99,999,999,999,999.</summary>
    public long TotalPence => decimal.ToInt64(Pounds * 100m);

    /// <summary>Whether the amount is £0.00.</summary>
    public bool IsZero => pounds == 0m;

    /// <summary>Creates an amount from a number of pounds.</summary>
    /// <param name="pounds">The amount, e.g. <c>39661m</c> or <c>1080.50m</c>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentRefusedException"><paramref name="pounds"/> is negative, more than <see cref="MaxValue"/>, or has a fraction of a penny.</exception>
    public static Money FromPounds(decimal pounds)
    {
        if (pounds < 0m)
        {
            Preconditions.ThrowArgument(nameof(pounds), $"must not be negative, but was {pounds.ToString(CultureInfo.InvariantCulture)}");
        }
        if (pounds > MaxPounds)
        {
            Preconditions.ThrowArgument(nameof(pounds), $"must be at most {MaxValue}, the largest amount of money, but was {pounds.ToString(CultureInfo.InvariantCulture)}");
        }
        if (decimal.Round(pounds, 2) != pounds)
        {
            Preconditions.ThrowArgument(nameof(pounds), $"must be a whole number of pence (at most two decimal places), but was {pounds.ToString(CultureInfo.InvariantCulture)}");
        }
        return new Money(decimal.Round(pounds, 2));
    }

    /// <summary>Creates an amount from a number of pence.</summary>
    /// <param name="pence">The amount in pence, e.g. <c>108050</c> for £1,080.50.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentRefusedException"><paramref name="pence"/> is negative or more than <see cref="MaxValue"/> in pence (99,999,999,999,999).</exception>
    public static Money FromPence(long pence)
    {
        if (pence < 0)
        {
            Preconditions.ThrowArgument(nameof(pence), $"must not be negative, but was {pence.ToString(CultureInfo.InvariantCulture)}");
        }
        if (pence > MaxPence)
        {
            Preconditions.ThrowArgument(nameof(pence), $"must be at most {MaxPence.ToString(CultureInfo.InvariantCulture)} ({MaxValue}, the largest amount of money), but was {pence.ToString(CultureInfo.InvariantCulture)}");
        }
        return new Money(pence / 100m);
    }

    /// <summary>Adds amounts together, exactly, however many there are.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The total; <see cref="MoneyTotal.Zero"/> for no amounts. It may be more than <see cref="MaxValue"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <remarks>See <see cref="MoneyTotal"/> for why the total cannot overflow.</remarks>
    public static MoneyTotal Sum(IEnumerable<Money> amounts) => MoneyTotal.Of(amounts);

    /// <summary>Adds two amounts when the sum is itself an amount; for totals that may be larger, use <see cref="Sum"/> or <see cref="MoneyTotal"/>.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentRefusedException">The sum is more than <see cref="MaxValue"/>.</exception>
    public Money Plus(Money other)
    {
        // Both are at most MaxPounds, so the decimal sum is exact and far from decimal's limit.
        decimal sum = pounds + other.pounds;
        if (sum > MaxPounds)
        {
            Preconditions.ThrowArgument(nameof(other), $"({other}) added to {this} makes {new MoneyTotal(sum)}, more than {MaxValue}, the largest amount of money; add them as a MoneyTotal");
        }
        return new Money(sum);
    }

    /// <summary>Subtracts an amount that is not larger than this one.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> is larger than this amount.</exception>
    public Money Minus(Money other)
    {
        if (other.pounds > pounds)
        {
            Preconditions.ThrowArgument(nameof(other), $"({other}) must not be larger than the amount it is taken from ({this})");
        }
        return new Money(pounds - other.pounds);
    }

    /// <summary>Subtracts an amount, stopping at zero: how much of this amount is left over, or by how much it exceeds <paramref name="other"/>.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>This amount less <paramref name="other"/>, or <see cref="Zero"/> if <paramref name="other"/> is at least as large.</returns>
    public Money SaturatingSubtract(Money other) => other.pounds >= pounds ? Zero : new Money(pounds - other.pounds);

    /// <summary>Formats the amount for people: <c>£39,661.00</c> (invariant culture).</summary>
    /// <returns>The amount with a pound sign, thousands separators and two decimal places.</returns>
    public override string ToString() => MoneyText.Pounds(Pounds);

    // Hand-written: compares the amounts, and agrees with the ordering (CompareTo, <, >) defined beside it.
    /// <inheritdoc />
    public bool Equals(Money other) => pounds == other.pounds;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Pounds.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => pounds.CompareTo(other.pounds);

    /// <summary>Adds two amounts when the sum is itself an amount.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentRefusedException">The sum is more than <see cref="MaxValue"/>.</exception>
    public static Money operator +(Money left, Money right) => left.Plus(right);

    /// <summary>Subtracts an amount that is not larger than the first.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException"><paramref name="right"/> is larger than <paramref name="left"/>.</exception>
    public static Money operator -(Money left, Money right) => left.Minus(right);

    /// <summary>Compares two amounts for equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if the amounts are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if the amounts differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Whether the first amount is smaller.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(Money left, Money right) => left.pounds < right.pounds;

    /// <summary>Whether the first amount is larger.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    public static bool operator >(Money left, Money right) => left.pounds > right.pounds;

    /// <summary>Whether the first amount is smaller or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if <paramref name="left"/> is at most <paramref name="right"/>.</returns>
    public static bool operator <=(Money left, Money right) => left.pounds <= right.pounds;

    /// <summary>Whether the first amount is larger or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if <paramref name="left"/> is at least <paramref name="right"/>.</returns>
    public static bool operator >=(Money left, Money right) => left.pounds >= right.pounds;
}
