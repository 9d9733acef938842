using System;
using System.Linq;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using Xunit;

namespace KentCsp.Domain.Tests.Indicators;

public class IndicatorChangeTest
{
    private static readonly IndicatorDefinition Marac = KentIndicators.MaracReferrals;

    private static IndicatorSeries Quarterly(params (string Period, decimal Value)[] values) =>
        new(Marac, PeriodKind.FinancialQuarter, null, values.Select(v => new IndicatorValue(ReportingPeriod.Parse(v.Period), v.Value)));

    private static readonly IndicatorDefinition Rate = new("repeat-rate", "Repeat incidents per 1,000", IndicatorUnit.RatePerThousand, IndicatorPolarity.LowerIsBetter);

    private static IndicatorChange Change(decimal baseline, decimal current)
    {
        var series = new IndicatorSeries(Rate, PeriodKind.FinancialQuarter, null, new[]
        {
            new IndicatorValue(ReportingPeriod.Parse("2016/17 Q1"), baseline),
            new IndicatorValue(ReportingPeriod.Parse("2017/18 Q1"), current),
        });
        return series.ChangeFromSamePeriodLastYear(ReportingPeriod.Parse("2017/18 Q1")).AsT0;
    }

    [Theory]
    [InlineData("300", "400", "up by a third", 0)]
    [InlineData("300", "400.000001", "up by more than a third", 1)]
    [InlineData("300", "399.999999", "up by more than a quarter", -1)]
    [InlineData("3", "4", "up by a third", 0)]
    [InlineData("600", "801", "up by more than a third", 1)]
    [InlineData("600", "800", "up by a third", 0)]
    [InlineData("300", "200", "down by a third", 0)]
    [InlineData("300", "199", "down by more than a third", 1)]
    [InlineData("300", "201", "down by more than a quarter", -1)]
    public void Statement_AtAndAroundOneThird_IsExact(string baseline, string current, string statement, int againstThird)
    {
        var change = Change(decimal.Parse(baseline, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(current, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(statement, change.Statement);
        Assert.Equal(againstThird, Math.Sign(change.CompareWith(Fraction.OneThird)));
        Assert.Equal(againstThird > 0 && change.Difference > 0, change.IsUpByMoreThan(Fraction.OneThird));
        Assert.Equal(againstThird > 0 && change.Difference < 0, change.IsDownByMoreThan(Fraction.OneThird));
    }

    [Theory]
    [InlineData(100, 100, "unchanged", "Unchanged")]
    [InlineData(0, 5, "up from zero", "Up")]
    [InlineData(100, 200, "doubled", "Up")]
    [InlineData(100, 201, "more than doubled", "Up")]
    [InlineData(100, 0, "down to zero", "Down")]
    [InlineData(100, 105, "up by less than a tenth", "Up")]
    [InlineData(100, 110, "up by a tenth", "Up")]
    [InlineData(100, 175, "up by three quarters", "Up")]
    [InlineData(100, 199, "up by more than three quarters", "Up")]
    public void Statement_EdgeCases_AreWorded(int baseline, int current, string statement, string direction)
    {
        var change = Change(baseline, current);

        Assert.Equal(statement, change.Statement);
        Assert.Equal(direction, change.Direction.Name);
    }

    [Fact]
    public void PercentageChange_IsRoundedForDisplayButThresholdsAreNot()
    {
        var exactlyAThird = Change(300, 400);

        Assert.Equal(33.3m, exactlyAThird.PercentageChange);
        Assert.Equal(0, exactlyAThird.CompareWith(Fraction.OneThird));
        Assert.Null(Change(0, 5).PercentageChange);
        Assert.Equal(-50.0m, Change(10, 5).PercentageChange);
    }

    [Fact]
    public void Describe_CustomWording_UsesItsThresholds()
    {
        var wording = new ChangeWording(new[] { new ChangeThreshold(new Fraction(2, 6), "one in three"), new ChangeThreshold(new Fraction(1, 20), "a twentieth") });

        Assert.Equal("up by one in three", Change(300, 400).Describe(wording));
        Assert.Equal("up by less than a twentieth", Change(300, 301).Describe(wording));
        Assert.Equal(new Fraction(1, 3), wording.Thresholds[1].Fraction);
    }

    [Fact]
    public void ChangeFromPreviousPeriod_AndSamePeriodLastYear_UseTheRightBaselines()
    {
        var series = Quarterly(("2016/17 Q1", 100), ("2016/17 Q4", 120), ("2017/18 Q1", 150));
        var q1 = ReportingPeriod.Parse("2017/18 Q1");

        var previous = series.ChangeFromPreviousPeriod(q1).AsT0;
        var lastYear = series.ChangeFromSamePeriodLastYear(q1).AsT0;

        Assert.Equal("2016/17 Q4", previous.Baseline.Period.Label);
        Assert.Equal(30m, previous.Difference);
        Assert.Equal("up by a quarter", previous.Statement);
        Assert.Equal("2016/17 Q1", lastYear.Baseline.Period.Label);
        Assert.Equal("up by a half", lastYear.Statement);
        Assert.Equal(ChangeJudgement.NotJudged, lastYear.Judgement);
    }

    [Fact]
    public void Compare_MissingPeriods_AreRefusedNotGuessed()
    {
        var series = Quarterly(("2016/17 Q1", 100), ("2017/18 Q1", 150));

        var noBaseline = series.ChangeFromPreviousPeriod(ReportingPeriod.Parse("2017/18 Q1"));
        var noValue = series.ChangeFromPreviousPeriod(ReportingPeriod.Parse("2017/18 Q2"));
        var wrongKind = series.ChangeFromPreviousPeriod(ReportingPeriod.Parse("2017-05"));

        Assert.Equal(ComparisonRefusalReason.BaselineMissing, noBaseline.AsT1.Reason);
        Assert.Equal("Referrals to MARAC: the series has no value for 2016/17 Q4 to compare 2017/18 Q1 with.", noBaseline.AsT1.Message);
        Assert.Equal(ComparisonRefusalReason.PeriodMissing, noValue.AsT1.Reason);
        Assert.Equal(ComparisonRefusalReason.DifferentPeriodKind, wrongKind.AsT1.Reason);
    }

    [Theory]
    [InlineData("HigherIsBetter", 10, 12, "Improved")]
    [InlineData("HigherIsBetter", 12, 10, "Worsened")]
    [InlineData("LowerIsBetter", 10, 12, "Worsened")]
    [InlineData("LowerIsBetter", 12, 10, "Improved")]
    [InlineData("LowerIsBetter", 12, 12, "Unchanged")]
    [InlineData("NoPreferredDirection", 10, 12, "NotJudged")]
    public void Judgement_FollowsPolarity(string polarity, int baseline, int current, string judgement)
    {
        var indicator = new IndicatorDefinition("x", "X", IndicatorUnit.Count, IndicatorPolarity.FromName(polarity));
        var series = new IndicatorSeries(indicator, PeriodKind.CalendarYear, null, new[]
        {
            new IndicatorValue(ReportingPeriod.ForCalendarYear(2016), baseline),
            new IndicatorValue(ReportingPeriod.ForCalendarYear(2017), current),
        });

        Assert.Equal(judgement, series.ChangeFromPreviousPeriod(ReportingPeriod.ForCalendarYear(2017)).AsT0.Judgement.Name);
    }

    [Fact]
    public void Series_BadValues_NameTheElement()
    {
        var q1 = ReportingPeriod.Parse("2017/18 Q1");
        var percentage = new IndicatorDefinition("repeat-victims", "Repeat victims", IndicatorUnit.Percentage, IndicatorPolarity.LowerIsBetter);

        var repeated = Assert.Throws<ArgumentRefusedException>(() => Quarterly(("2017/18 Q1", 1), ("2017/18 Q1", 2)));
        var wrongKind = Assert.Throws<ArgumentRefusedException>(() => Quarterly(("2017/18 Q1", 1), ("2017-05", 2)));
        var fractional = Assert.Throws<ArgumentRefusedException>(() => Quarterly(("2017/18 Q1", 1.5m)));
        var over100 = Assert.Throws<ArgumentRefusedException>(() => new IndicatorSeries(percentage, PeriodKind.FinancialQuarter, null, new[] { new IndicatorValue(q1, 100.5m) }));
        var basis = Assert.Throws<ArgumentRefusedException>(() => new IndicatorSeries(Marac, PeriodKind.FinancialQuarter, SeverityBasis.Raw, Array.Empty<IndicatorValue>()));
        var noBasis = Assert.Throws<ArgumentRefusedException>(() => new IndicatorSeries(CasualtyMeasure.Killed.Indicator, PeriodKind.CalendarYear, null, Array.Empty<IndicatorValue>()));

        Assert.Equal("values[1]", repeated.ParamName);
        Assert.Contains("repeats the period 2017/18 Q1", repeated.Message, StringComparison.Ordinal);
        Assert.Equal("values[1]", wrongKind.ParamName);
        Assert.Equal("values[0]", fractional.ParamName);
        Assert.Equal("values[0]", over100.ParamName);
        Assert.Equal("basis", basis.ParamName);
        Assert.Equal("basis", noBasis.ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentRefusedException>(() => new IndicatorValue(q1, -1m)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentRefusedException>(() => new IndicatorValue(q1, 0.0000001m)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentRefusedException>(() => new IndicatorValue(q1, IndicatorValue.MaxValue + 1m)).ParamName);
    }

    [Fact]
    public void Fraction_ReducesAndRefusesNonPositiveTerms()
    {
        Assert.Equal(Fraction.OneThird, new Fraction(4, 12));
        Assert.Equal("1/3", new Fraction(4, 12).ToString());
        Assert.Equal("numerator", Assert.Throws<ArgumentRefusedException>(() => new Fraction(0, 3)).ParamName);
        Assert.Equal("denominator", Assert.Throws<ArgumentRefusedException>(() => new Fraction(1, 0)).ParamName);
        Assert.Equal("fraction", Assert.Throws<ArgumentRefusedException>(() => new ChangeThreshold(Fraction.One, "all")).ParamName);
        Assert.True(Fraction.OneQuarter.CompareTo(Fraction.OneThird) < 0);
    }
}
