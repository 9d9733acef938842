using System.Linq;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using Xunit;

namespace KentCsp.Domain.Tests.Kent;

public class KentIndicatorsTest
{
    [Fact]
    public void Definitions_AreTheReportsSixIndicators()
    {
        Assert.Equal(
            new[] { "domestic-abuse-incidents", "marac-referrals", "one-stop-shop-visitors", "road-casualties-ksi", "road-casualties-killed", "road-casualties-seriously-injured" },
            KentIndicators.Definitions.Select(d => d.Id));
        Assert.Equal(KentIndicators.Definitions, KentIndicators.July2017.Indicators);
        Assert.Empty(KentIndicators.July2017.Series);
    }

    [Fact]
    public void ReportedJuly2017_OnlyKsiStatesAProportion()
    {
        var reported = KentIndicators.ReportedJuly2017;

        Assert.Equal(KentIndicators.Definitions.Select(d => d.Id), reported.Select(r => r.Indicator.Id));
        Assert.Equal(new[] { "Up", "Up", "Up", "Up", "Down", "Up" }, reported.Select(r => r.Direction.Name));
        Assert.Equal(Fraction.OneThird, Assert.Single(reported, r => r.MoreThan is not null).MoreThan);
        Assert.All(reported, r => Assert.Equal(KentSources.CsaUpdate2017July19.Date, r.Source.Date));
    }
}
