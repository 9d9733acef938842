using System.IO;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Recording;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class RecordingCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    [Fact]
    public void Count_NoFile_Counts32CrimesAndOneUnderTheFormerPractice()
    {
        var (code, output, error) = Run("count");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("\nVictim-based count: 32 crimes\n", output);
        Assert.Contains("\nFormer practice (one crime per incident): 1 crime\n  1. Public order offence (by o1)\n", output);
        Assert.Contains("  32. Assault without injury against v32 (by o1)\n     D: One crime for victim v32, offended against by o1.\n", output);
    }

    [Fact]
    public void Count_StreetFightFile_PrintsTheRuleTrail()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(RecordingBuilders.StreetFight()));
        try
        {
            var (code, output, error) = Run("count", path);
            Assert.Equal(0, code);
            Assert.Equal("", error);
            Snapshot.VerifyText(output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Count_Summary_PrintsTheTotalsByOffenceAndNoCrimeByCrimeList()
    {
        var (code, output, error) = Run("count", "--summary");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("\nVictim-based count: 32 crimes\n  32 Assault without injury\n", output);
        Assert.Contains("\nFormer practice (one crime per incident): 1 crime\n  1 Public order offence\n", output);
        Assert.DoesNotContain("against v", output);
        Assert.DoesNotContain("D: One crime", output);
        Assert.True(output.Split('\n').Length < 25, output);
        Assert.True(Run("count").Output.Split('\n').Length > 64);
    }

    [Fact]
    public void Count_SummaryOfAFile_CountsEachOffenceMostSeriousFirst()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(RecordingBuilders.StreetFight()));
        try
        {
            var (code, output, error) = Run("count", path, "--summary");
            Assert.Equal(0, code);
            Assert.Equal("", error);
            Assert.Contains("\nVictim-based count: 5 crimes\n  1 Assault with injury\n  4 Assault without injury\n", output);
            Assert.Contains("\nFormer practice (one crime per incident): 1 crime\n  1 Assault with injury\n", output);
            Assert.DoesNotContain("(by p", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Count_InvalidFile_NamesTheFieldAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(RecordingBuilders.StreetFight()).Replace("\"p3\"", "\"Jane Smith\""));
        try
        {
            var (code, output, error) = Run("count", path);
            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.Contains("$.acts[3].offenderIds[0]", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Count_MissingFile_ExitsTwo()
    {
        var (code, _, error) = Run("count", CliRun.TempPath());
        Assert.Equal(2, code);
        Assert.StartsWith("kentcsp: cannot read", error);
    }
}
