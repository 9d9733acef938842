using System;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Indicators;

public class ReportingPeriodTest
{
    [Theory]
    [InlineData("2017-05", "Month", "2017-05-01", "2017-05-31", "2017-04", "2016-05")]
    [InlineData("2017-01", "Month", "2017-01-01", "2017-01-31", "2016-12", "2016-01")]
    [InlineData("2016-02", "Month", "2016-02-01", "2016-02-29", "2016-01", "2015-02")]
    [InlineData("2017/18 Q1", "FinancialQuarter", "2017-04-01", "2017-06-30", "2016/17 Q4", "2016/17 Q1")]
    [InlineData("2016/17 Q4", "FinancialQuarter", "2017-01-01", "2017-03-31", "2016/17 Q3", "2015/16 Q4")]
    [InlineData("2017/18", "FinancialYear", "2017-04-01", "2018-03-31", "2016/17", "2016/17")]
    [InlineData("2016", "CalendarYear", "2016-01-01", "2016-12-31", "2015", "2015")]
    public void Parse_EachForm_KnowsItsDatesAndBaselines(string text, string kind, string start, string end, string previous, string lastYear)
    {
        var period = ReportingPeriod.Parse(text);

        Assert.Equal(kind, period.Kind.Name);
        Assert.Equal(start, period.Start.ToString("yyyy-MM-dd", null));
        Assert.Equal(end, period.End.ToString("yyyy-MM-dd", null));
        Assert.Equal(text, period.Label);
        Assert.Equal(previous, period.Previous.Label);
        Assert.Equal(lastYear, period.SamePeriodLastYear.Label);
        Assert.Equal(period, period.Previous.Next);
    }

    [Theory]
    [InlineData("2017-03-31", "FinancialQuarter", "2016/17 Q4")]
    [InlineData("2017-04-01", "FinancialQuarter", "2017/18 Q1")]
    [InlineData("2017-12-31", "FinancialQuarter", "2017/18 Q3")]
    [InlineData("2018-03-31", "FinancialYear", "2017/18")]
    [InlineData("2018-03-31", "CalendarYear", "2018")]
    [InlineData("2018-03-31", "Month", "2018-03")]
    public void Containing_BoundaryDays_FallInTheRightPeriod(string date, string kind, string expected)
    {
        var day = LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, ReportingPeriod.Containing(PeriodKind.FromName(kind), day).Label);
    }

    [Theory]
    [InlineData("2017-13")]
    [InlineData("2017-00")]
    [InlineData("2017/19")]
    [InlineData("2017/18 Q5")]
    [InlineData("2017/18Q1")]
    [InlineData("0999")]
    [InlineData("17")]
    [InlineData(" 2017")]
    [InlineData("")]
    public void TryParse_Malformed_IsFalseAndParseSaysHowToWriteIt(string text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains("2017/18 Q1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Offset_PastTheSupportedYears_IsRefused()
    {
        Assert.Throws<ArgumentRefusedException>(() => ReportingPeriod.ForMonth(1000, 1).Previous);
        Assert.Throws<ArgumentRefusedException>(() => ReportingPeriod.ForFinancialQuarter(new FinancialYear(1000), 1).Previous);
        Assert.Throws<ArgumentRefusedException>(() => ReportingPeriod.ForCalendarYear(9998).Next);
        Assert.Throws<ArgumentRefusedException>(() => ReportingPeriod.ForMonth(2017, 13));
        Assert.Throws<ArgumentRefusedException>(() => ReportingPeriod.ForFinancialQuarter(new FinancialYear(2017), 0));
    }

    [Fact]
    public void Equality_KindAndStart_Contract()
    {
        EqualityAssert.Contract(
            ReportingPeriod.ForMonth(2017, 4),
            ReportingPeriod.Parse("2017-04"),
            ReportingPeriod.ForMonth(2017, 5),
            ReportingPeriod.ForFinancialQuarter(new FinancialYear(2017), 1),
            ReportingPeriod.ForFinancialYear(new FinancialYear(2017)));
    }

    [Fact]
    public void CompareTo_SameStart_ShorterKindFirst()
    {
        var month = ReportingPeriod.ForMonth(2017, 4);
        var quarter = ReportingPeriod.ForFinancialQuarter(new FinancialYear(2017), 1);

        Assert.True(month.CompareTo(quarter) < 0);
        Assert.True(quarter.CompareTo(ReportingPeriod.ForMonth(2017, 5)) < 0);
    }
}
