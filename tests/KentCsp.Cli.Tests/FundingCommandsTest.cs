using System.Linq;
using System.IO;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class FundingCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    private static string OverAllocatedRound() => KentCspJson.Serialize(new RoundBuilder()
        .WithFundedProject("a", 6_000m)
        .WithFundedProject("b", 4_500m)
        .WithBid(RoundBuilder.Bid("c", scope: ProjectScope.Local("Thanet"))).WithDecision("c", DecisionOutcome.FundedInPrinciple)
        .Build());

    [Fact]
    public void Check_NoFile_ChecksTheKent2016To17Round()
    {
        var (code, output, error) = Run("funding", "check");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Check_ErrorFindings_PrintsATableAndExitsOne()
    {
        var (code, output, error) = Run("funding", "check", CliRun.WriteTemp(OverAllocatedRound()), "--as-at", "2018-03-31");
        Assert.Equal(1, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Check_WarningsOnly_ExitsZero()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentFunding.Round2017To18));
        var (code, output, _) = Run("funding", "check", path, "--as-at", "2017-11-01");
        Assert.Equal(0, code);
        Assert.Contains("FUND-011  warning     kcsp-2017-18/bids/gangs-training", output);
        Assert.Contains("\n1 warning.\nProvenance: sourced: ", output);
        Assert.Contains("\n  grant.amount: inferred: ", output);
    }

    [Fact]
    public void Check_AsAtDefaultsToTodayFromTheClock()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentFunding.Round2017To18));
        var (_, output, _) = Run("funding", "check", path);
        Assert.Contains("Checked on 2026-11-23 against 13 rules", output);
        Assert.Contains("has no final decision by 2026-11-23", output);
    }

    [Theory]
    [InlineData("--as-at", "2018-02-30", "kentcsp: --as-at '2018-02-30' is not a date written as YYYY-MM-DD.\n")]
    [InlineData("--as-at", "31/03/2018", "kentcsp: --as-at '31/03/2018' is not a date written as YYYY-MM-DD.\n")]
    public void Check_BadDate_ExitsTwo(string option, string value, string expected)
    {
        var (code, output, error) = Run("funding", "check", option, value);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Check_Summary_PrintsTheHeadAndTheTotalsWithoutTheTable()
    {
        var (code, output, error) = Run("funding", "check", CliRun.WriteTemp(OverAllocatedRound()), "--as-at", "2018-03-31", "--summary");
        var full = Run("funding", "check", CliRun.WriteTemp(OverAllocatedRound()), "--as-at", "2018-03-31");
        Assert.Equal(1, code);
        Assert.Equal("", error);
        var fullLines = full.Output.Split('\n');
        string totals = fullLines.First(line => line.EndsWith('.') && !line.StartsWith("FUND", System.StringComparison.Ordinal));
        // Kent's policy's provenance follows the totals, as it follows the table.
        string policyProvenance = full.Output.Substring(full.Output.IndexOf("Policy provenance: ", System.StringComparison.Ordinal));
        Assert.Equal(string.Join("\n", fullLines.Take(4)) + "\n" + totals + "\n" + policyProvenance, output);
        Assert.DoesNotContain("FUND-", output);
    }

    [Fact]
    public void Check_InvalidDocument_NamesThePathAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentFunding.Round2016To17).Replace("\"amount\": 6000.00", "\"amount\": -6000.00"));
        var (code, output, error) = Run("funding", "check", path);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith(Path.GetFileName(path) + ": $.allocations[0].amount: ", error);
    }

    [Fact]
    public void Check_MissingFile_ExitsTwo()
    {
        var (code, _, error) = Run("funding", "check", Path.Combine(Path.GetTempPath(), "kentcsp-no-such-round.json"));
        Assert.Equal(2, code);
        Assert.StartsWith("kentcsp: cannot read kentcsp-no-such-round.json", error);
    }

    [Fact]
    public void Export_NoFile_WritesTheKent2016To17Package()
    {
        string outPath = CliRun.TempPath();
        var (code, output, error) = Run("funding", "export-360giving", "-o", outPath);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.Split('\n');
        Assert.Equal($"wrote 8 grants totalling £39,661.00 from kcsp-2016-17 to {Path.GetFileName(outPath)} (360Giving 1.4, publisher Kent Community Safety Partnership (360G-kentcsp))", lines[0]);
        // The export presents award dates and recipients as plain fields: each inferred one is named in a warning.
        Assert.Contains("warning: inferred, not stated by the sources: awardDate (allocations[0–7].allocatedOn): The report's date", output);
        Assert.Contains("warning: inferred, not stated by the sources: recipientOrganization (bids[0–7].applicant): The sources name projects", output);
        // The written line and the two warnings, nothing else: the priorities, though inferred, are not exported.
        Assert.Equal(3, output.TrimEnd('\n').Split('\n').Length);
        var expected = ThreeSixtyGiving.Export([KentFunding.Round2016To17], KentThreeSixtyGiving.Options(new LocalDate(2026, 11, 23)));
        Assert.Equal(expected, File.ReadAllText(outPath));
    }

    [Fact]
    public void Export_FileAndIssuedDate_AreUsed()
    {
        string inPath = CliRun.WriteTemp(KentCspJson.Serialize(KentFunding.Round2016To17));
        string outPath = CliRun.TempPath();
        var (code, _, _) = Run("funding", "export-360giving", inPath, "--output", outPath, "--issued", "2017-03-15");
        Assert.Equal(0, code);
        var expected = ThreeSixtyGiving.Export([KentFunding.Round2016To17], KentThreeSixtyGiving.Options(new LocalDate(2017, 3, 15)));
        Assert.Equal(expected, File.ReadAllText(outPath));
    }

    [Fact]
    public void Export_OtherPartnership_PublishesAsTheGrantRecipient()
    {
        string inPath = CliRun.WriteTemp(KentCspJson.Serialize(new RoundBuilder().WithFundedProject("a", 1_000m).Build()));
        string outPath = CliRun.TempPath();
        var (code, output, _) = Run("funding", "export-360giving", inPath, "-o", outPath);
        Assert.Equal(0, code);
        Assert.EndsWith("publisher Test Community Safety Partnership (360G-test))\n", output);
        Assert.Contains("\"id\": \"360G-test-2017-18-a\"", File.ReadAllText(outPath));
    }

    [Fact]
    public void Export_RoundWithNoAllocations_ExitsOneAndWritesNothing()
    {
        string inPath = CliRun.WriteTemp(KentCspJson.Serialize(KentFunding.Round2017To18));
        string outPath = CliRun.TempPath();
        var (code, output, error) = Run("funding", "export-360giving", inPath, "-o", outPath);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("kentcsp: cannot export kcsp-2017-18: rounds have no allocations; a 360Giving package needs at least one grant.\n", error);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void Export_WithoutOutput_WritesThePackageToStandardOutputAndTheSummaryToStandardError()
    {
        var (code, output, error) = Run("funding", "export-360giving", "--issued", "2017-03-15");
        Assert.Equal(0, code);
        var expected = ThreeSixtyGiving.Export([KentFunding.Round2016To17], KentThreeSixtyGiving.Options(new LocalDate(2017, 3, 15)));
        Assert.Equal(expected, output);
        Assert.StartsWith("wrote 8 grants totalling £39,661.00 from kcsp-2016-17 to standard output (360Giving 1.4, publisher Kent Community Safety Partnership (360G-kentcsp))\n", error);
        Assert.Contains("warning: inferred, not stated by the sources: awardDate (allocations[0–7].allocatedOn)", error);
    }

    [Fact]
    public void Export_OutputDash_IsStandardOutput()
    {
        var (code, output, _) = Run("funding", "export-360giving", "-o", "-", "--issued", "2017-03-15");
        Assert.Equal(0, code);
        Assert.Equal(ThreeSixtyGiving.Export([KentFunding.Round2016To17], KentThreeSixtyGiving.Options(new LocalDate(2017, 3, 15))), output);
    }

    [Fact]
    public void Export_RefusedRoundToStandardOutput_WritesNothingThere()
    {
        string inPath = CliRun.WriteTemp(KentCspJson.Serialize(KentFunding.Round2017To18));
        var (code, output, error) = Run("funding", "export-360giving", inPath);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("kentcsp: cannot export kcsp-2017-18: rounds have no allocations; a 360Giving package needs at least one grant.\n", error);
    }

    [Fact]
    public void Export_RefusedRound_LeavesAnExistingFileUntouchedAndNoTemporaryFile()
    {
        string directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"kentcsp-test-{System.Guid.NewGuid():N}")).FullName;
        string inPath = CliRun.WriteTemp(KentCspJson.Serialize(KentFunding.Round2017To18));
        string outPath = Path.Combine(directory, "grants.json");
        File.WriteAllText(outPath, "the earlier package");

        var (code, _, _) = Run("funding", "export-360giving", inPath, "-o", outPath);

        Assert.Equal(1, code);
        Assert.Equal("the earlier package", File.ReadAllText(outPath));
        Assert.Equal([outPath], Directory.GetFiles(directory));
    }

    [Fact]
    public void Export_ExistingFile_IsReplacedAndNoTemporaryFileIsLeft()
    {
        string directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"kentcsp-test-{System.Guid.NewGuid():N}")).FullName;
        string outPath = Path.Combine(directory, "grants.json");
        File.WriteAllText(outPath, "the earlier package, longer than nothing at all and than the start of the new one");

        var (code, _, _) = Run("funding", "export-360giving", "-o", outPath, "--issued", "2017-03-15");

        Assert.Equal(0, code);
        Assert.Equal(ThreeSixtyGiving.Export([KentFunding.Round2016To17], KentThreeSixtyGiving.Options(new LocalDate(2017, 3, 15))), File.ReadAllText(outPath));
        Assert.Equal([outPath], Directory.GetFiles(directory));
    }

    [Fact]
    public void Export_MissingDirectory_ExitsTwoNamingTheFile()
    {
        string outPath = Path.Combine(Path.GetTempPath(), $"kentcsp-no-such-directory-{System.Guid.NewGuid():N}", "grants.json");
        var (code, output, error) = Run("funding", "export-360giving", "-o", outPath);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("kentcsp: cannot write grants.json: ", error);
        Assert.False(Directory.Exists(Path.GetDirectoryName(outPath)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Export_BlankOutputName_IsAUsageErrorInOneLine(string name)
    {
        var (code, output, error) = Run("funding", "export-360giving", "--output", name);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"kentcsp: --output '{name}' is not a file name.", error.TrimEnd('\n'));
    }
}
