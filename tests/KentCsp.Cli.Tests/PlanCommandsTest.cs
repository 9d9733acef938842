using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class PlanCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2017, 12, 1));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    [Fact]
    public void Plan_NoFile_RatesTheKentIllustrationAsAtTodayFromTheClock()
    {
        var (code, output, error) = Run("plan");
        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Contains("as at 2017-12-01", output);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Plan_FileWithReviews_ListsLateAndUnreviewedFirst()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(ActionPlanBuilders.EveryMember()));
        var (code, output, error) = Run("plan", path, "--as-at", "2017-10-20");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Plan_Summary_PrintsTheCountsAndNoActionByActionRows()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(ActionPlanBuilders.EveryMember()));
        var (code, output, error) = Run("plan", path, "--as-at", "2017-10-20", "--summary");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("Action plan 2017/18 for Community Safety Agreement 2017 (illustration)\n  2 actions, 2 Working Group reviews; as at 2017-10-20\n", output);
        Assert.Contains("\n2 actions: 0 late, 0 unreviewed.\nBy RAG: amber 1, not rated 1.\nFindings: 1 for information.\n", output);
        Assert.DoesNotContain("conference-2017", output);
        Assert.DoesNotContain("PLAN-004", output);
    }

    [Fact]
    public void Plan_Summary_KeepsTheExitCodeOfAnOverdueAction()
    {
        Assert.Equal(Run("plan").Code, Run("plan", "--summary").Code);
        Assert.Equal(1, Run("plan", "--summary").Code);
    }

    [Fact]
    public void Plan_BadDate_ExitsTwo()
    {
        var (code, _, error) = Run("plan", "--as-at", "1 December 2017");
        Assert.Equal(2, code);
        Assert.Equal("kentcsp: --as-at '1 December 2017' is not a date written as YYYY-MM-DD.\n", error);
    }

    [Fact]
    public void Plan_InvalidDocument_ExitsOneNamingThePath()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(ActionPlanBuilders.EveryMember()).Replace("\"schemaVersion\": 2", "\"schemaVersion\": 3"));
        var (code, _, error) = Run("plan", path);
        Assert.Equal(1, code);
        Assert.Contains("$.schemaVersion: this library reads schema versions 1 and 2", error);
    }
}
