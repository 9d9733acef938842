using System.IO;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Indicators;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class IndicatorCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    [Fact]
    public void Indicators_NoFile_ListsTheKentIndicatorsAndWhatTheReportStates()
    {
        var (code, output, error) = Run("indicators");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Indicators_File_ComparesEachSeriesAndRefusesRawAgainstAdjusted()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(IndicatorFixtures.Illustrative()));
        try
        {
            var (code, output, error) = Run("indicators", path);

            Assert.Equal(0, code);
            Assert.Equal("", error);
            Snapshot.VerifyText(output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Indicators_FileSummary_CountsTheSeriesAndTheirChangesByJudgement()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(IndicatorFixtures.Illustrative()));
        try
        {
            var (code, output, error) = Run("indicators", path, "--summary");

            Assert.Equal(0, code);
            Assert.Equal("", error);
            Assert.Equal(
                "Indicator set: 6 indicators, 3 series, 3 road casualty figures\n"
                + "3 series.\n"
                + "  Against the previous period: 1 worsened, 2 not judged.\n"
                + "  Against the same period last year: 1 not judged.\n"
                + "Road casualties: 3 sets of figures.\n"
                + "  KSI against the same period last year: 1 worsened, 1 not compared.\n",
                output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Indicators_PeriodOption_ReportsThatPeriodForSeriesOfItsKind()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(IndicatorFixtures.Illustrative()));
        try
        {
            var (code, output, _) = Run("indicators", path, "--period", "2016/17 Q2");

            Assert.Equal(0, code);
            Assert.Contains("  2016/17 Q2: 1,230\n  against the previous period (2016/17 Q1, 1,200): up by less than a tenth (+2.5%), not judged\n  against the same period last year: not compared \u2014 Referrals to MARAC: the series has no value for 2015/16 Q2 to compare 2016/17 Q2 with.\n", output);
            Assert.Contains("  2016/17: 27,000\n", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Indicators_BadPeriodExitsTwoAndInvalidFileExitsOne_NamingTheProblem()
    {
        var badPeriod = Run("indicators", "--period", "Q1 2017");
        Assert.Equal(2, badPeriod.Code);
        Assert.Equal("kentcsp: --period 'Q1 2017' is not a reporting period: write 2017-05, 2017/18 Q1, 2017/18 or 2017.\n", badPeriod.Error);

        string path = CliRun.WriteTemp(KentCspJson.Serialize(IndicatorFixtures.Illustrative()).Replace("\"killedOrSeriouslyInjured\": 825", "\"killedOrSeriouslyInjured\": 800"));
        try
        {
            var (code, output, error) = Run("indicators", path);
            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.Contains("$.roadCasualties[1].killedOrSeriouslyInjured: is 800, but the counts give 825.", error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
