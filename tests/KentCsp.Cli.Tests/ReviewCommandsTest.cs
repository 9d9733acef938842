using System.IO;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Reviews;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class ReviewCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    private static string SeveralCases() => KentCspJson.Serialize(new ReviewRegister(new OrganisationId("360G-example", "csp"),
    [
        ReviewBuilders.EveryMember(),                                                    // closed in 2021
        ReviewBuilders.At(ReviewStep.SignedOff),                                         // Alex: completion due 2024-07-22, overdue
        ReviewBuilders.At(ReviewStep.Notified, "Jo", new LocalDate(2024, 7, 1)),        // decision due 2024-08-01, overdue
        ReviewBuilders.At(ReviewStep.Notified, "Kim", new LocalDate(2024, 8, 1)),       // decision due 2024-09-01
        ReviewBuilders.At(ReviewStep.SubmittedForQualityAssurance, "Lee", new LocalDate(2023, 9, 4)),  // with the panel: no deadline
        ReviewBuilders.At(ReviewStep.Notified, "Max", new LocalDate(2024, 9, 2)),       // notified after the date: left out
        KentReviews.Elizabeth2015,                                                       // notified in 2015: not judged
    ]));

    [Fact]
    public void Reviews_NoFile_ShowsTheKentRegisterAsAtTodayFromTheClock()
    {
        var (code, output, error) = Run("reviews");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Reviews_NoFile_ShowsThe2015CaseNotJudgedWithTheReason()
    {
        var (code, output, _) = Run("reviews");
        Assert.Equal(0, code);
        Assert.Contains("\nElizabeth/2015  DHR   report completed  2017-07-19  3414  not judged     -\n", output);
        Assert.Contains("\n1 case, 0 overdue, 1 not judged.\n", output);
        Assert.Contains("\nNot judged: Elizabeth/2015: no timescales are known for the guidance in force on 2015-05-11.\n", output);
        Assert.Contains("\nCases notified before 2017-01-01: deadlines not judged (no timescales are known for the guidance then in force)\n", output);
    }

    [Fact]
    public void Reviews_FileAndDate_ShowsOverdueFirst()
    {
        var (code, output, error) = Run("reviews", CliRun.WriteTemp(SeveralCases()), "--as-at", "2024-08-15");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Reviews_Summary_PrintsTheTotalsAndNoCaseByCaseRows()
    {
        var (code, output, error) = Run("reviews", CliRun.WriteTemp(SeveralCases()), "--as-at", "2024-08-15", "--summary");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("Reviews of 360G-example-csp as at 2024-08-15\n", output);
        Assert.Contains("\n6 cases, 2 overdue, 1 not judged.\nBy step: notified 2, report completed 1, signed off 1, with the Quality Assurance Panel 1, action plan closed 1.\n", output);
        Assert.DoesNotContain("CASE ", output);
        Assert.DoesNotContain("Alex/2024", output);
        Assert.DoesNotContain("Not judged: Elizabeth/2015", output);
    }

    [Fact]
    public void Reviews_DateBeforeEveryCase_SaysSo()
    {
        var (code, output, _) = Run("reviews", "--as-at", "2015-01-01");
        Assert.Equal(0, code);
        Assert.Contains("\nNo cases notified by 2015-01-01.\n", output);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("15/08/2024")]
    public void Reviews_BadDate_ExitsTwo(string date)
    {
        var (code, output, error) = Run("reviews", "--as-at", date);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"kentcsp: --as-at '{date}' is not a date written as YYYY-MM-DD.\n", error);
    }

    [Fact]
    public void Reviews_UnknownStepInTheFile_NamesThePathAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentReviews.Register).Replace("\"step\": \"ReportCompleted\"", "\"step\": \"Briefed\""));
        var (code, output, error) = Run("reviews", path);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith(Path.GetFileName(path) + ": $.cases[0].step: \"Briefed\" is not a ReviewStep; expected one of: Notified, ", error);
    }

    [Fact]
    public void Reviews_DecisionBeforeNotification_NamesTheFieldAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentReviews.Register).Replace("\"decidedOn\": \"2015-06-08\"", "\"decidedOn\": \"2015-05-10\""));
        var (code, _, error) = Run("reviews", path);
        Assert.Equal(1, code);
        Assert.Equal(Path.GetFileName(path) + ": $.cases[0].decision.decidedOn: decision.decidedOn (2015-05-10) must not be before the notification (2015-05-11).\n", error);
    }

    [Fact]
    public void Reviews_MissingFile_ExitsTwo()
    {
        var (code, _, error) = Run("reviews", CliRun.TempPath());
        Assert.Equal(2, code);
        Assert.StartsWith("kentcsp: cannot read kentcsp-test-", error);
    }
}
