using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class BuiltInDocumentsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    [Theory]
    [InlineData("reviews", "reviews", "valid reviews document: 360G-kentcsp-kcsp: 1 case\n")]
    [InlineData("plan-2017-18", "plan", "valid plan document: Action plan 2017/18 for Community Safety Agreement 2017 (illustration): 9 actions, 0 reviews\n")]
    [InlineData("incident-thrown-fluid", "incident", "valid incident document: incident kent-thrown-fluid: 32 victims, 1 act, Recorded\n")]
    [InlineData("indicators-2017", "indicators", "valid indicators document: 6 indicators, 0 series, 0 road casualty figures\n")]
    public void JsonThenValidate_BuiltInDocument_RoundTrips(string document, string kind, string expected)
    {
        string written = document switch
        {
            "reviews" => KentCspJson.Serialize(KentReviews.Register),
            "plan-2017-18" => KentCspJson.Serialize(KentActionPlans.Illustration2017To18),
            "incident-thrown-fluid" => KentCspJson.Serialize(KentRecording.ThrownFluid),
            _ => KentCspJson.Serialize(KentIndicators.July2017),
        };

        var (code, json, _) = CliRun.Run(Clock, "json", document);
        Assert.Equal(0, code);
        Assert.Equal(written + "\n", json);
        var (validateCode, output, error) = CliRun.Run(Clock, "validate", kind, CliRun.WriteTemp(json));
        Assert.Equal(0, validateCode);
        Assert.Equal("", error);
        Assert.Equal(expected, output);
    }

    public static TheoryData<string, string> EveryBuiltInDocument()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in DocumentKinds.All)
        {
            foreach (var name in kind.BuiltInNames)
            {
                data.Add(name, kind.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryBuiltInDocument))]
    public void JsonThenValidate_EveryBuiltInDocumentOfTheTable_IsValidAsItsKind(string document, string kind)
    {
        var (code, json, _) = CliRun.Run(Clock, "json", document);
        Assert.Equal(0, code);
        var (validateCode, output, error) = CliRun.Run(Clock, "validate", kind, CliRun.WriteTemp(json));
        Assert.Equal("", error);
        Assert.Equal(0, validateCode);
        Assert.StartsWith($"valid {kind} document: ", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateHelp_NamesEveryKindWithItsSummary()
    {
        var (code, output, _) = CliRun.Run(Clock, "validate", "--help");
        Assert.Equal(0, code);
        string help = string.Join(" ", output.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
        Assert.All(DocumentKinds.All, kind => Assert.Contains($"{kind.Name} ({kind.Summary})", help, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AuditWithMoreCorrectThanSampled_NamesTheFieldAndExitsOne()
    {
        string json = KentCspJson.Serialize(new Domain.Recording.AccuracyAudit(1000, 836)).Replace("\"correctlyRecorded\": 836", "\"correctlyRecorded\": 1001");

        var (code, output, error) = CliRun.Run(Clock, "validate", "audit", CliRun.WriteTemp(json));

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("$.correctlyRecorded", error);
    }
}
