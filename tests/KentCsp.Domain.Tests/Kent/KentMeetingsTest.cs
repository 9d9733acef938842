using System;
using System.Linq;
using System.Text.RegularExpressions;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Kent;

public class KentMeetingsTest
{
    private static readonly Meeting Meeting = KentMeetings.Kcsp2017July19;

    // The source texts as one line each: page breaks and line ends read as single spaces, as a reader joins them, and
    // the extraction's markup ("*(Item B4)*", "[link](#)") is read as the printed text.
    private static string Source(string file) =>
        Regex.Replace(RepositoryPaths.ReadText("tests/KentCsp.Domain.Tests/Kent/Sources/" + file), @"\s+", " ")
            .Replace("*(Item B4)*", "(Item B4)")
            .Replace("[link](#)", "link");

    [Fact]
    public void Kcsp2017July19_IsTheKcspMeetingInTheMedwayRoom()
    {
        Assert.Equal(KentData.KcspId, Meeting.BodyId);
        Assert.Equal("Kent Community Safety Partnership", Meeting.BodyName);
        Assert.Equal(new LocalDate(2017, 7, 19), Meeting.Date);
        Assert.Equal("Medway Room, Sessions House, County Hall, Maidstone", Meeting.Venue);
        Assert.Equal(KentSources.KcspMinutes2017July19, Meeting.Source);
        Assert.Equal([Meeting], KentMeetings.All);
    }

    [Fact]
    public void Kcsp2017July19_HasMinutes148To160WithTheirItemCodes()
    {
        Assert.Equal(Enumerable.Range(148, 13), Meeting.Items.Select(item => item.MinuteNumber));
        Assert.Equal(["A3", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "C1", "D2", "D3", "D4", "D5"], Meeting.Items.Select(item => item.Code));
        Assert.All(Meeting.Items, item => Assert.Equal(KentSources.KcspMinutes2017July19.At($"minute {item.MinuteNumber}"), item.Source));
        Assert.All(Meeting.Items, item => Assert.Single(item.Resolutions));
    }

    [Fact]
    public void Minute152_ResolvedFiveThingsOnTheTermsOfReference()
    {
        var item = Meeting.FindItem(152)!;
        Assert.Equal("Kent Community Safety Partnership Terms of Reference Update", item.Title);
        var resolution = Assert.Single(item.Resolutions);
        Assert.Equal("RESOLVED that:", resolution.Text);
        Assert.Equal("abcde", new string(resolution.Parts.Select(part => part.Letter).ToArray()));
        Assert.StartsWith("the KCSP Members approve the content of the revised Terms of Reference", resolution.Parts[0].Text);
        Assert.StartsWith("An annual review of the KCSP and the KCSP Working Group Terms of Reference", resolution.Parts[4].Text);
        Assert.Equal(7, item.DiscussionPoints.Count);
        Assert.Contains("there would be 3 meetings a year as a minimum", item.DiscussionPoints[0]);
    }

    [Fact]
    public void Minute160_ConcernsTheDhrBriefingForElizabeth2015()
    {
        var item = Meeting.FindItem(160)!;
        Assert.Equal("D5", item.Code);
        Assert.Equal("Domestic Homicide Review Briefing for Elizabeth/2015", item.Title);
        Assert.Empty(item.DiscussionPoints);
        Assert.Equal("RESOLVED that the KCSP note the Domestic Homicide Review Briefing for Elizabeth/2015.", Assert.Single(item.Resolutions).Text);
    }

    [Theory]
    [InlineData(148, 2, "")]
    [InlineData(149, 8, "abc")]
    [InlineData(150, 3, "")]
    [InlineData(151, 4, "")]
    [InlineData(152, 7, "abcde")]
    [InlineData(153, 8, "")]
    [InlineData(154, 5, "")]
    [InlineData(155, 6, "")]
    [InlineData(156, 0, "")]
    [InlineData(157, 2, "")]
    [InlineData(158, 2, "")]
    [InlineData(159, 1, "abcd")]
    [InlineData(160, 0, "")]
    public void Item_HasTheMinutesParagraphsAndLetteredResolutions(int minute, int paragraphs, string letters)
    {
        var item = Meeting.FindItem(minute)!;
        Assert.Equal(paragraphs, item.DiscussionPoints.Count);
        Assert.Equal(letters, new string(item.Resolutions.SelectMany(resolution => resolution.Parts).Select(part => part.Letter).ToArray()));
    }

