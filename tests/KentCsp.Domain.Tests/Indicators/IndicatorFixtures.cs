using System;
using System.Linq;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;

namespace KentCsp.Domain.Tests.Indicators;

/// <summary>An illustrative indicator set: the Kent definitions with invented figures shaped like the report of 19 July 2017.</summary>
internal static class IndicatorFixtures
{
    internal static IndicatorSet Illustrative()
    {
        var maracQuarters = new (string Period, decimal Value)[]
        {
            ("2015/16 Q4", 1150), ("2016/17 Q1", 1200), ("2016/17 Q2", 1230), ("2016/17 Q3", 1310), ("2016/17 Q4", 1390), ("2017/18 Q1", 1600),
        };
        var marac = new IndicatorSeries(
            KentIndicators.MaracReferrals,
            PeriodKind.FinancialQuarter,
            null,
            maracQuarters.Select(v => new IndicatorValue(ReportingPeriod.Parse(v.Period), v.Value)));
        var incidents = new IndicatorSeries(
            KentIndicators.DomesticAbuseIncidents,
            PeriodKind.FinancialYear,
            null,
            new[] { new IndicatorValue(ReportingPeriod.Parse("2015/16"), 24000), new IndicatorValue(ReportingPeriod.Parse("2016/17"), 27000) });
        var raw = new[]
        {
            new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2015), SeverityBasis.Raw, 60, 540, 5200),
            new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2016), SeverityBasis.Raw, 50, 775, 5000),
        };
        var adjusted = new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2015), SeverityBasis.Adjusted, 60, 690.4m, 5049.6m);
        var ksi = IndicatorSeries.FromRoadCasualties(CasualtyMeasure.KilledOrSeriouslyInjured.Indicator, CasualtyMeasure.KilledOrSeriouslyInjured, raw);
        return new IndicatorSet(KentIndicators.Definitions, new[] { marac, incidents, ksi }, raw.Append(adjusted));
    }
}
