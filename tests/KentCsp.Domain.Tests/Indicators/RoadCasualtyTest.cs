using System;
using System.Linq;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Indicators;

public class RoadCasualtyTest
{
    private static readonly LocalDate Collision = new(2016, 5, 1);

    private static ReportingPeriod Quarter(string label) => ReportingPeriod.Parse(label);

    [Theory]
    [InlineData(0, "Killed")]
    [InlineData(29, "Killed")]
    [InlineData(30, "Serious")]
    [InlineData(400, "Serious")]
    public void Severity_DeathDaysAfterTheCollision_KilledOnlyWithinThirtyDays(int days, string severity)
    {
        var casualty = new RoadCasualty(Collision, CasualtySeverity.Slight, Collision.PlusDays(days));

        Assert.Equal(severity, casualty.Severity.Name);
    }

    [Fact]
    public void Severity_NoDeath_IsTheInjurySeverity()
    {
        Assert.Equal(CasualtySeverity.Slight, new RoadCasualty(Collision, CasualtySeverity.Slight).Severity);
        Assert.Equal(CasualtySeverity.Serious, new RoadCasualty(Collision, CasualtySeverity.Serious).Severity);
    }

    [Fact]
    public void Constructor_BadInput_NamesTheField()
    {
        Assert.Equal("injurySeverity", Assert.Throws<ArgumentRefusedException>(() => new RoadCasualty(Collision, CasualtySeverity.Killed)).ParamName);
        Assert.Equal("diedOn", Assert.Throws<ArgumentRefusedException>(() => new RoadCasualty(Collision, CasualtySeverity.Serious, Collision.PlusDays(-1))).ParamName);
        var q1 = Quarter("2016/17 Q1");
        Assert.Equal("killed", Assert.Throws<ArgumentRefusedException>(() => new RoadCasualtyFigures(q1, SeverityBasis.Raw, -1, 0, 0)).ParamName);
        Assert.Equal("seriouslyInjured", Assert.Throws<ArgumentRefusedException>(() => new RoadCasualtyFigures(q1, SeverityBasis.Raw, 1, 2.5m, 0)).ParamName);
        Assert.Equal(2.5m, new RoadCasualtyFigures(q1, SeverityBasis.Adjusted, 1, 2.5m, 0).SeriouslyInjured);
    }

    [Fact]
    public void Count_Casualties_KsiIsKilledPlusSerious()
    {
        var casualties = new[]
        {
            new RoadCasualty(Collision, CasualtySeverity.Serious, Collision.PlusDays(3)),
            new RoadCasualty(Collision, CasualtySeverity.Serious, Collision.PlusDays(45)),
            new RoadCasualty(Collision, CasualtySeverity.Serious),
            new RoadCasualty(Collision, CasualtySeverity.Slight),
            new RoadCasualty(Collision.PlusDays(10), CasualtySeverity.Slight),
        };

        var figures = RoadCasualtyFigures.Count(Quarter("2016/17 Q1"), casualties);

        Assert.Equal((1m, 2m, 2m, 3m, 5m), (figures.Killed, figures.SeriouslyInjured, figures.SlightlyInjured, figures.KilledOrSeriouslyInjured, figures.Total));
        Assert.Equal(SeverityBasis.Raw, figures.Basis);
        var outside = Assert.Throws<ArgumentRefusedException>(() => RoadCasualtyFigures.Count(Quarter("2016/17 Q2"), casualties));
        Assert.Equal("casualties[0]", outside.ParamName);
    }

    [Fact]
    public void Sum_FourQuarters_KsiSumsToTheYear()
    {
        var year = ReportingPeriod.ForFinancialYear(new FinancialYear(2016));
        var quarters = new[]
        {
            new RoadCasualtyFigures(Quarter("2016/17 Q3"), SeverityBasis.Raw, 12, 170, 1300),
            new RoadCasualtyFigures(Quarter("2016/17 Q1"), SeverityBasis.Raw, 10, 150, 1200),
            new RoadCasualtyFigures(Quarter("2016/17 Q4"), SeverityBasis.Raw, 9, 160, 1100),
            new RoadCasualtyFigures(Quarter("2016/17 Q2"), SeverityBasis.Raw, 14, 180, 1250),
        };

        var sum = RoadCasualtyFigures.Sum(year, quarters);

        Assert.Equal(45m, sum.Killed);
        Assert.Equal(660m, sum.SeriouslyInjured);
        Assert.Equal(705m, sum.KilledOrSeriouslyInjured);
        Assert.Equal(quarters.Sum(q => q.KilledOrSeriouslyInjured), sum.KilledOrSeriouslyInjured);
        Assert.Equal(5555m, sum.Total);
        Assert.Equal("2016/17 (raw): 45 killed, 660 seriously injured (KSI 705), 4,850 slightly injured", sum.ToString());
    }