    [Fact]
    public void EveryText_IsWordForWordInTheMinutes()
    {
        string minutes = Source("2017-07-19-kcsp-minutes.txt");
        foreach (var item in Meeting.Items)
        {
            Assert.Contains($"{item.MinuteNumber}. {item.Title} (Item {item.Code})", minutes);
            for (int i = 0; i < item.DiscussionPoints.Count; i++)
            {
                Assert.Contains($"{i + 1}. {item.DiscussionPoints[i]}", minutes);
            }
            foreach (var resolution in item.Resolutions)
            {
                Assert.Contains(resolution.Text, minutes);
                foreach (var part in resolution.Parts)
                {
                    Assert.True(
                        minutes.Contains($"- {part.Letter}. {part.Text}") || minutes.Contains($"- {part.Letter}) {part.Text}"),
                        $"minute {item.MinuteNumber}, part {part.Letter}: not in the minutes");
                }
            }
        }
        Assert.Contains("held in the " + Meeting.Venue + " on Wednesday, 19 July 2017", minutes);
        Assert.Contains("UNRESTRICTED ITEMS", minutes);
        Assert.DoesNotContain("RESTRICTED ITEMS", minutes.Replace("UNRESTRICTED ITEMS", ""));
    }

    [Fact]
    public void Attendance_IsAsTheMinutesPrintIt()
    {
        string minutes = Source("2017-07-19-kcsp-minutes.txt");
        var attendance = Meeting.Attendance;
        Assert.Equal(19, attendance.Present.Count);
        Assert.Equal(4, attendance.InAttendance.Count);
        Assert.Empty(attendance.Apologies);
        Assert.Equal("Mr P M Hill, OBE (Chairman)", attendance.Present[0].ToString());
        Assert.Equal("Mr Rivers (Vice-Chairman)", attendance.Present[1].ToString());

        // The lists, rebuilt from the model, are the minutes' lists.
        static string List(System.Collections.Generic.IReadOnlyList<Attendee> people) =>
            string.Join(", ", people.Take(people.Count - 1)) + " and " + people[people.Count - 1];
        Assert.Contains($"PRESENT: {List(attendance.Present)} IN ATTENDANCE: {List(attendance.InAttendance)} UNRESTRICTED ITEMS", minutes);

        // Organisations only where a minute names one beside the person.
        Assert.Equal(
            [("Mr S Peerbux", "kcc"), ("Mr Robert Phillips", "pcc"), ("Mr I Thomson", "kfrs"), ("Mrs E Banks", "kent-police"), ("Ms S Brinson", "kcc")],
            attendance.Present.Concat(attendance.InAttendance)
                .Where(person => person.Organisation is not null)
                .Select(person => (person.Name, person.Organisation!.Id.Identifier)));
    }

    [Fact]
    public void Minute149_LinksTheCsaUpdateReport()
    {
        var report = Assert.Single(Meeting.FindItem(149)!.Reports);
        Assert.Same(KentMeetings.CsaUpdate2017July19, report);
        Assert.Equal("Kent Community Safety Agreement Update", report.Subject);
        Assert.Equal(new LocalDate(2017, 7, 19), report.Date);
        Assert.Equal("For Information", report.ClassificationText);
        Assert.Equal(3, report.Recommendations.Count);
        Assert.Equal(KentSources.CsaUpdate2017July19, report.Source);
        Assert.Empty(Meeting.Items.Where(item => item.MinuteNumber != 149).SelectMany(item => item.Reports));
    }

    [Fact]
    public void Reports_AreWordForWordInTheirSources()
    {
        foreach (var (report, file) in new[]
        {
            (KentMeetings.CsaUpdate2017July19, "2017-07-19-csa-update.txt"),
            (KentMeetings.WorkingGroupUpdate2017March15, "2017-03-15-working-group-update.txt"),
        })
        {
            string text = Source(file);
            Assert.Contains($"By: {string.Join(" ", report.By)} To: {report.To} – ", text);
            Assert.Contains($"Classification: {report.ClassificationText} Subject: {report.Subject} Summary {report.Summary}", text);
            Assert.All(report.Recommendations, recommendation => Assert.Contains(recommendation, text));
            Assert.Equal(Classification.Unrestricted, report.Classification);
        }
        Assert.Equal(new LocalDate(2017, 3, 15), KentMeetings.WorkingGroupUpdate2017March15.Date);
        Assert.Equal(KentSources.WorkingGroupUpdate2017March15, KentMeetings.WorkingGroupUpdate2017March15.Source);
    }

    [Fact]
    public void PublicView_OfTheNotesAsPrinted_IsTheWholeMeeting()
    {
        // The notes print every item under "UNRESTRICTED ITEMS".
        Assert.All(Meeting.Items, item => Assert.Same(Classification.Unrestricted, item.Classification));
        Assert.False(Meeting.ContainsRestrictedContent);
        Assert.Same(Meeting, Meeting.PublicView());
    }
}
