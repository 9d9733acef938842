using KentCsp.Domain.Utility;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain;

/// <summary>
/// "Today" as a Community Safety Partnership in England counts it: the date on UK clocks, read from an
/// <see cref="IClock"/> the caller passes, never the system clock.
/// </summary>
/// <remarks>
/// <para>Every date the library judges by (a grant's deadline, a review's due date, the membership on a day, the
/// financial year 1 April to 31 March) is a date in the UK, not in UTC and not in the time zone of the machine that
/// runs the code. UK clocks show Greenwich mean time in winter and British summer time, one hour ahead, from the last
/// Sunday of March to the last Sunday of October (Summer Time Act 1972), so for one hour in every summer night the UK
/// date is a day ahead of the UTC date. A claim due by 31 March is late at 23:30 UTC on 31 March 2026, because that is
/// 00:30 BST on 1 April 2026 in the UK, and the financial year 2026/27 has begun; at 23:30 UTC on 31 December 2026
/// it is 23:30 GMT on UK clocks, still 31 December.</para>
/// <para>The UK's rules come from NodaTime's copy of the IANA time zone database (tzdb), zone <c>Europe/London</c>,
/// which <see cref="TimeZone"/> gives; a newer NodaTime brings any change to the rules.</para>
/// <para>Pass <c>SystemClock.Instance</c> in an application, and a clock that reads a fixed instant in a test (NodaTime
/// .Testing's <c>FakeClock</c>, or any <see cref="IClock"/>), so that "today" can be any day you choose.</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe, provided the clock passed in is.</threadsafety>
public static class UkCalendar
{
    /// <summary>The UK's time zone: <c>Europe/London</c> from NodaTime's tzdb (GMT in winter, BST in summer).</summary>
    public static DateTimeZone TimeZone { get; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    // The first and last instants whose UK date is a supported date (SupportedDates: 1000-01-01 to 9998-12-31).
    private static readonly Instant FirstSupported = SupportedDates.Earliest.AtStartOfDayInZone(TimeZone).ToInstant();
    private static readonly Instant AfterLastSupported = SupportedDates.Latest.PlusDays(1).AtStartOfDayInZone(TimeZone).ToInstant();

    /// <summary>Today's date in the UK, from <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock to read: <c>SystemClock.Instance</c> in an application, a fixed clock in a test.</param>
    /// <returns>The date on UK clocks at the instant the clock reads, e.g. 2026-04-01 when the clock reads
    /// 2026-03-31T23:30:00Z (00:30 BST).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException">The clock reads an instant whose UK date is outside the supported
    /// dates (<see cref="SupportedDates"/>, 1000-01-01 to 9998-12-31).</exception>
    public static LocalDate Today(IClock clock)
    {
        Preconditions.CheckNotNull(clock);
        return DateOf(clock.GetCurrentInstant());
    }

    /// <summary>The financial year (1 April to 31 March) that today's UK date falls in, from <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock to read: <c>SystemClock.Instance</c> in an application, a fixed clock in a test.</param>
    /// <returns>The year containing <see cref="Today"/>, e.g. 2026/27 when the clock reads 2026-03-31T23:30:00Z
    /// (00:30 BST on 1 April 2026).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException">The clock reads an instant whose UK date is outside the supported
    /// dates, or in the first quarter of the year 1000, which belongs to the unsupported financial year 999/00.</exception>
    public static FinancialYear CurrentFinancialYear(IClock clock)
    {
        Preconditions.CheckNotNull(clock);
        var now = clock.GetCurrentInstant();
        var today = DateOf(now);
        if (today < FirstYearStart)
        {
            Preconditions.ThrowArgument(nameof(clock), $"reads {InstantPattern.ExtendedIso.Format(now)}, whose UK date {Dates.Iso(today)} falls in the financial year 999/00, before the supported years");
        }
        return FinancialYear.Containing(today);
    }

    private static readonly LocalDate FirstYearStart = new FinancialYear(FinancialYear.MinStartYear).Start;

    private static LocalDate DateOf(Instant now)
    {
        if (now < FirstSupported || now >= AfterLastSupported)
        {
            Preconditions.ThrowArgument("clock", $"reads {InstantPattern.ExtendedIso.Format(now)}, which is not on a supported date in the UK ({SupportedDates.Described})");
        }
        return now.InZone(TimeZone).Date;
    }
}
