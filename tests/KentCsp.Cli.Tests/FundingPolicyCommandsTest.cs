using System.IO;
using System.Text;
using KentCsp.Domain;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary><c>--policy</c> of <c>kentcsp funding check</c>, <c>export-360giving</c> and <c>report funding</c>, and the funding policy document on the command line.</summary>
public class FundingPolicyCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    // Another partnership's terms: local projects are funded, not referred.
    private static readonly FundingPolicy Testshire =
        new(Period.FromDays(14), Period.FromWeeks(6), Period.FromMonths(2), referLocalProjects: false,
            new SourceDocument("Testshire grant conditions", new LocalDate(2017, 4, 1), "paragraph 4"));

    // A round whose one allocation funds a project serving Thanet only: Kent's policy refers it (FUND-006).
    private static string LocalProjectRound() => KentCspJson.Serialize(new RoundBuilder()
        .WithFundedProject("a", 6_000m, RoundBuilder.Bid("a", scope: ProjectScope.Local("Thanet")))
        .Build());

    [Fact]
    public void Check_AnotherPartnershipsPolicy_DropsTheReferralFindingAndNamesThePolicy()
    {
        string round = CliRun.WriteTemp(LocalProjectRound());

        var (kentCode, kent, _) = Run("funding", "check", round, "--as-at", "2017-07-19");
        var (code, output, error) = Run("funding", "check", round, "--as-at", "2017-07-19", "--policy", CliRun.WriteTemp(KentCspJson.Serialize(Testshire)));

        Assert.Equal(1, kentCode);
        Assert.Contains("FUND-006", kent);
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.DoesNotContain("FUND-006", output);
        Assert.Contains("against 13 rules (policy: Testshire grant conditions, 2017-04-01, paragraph 4)\n", output);
    }

    [Fact]
    public void Check_KentPolicyFile_GivesWhatTheDefaultGives()
    {
        string round = CliRun.WriteTemp(LocalProjectRound());

        var builtIn = Run("funding", "check", round, "--as-at", "2017-07-19");
        var given = Run("funding", "check", round, "--as-at", "2017-07-19", "--policy", CliRun.WriteTemp(KentCspJson.Serialize(KentPolicies.Funding)));

        Assert.Equal(builtIn, given);
    }

    [Fact]
    public void Check_PolicyFromStandardInput_JudgesByIt()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes(KentCspJson.Serialize(Testshire)));

        var (code, output, error) = CliRun.Run(Clock, stdin, "funding", "check", CliRun.WriteTemp(LocalProjectRound()), "--as-at", "2017-07-19", "--policy", "-");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("(policy: Testshire grant conditions", output);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("export-360giving")]
    public void Funding_RoundAndPolicyBothStandardInput_IsRefusedWithExitCodeTwo(string command)
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes(LocalProjectRound()));

        var (code, output, error) = CliRun.Run(Clock, stdin, "funding", command, "-", "--policy", "-");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("kentcsp: standard input holds one document: give '-' for the round or for --policy, not both.\n", error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("export-360giving")]
    public void Funding_BadPolicyFile_NamesItsJsonPathAndExitsTwo(string command)
    {
        string policy = CliRun.WriteTemp(KentCspJson.Serialize(KentPolicies.Funding).Replace("\"withdrawAfter\": \"P1M\"", "\"withdrawAfter\": \"one month\""));

        var (code, output, error) = Run("funding", command, "--policy", policy);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"kentcsp: --policy {Path.GetFileName(policy)}: $.withdrawAfter: \"one month\" is not an ISO-8601 period such as \"P1M\".\n", error);
    }

    [Fact]
    public void Check_RoundAsPolicy_NamesTheKindAndExitsTwo()
    {
        string policy = CliRun.WriteTemp(LocalProjectRound());

        var (code, _, error) = Run("funding", "check", "--policy", policy);

        Assert.Equal(2, code);
        Assert.Contains(": $.kind: this is a funding round document (\"funding\"), but a funding policy document (\"funding-policy\") was expected.", error);
    }

    [Fact]
    public void Check_MissingPolicyFile_ExitsTwo()
    {
        var (code, _, error) = Run("funding", "check", "--policy", Path.Combine(Path.GetTempPath(), "no-such-policy.json"));

        Assert.Equal(2, code);
        Assert.StartsWith("kentcsp: cannot read no-such-policy.json", error);
    }

    [Fact]
    public void Export_AnotherPartnershipsPolicy_ExportsWhatKentsPolicyRefuses()
    {
        string round = CliRun.WriteTemp(LocalProjectRound());
        string[] export = ["funding", "export-360giving", round, "--issued", "2017-07-19", "--publisher-prefix", "360G-testshire"];

        var (kentCode, _, kentError) = Run(export);
        var (code, output, error) = Run([.. export, "--policy", CliRun.WriteTemp(KentCspJson.Serialize(Testshire))]);

        Assert.Equal(1, kentCode);
        Assert.Contains("FUND-006", kentError);
        Assert.Equal(0, code);
        Assert.DoesNotContain("FUND-006", error);
        Assert.StartsWith("{", output);
    }

    [Fact]
    public void Check_KentPolicy_PrintsThePolicysProvenanceAfterTheRounds()
    {
        var (code, output, error) = Run("funding", "check");

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("\nPolicy provenance: sourced: Kent Community Safety Partnership Working Group Update, report to the Kent Community Safety Partnership, 2017-03-15, section 3.3\n", output);
        Assert.Contains("\n  withdrawAfter: illustrative: Unconfirmed default: ", output);
        Assert.Contains("\n  inPrincipleLimit: illustrative: Unconfirmed default: ", output);
        Assert.True(output.IndexOf("\nProvenance: ", System.StringComparison.Ordinal) < output.IndexOf("\nPolicy provenance: ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PolicyWithoutProvenance_PrintsNoPolicyProvenance()
    {
        var (code, output, _) = Run("funding", "check", "--policy", CliRun.WriteTemp(KentCspJson.Serialize(Testshire)));

        Assert.Equal(0, code);
        Assert.DoesNotContain("Policy provenance", output);
    }

    [Fact]
    public void Check_Json_WritesThePolicysProvenanceOrNull()
    {
        var (_, kent, _) = Run("funding", "check", "--format", "json");
        var (_, other, _) = Run("funding", "check", "--format", "json", "--policy", CliRun.WriteTemp(KentCspJson.Serialize(Testshire)));

        using var kentJson = System.Text.Json.JsonDocument.Parse(kent);
        var marks = kentJson.RootElement.GetProperty("policyProvenance");
        Assert.Equal("Sourced", marks.GetProperty("kind").GetString());
        Assert.Equal("Illustrative", marks.GetProperty("fields").GetProperty("withdrawAfter").GetProperty("kind").GetString());
        Assert.Equal("Illustrative", marks.GetProperty("fields").GetProperty("inPrincipleLimit").GetProperty("kind").GetString());
        using var otherJson = System.Text.Json.JsonDocument.Parse(other);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, otherJson.RootElement.GetProperty("policyProvenance").ValueKind);
    }

    [Fact]
    public void ReportFunding_AnotherPartnershipsPolicy_DropsTheReferralFinding()
    {
        string round = CliRun.WriteTemp(LocalProjectRound());
        string kentPaper = Path.ChangeExtension(CliRun.TempPath(), ".html");
        string otherPaper = Path.ChangeExtension(CliRun.TempPath(), ".html");

        var kent = Run("report", "funding", round, "--as-at", "2017-07-19", "-o", kentPaper);
        var other = Run("report", "funding", round, "--as-at", "2017-07-19", "--policy", CliRun.WriteTemp(KentCspJson.Serialize(Testshire)), "-o", otherPaper);

        Assert.Equal((0, ""), (kent.Code, kent.Error));
        Assert.Equal((0, ""), (other.Code, other.Error));
        Assert.Contains("FUND-006", File.ReadAllText(kentPaper));
        Assert.DoesNotContain("FUND-006", File.ReadAllText(otherPaper));
    }

    [Fact]
    public void ReportFunding_BadPolicyFile_NamesItsJsonPathAndExitsTwo()
    {
        string policy = CliRun.WriteTemp(KentCspJson.Serialize(KentPolicies.Funding).Replace("\"withdrawAfter\": \"P1M\"", "\"withdrawAfter\": \"one month\""));
        string paper = Path.ChangeExtension(CliRun.TempPath(), ".html");

        var (code, output, error) = Run("report", "funding", "--policy", policy, "-o", paper);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"kentcsp: --policy {Path.GetFileName(policy)}: $.withdrawAfter: \"one month\" is not an ISO-8601 period such as \"P1M\".\n", error);
        Assert.False(File.Exists(paper));
    }

    [Fact]
    public void ReportFunding_RoundAndPolicyBothStandardInput_IsRefusedWithExitCodeTwo()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes(LocalProjectRound()));

        var (code, output, error) = CliRun.Run(Clock, stdin, "report", "funding", "-", "--policy", "-", "-o", CliRun.TempPath());

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("kentcsp: standard input holds one document: give '-' for the round or for --policy, not both.\n", error);
    }

    [Fact]
    public void Json_FundingPolicy_WritesKentsPolicyAndValidateRecognisesIt()
    {
        var (code, json, error) = Run("json", "funding-policy");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(KentCspJson.Serialize(KentPolicies.Funding) + "\n", json);
        var (validateCode, output, _) = Run("validate", CliRun.WriteTemp(json));
        Assert.Equal(0, validateCode);
        Assert.Equal("valid funding-policy document: policy of Kent Community Safety Partnership Working Group Update, report to the Kent Community Safety Partnership, 2017-03-15, section 3.3\n", output);
    }

    [Fact]
    public void Schema_FundingPolicy_PrintsTheLibrarysSchema()
    {
        var (code, output, error) = Run("schema", "funding-policy");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(KentCspJson.GetSchema(KentCsp.Domain.Serialization.DocumentKind.FundingPolicy), output);
    }
}
