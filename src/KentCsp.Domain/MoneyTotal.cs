using System;
using System.Collections.Generic;
using System.Globalization;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain;

/// <summary>
/// A total of amounts of <see cref="Money"/>, exact to the penny, which may be more than one amount can be: what a
/// round has allocated, what has been paid against an allocation.
/// </summary>
/// <remarks>
/// <para>Each amount is at most <see cref="Money.MaxValue"/> (just under £10<sup>12</sup>); a total holds up to
/// <see cref="MaxPounds"/> (just under £10<sup>25</sup>), the total of ten million million maximal amounts, with two
/// decimal places in a <see cref="decimal"/>, so every penny is kept. A .NET collection holds at most 2<sup>31</sup>
/// elements, so the total of the amounts in any collection (<see cref="Of"/>, <see cref="Money.Sum"/>) always fits;
/// only an endless sequence could go beyond, and <see cref="Plus(MoneyTotal)"/> refuses that with
/// <see cref="ArgumentRefusedException"/> rather than overflow. No property of the library that returns a total
/// throws.</para>
/// <para>An amount widens to a total without loss (an implicit conversion), so a total compares directly with an
/// amount: <c>round.TotalAllocated &gt; round.Grant.Amount</c>. A total narrows to an amount only when it fits
/// (<see cref="TryGetMoney"/>).</para>
/// <para>Equality and ordering compare the amounts. The default value is <see cref="Zero"/>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct MoneyTotal : IEquatable<MoneyTotal>, IComparable<MoneyTotal>
{
    /// <summary>The largest total in pounds, 9,999,999,999,999,999,999,999,999.99.</summary>
    public const decimal MaxPounds = 9_999_999_999_999_999_999_999_999.99m;

    private const decimal TwoPlaces = 0.00m;

    private readonly decimal pounds;

    /// <summary>Wraps a total known to be a non-negative whole number of pence no more than <see cref="MaxPounds"/>.</summary>
    internal MoneyTotal(decimal pounds)
    {
        this.pounds = pounds + TwoPlaces;
    }

    /// <summary>No money: £0.00.</summary>
    public static MoneyTotal Zero => default;

    /// <summary>The total in pounds, with two decimal places.</summary>
    public decimal Pounds => pounds + TwoPlaces;

    /// <summary>Whether the total is £0.00.</summary>
    public bool IsZero => pounds == 0m;

    /// <summary>Whether the total is an amount of <see cref="Money"/>: at most <see cref="Money.MaxValue"/>.</summary>
    public bool FitsInMoney => pounds <= Money.MaxPounds;

    /// <summary>Adds amounts together.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The total; <see cref="Zero"/> for no amounts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException">The total would be more than <see cref="MaxPounds"/>: only an endless sequence can get there.</exception>
    public static MoneyTotal Of(IEnumerable<Money> amounts)
    {
        Preconditions.CheckNotNull(amounts);
        var total = Zero;
        foreach (var amount in amounts)
        {
            total = total.Plus(amount);
        }
        return total;
    }

    /// <summary>Adds another total (or an amount, which widens to one).</summary>
    /// <param name="other">The total or amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentRefusedException">The sum is more than <see cref="MaxPounds"/>.</exception>
    public MoneyTotal Plus(MoneyTotal other)
    {
        // Both are at most MaxPounds (under 10^25), so the decimal sum is exact and far below decimal's limit (7.9 x 10^28).
        decimal sum = pounds + other.pounds;
        if (sum > MaxPounds)
        {
            Preconditions.ThrowArgument(nameof(other), $"would take the total beyond {MaxPounds.ToString("#,##0.00", CultureInfo.InvariantCulture)} pounds, the largest total of money");
        }
        return new MoneyTotal(sum);
    }

    /// <summary>Subtracts a total or an amount, stopping at zero: by how much this total exceeds <paramref name="other"/>.</summary>
    /// <param name="other">The total or amount to subtract.</param>
    /// <returns>This total less <paramref name="other"/>, or <see cref="Zero"/> if <paramref name="other"/> is at least as large.</returns>
    public MoneyTotal SaturatingSubtract(MoneyTotal other) => other.pounds >= pounds ? Zero : new MoneyTotal(pounds - other.pounds);

    /// <summary>The total as an amount of <see cref="Money"/>, when it is one.</summary>
    /// <param name="money">The amount, when the total is at most <see cref="Money.MaxValue"/>; otherwise <see cref="Money.Zero"/>.</param>
    /// <returns>True if the total fits in <see cref="Money"/>.</returns>
    public bool TryGetMoney(out Money money)
    {
        money = FitsInMoney ? Money.FromPounds(Pounds) : Money.Zero;
        return FitsInMoney;
    }

    /// <summary>Formats the total for people: <c>£1,999,999,999,999.98</c> (invariant culture).</summary>
    /// <returns>The total with a pound sign, thousands separators and two decimal places.</returns>
    public override string ToString() => MoneyText.Pounds(Pounds);

    // Hand-written: compares the totals, and agrees with the ordering (CompareTo, <, >) defined beside it.
    /// <inheritdoc />
    public bool Equals(MoneyTotal other) => pounds == other.pounds;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MoneyTotal other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Pounds.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(MoneyTotal other) => pounds.CompareTo(other.pounds);

    /// <summary>Widens an amount to a total, without loss.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The same amount as a total.</returns>
    public static implicit operator MoneyTotal(Money amount) => new(amount.Pounds);

    /// <summary>Widens an amount to a total, without loss (the named form of the implicit conversion).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The same amount as a total.</returns>
    public static MoneyTotal FromMoney(Money amount) => amount;

    /// <summary>Adds two totals.</summary>
    /// <param name="left">The first total.</param>
    /// <param name="right">The second total.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentRefusedException">The sum is more than <see cref="MaxPounds"/>.</exception>
    public static MoneyTotal operator +(MoneyTotal left, MoneyTotal right) => left.Plus(right);

    /// <summary>Compares two totals for equality.</summary>
    /// <param name="left">The first total.</param>
    /// <param name="right">The second total.</param>
    /// <returns>True if the totals are equal.</returns>
    public static bool operator ==(MoneyTotal left, MoneyTotal right) => left.Equals(right);

    /// <summary>Compares two totals for inequality.</summary>
    /// <param name="left">The first total.</param>
    /// <param name="right">The second total.</param>
    /// <returns>True if the totals differ.</returns>
    public static bool operator !=(MoneyTotal left, MoneyTotal right) => !left.Equals(right);

    /// <summary>Whether the first total is smaller.</summary>
    /// <param name="left">The first total.</param>
    /// <param name="right">The second total.</param>
    /// <returns>True if <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(MoneyTotal left, MoneyTotal right) => left.pounds < right.pounds;

    /// <summary>Whether the first total is larger.</summary>
    /// <param name="left">The first total.</param>
    /// <param name="right">The second total.</param>
    /// <returns>True if <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    public static bool operator >(MoneyTotal left, MoneyTotal right) => left.pounds > right.pounds;

    /// <summary>Whether the first total is smaller or equal.</summary>
    /// <param name="left">The first total.</param>
    /// <param name="right">The second total.</param>
    /// <returns>True if <paramref name="left"/> is at most <paramref name="right"/>.</returns>
    public static bool operator <=(MoneyTotal left, MoneyTotal right) => left.pounds <= right.pounds;

    /// <summary>Whether the first total is larger or equal.</summary>
    /// <param name="left">The first total.</param>
    /// <param name="right">The second total.</param>
    /// <returns>True if <paramref name="left"/> is at least <paramref name="right"/>.</returns>
    public static bool operator >=(MoneyTotal left, MoneyTotal right) => left.pounds >= right.pounds;
}
