using System.Collections.Generic;
using System.Linq;
using CsCheck;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Meetings;

/// <summary><see cref="Meeting.PublicView"/> leaves out every restricted item and paper, and nothing else.</summary>
public class PublicViewTest
{
    [Fact]
    public void PublicView_MeetingWithRestrictedItemsAndPapers_OmitsThemAndKeepsTheRest()
    {
        var meeting = MeetingBuilders.WithRestrictedContent();
        var view = meeting.PublicView();

        Assert.Equal([10, 13], view.Items.Select(item => item.MinuteNumber));
        Assert.False(view.ContainsRestrictedContent);

        // Item 10 keeps its public report and loses its restricted appendix; its discussion and resolution stay.
        var item10 = view.Items[0];
        Assert.Equal(["Anti-social behaviour update"], item10.Reports.Select(report => report.Subject));
        Assert.Equal(meeting.Items[0].DiscussionPoints, item10.DiscussionPoints);
        Assert.Equal(meeting.Items[0].Resolutions, item10.Resolutions);
        Assert.Same(meeting.Items[2], view.Items[1]);

        // Nothing of a restricted item or paper survives anywhere in the view.
        string[] restrictedTexts = ["Case A/2023", "named premises", "threat level", "panel's findings"];
        string json = KentCspJson.Serialize(view);
        Assert.All(restrictedTexts, text => Assert.DoesNotContain(text, json));

        Assert.Equal(meeting.Attendance, view.Attendance);
        Assert.Equal(meeting.Source, view.Source);
        Assert.Equal((meeting.BodyId, meeting.BodyName, meeting.Date, meeting.Venue), (view.BodyId, view.BodyName, view.Date, view.Venue));
    }

    [Fact]
    public void PublicView_MeetingWithoutRestrictedContent_IsTheMeetingItself()
    {
        var view = MeetingBuilders.WithRestrictedContent().PublicView();
        Assert.Same(view, view.PublicView());
        Assert.Same(KentMeetings.Kcsp2017July19, KentMeetings.Kcsp2017July19.PublicView());
    }

    [Fact]
    public void PublicView_AnyMeeting_HasNoRestrictedContentAndKeepsEveryUnrestrictedItemAndPaperInOrder()
    {
        MeetingBuilders.Meetings.Sample(meeting =>
        {
            var view = meeting.PublicView();

            // Nothing restricted survives.
            Assert.All(view.Items, item => Assert.True(item.Classification.IsPublic));
            Assert.All(view.Items.SelectMany(item => item.Reports), report => Assert.True(report.Classification.IsPublic));
            Assert.False(view.ContainsRestrictedContent);

            // Every unrestricted item survives, in order, with everything but its restricted papers.
            var expected = meeting.Items.Where(item => item.Classification.IsPublic).ToList();
            Assert.Equal(expected.Count, view.Items.Count);
            for (int i = 0; i < expected.Count; i++)
            {
                var (before, after) = (expected[i], view.Items[i]);
                Assert.Equal(
                    (before.MinuteNumber, before.Code, before.Title, before.Classification, before.Source),
                    (after.MinuteNumber, after.Code, after.Title, after.Classification, after.Source));
                Assert.Equal(before.DiscussionPoints, after.DiscussionPoints);
                Assert.Equal(before.Resolutions, after.Resolutions);
                Assert.Equal(before.Reports.Where(report => report.Classification.IsPublic), after.Reports);
            }
            Assert.Equal(meeting.Attendance, view.Attendance);
            Assert.Equal(meeting.Source, view.Source);

            // A view of a view changes nothing, and a meeting with nothing restricted is its own view.
            Assert.Equal(view, view.PublicView());
            Assert.Equal(!meeting.ContainsRestrictedContent, meeting.PublicView() == meeting);
        }, iter: 2_000);
    }
}
