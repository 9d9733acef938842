using System.IO;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class ThreeSixtyGivingCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    // A file with a fixed name, so that the output does not change from one run to the next.
    private static string WritePackage(string json)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"kentcsp-test-{System.Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "package.json");
        File.WriteAllText(path, json);
        return path;
    }

    private const string ZeroAndFuture = """
        {"grants": [
          {"id": "360G-x-1", "title": "A", "amountAwarded": 0, "awardDate": "2026-11-24",
           "fundingOrganization": [{"id": "XSFAFA", "name": "F"}],
           "recipientOrganization": [{"id": "GB-CHC-1234567", "name": "R", "charityNumber": "1234567"}]},
          {"id": "360G-x-2", "title": "B", "amountAwarded": 10, "awardDate": "2020-01-01",
           "fundingOrganization": [{"id": "XSFAFA", "name": "F"}],
           "recipientOrganization": [{"id": "GB-CHC-7654321", "name": "S", "charityNumber": "7654321"}]}
        ]}
        """;

    [Fact]
    public void Check360Giving_NoFile_ChecksTheKentExportAndExitsZero()
    {
        var (code, output, error) = Run("funding", "check-360giving");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Check360Giving_CriticalFinding_PrintsTablesAndExitsOne()
    {
        var (code, output, error) = Run("funding", "check-360giving", WritePackage(ZeroAndFuture));
        Assert.Equal(1, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Check360Giving_AsOf_JudgesDatesOnThatDay()
    {
        var (_, output, _) = Run("funding", "check-360giving", CliRun.WriteTemp(ZeroAndFuture), "--as-at", "2026-11-24");
        Assert.DoesNotContain("DQT-017", output);
        Assert.Contains("Checked on 2026-11-24", output);
    }

    [Fact]
    public void Check360Giving_OnlyUsefulnessFindings_ExitsZero()
    {
        string path = CliRun.WriteTemp("""{"grants": [{"id": "360G-x-1", "title": "A", "amountAwarded": 5}]}""");
        var (code, output, _) = Run("funding", "check-360giving", path);
        Assert.Equal(0, code);
        Assert.Contains("Quality (21 checks): no findings.", output);
        Assert.Contains("DQT-031  information no", output);
    }

    [Theory]
    [InlineData("{\"grants\": [{\"id\": \"a\",}]}", "is not a 360Giving package: $.grants[0].id: the package is not valid JSON")]
    [InlineData("[1]", "is not a 360Giving package: $: a 360Giving package is a JSON object, but this is an array.")]
    public void Check360Giving_NotAPackage_ExitsTwoNamingThePath(string json, string message)
    {
        var (code, output, error) = Run("funding", "check-360giving", CliRun.WriteTemp(json));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Check360Giving_MissingFile_ExitsTwo()
    {
        var (code, _, error) = Run("funding", "check-360giving", Path.Combine(Path.GetTempPath(), "kentcsp-no-such-package.json"));
        Assert.Equal(2, code);
        Assert.StartsWith("kentcsp: cannot read kentcsp-no-such-package.json", error);
    }

    [Fact]
    public void Check360Giving_Help_NamesTheStandardAndTheToolVersion()
    {
        var (code, help, _) = Run("funding", "check-360giving", "--help");
        string output = System.Text.RegularExpressions.Regex.Replace(help, @"\s+", " "); // the help wraps its lines
        Assert.Equal(0, code);
        Assert.Contains("360Giving Data Standard 1.4.3", output);
        Assert.Contains("ThreeSixtyGiving/dataquality 783b746f, 2026-05-12", output);
    }
}