    [Fact]
    public void Sum_AdjustedFractions_StayExact()
    {
        var year = ReportingPeriod.ForCalendarYear(2016);
        var halves = new[]
        {
            new RoadCasualtyFigures(ReportingPeriod.ForMonth(2016, 1), SeverityBasis.Adjusted, 0, 0.1m, 0),
        }.Concat(Enumerable.Range(2, 11).Select(m => new RoadCasualtyFigures(ReportingPeriod.ForMonth(2016, m), SeverityBasis.Adjusted, 1, 0.2m, 3)));

        var sum = RoadCasualtyFigures.Sum(year, halves);

        Assert.Equal(2.3m, sum.SeriouslyInjured);
        Assert.Equal(13.3m, sum.KilledOrSeriouslyInjured);
    }

    [Fact]
    public void Sum_GapsOverlapsAndMixedBases_AreRefused()
    {
        var year = ReportingPeriod.ForFinancialYear(new FinancialYear(2016));
        RoadCasualtyFigures Q(string label, SeverityBasis? basis = null) => new(Quarter(label), basis ?? SeverityBasis.Raw, 1, 1, 1);

        var gap = Assert.Throws<ArgumentRefusedException>(() => RoadCasualtyFigures.Sum(year, new[] { Q("2016/17 Q1"), Q("2016/17 Q2"), Q("2016/17 Q4") }));
        var shortEnd = Assert.Throws<ArgumentRefusedException>(() => RoadCasualtyFigures.Sum(year, new[] { Q("2016/17 Q1"), Q("2016/17 Q2"), Q("2016/17 Q3") }));
        var overlap = Assert.Throws<ArgumentRefusedException>(() => RoadCasualtyFigures.Sum(year, new[] { Q("2016/17 Q1"), Q("2016/17 Q2"), Q("2016/17 Q3"), Q("2016/17 Q4"), new RoadCasualtyFigures(ReportingPeriod.ForMonth(2016, 12), SeverityBasis.Raw, 0, 0, 0) }));
        var mixed = Assert.Throws<ArgumentRefusedException>(() => RoadCasualtyFigures.Sum(year, new[] { Q("2016/17 Q1"), Q("2016/17 Q2", SeverityBasis.Adjusted), Q("2016/17 Q3"), Q("2016/17 Q4") }));
        var outside = Assert.Throws<ArgumentRefusedException>(() => RoadCasualtyFigures.Sum(year, new[] { Q("2017/18 Q1") }));

        Assert.Contains("leave 2016-10-01 to 2016-12-31 of 2016/17 uncovered", gap.Message, StringComparison.Ordinal);
        Assert.Contains("leave 2017-01-01 to 2017-03-31 of 2016/17 uncovered", shortEnd.Message, StringComparison.Ordinal);
        Assert.Equal("parts[4]", overlap.ParamName);
        Assert.Equal("parts[1]", mixed.ParamName);
        Assert.Equal("parts[0]", outside.ParamName);
    }

    [Fact]
    public void SeverityBasis_Meaning_AdjustedEstimatesInjuryBasedReportingByAllForces()
    {
        // DfT guide to severity adjustments: "as if all police forces were using injury-based reporting systems".
        Assert.Equal(
            "Department for Transport estimates of the counts as if all police forces were using injury-based reporting systems (CRaSH, COPA); they may be fractional.",
            SeverityBasis.Adjusted.Meaning);
        Assert.Equal(
            "As the police reported them (STATS19), unadjusted: each force's figures follow the severity reporting system it used, injury-based (CRaSH, COPA) or not.",
            SeverityBasis.Raw.Meaning);
    }

