using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain;

/// <summary>
/// The dates the library works with: 1 January 1000 to 31 December 9998 in the ISO calendar, the calendar years of
/// <see cref="FinancialYear"/> and <see cref="Indicators.ReportingPeriod"/>; and the longest period a document may set
/// for a review, ten years.
/// </summary>
/// <remarks>
/// <para>Every date is written with four digits, and a deadline worked out from a supported date with a supported
/// period still falls within NodaTime's calendar (which ends on 31 December 9999) or is reported as "no deadline";
/// date arithmetic never fails part way through a rule.</para>
/// <para>Dates outside the range are refused where they come in: the JSON reader refuses them with the JSON path
/// (<c>$.allocations[0].allocatedOn: "9999-12-31" is outside the supported dates, 1000-01-01 to 9998-12-31.</c>), the
/// rule evaluations refuse an "as at" date outside it with <see cref="ArgumentRefusedException"/>, and the
/// <c>kentcsp</c> command's date options exit with code 2.</para>
/// <para>A date in a calendar other than ISO (NodaTime's <see cref="CalendarSystem"/>, e.g. Julian) is refused by every
/// public member that takes one, with <see cref="ArgumentRefusedException"/> naming the parameter, before it is compared
/// or stored: NodaTime cannot compare dates of two calendars, and every date the library holds is ISO. Convert such a
/// date with <c>date.WithCalendar(CalendarSystem.Iso)</c>; it is the same day.</para>
/// <para>The first quarter of the year 1000 (1 January to 31 March) falls in the financial year 999/00, which
/// <see cref="FinancialYear"/> does not hold: <see cref="FinancialYear.Containing"/> refuses those days, and checks
/// that count whole financial years start with 1000/01.</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class SupportedDates
{
    /// <summary>The first supported calendar year, 1000.</summary>
    public const int FirstYear = FinancialYear.MinStartYear;

    /// <summary>The last supported calendar year, 9998.</summary>
    public const int LastYear = FinancialYear.MaxStartYear;

    /// <summary>The longest period, in years, a document may set for a review (e.g. Terms of Reference <c>reviewWithin</c>): ten.</summary>
    public const int LongestPeriodYears = 10;

    /// <summary>The first supported date, 1000-01-01.</summary>
    public static LocalDate Earliest { get; } = new(FirstYear, 1, 1);

    /// <summary>The last supported date, 9998-12-31.</summary>
    public static LocalDate Latest { get; } = new(LastYear, 12, 31);

    /// <summary>The supported dates, <see cref="Earliest"/> to <see cref="Latest"/> inclusive.</summary>
    public static DateInterval Interval { get; } = new(Earliest, Latest);

    /// <summary>The range in words, as refusals write it: "1000-01-01 to 9998-12-31".</summary>
    internal static string Described { get; } = Dates.Iso(Earliest) + " to " + Dates.Iso(Latest);

    /// <summary>Whether <paramref name="date"/> is a supported date: in the ISO calendar, from <see cref="Earliest"/> to <see cref="Latest"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True if the date is supported.</returns>
    public static bool Contains(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso && date.Year >= FirstYear && date.Year <= LastYear;

    /// <summary>
    /// Whether <paramref name="period"/> is a date-based period of at most <see cref="LongestPeriodYears"/> years:
    /// added to 1 January 2000 it reaches no later than 1 January 2010.
    /// </summary>
    /// <param name="period">The period; null gives false.</param>
    /// <returns>True if the period has no time part, no negative part, and is no longer than ten years.</returns>
    /// <remarks>Each part is bounded first (at most 10 years, 120 months, 522 weeks, 3,653 days), so the check itself
    /// cannot overflow; then the whole period is added to 1 January 2000 as <see cref="LocalDate.Plus(Period)"/> adds it.
    /// From another date the same period may reach a day or two further or less far, as months and leap years fall.</remarks>
    public static bool IsWithinLongestPeriod(Period? period)
    {
        if (period is null || period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            return false;
        }
        if (period.Years > LongestPeriodYears || period.Months > 12 * LongestPeriodYears || period.Weeks > 522 || period.Days > 3653)
        {
            return false;
        }
        var from = new LocalDate(2000, 1, 1);
        return from.Plus(period) <= from.PlusYears(LongestPeriodYears);
    }

    /// <summary>
    /// Refuses <paramref name="date"/> unless it is supported, naming <paramref name="paramName"/>: a date in another
    /// calendar as <see cref="CheckCalendar(LocalDate, string?)"/> does, an ISO date outside the range with the range.
    /// </summary>
    internal static void Check(LocalDate date, string paramName)
    {
        if (!Contains(date))
        {
            CheckCalendar(date, paramName);
            Preconditions.ThrowArgument(paramName, $"({Dates.Iso(date)}) is outside the supported dates, {Described}");
        }
    }

    /// <summary>
    /// Returns <paramref name="date"/>, or refuses it, naming <paramref name="paramName"/>, if it is in a calendar other
    /// than ISO (e.g. <c>new LocalDate(2017, 7, 19, CalendarSystem.Julian)</c>). Every date the library holds or compares is
    /// ISO, and NodaTime cannot compare dates of two calendars; the refusal comes where the date comes in, before any
    /// comparison, and says how to convert it. Takes constant time and builds its message only when it refuses.
    /// </summary>
    internal static LocalDate CheckCalendar(LocalDate date, [CallerArgumentExpression(nameof(date))] string? paramName = null)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            ThrowOtherCalendar(date, paramName);
        }
        return date;
    }

    /// <summary>Returns <paramref name="date"/>, or refuses it as <see cref="CheckCalendar(LocalDate, string?)"/> does; null passes.</summary>
    internal static LocalDate? CheckCalendar(LocalDate? date, [CallerArgumentExpression(nameof(date))] string? paramName = null)
    {
        if (date is { } value && value.Calendar != CalendarSystem.Iso)
        {
            ThrowOtherCalendar(value, paramName);
        }
        return date;
    }

    /// <summary>
    /// Returns <paramref name="interval"/>, or refuses it as <see cref="CheckCalendar(LocalDate, string?)"/> does when its
    /// dates are in another calendar (both ends of an interval are in the same calendar); null passes.
    /// </summary>
    internal static DateInterval? CheckCalendar(DateInterval? interval, [CallerArgumentExpression(nameof(interval))] string? paramName = null)
    {
        if (interval is not null && interval.Start.Calendar != CalendarSystem.Iso)
        {
            ThrowOtherCalendar(interval.Start, paramName);
        }
        return interval;
    }

    /// <summary>
    /// Copies <paramref name="dates"/> into an array, refusing the first in a calendar other than ISO as
    /// <see cref="CheckCalendar(LocalDate, string?)"/> does, named by its index (<c>meetingDates[1]</c>).
    /// </summary>
    internal static LocalDate[] CheckCalendars(IEnumerable<LocalDate> dates, string paramName)
    {
        var array = dates.ToArray();
        for (int i = 0; i < array.Length; i++)
        {
            if (array[i].Calendar != CalendarSystem.Iso)
            {
                ThrowOtherCalendar(array[i], $"{paramName}[{i}]");
            }
        }
        return array;
    }

    [DoesNotReturn]
    private static void ThrowOtherCalendar(LocalDate date, string? paramName) =>
        Preconditions.ThrowArgument(paramName, $"({Dates.Iso(date)} in the {date.Calendar.Id} calendar) is not in the ISO calendar, which every date of this library is in; convert it with date.WithCalendar(CalendarSystem.Iso)");

    /// <summary>Refuses a period that is not within <see cref="LongestPeriodYears"/> years, naming <paramref name="paramName"/>.</summary>
    internal static void CheckLongestPeriod(Period period, string paramName)
    {
        if (!IsWithinLongestPeriod(period))
        {
            Preconditions.ThrowArgument(paramName, $"must be at most {LongestPeriodYears} years, but was {period}");
        }
    }
}
