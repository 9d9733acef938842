using System.IO;
using KentCsp.Domain.Interop;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class ExportCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 30));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    [Fact]
    public void Popolo_NoFile_WritesTheBuiltInRecordAsAtTodayFromTheClock()
    {
        var (code, output, error) = Run("export", "popolo");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(PopoloExport.ToJson(KentData.PartnershipRecord, new LocalDate(2026, 11, 30)) + "\n", output);
    }

    [Fact]
    public void Popolo_AsAtAndOutputFile_WritesTheFileAndNothingToStandardOutput()
    {
        string path = CliRun.TempPath();
        try
        {
            var (code, output, error) = Run("export", "popolo", "--as-at", "2017-07-19", "-o", path);
            Assert.Equal(0, code);
            Assert.Equal("", output);
            Assert.Equal("", error);
            Assert.Equal(PopoloExport.ToJson(KentData.PartnershipRecord, new LocalDate(2017, 7, 19)) + "\n", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Popolo_PartnershipFile_IsExported()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentData.Partnership));
        try
        {
            var (code, output, _) = Run("export", "popolo", path, "--as-at", "2020-01-01");
            Assert.Equal(0, code);
            Assert.Equal(PopoloExport.ToJson(KentData.Partnership, new LocalDate(2020, 1, 1)) + "\n", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Popolo_DateTheRecordDoesNotKnow_IsRefusedWithExitCodeOne()
    {
        var (code, output, error) = Run("export", "popolo", "--as-at", "2011-06-01");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith("kentcsp: cannot export the built-in partnership as Popolo: ", error);
        Assert.Contains("not known on 2011-06-01", error);
    }

    [Fact]
    public void Popolo_OtherKindOfDocument_IsAUsageError()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentData.CommunitySafetyAgreement2017));
        try
        {
            var (code, _, error) = Run("export", "popolo", path);
            Assert.Equal(2, code);
            Assert.Contains("reads a partnership or partnership-record document", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Popolo_InvalidDocument_ExitsOne()
    {
        string path = CliRun.WriteTemp("{\"schemaVersion\": 2, \"kind\": \"partnership\"}");
        try
        {
            var (code, _, error) = Run("export", "popolo", path);
            Assert.Equal(1, code);
            Assert.StartsWith(Path.GetFileName(path) + ": ", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Help_NamesTheStandardsAndTheirVersions()
    {
        var (code, output, _) = Run("export", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Popolo data specification", output);
        Assert.Contains("draft-03", output);
    }
}
