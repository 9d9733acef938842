using System;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Meetings;

public class AgendaItemTest
{
    private static AgendaItem Item(int minute = 152, string code = "B4", string title = "Terms of Reference Update", string[]? discussion = null) =>
        new(minute, code, title, Classification.Unrestricted, discussion ?? ["Point one."], [new Resolution("RESOLVED that the update be noted.")], [], MeetingBuilders.Minutes.At($"minute {minute}"));

    [Fact]
    public void Constructor_TrimsTextsAndNumbersDiscussionPointsByPosition()
    {
        var item = Item(code: " B4 ", title: " Terms of Reference Update ", discussion: [" First. ", "Second."]);
        Assert.Equal("B4", item.Code);
        Assert.Equal("Terms of Reference Update", item.Title);
        Assert.Equal(["First.", "Second."], item.DiscussionPoints);
        Assert.Equal("152. Terms of Reference Update (Item B4)", item.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-148)]
    public void Constructor_MinuteNumberNotPositive_Throws(int minute)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Item(minute: minute));
        Assert.Equal("minuteNumber", exception.ParamName);
        Assert.StartsWith($"minuteNumber must be more than 0, but was {minute}.", exception.Message);
    }

    [Theory]
    [InlineData("", "Title", "code")]
    [InlineData("B4", "  ", "title")]
    public void Constructor_BlankText_NamesTheParameter(string code, string title, string paramName)
    {
        Assert.Equal(paramName, Assert.Throws<ArgumentRefusedException>(() => Item(code: code, title: title)).ParamName);
    }

    [Fact]
    public void Constructor_BlankDiscussionPoint_NamesItsIndex()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Item(discussion: ["One.", "Two.", " "]));
        Assert.Equal("discussionPoints[2]", exception.ParamName);
        Assert.Equal("discussionPoints", Assert.Throws<ArgumentRefusedException>(() => Item(discussion: ["One.", null!])).ParamName);
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        var source = MeetingBuilders.Minutes;
        Assert.Throws<ArgumentNullException>(() => new AgendaItem(1, "A1", "T", null!, [], [], [], source));
        Assert.Throws<ArgumentNullException>(() => new AgendaItem(1, "A1", "T", Classification.Restricted, null!, [], [], source));
        Assert.Throws<ArgumentNullException>(() => new AgendaItem(1, "A1", "T", Classification.Restricted, [], null!, [], source));
        Assert.Throws<ArgumentNullException>(() => new AgendaItem(1, "A1", "T", Classification.Restricted, [], [], null!, source));
        Assert.Throws<ArgumentNullException>(() => new AgendaItem(1, "A1", "T", Classification.Restricted, [], [], [], null!));
        Assert.Equal("resolutions", Assert.Throws<ArgumentRefusedException>(() => new AgendaItem(1, "A1", "T", Classification.Restricted, [], [null!], [], source)).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentRefusedException>(() => new AgendaItem(1, "A1", "T", Classification.Restricted, [], [], [null!], source)).ParamName);
    }

    [Fact]
    public void Equality_ComparesEveryMember()
    {
        var item = MeetingBuilders.Item(10, "A1", Classification.Unrestricted, MeetingBuilders.Report("R", Classification.Unrestricted));
        EqualityAssert.Contract(
            item,
            MeetingBuilders.Item(10, "A1", Classification.Unrestricted, MeetingBuilders.Report("R", Classification.Unrestricted)),
            MeetingBuilders.Item(11, "A1", Classification.Unrestricted, MeetingBuilders.Report("R", Classification.Unrestricted)),
            MeetingBuilders.Item(10, "A2", Classification.Unrestricted, MeetingBuilders.Report("R", Classification.Unrestricted)),
            MeetingBuilders.Item(10, "A1", Classification.Restricted, MeetingBuilders.Report("R", Classification.Unrestricted)),
            MeetingBuilders.Item(10, "A1", Classification.Unrestricted, MeetingBuilders.Report("R", Classification.Restricted)),
            MeetingBuilders.Item(10, "A1", Classification.Unrestricted),
            new AgendaItem(10, "A1", "Item A1", Classification.Unrestricted, [], item.Resolutions, item.Reports, item.Source),
            new AgendaItem(10, "A1", "Item A1", Classification.Unrestricted, item.DiscussionPoints, [], item.Reports, item.Source),
            new AgendaItem(10, "A1", "Item A1", Classification.Unrestricted, item.DiscussionPoints, item.Resolutions, item.Reports, MeetingBuilders.Minutes));
    }
}
