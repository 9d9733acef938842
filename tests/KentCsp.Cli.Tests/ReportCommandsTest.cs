using System;
using System.IO;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public sealed class ReportCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2017, 7, 19));

    [Theory]
    [InlineData("csa-update")]
    [InlineData("action-plan")]
    [InlineData("funding")]
    [InlineData("reviews")]
    [InlineData("partnership")]
    public void Report_NoFile_WritesTheBuiltInPaperAsAtTodayFromTheClockAndPrintsItsPath(string paper)
    {
        string path = Path.ChangeExtension(CliRun.TempPath(), ".html");

        var (code, output, error) = CliRun.Run(Clock, "report", paper, "-o", path);

        Assert.Equal((0, ""), (code, error));
        Assert.Equal(path + Environment.NewLine, output);
        string html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2017-07-19\">19 July 2017</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FundingFileAndDate_WritesThatRoundAsAtThatDate()
    {
        string input = CliRun.WriteTemp(KentCspJson.Serialize(FundingBuilders.EveryMember()));
        string path = Path.ChangeExtension(CliRun.TempPath(), ".html");

        var (code, _, error) = CliRun.Run(Clock, "report", "funding", input, "--as-at", "2018-03-01", "-o", path);

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("<time datetime=\"2018-03-01\">1 March 2018</time>", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BadDate_IsAUsageError()
    {
        var (code, _, error) = CliRun.Run(Clock, "report", "reviews", "--as-at", "19/07/2017", "-o", CliRun.TempPath());

        Assert.Equal(2, code);
        Assert.Equal("kentcsp: --as-at '19/07/2017' is not a date written as YYYY-MM-DD." + Environment.NewLine, error);
    }

    [Fact]
    public void Report_InvalidDocument_ExitsOneNamingTheFile()
    {
        string input = CliRun.WriteTemp("{\"schemaVersion\": 2, \"kind\": \"fundingRound\"}");

        var (code, _, error) = CliRun.Run(Clock, "report", "funding", input, "-o", CliRun.TempPath());

        Assert.Equal(1, code);
        Assert.StartsWith(Path.GetFileName(input) + ": ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NoOutput_IsAUsageError()
    {
        var (code, _, _) = CliRun.Run(Clock, "report", "funding");

        Assert.Equal(2, code);
    }
}
