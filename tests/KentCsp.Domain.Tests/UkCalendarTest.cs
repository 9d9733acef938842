using System;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;
using Xunit;

namespace KentCsp.Domain.Tests;

/// <summary>
/// "Today" is the date on UK clocks at the instant a clock reads: a day ahead of the UTC date for the last hour of every
/// summer night (BST, UTC+1), the same date all winter (GMT).
/// </summary>
public class UkCalendarTest
{
    private static FakeClock At(string utc) => new(InstantPattern.ExtendedIso.Parse(utc).Value);

    [Theory]
    // Summer time (BST, UTC+1): UK midnight is 23:00 UTC the evening before.
    [InlineData("2026-03-31T22:59:59Z", "2026-03-31", "23:59:59 BST on 31 March")]
    [InlineData("2026-03-31T23:00:00Z", "2026-04-01", "midnight BST: 1 April in the UK, still 31 March in UTC")]
    [InlineData("2026-03-31T23:30:00Z", "2026-04-01", "00:30 BST on 1 April")]
    [InlineData("2026-07-19T23:59:59Z", "2026-07-20", "00:59:59 BST on 20 July")]
    [InlineData("2026-07-20T00:00:00Z", "2026-07-20", "01:00 BST on 20 July")]
    // Winter time (GMT, UTC+0): UK midnight is UTC midnight.
    [InlineData("2026-12-31T23:30:00Z", "2026-12-31", "23:30 GMT on 31 December")]
    [InlineData("2026-12-31T23:59:59Z", "2026-12-31", "23:59:59 GMT on 31 December")]
    [InlineData("2027-01-01T00:00:00Z", "2027-01-01", "midnight GMT on 1 January")]
    [InlineData("2026-10-31T23:30:00Z", "2026-10-31", "23:30 GMT on 31 October, after summer time ended on 25 October")]
    // The changes: summer time began at 01:00 UTC on Sunday 29 March 2026 and ended at 01:00 UTC on Sunday 25 October 2026.
    [InlineData("2026-03-28T23:59:59Z", "2026-03-28", "23:59:59 GMT on the night the clocks go forward")]
    [InlineData("2026-03-29T00:00:00Z", "2026-03-29", "midnight GMT on 29 March, before the change")]
    [InlineData("2026-10-24T22:59:59Z", "2026-10-24", "23:59:59 BST on the night the clocks go back")]
    [InlineData("2026-10-24T23:00:00Z", "2026-10-25", "midnight BST on 25 October, before the change")]
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25", "01:30 BST, the first time round")]
    [InlineData("2026-10-25T01:30:00Z", "2026-10-25", "01:30 GMT, the second time round")]
    [InlineData("2026-10-25T23:59:59Z", "2026-10-25", "23:59:59 GMT on 25 October")]
    public void Today_IsTheDateOnUkClocks(string utc, string expected, string reason)
    {
        Assert.True(LocalDatePattern.Iso.Parse(expected).Value == UkCalendar.Today(At(utc)), reason);
    }

    [Fact]
    public void Today_FollowsAClockThatMoves()
    {
        var clock = At("2026-03-31T22:59:00Z");
        Assert.Equal(new LocalDate(2026, 3, 31), UkCalendar.Today(clock));

        clock.Advance(Duration.FromMinutes(1));

        Assert.Equal(new LocalDate(2026, 4, 1), UkCalendar.Today(clock));
    }

    [Theory]
    [InlineData("2026-03-31T22:59:59Z", "2025/26", "the last second of 31 March on UK clocks")]
    [InlineData("2026-03-31T23:00:00Z", "2026/27", "midnight BST: the new year has begun in the UK though UTC still says 31 March")]
    [InlineData("2027-03-31T22:59:59Z", "2026/27", "the last second of 2026/27 on UK clocks")]
    [InlineData("2027-04-01T00:00:00Z", "2027/28", "01:00 BST on 1 April 2027")]
    [InlineData("1000-04-01T00:01:15Z", "1000/01", "midnight on 1 April 1000 in London mean time, the first supported year")]
    public void CurrentFinancialYear_IsTheYearOfTheUkDate(string utc, string expected, string reason)
    {
        Assert.True(expected == UkCalendar.CurrentFinancialYear(At(utc)).ToString(), reason);
    }

    [Fact]
    public void TimeZone_IsEuropeLondonFromTzdb()
    {
        Assert.Equal("Europe/London", UkCalendar.TimeZone.Id);
        Assert.Same(DateTimeZoneProviders.Tzdb["Europe/London"], UkCalendar.TimeZone);
    }

    [Fact]
    public void Today_NullClock_IsRefusedNamingIt()
    {
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => UkCalendar.Today(null!)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => UkCalendar.CurrentFinancialYear(null!)).ParamName);
    }

    [Fact]
    public void Today_TheSupportedEnds_AreGiven()
    {
        // London's local mean time was 75 seconds behind Greenwich until 1847: midnight on 1 January 1000 was 00:01:15 UTC.
        Assert.Equal(new LocalDate(1000, 1, 1), UkCalendar.Today(At("1000-01-01T00:01:15Z")));
        Assert.Equal(new LocalDate(9998, 12, 31), UkCalendar.Today(At("9998-12-31T23:59:59Z")));
    }

    [Theory]
    [InlineData("1000-01-01T00:01:14Z", "1000-01-01T00:01:14Z")]
    [InlineData("9999-01-01T00:00:00Z", "9999-01-01T00:00:00Z")]
    public void Today_ADateOutsideTheSupportedDates_IsRefusedNamingTheClock(string utc, string shown)
    {
        var refusal = Assert.Throws<ArgumentRefusedException>(() => UkCalendar.Today(At(utc)));

        Assert.Equal("clock", refusal.ParamName);
        Assert.Equal($"reads {shown}, which is not on a supported date in the UK (1000-01-01 to 9998-12-31).", refusal.Reason);
    }

    [Fact]
    public void Today_TheEndsOfNodaTime_AreRefusedNotThrownFromTheTimeZone()
    {
        Assert.Equal("clock", Assert.Throws<ArgumentRefusedException>(() => UkCalendar.Today(new FakeClock(Instant.MinValue))).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentRefusedException>(() => UkCalendar.Today(new FakeClock(Instant.MaxValue))).ParamName);
    }

    [Fact]
    public void CurrentFinancialYear_FirstQuarterOfTheYear1000_IsRefusedNamingTheClock()
    {
        var refusal = Assert.Throws<ArgumentRefusedException>(() => UkCalendar.CurrentFinancialYear(At("1000-03-31T12:00:00Z")));

        Assert.Equal("clock", refusal.ParamName);
        Assert.Equal("reads 1000-03-31T12:00:00Z, whose UK date 1000-03-31 falls in the financial year 999/00, before the supported years.", refusal.Reason);
    }
}
