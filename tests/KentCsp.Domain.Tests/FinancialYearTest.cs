using System;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests;

public class FinancialYearTest
{
    [Fact]
    public void Constructor_2016_RunsFromFirstAprilToThirtyFirstMarch()
    {
        var year = new FinancialYear(2016);
        Assert.Equal(2016, year.StartYear);
        Assert.Equal(new LocalDate(2016, 4, 1), year.Start);
        Assert.Equal(new LocalDate(2017, 3, 31), year.End);
        Assert.Equal(new DateInterval(new LocalDate(2016, 4, 1), new LocalDate(2017, 3, 31)), year.Dates);
        Assert.Equal("2016/17", year.ToString());
    }

    [Theory]
    [InlineData(2016, 3, 31, false, "day before")]
    [InlineData(2016, 4, 1, true, "first day")]
    [InlineData(2017, 3, 31, true, "last day")]
    [InlineData(2017, 4, 1, false, "day after")]
    [InlineData(2017, 2, 29 - 1, true, "February of the second calendar year")]
    public void Contains_BoundaryDays(int y, int m, int d, bool expected, string reason)
    {
        Assert.True(expected == new FinancialYear(2016).Contains(new LocalDate(y, m, d)), reason);
    }

    [Theory]
    [InlineData(2017, 3, 31, "2016/17")]
    [InlineData(2017, 4, 1, "2017/18")]
    [InlineData(2000, 1, 1, "1999/00")]
    [InlineData(2024, 12, 31, "2024/25")]
    public void Containing_GivesTheYearOfTheDate(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, FinancialYear.Containing(new LocalDate(y, m, d)).ToString());
    }

    [Theory]
    [InlineData("2016/17", 2016)]
    [InlineData("1999/00", 1999)]
    [InlineData("2099/00", 2099)]
    public void Parse_ValidText_ReadsTheStartYear(string text, int startYear)
    {
        Assert.Equal(new FinancialYear(startYear), FinancialYear.Parse(text));
        Assert.Equal(text, FinancialYear.Parse(text).ToString());
    }

    [Theory]
    [InlineData("2016/18")]
    [InlineData("2016-17")]
    [InlineData("2016/2017")]
    [InlineData("16/17")]
    [InlineData(" 2016/17")]
    [InlineData("２０16/17")]
    [InlineData("")]
    [InlineData("0999/00")]
    public void Parse_InvalidText_ThrowsFormatException(string text)
    {
        var exception = Assert.Throws<FormatException>(() => FinancialYear.Parse(text));
        Assert.Equal($"'{text}' is not a financial year written like \"2016/17\" (the start year, a slash, and the last two digits of the next year).", exception.Message);
        Assert.False(FinancialYear.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FinancialYear.Parse(null!));
        Assert.False(FinancialYear.TryParse(null, out _));
    }

    [Theory]
    [InlineData(999)]
    [InlineData(9999)]
    public void Constructor_OutOfRange_Throws(int startYear)
    {
        Assert.Equal("startYear", Assert.Throws<ArgumentRefusedException>(() => new FinancialYear(startYear)).ParamName);
    }

    [Fact]
    public void NextAndPrevious_StepByOneYear()
    {
        Assert.Equal("2017/18", new FinancialYear(2016).Next.ToString());
        Assert.Equal("2015/16", new FinancialYear(2016).Previous.ToString());
        Assert.Throws<ArgumentRefusedException>(() => new FinancialYear(FinancialYear.MaxStartYear).Next);
    }

    [Fact]
    public void Default_IsTheFirstSupportedYear()
    {
        Assert.Equal(FinancialYear.MinStartYear, default(FinancialYear).StartYear);
        Assert.Equal("1000/01", default(FinancialYear).ToString());
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheStartYear()
    {
        Assert.Equal(new FinancialYear(2016), FinancialYear.Parse("2016/17"));
        Assert.True(new FinancialYear(2016) == new FinancialYear(2016));
        Assert.True(new FinancialYear(2016) != new FinancialYear(2017));
        Assert.True(new FinancialYear(2016) < new FinancialYear(2017));
        Assert.True(new FinancialYear(2017) > new FinancialYear(2016));
        Assert.True(new FinancialYear(2016) <= new FinancialYear(2016));
        Assert.True(new FinancialYear(2016) >= new FinancialYear(2016));
        Assert.Equal(new FinancialYear(2016).GetHashCode(), new FinancialYear(2016).GetHashCode());
        Assert.Equal(-1, new FinancialYear(2016).CompareTo(new FinancialYear(2017)));
        Assert.False(new FinancialYear(2016).Equals((object)2016));
    }
}
