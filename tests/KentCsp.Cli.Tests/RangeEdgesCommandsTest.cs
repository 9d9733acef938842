using System.IO;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Reviews;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary>Amounts and dates at the ends of the supported ranges: every command refuses them clearly or answers; none crashes.</summary>
public class RangeEdgesCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    private static string RoundJson() => KentCspJson.Serialize(new RoundBuilder().WithFundedProject("a", 6_000m).Build());

    [Fact]
    public void FundingCheck_AmountNearDecimalMax_IsRefusedAsInvalidWithThePath()
    {
        string json = RoundJson().Replace("\"amount\": 6000.00", "\"amount\": 79228162514264337593543950335");
        string path = CliRun.WriteTemp(json);

        var (code, _, error) = Run("funding", "check", path);
        var (validateCode, _, validateError) = Run("validate", "funding", path);

        Assert.Equal(1, code);
        Assert.Contains("$.allocations[0].amount: the amount 79228162514264337593543950335 is more than the largest amount of money this library holds, £999,999,999,999.99", error);
        Assert.Equal(1, validateCode);
        Assert.Contains("$.allocations[0].amount", validateError);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("0999-12-31")]
    [InlineData("9999-01-01")]
    public void Partnership_AsAtOutsideTheSupportedDates_ExitsTwoInOneSentence(string date)
    {
        var (code, output, error) = Run("partnership", "--as-at", date);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"kentcsp: --as-at {date} is outside the supported dates, 1000-01-01 to 9998-12-31.\n", error);
    }

    [Theory]
    [InlineData("1000-01-01")]
    [InlineData("9998-12-31")]
    public void Partnership_AsAtTheSupportedEnds_Answers(string date)
    {
        var (code, output, error) = Run("partnership", "--as-at", date);

        Assert.InRange(code, 0, 1);
        Assert.Equal("", error);
        Assert.Contains($"Compliance, ", output);
    }

    [Fact]
    public void FundingCheck_MonitoringReturnDueBeyondTheSupportedDates_IsRefusedWithThePath()
    {
        string json = KentCspJson.Serialize(new RoundBuilder()
            .WithFundedProject("a", 6_000m)
            .WithAllocation("a-1", "a", 6_000m, RoundBuilder.On(6, 1))
            .WithMonitoringReturn("a-1", RoundBuilder.On(6, 1), new LocalDate(9998, 12, 30), null)
            .Build()).Replace("9998-12-30", "9999-12-31");

        var (code, _, error) = Run("funding", "check", CliRun.WriteTemp(json), "--as-at", "2018-03-31");

        Assert.Equal(1, code);
        Assert.Contains("$.monitoringReturns[0].dueOn: \"9999-12-31\" is outside the supported dates, 1000-01-01 to 9998-12-31", error);
    }

    [Fact]
    public void FundingCheck_MonitoringReturnDueOnTheLastSupportedDay_Answers()
    {
        string json = KentCspJson.Serialize(new RoundBuilder()
            .WithFundedProject("a", 6_000m)
            .WithAllocation("a-1", "a", 6_000m, RoundBuilder.On(6, 1))
            .WithMonitoringReturn("a-1", RoundBuilder.On(6, 1), new LocalDate(9998, 12, 31), null)
            .Build());

        var (code, output, error) = Run("funding", "check", CliRun.WriteTemp(json), "--as-at", "9998-12-31");

        Assert.InRange(code, 0, 1);
        Assert.Equal("", error);
        Assert.Contains("Checked on 9998-12-31", output);
    }

    [Fact]
    public void Plan_ActionStartingNearTheEndOfTheSupportedDates_Answers()
    {
        var plan = ActionPlanBuilders.Plan(ActionPlanBuilders.Action("late", startOn: new LocalDate(9998, 12, 1)));
        string path = CliRun.WriteTemp(KentCspJson.Serialize(plan));

        var (code, output, error) = Run("plan", path, "--as-at", "9998-12-31");
        var (beyondCode, _, beyondError) = Run("plan", path, "--as-at", "9999-12-31");

        Assert.InRange(code, 0, 1);
        Assert.Equal("", error);
        Assert.Contains("\nlate   in progress not rated 0%       -          never\n", output);
        Assert.Equal(2, beyondCode);
        Assert.Equal("kentcsp: --as-at 9999-12-31 is outside the supported dates, 1000-01-01 to 9998-12-31.\n", beyondError);
    }

    [Fact]
    public void Plan_ActionStartingBeyondTheSupportedDates_IsRefusedWithThePath()
    {
        var plan = ActionPlanBuilders.Plan(ActionPlanBuilders.Action("late", startOn: new LocalDate(9998, 12, 1)));
        string path = CliRun.WriteTemp(KentCspJson.Serialize(plan).Replace("9998-12-01", "9999-12-01"));

        var (code, _, error) = Run("plan", path, "--as-at", "9998-12-31");

        Assert.Equal(1, code);
        Assert.Contains(".startOn: \"9999-12-01\" is outside the supported dates, 1000-01-01 to 9998-12-31", error);
    }

    [Fact]
    public void Reviews_CaseNotifiedBeyondTheSupportedDates_IsRefusedWithThePath()
    {
        var register = new ReviewRegister(new OrganisationId("360G-example", "csp"),
            [ReviewBuilders.At(ReviewStep.Notified, "Zed", new LocalDate(9998, 12, 31))]);
        string path = CliRun.WriteTemp(KentCspJson.Serialize(register).Replace("9998-12-31", "9999-12-31"));

        var (code, _, error) = Run("reviews", path, "--as-at", "9998-12-31");

        Assert.Equal(1, code);
        Assert.Contains("\"9999-12-31\" is outside the supported dates, 1000-01-01 to 9998-12-31", error);
    }

    [Fact]
    public void Reviews_CaseNotifiedOnTheLastSupportedDay_Answers()
    {
        var register = new ReviewRegister(new OrganisationId("360G-example", "csp"),
            [ReviewBuilders.At(ReviewStep.Notified, "Zed", new LocalDate(9998, 12, 31))]);
        string path = CliRun.WriteTemp(KentCspJson.Serialize(register));

        var (code, output, error) = Run("reviews", path, "--as-at", "9998-12-31");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Zed", output);
    }

    [Fact]
    public void Indicators_SeriesForTheYear1000_SaysThereIsNoEarlierPeriod()
    {
        var series = new IndicatorSeries(KentIndicators.DomesticAbuseIncidents, PeriodKind.CalendarYear, null,
            [new IndicatorValue(ReportingPeriod.ForCalendarYear(1000), 10), new IndicatorValue(ReportingPeriod.ForCalendarYear(1001), 12)]);
        var set = new IndicatorSet(KentIndicators.Definitions, [series], []);
        string path = CliRun.WriteTemp(KentCspJson.Serialize(set));

        var (code, output, error) = Run("indicators", path);
        var (periodCode, periodOutput, periodError) = Run("indicators", path, "--period", "1000");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("  1001: 12\n", output);
        Assert.Equal(0, periodCode);
        Assert.Equal("", periodError);
        Assert.Contains("  1000: 10\n  against the previous year: not compared \u2014 ", periodOutput);
        Assert.Contains("1000 is the first supported year", periodOutput);
    }
}
