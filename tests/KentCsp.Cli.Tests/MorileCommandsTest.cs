using System.IO;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Morile;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class MorileCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    private static MorileRanking Tied() =>
        new("Test district", MorileBuilders.Scheme(), [MorileBuilders.Assess("c", 4, 4, 1, 3, "low"), MorileBuilders.Assess("a", 4, 4, 2, 3), MorileBuilders.Assess("b", 4, 4, 1, 3)]);

    [Fact]
    public void Morile_NoFile_PrintsTheKentPilotHeadedAsIllustrative()
    {
        var (code, output, error) = Run("morile");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("ILLUSTRATION: the Kent pilot of the MoRiLE matrix", output);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Morile_File_PrintsItsRankingWithSharedRanks()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(Tied()));
        try
        {
            var (code, output, error) = Run("morile", path);
            Assert.Equal(0, code);
            Assert.Equal("", error);
            Assert.DoesNotContain("ILLUSTRATION", output);
            Snapshot.VerifyText(output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Morile_InvalidFile_NamesTheFieldAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(Tied()).Replace("\"harmPhysical\": 4", "\"harmPhysical\": 9"));
        try
        {
            var (code, output, error) = Run("morile", path);
            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.Contains("$.assessments[0].scores.harmPhysical: scores.harmPhysical is 9, but Physical harm allows whole numbers from 0 to 4.", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Morile_MissingFile_ExitsTwo()
    {
        var (code, _, error) = Run("morile", CliRun.TempPath());
        Assert.Equal(2, code);
        Assert.StartsWith("kentcsp: cannot read", error);
    }

    [Fact]
    public void JsonThenValidate_MorilePilot1_RoundTrips()
    {
        var (code, json, _) = Run("json", "morile-pilot-1");
        Assert.Equal(0, code);
        Assert.Equal(KentCspJson.Serialize(KentMorile.PilotDistricts[0]) + "\n", json);
        string path = CliRun.WriteTemp(json);
        try
        {
            var (validateCode, output, error) = Run("validate", "morile", path);
            Assert.Equal(0, validateCode);
            Assert.Equal("", error);
            Assert.Equal("valid morile document: Pilot district 1: 5 issues under Illustrative MoRiLE scheme (kent-illustrative-morile)\n", output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
