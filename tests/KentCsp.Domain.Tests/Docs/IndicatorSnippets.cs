using System.Linq;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The indicator and road casualty code shown in docs/recording.md; each test runs one snippet and checks what the page says.</summary>
public class IndicatorSnippets
{
    [Fact]
    public void CompareAnIndicator()
    {
        #region indicators-change
        var marac = KentIndicators.MaracReferrals;   // count, no preferred direction
        var series = new IndicatorSeries(marac, PeriodKind.FinancialQuarter, basis: null, values:
        [
            new IndicatorValue(ReportingPeriod.Parse("2016/17 Q1"), 1200),
            new IndicatorValue(ReportingPeriod.Parse("2016/17 Q4"), 1390),
            new IndicatorValue(ReportingPeriod.Parse("2017/18 Q1"), 1600),
        ]);

        var q1 = ReportingPeriod.Parse("2017/18 Q1");
        var onYear = series.ChangeFromSamePeriodLastYear(q1).AsT0;   // against 2016/17 Q1
        string said = onYear.Statement;                              // "up by a third" — exactly, not "more than"
        bool moreThanAThird = onYear.IsUpByMoreThan(Fraction.OneThird);   // false: 400 is exactly a third of 1,200
        var onQuarter = series.ChangeFromPreviousPeriod(q1);         // against 2016/17 Q4
        #endregion
        Assert.Equal("up by a third", said);
        Assert.False(moreThanAThird);
        Assert.Equal("up by more than a tenth", onQuarter.AsT0.Statement);
        Assert.Equal(33.3m, onYear.PercentageChange);
    }

    [Fact]
    public void CountRoadCasualties()
    {
        #region road-casualties
        var y2015 = new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2015), SeverityBasis.Raw, killed: 60, seriouslyInjured: 540, slightlyInjured: 5200);
        var y2016 = new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2016), SeverityBasis.Raw, killed: 50, seriouslyInjured: 775, slightlyInjured: 5000);
        var ksi = y2016.CompareWith(y2015, CasualtyMeasure.KilledOrSeriouslyInjured).AsT0;
        // ksi.Statement == "up by more than a third"; ksi.Judgement == ChangeJudgement.Worsened

        var report = KentIndicators.ReportedJuly2017.Single(r => r.Indicator == CasualtyMeasure.KilledOrSeriouslyInjured.Indicator);
        bool bornOut = report.IsConsistentWith(ksi);                 // true: 825 against 600 is more than a third

        var adjusted2015 = new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2015), SeverityBasis.Adjusted, 60, 690.4m, 5049.6m);
        var refused = y2016.CompareWith(adjusted2015, CasualtyMeasure.KilledOrSeriouslyInjured);   // ComparisonRefused: DifferentBasis
        #endregion
        Assert.Equal("up by more than a third", ksi.Statement);
        Assert.Equal(ChangeJudgement.Worsened, ksi.Judgement);
        Assert.True(bornOut);
        Assert.Equal(ComparisonRefusalReason.DifferentBasis, refused.AsT1.Reason);
    }

    [Fact]
    public void ReadAnIndicatorSet()
    {
        #region indicators-json
        string json = KentCspJson.Serialize(KentIndicators.July2017);
        IndicatorSet set = KentCspJson.DeserializeIndicatorSet(json);   // JsonException naming the path if invalid
        #endregion
        Assert.Equal(KentIndicators.July2017, set);
    }
}
