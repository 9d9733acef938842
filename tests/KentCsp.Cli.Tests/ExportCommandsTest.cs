using System;
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
        var (code, help, _) = Run("export", "--help");
        string output = System.Text.RegularExpressions.Regex.Replace(help, @"\s+", " "); // the help wraps its lines
        Assert.Equal(0, code);
        Assert.Contains("Popolo data specification", output);
        Assert.Contains("draft-03", output);
        Assert.Contains("OParl 1.1", output);
    }

    [Fact]
    public void OParl_Help_NamesTheVersionAndTheLicenceOfItsSchemas()
    {
        var (code, help, _) = Run("export", "oparl", "--help");
        string output = System.Text.RegularExpressions.Regex.Replace(help, @"\s+", " "); // the help wraps its lines
        Assert.Equal(0, code);
        Assert.Contains("OParl 1.1", output);
        Assert.Contains("CC BY-SA 4.0", output);
        Assert.Contains("--base-url", output);
    }

    [Fact]
    public void OParl_BuiltInMeetingDate_WritesItsPublicRecord()
    {
        var (code, output, error) = Run("export", "oparl", "2017-07-19", "--base-url", "https://example.org/oparl/");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(OParlExport.ToJson(KentMeetings.Kcsp2017July19, new Uri("https://example.org/oparl/")) + "\n", output);
    }

    [Fact]
    public void OParl_MeetingFileAndOutputFile_WritesOnlyThePublicViewToTheFile()
    {
        var meeting = KentCsp.Domain.Tests.TestSupport.MeetingBuilders.WithRestrictedContent();
        string input = CliRun.WriteTemp(KentCspJson.Serialize(meeting));
        string path = CliRun.TempPath();
        try
        {
            var (code, output, error) = Run("export", "oparl", input, "--base-url", "http://example.org", "-o", path);
            Assert.Equal(0, code);
            Assert.Equal("", output);
            Assert.Equal("", error);
            string written = File.ReadAllText(path);
            Assert.Equal(OParlExport.ToJson(meeting.PublicView(), new Uri("http://example.org")) + "\n", written);
            Assert.DoesNotContain("Case A/2023", written);
        }
        finally
        {
            File.Delete(input);
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("ftp://example.org/oparl/")]
    [InlineData("oparl/")]
    [InlineData("https://example.org/oparl/?page=2")]
    [InlineData("not a url")]
    public void OParl_BadBaseUrl_IsAUsageErrorNamingTheOption(string url)
    {
        var (code, output, error) = Run("export", "oparl", "2017-07-19", "--base-url", url);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("kentcsp: --base-url ", error);
    }

    [Fact]
    public void OParl_NoBaseUrl_IsAUsageError()
    {
        var (code, output, _) = Run("export", "oparl", "2017-07-19");
        Assert.Equal(2, code);
        Assert.Equal("", output);
    }

    [Fact]
    public void OParl_DateWithoutABuiltInMeeting_IsAUsageErrorListingTheBuiltInDates()
    {
        var (code, _, error) = Run("export", "oparl", "2018-01-01", "--base-url", "https://example.org/");
        Assert.Equal(2, code);
        Assert.Contains("no built-in meeting on 2018-01-01; built-in meetings: 2017-07-19", error);
    }

    [Fact]
    public void OParl_InvalidMeetingDocument_ExitsOne()
    {
        string path = CliRun.WriteTemp("{\"schemaVersion\": 2, \"kind\": \"meeting\"}");
        try
        {
            var (code, _, error) = Run("export", "oparl", path, "--base-url", "https://example.org/");
            Assert.Equal(1, code);
            Assert.StartsWith(Path.GetFileName(path) + ": ", error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
