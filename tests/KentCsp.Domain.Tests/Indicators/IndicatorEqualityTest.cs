using System;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Indicators;

public class IndicatorEqualityTest
{
    private static IndicatorSeries Series(decimal last, SeverityBasis? basis = null) => new(
        basis is null ? KentIndicators.MaracReferrals : CasualtyMeasure.KilledOrSeriouslyInjured.Indicator,
        PeriodKind.CalendarYear,
        basis,
        new[] { new IndicatorValue(ReportingPeriod.ForCalendarYear(2017), last), new IndicatorValue(ReportingPeriod.ForCalendarYear(2016), 10m) });

    private static RoadCasualtyFigures Figures(decimal killed, SeverityBasis basis) => new(ReportingPeriod.ForCalendarYear(2016), basis, killed, 2, 3);

    [Fact]
    public void Fraction_ValueContract() =>
        EqualityAssert.Contract(new Fraction(1, 3), new Fraction(2, 6), Fraction.OneQuarter, new Fraction(3, 1));

    [Fact]
    public void IndicatorValue_ValueContract() =>
        EqualityAssert.Contract(
            new IndicatorValue(ReportingPeriod.ForCalendarYear(2016), 1.5m),
            new IndicatorValue(ReportingPeriod.ForCalendarYear(2016), 1.50m),
            new IndicatorValue(ReportingPeriod.ForCalendarYear(2016), 1.6m),
            new IndicatorValue(ReportingPeriod.ForMonth(2016, 1), 1.5m));

    [Fact]
    public void IndicatorSeries_ValueContract_IgnoresTheOrderValuesWereGiven() =>
        EqualityAssert.Contract(Series(12m), Series(12m), Series(13m), Series(12m, SeverityBasis.Raw), Series(12m, SeverityBasis.Adjusted));

    [Fact]
    public void RoadCasualtyFigures_ValueContract() =>
        EqualityAssert.Contract(Figures(1, SeverityBasis.Raw), Figures(1, SeverityBasis.Raw), Figures(2, SeverityBasis.Raw), Figures(1, SeverityBasis.Adjusted));

    [Fact]
    public void IndicatorSet_ValueContract() =>
        EqualityAssert.Contract(
            IndicatorFixtures.Illustrative(),
            IndicatorFixtures.Illustrative(),
            KentIndicators.July2017,
            new IndicatorSet(KentIndicators.Definitions, Array.Empty<IndicatorSeries>(), new[] { Figures(1, SeverityBasis.Raw) }));

    [Fact]
    public void ChangeWording_ValueContract() =>
        EqualityAssert.Contract(
            new ChangeWording(new[] { new ChangeThreshold(Fraction.OneHalf, "a half"), new ChangeThreshold(Fraction.OneThird, "a third") }),
            new ChangeWording(new[] { new ChangeThreshold(Fraction.OneThird, "a third"), new ChangeThreshold(Fraction.OneHalf, "a half") }),
            ChangeWording.Default,
            new ChangeWording(new[] { new ChangeThreshold(Fraction.OneThird, "one third"), new ChangeThreshold(Fraction.OneHalf, "a half") }));

    [Fact]
    public void IndicatorSet_BadElements_NameTheElement()
    {
        var marac = Series(12m);
        var other = new IndicatorDefinition("marac-referrals", "MARAC", IndicatorUnit.Count, IndicatorPolarity.HigherIsBetter);

        var repeatedId = Assert.Throws<ArgumentRefusedException>(() => new IndicatorSet(new[] { KentIndicators.MaracReferrals, other }, Array.Empty<IndicatorSeries>(), Array.Empty<RoadCasualtyFigures>()));
        var undefined = Assert.Throws<ArgumentRefusedException>(() => new IndicatorSet(new[] { KentIndicators.DomesticAbuseIncidents }, new[] { marac }, Array.Empty<RoadCasualtyFigures>()));
        var redefined = Assert.Throws<ArgumentRefusedException>(() => new IndicatorSet(new[] { other }, new[] { marac }, Array.Empty<RoadCasualtyFigures>()));
        var repeatedSeries = Assert.Throws<ArgumentRefusedException>(() => new IndicatorSet(KentIndicators.Definitions, new[] { marac, Series(14m) }, Array.Empty<RoadCasualtyFigures>()));

        Assert.Equal("indicators[1]", repeatedId.ParamName);
        Assert.Equal("series[0]", undefined.ParamName);
        Assert.Contains("differently", redefined.Message, StringComparison.Ordinal);
        Assert.Equal("series[1]", repeatedSeries.ParamName);
    }
}
