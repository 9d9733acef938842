using System;
using System.Linq;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Indicators;

public class IndicatorSetBuilderTest
{
    [Fact]
    public void Build_Defaults_AnEmptySet()
    {
        var set = new IndicatorSetBuilder().Build();

        Assert.Equal(new IndicatorSet([], [], []), set);
        Assert.Empty(set.Indicators);
        Assert.Empty(set.Series);
        Assert.Empty(set.RoadCasualties);
        Assert.Null(set.Provenance);
    }

    [Fact]
    public void Build_PartsAdded_RoundTripsThroughJsonEqual()
    {
        var set = new IndicatorSetBuilder()
            .AddIndicator(KentIndicators.MaracReferrals)
            .AddSeries(new IndicatorSeries(KentIndicators.MaracReferrals, PeriodKind.FinancialYear, null, [new IndicatorValue(ReportingPeriod.Parse("2023/24"), 120)]))
            .AddRoadCasualties(new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2023), SeverityBasis.Raw, 2, 30, 300))
            .Build();

        Assert.Equal(set, KentCspJson.DeserializeIndicatorSet(KentCspJson.Serialize(set)));
    }

    [Fact]
    public void Build_SeriesOfUndefinedIndicator_RefusesAsTheConstructorDoes()
    {
        var series = new IndicatorSeries(KentIndicators.MaracReferrals, PeriodKind.FinancialYear, null, []);
        var exception = BuilderAssert.SameRefusal(
            () => _ = new IndicatorSet([], [series], []),
            () => new IndicatorSetBuilder().AddSeries(series).Build());
        Assert.Equal("series[0]", exception.ParamName);
    }

    [Fact]
    public void ToBuilder_Build_EqualWithTheSameProvenance()
    {
        foreach (var set in new[] { IndicatorFixtures.Illustrative(), KentIndicators.July2017 })
        {
            var copy = set.ToBuilder().Build();
            Assert.Equal(set, copy);
            Assert.Equal(set.Provenance, copy.Provenance);
            Assert.Equal(KentCspJson.Serialize(set), KentCspJson.Serialize(copy));
        }
    }

    [Fact]
    public void ToBuilder_WithIndicators_ReplacesOnlyThem()
    {
        var set = IndicatorFixtures.Illustrative();

        var fewer = set.ToBuilder().WithSeries([]).WithIndicators(set.Indicators.Take(1)).Build();

        Assert.Single(fewer.Indicators);
        Assert.Empty(fewer.Series);
        Assert.Equal(set.RoadCasualties, fewer.RoadCasualties);
    }
}
