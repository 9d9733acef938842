using System.IO;
using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

public class MeetingCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    [Fact]
    public void Meeting_BuiltInDate_PrintsTheMinutes()
    {
        var (code, output, error) = Run("meeting", "2017-07-19");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Meeting_BuiltInDatePublic_WithholdsNothingAndSaysSo()
    {
        var (code, output, error) = Run("meeting", "2017-07-19", "--public");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        const string Withheld = "  Public view: 0 restricted items and 0 papers withheld.\n";
        Assert.Contains(Withheld, output);
        Assert.Equal(Run("meeting", "2017-07-19").Output, output.Replace(Withheld, ""));
    }

    [Fact]
    public void Meeting_ItemsInOrderWithCodeTitleAndResolutions()
    {
        var (_, output, _) = Run("meeting", "2017-07-19");
        int previous = -1;
        foreach (var item in KentMeetings.Kcsp2017July19.Items)
        {
            int at = output.IndexOf($"\n{item.MinuteNumber}. {item.Title} (Item {item.Code})\n", System.StringComparison.Ordinal);
            Assert.True(at > previous, $"minute {item.MinuteNumber} is printed after the one before it");
            previous = at;
        }
        Assert.Contains("\n  RESOLVED that:\n    a. the KCSP Members approve the content of the revised Terms of Reference", output);
        Assert.Contains("\n    e. An annual review of the KCSP and the KCSP Working Group Terms of Reference", output);
        Assert.EndsWith(
            "\n160. Domestic Homicide Review Briefing for Elizabeth/2015 (Item D5)\n  RESOLVED that the KCSP note the Domestic Homicide Review Briefing for Elizabeth/2015.\n"
            + "Provenance: sourced: Kent Community Safety Partnership, notes of the meeting held on 19 July 2017, 2017-07-19, minutes 148–160\n",
            output);
    }

    [Fact]
    public void Meeting_FileWithRestrictedContent_MarksIt()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(MeetingBuilders.WithRestrictedContent()));
        var (code, output, error) = Run("meeting", path);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Meeting_FileWithRestrictedContentPublic_OmitsItAndCountsIt()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(MeetingBuilders.WithRestrictedContent()));
        var (code, output, error) = Run("meeting", path, "--public");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("  Public view: 2 restricted items and 2 papers withheld.\n", output);
        Assert.DoesNotContain("restricted]", output);
        Assert.DoesNotContain("Case A/2023", output);
        Assert.DoesNotContain("named premises", output);
        Snapshot.VerifyText(output);
    }

    [Theory]
    [InlineData("2017-07-20", "kentcsp: no built-in meeting on 2017-07-20; built-in meetings: 2017-07-19.\n")]
    [InlineData("2016-01-01", "kentcsp: no built-in meeting on 2016-01-01; built-in meetings: 2017-07-19.\n")]
    [InlineData("19/07/2017", "kentcsp: '19/07/2017' is neither a date written as YYYY-MM-DD nor a meeting document file.\n")]
    [InlineData("2017-02-30", "kentcsp: '2017-02-30' is neither a date written as YYYY-MM-DD nor a meeting document file.\n")]
    public void Meeting_UnknownDate_OneLineErrorAndExitTwo(string argument, string expected)
    {
        foreach (var args in new[] { new[] { "meeting", argument }, new[] { "meeting", argument, "--public" } })
        {
            var (code, output, error) = Run(args);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Equal(expected, error);
        }
    }

    [Fact]
    public void Meeting_InvalidDocument_NamesThePathAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(MeetingBuilders.WithRestrictedContent()).Replace("\"letter\": \"b\"", "\"letter\": \"c\""));
        var (code, output, error) = Run("meeting", path);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal(Path.GetFileName(path) + ": $.items[2].resolutions[0].parts[1].letter: parts[1].letter is 'c' but must be 'b': lettered parts run a, b, c… in order, so part 2 is 'b'.\n", error);
    }

    [Fact]
    public void Meeting_NoArgument_IsAUsageError()
    {
        var (code, output, error) = Run("meeting");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("kentcsp: ", error);
        Assert.Single(CliRun.ErrorsBeforeTheHelpLine(error));
    }

    [Fact]
    public void Json_WritesTheBuiltInMeeting()
    {
        var (code, output, error) = Run("json", "meeting-2017-07-19");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(KentCspJson.Serialize(KentMeetings.Kcsp2017July19) + "\n", output);
        Assert.Equal(KentMeetings.Kcsp2017July19, KentCspJson.DeserializeMeeting(output));
    }

    [Fact]
    public void Validate_Meetings_ReportTheirItems()
    {
        string kent = CliRun.WriteTemp(Run("json", "meeting-2017-07-19").Output);
        var (code, output, error) = Run("validate", "meeting", kent);
        Assert.Equal(0, code);
        Assert.Equal("valid meeting document: Kent Community Safety Partnership, 2017-07-19: 13 items, 0 restricted\n", output);
        Assert.Equal("", error);

        string handMade = CliRun.WriteTemp(KentCspJson.Serialize(MeetingBuilders.WithRestrictedContent()));
        Assert.Equal("valid meeting document: Testshire Community Safety Partnership, 2024-03-14: 4 items, 2 restricted\n", Run("validate", "meeting", handMade).Output);
    }

    [Fact]
    public void Validate_InvalidMeeting_PrintsThePathAndExitsOne()
    {
        string path = CliRun.WriteTemp(KentCspJson.Serialize(KentMeetings.Kcsp2017July19).Replace("\"minuteNumber\": 150,", "\"minuteNumber\": 149,"));
        var (code, output, error) = Run("validate", "meeting", path);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal(Path.GetFileName(path) + ": $.items[2].minuteNumber: items[2].minuteNumber repeats 149, already used by items[1]; minute numbers are unique within a meeting.\n", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain(KentMeetings.Kcsp2017July19.Items.Select(item => item.Title), title => output.Contains(title));
    }
}
