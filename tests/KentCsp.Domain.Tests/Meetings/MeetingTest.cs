using System;
using System.Linq;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Meetings;

public class MeetingTest
{
    private static Meeting Of(params AgendaItem[] items) =>
        new(Builders.Id("csp"), "Test Community Safety Partnership", new LocalDate(2024, 3, 14), "Council Chamber", Attendance.None, items, MeetingBuilders.Minutes);

    [Fact]
    public void Constructor_KeepsItemsInOrder()
    {
        var meeting = MeetingBuilders.WithRestrictedContent();
        Assert.Equal([10, 11, 13, 14], meeting.Items.Select(item => item.MinuteNumber));
        Assert.Equal(["A1", "B1", "B2", "C1"], meeting.Items.Select(item => item.Code));
        Assert.Equal("Testshire Community Safety Partnership, 2024-03-14", meeting.ToString());
    }

    [Fact]
    public void Constructor_NoItems_IsAllowed()
    {
        Assert.Empty(Of().Items);
    }

    [Fact]
    public void Constructor_DuplicateMinuteNumber_NamesTheItem()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Of(
            MeetingBuilders.Item(148, "A3", Classification.Unrestricted),
            MeetingBuilders.Item(149, "B1", Classification.Unrestricted),
            MeetingBuilders.Item(149, "B2", Classification.Unrestricted)));
        Assert.Equal("items[2].minuteNumber", exception.ParamName);
        Assert.StartsWith("items[2].minuteNumber repeats 149, already used by items[1]; minute numbers are unique within a meeting.", exception.Message);
    }

    [Fact]
    public void Constructor_DecreasingMinuteNumber_NamesTheItem()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Of(
            MeetingBuilders.Item(150, "A3", Classification.Unrestricted),
            MeetingBuilders.Item(149, "B1", Classification.Unrestricted)));
        Assert.Equal("items[1].minuteNumber", exception.ParamName);
        Assert.StartsWith("items[1].minuteNumber is 149, not after 150 at items[0]; minute numbers increase through a meeting.", exception.Message);
    }

    [Fact]
    public void Constructor_DuplicateItemCode_NamesTheItem()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Of(
            MeetingBuilders.Item(1, "B1", Classification.Unrestricted),
            MeetingBuilders.Item(2, "B1", Classification.Restricted)));
        Assert.Equal("items[1].code", exception.ParamName);
        Assert.Contains("repeats 'B1', already used by items[0]", exception.Message);
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        var id = Builders.Id("csp");
        var date = new LocalDate(2024, 3, 14);
        Assert.Throws<ArgumentNullException>(() => new Meeting(null!, "Body", date, "Room", Attendance.None, [], MeetingBuilders.Minutes));
        Assert.Throws<ArgumentNullException>(() => new Meeting(id, null!, date, "Room", Attendance.None, [], MeetingBuilders.Minutes));
        Assert.Throws<ArgumentNullException>(() => new Meeting(id, "Body", date, "Room", null!, [], MeetingBuilders.Minutes));
        Assert.Throws<ArgumentNullException>(() => new Meeting(id, "Body", date, "Room", Attendance.None, null!, MeetingBuilders.Minutes));
        Assert.Throws<ArgumentNullException>(() => new Meeting(id, "Body", date, "Room", Attendance.None, [], null!));
        var exception = Assert.Throws<ArgumentRefusedException>(() => new Meeting(id, "Body", date, "Room", Attendance.None, [null!], MeetingBuilders.Minutes));
        Assert.Equal("items", exception.ParamName);
    }

    [Theory]
    [InlineData("", "Room", "bodyName")]
    [InlineData("Body", " ", "venue")]
    public void Constructor_BlankText_NamesTheParameter(string bodyName, string venue, string paramName)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new Meeting(Builders.Id("csp"), bodyName, new LocalDate(2024, 3, 14), venue, Attendance.None, [], MeetingBuilders.Minutes));
        Assert.Equal(paramName, exception.ParamName);
    }

    [Fact]
    public void FindItem_ByMinuteNumber()
    {
        var meeting = MeetingBuilders.WithRestrictedContent();
        Assert.Equal("B2", meeting.FindItem(13)!.Code);
        Assert.Equal("A1", meeting.FindItem(10)!.Code);
        Assert.Equal("C1", meeting.FindItem(14)!.Code);
        Assert.Null(meeting.FindItem(12));
        Assert.Null(meeting.FindItem(0));
        Assert.Null(Of().FindItem(1));
    }

    [Fact]
    public void ContainsRestrictedContent_RestrictedItemOrReport()
    {
        Assert.True(MeetingBuilders.WithRestrictedContent().ContainsRestrictedContent);
        Assert.False(Of(MeetingBuilders.Item(1, "A1", Classification.Unrestricted)).ContainsRestrictedContent);
        Assert.True(Of(MeetingBuilders.Item(1, "A1", Classification.Restricted)).ContainsRestrictedContent);
        Assert.True(Of(MeetingBuilders.Item(1, "A1", Classification.Unrestricted, MeetingBuilders.Report("Appendix", Classification.Restricted))).ContainsRestrictedContent);
    }

    [Fact]
    public void Equality_ComparesEveryMemberAndListsInOrder()
    {
        var meeting = MeetingBuilders.WithRestrictedContent();
        var items = meeting.Items;
        EqualityAssert.Contract(
            meeting,
            MeetingBuilders.WithRestrictedContent(),
            new Meeting(meeting.BodyId, meeting.BodyName, meeting.Date.PlusDays(1), meeting.Venue, meeting.Attendance, items, meeting.Source),
            new Meeting(meeting.BodyId, meeting.BodyName, meeting.Date, "Elsewhere", meeting.Attendance, items, meeting.Source),
            new Meeting(meeting.BodyId, meeting.BodyName, meeting.Date, meeting.Venue, Attendance.None, items, meeting.Source),
            new Meeting(meeting.BodyId, meeting.BodyName, meeting.Date, meeting.Venue, meeting.Attendance, items.Take(3), meeting.Source),
            new Meeting(Builders.Id("other"), meeting.BodyName, meeting.Date, meeting.Venue, meeting.Attendance, items, meeting.Source),
            new Meeting(meeting.BodyId, meeting.BodyName, meeting.Date, meeting.Venue, meeting.Attendance, items, meeting.Source.At("page 1")));
    }
}
