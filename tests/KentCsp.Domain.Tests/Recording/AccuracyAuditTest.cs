using System;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Recording;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Recording;

public class AccuracyAuditTest
{
    [Theory]
    [InlineData(1000, 836, "0.811773", "0.857656")] // Kent-like 83.6% on a sample of 1,000
    [InlineData(500, 483, "0.946229", "0.978665")] // 96.6% on a sample of 500
    [InlineData(10, 10, "0.722467", "1")] // all correct: upper bound exactly 1
    [InlineData(10, 0, "0", "0.277533")] // none correct: lower bound exactly 0
    public void Interval_95Percent_MatchesWilsonReference(int n, int x, string lower, string upper)
    {
        var audit = new AccuracyAudit(n, x);

        Assert.Equal((decimal)x / n, audit.Rate);
        Assert.Equal(decimal.Parse(lower, System.Globalization.CultureInfo.InvariantCulture), Math.Round(audit.Interval.Lower, 6));
        Assert.Equal(decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture), Math.Round(audit.Interval.Upper, 6));
        Assert.Equal(0.95m, audit.Interval.Level);
    }

    [Theory]
    [InlineData("0.95", "1.959963984540054")] // the usual 95%
    [InlineData("0.90", "1.644853626951472")] // 90%
    public void TwoSidedZ_Level_MatchesNormalQuantile(string level, string z)
    {
        var expected = decimal.Parse(z, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Math.Abs(DecimalMath.TwoSidedZ(decimal.Parse(level, System.Globalization.CultureInfo.InvariantCulture)) - expected) < 0.000000000001m);
    }

    [Fact]
    public void Sqrt_Two_IsExactToTwentyEightDigits()
    {
        Assert.Equal(1.4142135623730950488016887242m, Math.Round(DecimalMath.Sqrt(2m), 28));
    }

    [Fact]
    public void ToString_Kentlike_ShowsPercentages()
    {
        Assert.Equal("836 of 1000 (83.60%) [81.18%, 85.77%] at 95%", new AccuracyAudit(1000, 836).ToString());
    }

    [Fact]
    public void EstimateUnrecordedPerYear_RecordedTotal_ScalesByMissedOverCorrect()
    {
        // 83.6% accurate: 164 missed per 836 correct; 836,000 recorded → 164,000 unrecorded.
        Assert.Equal(164_000L, new AccuracyAudit(1000, 836).EstimateUnrecordedPerYear(836_000));
        Assert.Equal(0L, new AccuracyAudit(10, 10).EstimateUnrecordedPerYear(5_000));
        Assert.Null(new AccuracyAudit(10, 0).EstimateUnrecordedPerYear(5_000));
    }

    [Fact]
    public void Constructor_MoreCorrectThanSampled_ThrowsNamingCorrectlyRecorded()
    {
        var ex = Assert.Throws<ArgumentRefusedException>(() => new AccuracyAudit(10, 11));
        Assert.Equal("correctlyRecorded", ex.ParamName);
    }

    [Theory]
    [InlineData("0")] // zero confidence
    [InlineData("1")] // certainty
    [InlineData("1.5")] // above 1
    [InlineData("-0.95")] // negative
    public void Constructor_ConfidenceLevelOutsideZeroOne_ThrowsNamingConfidenceLevel(string level)
    {
        var ex = Assert.Throws<ArgumentRefusedException>(() => new AccuracyAudit(10, 5, decimal.Parse(level, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("confidenceLevel", ex.ParamName);
    }

    [Fact]
    public void Constructor_EmptySample_ThrowsNamingSampleSize()
    {
        Assert.Equal("sampleSize", Assert.Throws<ArgumentRefusedException>(() => new AccuracyAudit(0, 0)).ParamName);
    }

    [Fact]
    public void KentInspection2017_PublishedFiguresAndGrade()
    {
        var inspection = KentRecording.Inspection2017;

        Assert.Equal(new LocalDate(2017, 6, 15), inspection.PublishedOn);
        Assert.Equal(new LocalDate(2016, 6, 1), inspection.RecordsFrom);
        Assert.Equal(new LocalDate(2016, 11, 30), inspection.RecordsTo);
        Assert.Equal(InspectionGrade.Inadequate, inspection.Grade);
        Assert.Equal("83.6% ±1.85%", inspection.Accuracy!.ToString());
        Assert.Equal("79.2% ±3.26%", inspection.ViolentCrimeAccuracy!.ToString());
        Assert.Equal(24_300, inspection.UnrecordedPerYear);
        Assert.Equal("Kent Police, 2017-06-15: inadequate", inspection.ToString());
    }

    [Fact]
    public void KentInspection2018_OutstandingWithRateFromTheCommissionersLetter()
    {
        var inspection = KentRecording.Inspection2018;

        Assert.Equal(new LocalDate(2019, 1, 15), inspection.PublishedOn);
        Assert.Equal(InspectionGrade.Outstanding, inspection.Grade);
        Assert.Equal(0.966m, inspection.Accuracy!.Rate);
        Assert.Same(KentRecording.CommissionerResponse2019, inspection.Accuracy.Source);
        Assert.Equal(25_400, inspection.AdditionalRecordedPerYear);
        Assert.Null(inspection.RecordsFrom);
    }

    [Fact]
    public void InspectionGrade_NotDerivedFromRate_SameRateCanCarryAnyGrade()
    {
        // A grade is a judgement: an inspection with a high rate may still be recorded as inadequate.
        var source = new SourceDocument("Illustrative");
        var inspection = new CrimeDataIntegrityInspection("Force", new LocalDate(2020, 1, 1), null, null, InspectionGrade.Inadequate, source,
            new PublishedAccuracy(0.99m, null, source), null, null, null);
        Assert.Equal(InspectionGrade.Inadequate, inspection.Grade);
        Assert.Equal(5, InspectionGrade.All.Count);
    }
}