    [Fact]
    public void CompareWith_RawAgainstAdjusted_IsRefused()
    {
        var raw2016 = new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2016), SeverityBasis.Raw, 50, 775, 5000);
        var adjusted2015 = new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2015), SeverityBasis.Adjusted, 60, 690.4m, 5100);

        var refused = raw2016.CompareWith(adjusted2015, CasualtyMeasure.KilledOrSeriouslyInjured);

        Assert.False(refused.IsCompared);
        Assert.Equal(ComparisonRefusalReason.DifferentBasis, refused.AsT1.Reason);
        Assert.Equal(
            "People killed or seriously injured in road collisions (KSI): 2016 is raw and 2015 is severity-adjusted; a raw figure and a severity-adjusted one measure different things, so compare figures on the same basis.",
            refused.AsT1.Message);
    }

    [Fact]
    public void KentReport_KsiUpByMoreThanAThird_KilledDown_IllustrativeFiguresBearItOut()
    {
        // Illustrative figures shaped like the report of 19 July 2017, section 4.3: KSI up by more than a third, killed down, seriously injured up.
        var before = new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2015), SeverityBasis.Raw, 60, 540, 5200);
        var after = new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2016), SeverityBasis.Raw, 50, 775, 5000);
        var reported = KentIndicators.ReportedJuly2017.Where(r => r.Indicator.IsSeverityClassified).ToArray();

        var changes = reported.Select(r => after.CompareWith(before, CasualtyMeasure.List.Single(m => m.Indicator == r.Indicator)).AsT0).ToArray();

        Assert.Equal(new[] { "up by more than a third", "down by more than a tenth", "up by more than a third" }, changes.Select(c => c.Statement));
        Assert.All(reported.Zip(changes, (r, c) => r.IsConsistentWith(c)), Assert.True);
        var exactlyAThird = new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2016), SeverityBasis.Raw, 50, 750, 5000);
        Assert.False(reported[0].IsConsistentWith(exactlyAThird.CompareWith(before, CasualtyMeasure.KilledOrSeriouslyInjured).AsT0));
    }

    [Fact]
    public void FromRoadCasualties_KsiSeries_ComparesYearOnYear()
    {
        var figures = new[]
        {
            new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2016), SeverityBasis.Adjusted, 50, 700.5m, 5000),
            new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2015), SeverityBasis.Adjusted, 60, 540.4m, 5200),
        };

        var series = IndicatorSeries.FromRoadCasualties(CasualtyMeasure.KilledOrSeriouslyInjured.Indicator, CasualtyMeasure.KilledOrSeriouslyInjured, figures);
        var change = series.ChangeFromPreviousPeriod(ReportingPeriod.ForCalendarYear(2016)).AsT0;

        Assert.Equal(SeverityBasis.Adjusted, series.Basis);
        Assert.Equal(new[] { 600.4m, 750.5m }, series.Values.Select(v => v.Value));
        Assert.Equal(150.1m, change.Difference);
        Assert.Equal(ChangeJudgement.Worsened, change.Judgement);
        Assert.Equal("up by a quarter", change.Statement);
        var mixed = Assert.Throws<ArgumentRefusedException>(() => IndicatorSeries.FromRoadCasualties(CasualtyMeasure.Killed.Indicator, CasualtyMeasure.Killed, new[] { figures[0], new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2014), SeverityBasis.Raw, 1, 1, 1) }));
        Assert.Equal("figures[1]", mixed.ParamName);
    }

    [Fact]
    public void Compare_SeriesOnDifferentBases_IsRefused()
    {
        var ksi = CasualtyMeasure.KilledOrSeriouslyInjured.Indicator;
        var y2016 = ReportingPeriod.ForCalendarYear(2016);
        var y2015 = ReportingPeriod.ForCalendarYear(2015);
        var raw = new IndicatorSeries(ksi, PeriodKind.CalendarYear, SeverityBasis.Raw, new[] { new IndicatorValue(y2016, 825) });
        var adjusted = new IndicatorSeries(ksi, PeriodKind.CalendarYear, SeverityBasis.Adjusted, new[] { new IndicatorValue(y2015, 700.5m) });

        var comparison = IndicatorSeries.Compare(raw, y2016, adjusted, y2015);

        Assert.Equal(ComparisonRefusalReason.DifferentBasis, comparison.AsT1.Reason);
    }
}
