using System.IO;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary><c>kentcsp funding export-360giving</c> with the publisher options and the guards' opt-ins.</summary>
public class ExportGuardCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    private static string OverAllocated() => KentCspJson.Serialize(new RoundBuilder().WithFundedProject("a", 6_000m).WithFundedProject("b", 4_000.01m).Build());

    // A round whose partnership is a council with an org-id (GB-LAE), not a 360G- scheme: no publisher follows from it.
    private static string CouncilRound() => KentCspJson.Serialize(new RoundBuilder().WithFundedProject("a", 1_000m).Build())
        .Replace("\"scheme\": \"360G-test\",\n        \"identifier\": \"csp\"", "\"scheme\": \"GB-LAE\",\n        \"identifier\": \"EXA\"");

    [Fact]
    public void Export_CouncilRound_WithoutAPublisher_ExitsOne()
    {
        string outPath = CliRun.TempPath();

        var (code, _, error) = Run("funding", "export-360giving", CliRun.WriteTemp(CouncilRound()), "-o", outPath);

        Assert.Equal(1, code);
        Assert.Contains("'GB-LAE' is not a 360Giving prefix (360G-…); name one with --publisher-prefix.", error);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void Export_CouncilRound_WithPublisherFunderAndProgramme_Exports()
    {
        string outPath = CliRun.TempPath();

        var (code, output, error) = Run("funding", "export-360giving", CliRun.WriteTemp(CouncilRound()), "-o", outPath, "--issued", "2018-03-31",
            "--publisher-prefix", "360G-example", "--publisher-name", "Example Community Safety Partnership",
            "--funder-id", "GB-LAE-EXA", "--funder-name", "Example Council", "--programme-code", "csp-grants", "--programme-title", "Community safety grants");

        Assert.True(code == 0, error);
        Assert.EndsWith("publisher Example Community Safety Partnership (360G-example))\n", output);
        string json = File.ReadAllText(outPath);
        Assert.Contains("\"id\": \"360G-example-2017-18-a\"", json);
        Assert.Contains("\"fundingOrganization\": [\n        {\n          \"id\": \"GB-LAE-EXA\",\n          \"name\": \"Example Council\"", json);
        Assert.Contains("\"grantProgramme\": [\n        {\n          \"code\": \"csp-grants\",\n          \"title\": \"Community safety grants\"\n        }", json);
    }

    [Fact]
    public void Export_OverAllocatedRound_IsRefusedNamingTheAllocationAndRule_AndWritesNothing()
    {
        string outPath = CliRun.TempPath();

        var (code, output, error) = Run("funding", "export-360giving", CliRun.WriteTemp(OverAllocated()), "-o", outPath, "--issued", "2018-03-31");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal("kentcsp: cannot export test-2017-18, nothing written: 1 funding rule breach (--allow-rule-breaches exports them with warnings)", lines[0]);
        Assert.StartsWith("  test-2017-18 allocation b: FUND-001 The 2 allocations from grant 'test-2017-18' (2017/18) total £10,000.01", lines[1]);
        Assert.Equal(2, lines.Length);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void Export_OverAllocatedRound_AllowingRuleBreaches_WritesAndWarns()
    {
        string outPath = CliRun.TempPath();

        var (code, output, _) = Run("funding", "export-360giving", CliRun.WriteTemp(OverAllocated()), "-o", outPath, "--issued", "2018-03-31", "--allow-rule-breaches");

        Assert.Equal(0, code);
        Assert.Contains("warning: rule breach allowed: test-2017-18 allocation b: FUND-001 The 2 allocations", output);
        Assert.Contains("\"id\": \"360G-test-2017-18-b\"", File.ReadAllText(outPath));
    }

    [Fact]
    public void Export_PostDatedAwards_IsRefusedForTheCriticalFinding_UnlessAllowed()
    {
        string inPath = CliRun.WriteTemp(KentCspJson.Serialize(new RoundBuilder().WithFundedProject("a", 1_000m).Build()));

        var (refused, _, error) = Run("funding", "export-360giving", inPath, "--issued", "2017-04-01");
        var (allowed, _, warnings) = Run("funding", "export-360giving", inPath, "--issued", "2017-04-01", "--allow-critical-findings");

        Assert.Equal(1, refused);
        Assert.Contains("1 critical 360Giving finding (--allow-critical-findings exports them with warnings)", error);
        Assert.Contains("  DQT-017 critical: ", error);
        Assert.Contains("(grants/0/awardDate)", error);
        Assert.Equal(0, allowed);
        Assert.Contains("warning: critical finding allowed: DQT-017 ", warnings);
    }

    [Theory]
    [InlineData("--publisher-prefix", "example", "kentcsp: --publisher-prefix: prefix must be \"360G-\" followed by")]
    [InlineData("--funder-id", "GB LAE", "kentcsp: --funder-id: id must not contain white space")]
    [InlineData("--funder-name", "Example Council", "kentcsp: --funder-name needs --funder-id.")]
    [InlineData("--programme-code", "grants", "kentcsp: --programme-code and --programme-title go together.")]
    public void Export_BadPublisherOption_ExitsTwoNamingIt(string option, string value, string expected)
    {
        var (code, output, error) = Run("funding", "export-360giving", option, value);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith(expected, error);
    }
}
