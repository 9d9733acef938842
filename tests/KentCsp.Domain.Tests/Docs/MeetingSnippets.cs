using System;
using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The code shown in docs/meetings.md; each test runs one snippet and checks what the page says it does.</summary>
public class MeetingSnippets
{
    [Fact]
    public void ReadTheKentMinutes()
    {
        #region meetings-kent
        var meeting = KentMeetings.Kcsp2017July19;
        var terms = meeting.FindItem(152)!;                  // "Kent Community Safety Partnership Terms of Reference Update", item B4
        foreach (var resolution in terms.Resolutions)
        {
            Console.WriteLine(resolution.Text);              // RESOLVED that:
            foreach (var part in resolution.Parts)
            {
                Console.WriteLine($"  {part}");              //   a. the KCSP Members approve … (five parts, a to e)
            }
        }
        Console.WriteLine(terms.Source);                     // … notes of the meeting held on 19 July 2017, 2017-07-19, minute 152
        #endregion
        Assert.Equal("B4", terms.Code);
        Assert.Equal(5, terms.Resolutions.Single().Parts.Count);
        Assert.Equal("minute 152", terms.Source.Locator);
    }

    [Fact]
    public void PublishAMeeting()
    {
        #region meetings-public-view
        var minutes = new SourceDocument("Testshire CSP minutes", new LocalDate(2024, 3, 14));
        AgendaItem[] items =
        [
            new(10, "A1", "Anti-social behaviour update", Classification.Unrestricted,
                ["The Chairman introduced the report."],
                [new Resolution("RESOLVED that the update be noted.")],
                [],
                minutes.At("minute 10")),
            new(11, "B1", "Domestic Homicide Review briefing", Classification.Restricted,
                ["The panel's findings were presented."],
                [new Resolution("RESOLVED that:", [new SubResolution('a', "the briefing be noted;"), new SubResolution('b', "the action plan be agreed.")])],
                [],
                minutes.At("minute 11")),
        ];
        var meeting = new Meeting(new OrganisationId("360G-test", "csp"), "Testshire Community Safety Partnership",
            new LocalDate(2024, 3, 14), "Council Chamber", Attendance.None, items, minutes);

        Meeting published = meeting.PublicView();             // item 11 and everything in it left out
        string json = KentCspJson.Serialize(published);        // safe to publish: no restricted item or paper
        #endregion
        Assert.Equal([10], published.Items.Select(item => item.MinuteNumber));
        Assert.DoesNotContain("Domestic Homicide", json);
        Assert.True(meeting.ContainsRestrictedContent);
        Assert.False(published.ContainsRestrictedContent);
    }

    [Fact]
    public void LettersOutOfOrder()
    {
        #region meetings-bad-letters
        try
        {
            _ = new Resolution("RESOLVED that:", [new SubResolution('a', "note the update;"), new SubResolution('c', "agree the plan.")]);
        }
        catch (ArgumentException exception)
        {
            Console.WriteLine(exception.ParamName);   // parts[1].letter
        }
        #endregion
        var thrown = Assert.Throws<ArgumentRefusedException>(() => new Resolution("RESOLVED that:", [new SubResolution('a', "note the update;"), new SubResolution('c', "agree the plan.")]));
        Assert.Equal("parts[1].letter", thrown.ParamName);
    }
}
