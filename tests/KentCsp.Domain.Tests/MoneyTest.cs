using System;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests;

public class MoneyTest
{
    [Theory]
    [InlineData("0", "£0.00")]
    [InlineData("6000", "£6,000.00")]
    [InlineData("1080.5", "£1,080.50")]
    [InlineData("39661.00", "£39,661.00")]
    [InlineData("0.01", "£0.01")]
    [InlineData("1234567.89", "£1,234,567.89")]
    public void FromPounds_ValidAmount_FormatsWithPoundSignAndTwoPlaces(string pounds, string expected)
    {
        Assert.Equal(expected, Money.FromPounds(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture)).ToString());
    }

    // Whole, positive pence below a quintillion are written digit by digit; the format string defines the text.
    [Fact]
    public void ToString_AgreesWithTheFormat_AtEveryMagnitude()
    {
        static string Reference(decimal pounds) => "£" + pounds.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
        var pence = new System.Collections.Generic.List<long> { 0, 1, 9, 10, 99, 100, 101, 99_999, 100_000, 123_456_789 };
        for (long power = 10; power <= 100_000_000_000_000L; power *= 10)
        {
            pence.AddRange([power - 1, power, power + 1]);
        }
        var random = new Random(20261201);
        for (int i = 0; i < 20_000; i++)
        {
            pence.Add(random.NextInt64(0, (long)Math.Pow(10, random.Next(1, 15))));
        }
        foreach (long amount in pence)
        {
            if (amount > 99_999_999_999_999L)
            {
                continue;
            }
            var money = Money.FromPence(amount);
            Assert.Equal(Reference(money.Pounds), money.ToString());
            Assert.Equal(Reference(money.Pounds), MoneyTotal.Of([money]).ToString());
        }
        Assert.Equal("£999,999,999,999.99", Money.MaxValue.ToString());
        Assert.Equal("£6,000.00", Money.FromPounds(6000.000m).ToString());

        // Totals past the digit-by-digit range, and values no amount holds (negative, zero with a sign, part pennies).
        decimal[] others =
        [
            9_999_999_999_999_999.99m, 10_000_000_000_000_000.00m, 9_999_999_999_999_999_999_999.99m,
            -0.00m, -1.00m, 1.005m, 0.001m, 123.4m,
        ];
        foreach (decimal pounds in others)
        {
            Assert.Equal(Reference(pounds), KentCsp.Domain.Utility.MoneyText.Pounds(pounds));
        }
        var total = MoneyTotal.Zero;
        for (int i = 0; i < 20_000; i++)
        {
            total = total.Plus(Money.MaxValue);
        }
        Assert.Equal(Reference(total.Pounds), total.ToString());
    }

    [Fact]
    public void Pounds_AlwaysHasTwoDecimalPlaces()
    {
        Assert.Equal("6000.00", Money.FromPounds(6000m).Pounds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("6000.00", Money.FromPounds(6000.0000m).Pounds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.00", default(Money).Pounds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.00", Money.Zero.Pounds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("-0.01", "pounds must not be negative, but was -0.01.")]
    [InlineData("0.005", "pounds must be a whole number of pence (at most two decimal places), but was 0.005.")]
    [InlineData("6000.001", "pounds must be a whole number of pence (at most two decimal places), but was 6000.001.")]
    public void FromPounds_NegativeOrSubPenny_Throws(string pounds, string message)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Money.FromPounds(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("pounds", exception.ParamName);
        Assert.StartsWith(message, exception.Message);
    }

    [Fact]
    public void FromPence_CountsPence()
    {
        Assert.Equal(Money.FromPounds(1080.50m), Money.FromPence(108_050));
        Assert.Equal(108_050, Money.FromPounds(1080.50m).TotalPence);
        Assert.Equal("pence", Assert.Throws<ArgumentRefusedException>(() => Money.FromPence(-1)).ParamName);
    }

    [Fact]
    public void Arithmetic_IsExact()
    {
        // 0.1 + 0.2 is exactly 0.3 in decimal pounds.
        Assert.Equal(Money.FromPounds(0.30m), Money.FromPounds(0.10m) + Money.FromPounds(0.20m));
        Assert.Equal<MoneyTotal>(Money.FromPounds(39_661m), Money.Sum([Money.FromPounds(6_000m), Money.FromPounds(1_000m), Money.FromPounds(12_000m), Money.FromPounds(3_100m), Money.FromPounds(7_535m), Money.FromPounds(1_080m), Money.FromPounds(2_250m), Money.FromPounds(6_696m)]));
        Assert.Equal(MoneyTotal.Zero, Money.Sum([]));
        Assert.Equal(Money.FromPounds(156m), Money.FromPounds(39_661m) - Money.FromPounds(39_505m));
    }

    [Fact]
    public void Minus_MoreThanTheAmount_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Money.FromPounds(1m) - Money.FromPounds(2m));
        Assert.Equal("other", exception.ParamName);
        Assert.StartsWith("other (£2.00) must not be larger than the amount it is taken from (£1.00).", exception.Message);
    }

    [Fact]
    public void SaturatingSubtract_StopsAtZero()
    {
        Assert.Equal(Money.FromPounds(500m), Money.FromPounds(40_161m).SaturatingSubtract(Money.FromPounds(39_661m)));
        Assert.Equal(Money.Zero, Money.FromPounds(1m).SaturatingSubtract(Money.FromPounds(2m)));
    }

    [Fact]
    public void Plus_BeyondTheLargestAmount_IsRefused_WhileSumIsExact()
    {
        var largest = Money.MaxValue;
        var exception = Assert.Throws<ArgumentRefusedException>(() => largest + Money.FromPence(1));
        Assert.Equal("other", exception.ParamName);
        Assert.StartsWith("other (£0.01) added to £999,999,999,999.99 makes £1,000,000,000,000.00, more than £999,999,999,999.99, the largest amount of money; add them as a MoneyTotal.", exception.Message);
        Assert.Equal("1999999999999.98", Money.Sum([largest, largest]).Pounds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Equality_ComparesAmounts()
    {
        Assert.Equal(Money.FromPounds(6000m), Money.FromPounds(6000.00m));
        Assert.Equal(Money.FromPounds(6000m).GetHashCode(), Money.FromPounds(6000.00m).GetHashCode());
        Assert.True(Money.FromPounds(1m) == Money.FromPence(100));
        Assert.True(Money.FromPounds(1m) != Money.FromPence(101));
        Assert.False(Money.FromPounds(1m).Equals((object)1m));
        Assert.True(Money.FromPounds(1m) < Money.FromPounds(1.01m));
        Assert.True(Money.FromPounds(2m) > Money.FromPounds(1.99m));
        Assert.True(Money.FromPounds(2m) >= Money.FromPounds(2m));
        Assert.True(Money.FromPounds(2m) <= Money.FromPounds(2m));
        Assert.Equal(-1, Money.Zero.CompareTo(Money.FromPence(1)));
        Assert.True(Money.Zero.IsZero);
        Assert.False(Money.FromPence(1).IsZero);
    }
}
