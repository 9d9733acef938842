using System;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Meetings;

public class MeetingBuilderTest
{
    private static readonly LocalDate March14 = new(2024, 3, 14);

    private static CommunitySafetyPartnership Partnership() => Builders.Partnership();

    [Fact]
    public void Of_Defaults_BodyFromThePartnershipNoItemsNoAttendance()
    {
        var csp = Partnership();

        var meeting = MeetingBuilder.Of(csp, March14).WithVenue("Council Chamber").WithSource(MeetingBuilders.Minutes).Build();

        Assert.Equal(new Meeting(csp.Id, csp.Name, March14, "Council Chamber", Attendance.None, [], MeetingBuilders.Minutes), meeting);
        Assert.Same(Attendance.None, meeting.Attendance);
        Assert.Empty(meeting.Items);
        Assert.Null(meeting.Provenance);
    }

    [Fact]
    public void Of_ItemsAdded_RoundTripsThroughJsonEqual()
    {
        var meeting = MeetingBuilder.Of(Partnership(), March14)
            .WithVenue("online")
            .WithAttendance(new Attendance([new Attendee("Cllr A Chair", "Chairman")], [], []))
            .AddItem(MeetingBuilders.Item(1, "A1", Classification.Unrestricted))
            .AddItem(MeetingBuilders.Item(2, "A2", Classification.Unrestricted))
            .WithSource(MeetingBuilders.Minutes)
            .Build();

        Assert.Equal(meeting, KentCspJson.DeserializeMeeting(KentCspJson.Serialize(meeting)));
    }

    [Fact]
    public void Build_MinuteNumberRepeated_RefusesAsTheConstructorDoes()
    {
        var csp = Partnership();
        AgendaItem[] items = [MeetingBuilders.Item(1, "A1", Classification.Unrestricted), MeetingBuilders.Item(1, "A2", Classification.Unrestricted)];
        var exception = BuilderAssert.SameRefusal(
            () => _ = new Meeting(csp.Id, csp.Name, March14, "online", Attendance.None, items, MeetingBuilders.Minutes),
            () => MeetingBuilder.Of(csp, March14).WithVenue("online").WithItems(items).WithSource(MeetingBuilders.Minutes).Build());
        Assert.Equal("items[1].minuteNumber", exception.ParamName);
    }

    [Fact]
    public void Build_NoDate_RefusedNamingTheDate()
    {
        var csp = Partnership();
        var exception = Assert.Throws<ArgumentNullException>(() =>
            new MeetingBuilder().WithBody(csp.Id, csp.Name).WithVenue("online").WithSource(MeetingBuilders.Minutes).Build());
        Assert.Equal("date", exception.ParamName);
    }

    [Fact]
    public void Of_NullPartnership_Throws()
    {
        Assert.Equal("partnership", Assert.Throws<ArgumentNullException>(() => MeetingBuilder.Of(null!, March14)).ParamName);
    }

    [Fact]
    public void ToBuilder_Build_EqualWithTheSameProvenance()
    {
        foreach (var meeting in new[] { KentMeetings.Kcsp2017July19, MeetingBuilders.WithRestrictedContent() })
        {
            var copy = meeting.ToBuilder().Build();
            Assert.Equal(meeting, copy);
            Assert.Equal(meeting.Provenance, copy.Provenance);
            Assert.Equal(KentCspJson.Serialize(meeting), KentCspJson.Serialize(copy));
        }
    }
}
