using System.Linq;
using System.IO;
using KentCsp.Cli;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class KentCspCommandTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    [Fact]
    public void NoArguments_PrintsTheSummary()
    {
        var (code, output, error) = Run();
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Summary_SameAsNoArguments()
    {
        Assert.Equal(Run().Output, Run("summary").Output);
    }

    [Fact]
    public void Summary_OnADateBeforeTheIcb_ShowsThatDaysHealthBodyName()
    {
        var (_, output, _) = Run(FixedClock.AtLondonMidday(new LocalDate(2017, 7, 19)));
        Assert.Contains("s.5(1)(e)   represented     clinical commissioning group", output);
        Assert.DoesNotContain("Integrated Care Board, s.5(1)(e)", output);
    }

    [Fact]
    public void Help_ListsTheCommandsAndExitsZero()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("summary", output);
        Assert.Contains("\n  json <DOCUMENT> ", output);
        string json = System.Text.RegularExpressions.Regex.Replace(Run("json", "--help").Output, @"\s+", " ");
        Assert.All(DocumentKinds.BuiltInNames, name => Assert.Contains(" " + name + (name == DocumentKinds.BuiltInNames.Last() ? "." : ","), json));
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("json", "nope")]
    [InlineData("json")]
    [InlineData("summary", "--as-of", "2020-01-01")]
    [InlineData("validate", "agenda", "x.json")]
    [InlineData("validate", "partnership")]
    public void BadCommandLine_ShortErrorAndExitTwo(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("kentcsp: ", error);
        Assert.InRange(CliRun.ErrorsBeforeTheHelpLine(error).Length, 1, 3);
        Assert.All(CliRun.ErrorsBeforeTheHelpLine(error), line => Assert.StartsWith("kentcsp: ", line));
    }

    [Theory]
    [InlineData("partnership")]
    [InlineData("csa-2023")]
    public void Json_WritesTheLibrarysDocument(string name)
    {
        var (code, output, _) = Run("json", name);
        Assert.Equal(0, code);
        var expected = name == "partnership"
            ? KentCspJson.Serialize(KentData.Partnership)
            : KentCspJson.Serialize(KentData.CommunitySafetyAgreement2023);
        Assert.Equal(expected + "\n", output.Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData("funding-2016-17")]
    [InlineData("funding-2017-18")]
    public void Json_WritesTheBuiltInFundingRound(string name)
    {
        var (code, output, error) = Run("json", name);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var expected = name == "funding-2016-17" ? KentFunding.Round2016To17 : KentFunding.Round2017To18;
        Assert.Equal(KentCspJson.Serialize(expected) + "\n", output);
        Assert.Equal(expected, KentCspJson.DeserializeFundingRound(output));
    }

    [Theory]
    [InlineData("funding-2016-17", "valid funding document: kcsp-2016-17: 8 bids, 8 allocations\n")]
    [InlineData("funding-2017-18", "valid funding document: kcsp-2017-18: 4 bids, 0 allocations\n")]
    public void Validate_ValidFundingRound_ExitsZero(string name, string expected)
    {
        string path = WriteTemp(Run("json", name).Output);
        var (code, output, error) = Run("validate", "funding", path);
        Assert.Equal(0, code);
        Assert.Equal(expected, output);
        Assert.Equal("", error);
    }

    [Fact]
    public void Validate_InvalidFundingRound_PrintsThePathAndExitsOne()
    {
        string path = WriteTemp(KentCspJson.Serialize(KentFunding.Round2016To17).Replace("\"currency\": \"GBP\"", "\"currency\": \"EUR\""));
        var (code, output, error) = Run("validate", "funding", path);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith(Path.GetFileName(path) + ": $.currency: ", error);
        Assert.Contains("only GBP (pounds sterling) is supported", error);
    }

    [Fact]
    public void Validate_FundingRoundWithAnAllocationToAnUnknownBid_NamesTheAllocation()
    {
        string path = WriteTemp(KentCspJson.Serialize(KentFunding.Round2016To17).Replace("\"bidId\": \"small-steps\",\n      \"amount\"", "\"bidId\": \"big-steps\",\n      \"amount\""));
        var (code, _, error) = Run("validate", "funding", path);
        Assert.Equal(1, code);
        Assert.StartsWith(Path.GetFileName(path) + ": $.allocations[3].bidId: ", error);
    }

    [Fact]
    public void Validate_ValidDocument_ExitsZero()
    {
        string path = WriteTemp(KentCspJson.Serialize(KentData.Partnership));
        var (code, output, error) = Run("validate", "partnership", path);
        Assert.Equal(0, code);
        Assert.Equal("valid partnership document: Kent Community Safety Partnership: 10 members\n", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void Validate_InvalidDocument_PrintsThePathAndExitsOne()
    {
        string path = WriteTemp(KentCspJson.Serialize(KentData.CommunitySafetyAgreement2023).Replace("\"2023-11-16\"", "\"2023-13-16\""));
        var (code, output, error) = Run("validate", "csa", path);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith(Path.GetFileName(path) + ": $.inForceBy: ", error);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        var (code, _, error) = Run("validate", "partnership", Path.Combine(Path.GetTempPath(), "kentcsp-no-such-file.json"));
        Assert.Equal(2, code);
        Assert.StartsWith("kentcsp: cannot read kentcsp-no-such-file.json", error);
    }

    private static string WriteTemp(string text) => CliRun.WriteTemp(text);

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    private static (int Code, string Output, string Error) Run(IClock clock, params string[] args) => CliRun.Run(clock, args);
}
