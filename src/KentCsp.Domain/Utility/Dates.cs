using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain.Utility;

/// <summary>Formats dates and periods the one way people and documents see them, whatever the culture.</summary>
internal static class Dates
{
    private static readonly int MaxIsoYear = LocalDate.MaxIsoValue.Year;
    private static readonly int MinIsoYear = LocalDate.MinIsoValue.Year;

    /// <summary>ISO-8601: <c>2017-07-19</c>, as <see cref="LocalDatePattern.Iso"/> formats it.</summary>
    /// <remarks>A year of four digits in the ISO calendar (every date the library holds) is written digit by digit, one
    /// string and nothing else allocated; any other date is left to the pattern.</remarks>
    internal static string Iso(LocalDate date)
    {
        int year = date.Year;
        if (year < 0 || year > 9999 || date.Calendar != CalendarSystem.Iso)
        {
            return LocalDatePattern.Iso.Format(date);
        }
        Span<char> text = stackalloc char[10];
        Digits(text, 0, year, 4);
        text[4] = '-';
        Digits(text, 5, date.Month, 2);
        text[7] = '-';
        Digits(text, 8, date.Day, 2);
        return text.ToString();
    }

    // Writes `value` as `count` decimal digits, zero-padded, from `start`.
    private static void Digits(Span<char> text, int start, int value, int count)
    {
        for (int i = start + count - 1; i >= start; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>
    /// <paramref name="date"/> plus <paramref name="period"/> exactly as <see cref="LocalDate.Plus(Period)"/> adds it
    /// (years, then months, each clamped to the end of a shorter month, then weeks and days), or null when the result
    /// would fall outside NodaTime's calendar (after 9999-12-31 or before -9998-01-01): a deadline beyond the end of the
    /// calendar is no deadline. Never throws for a date-based period, however long.
    /// </summary>
    /// <remarks>Each step is checked before it is taken, in time independent of the period's size.</remarks>
    internal static LocalDate? PlusOrNull(LocalDate date, Period period)
    {
        if (period.HasTimeComponent || date.Calendar != CalendarSystem.Iso)
        {
            // Not used by the library: its periods are date-based and its dates ISO. Fall back to NodaTime's own rules.
            return date.Plus(period);
        }
        long year = (long)date.Year + period.Years;
        if (year > MaxIsoYear || year < MinIsoYear)
        {
            return null;
        }
        var result = date.PlusYears(period.Years);
        long monthIndex = (result.Year * 12L) + result.Month - 1 + period.Months;
        if (monthIndex > (MaxIsoYear * 12L) + 11 || monthIndex < MinIsoYear * 12L)
        {
            return null;
        }
        result = result.PlusMonths(period.Months);
        long days = (period.Weeks * 7L) + period.Days;
        long toEnd = DaysBetween(result, LocalDate.MaxIsoValue);
        long toStart = DaysBetween(result, LocalDate.MinIsoValue);
        if (days > toEnd || days < toStart)
        {
            return null;
        }
        return result.PlusDays((int)days);
    }

    /// <summary>The number of days from <paramref name="from"/> to <paramref name="to"/>, negative if <paramref name="to"/> is earlier.</summary>
    internal static long DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

    /// <summary>A deadline as ISO-8601, or "none before the end of the calendar" when <see cref="PlusOrNull"/> found it beyond 9999-12-31.</summary>
    internal static string IsoOrNoDate(LocalDate? date) => date is { } value ? Iso(value) : "none before the end of the calendar";

    /// <summary>A date-based period in words: "3 months", "1 year and 2 weeks", "no time".</summary>
    internal static string Describe(Period period)
    {
        var parts = new List<string>(4);
        Add(parts, period.Years, "year");
        Add(parts, period.Months, "month");
        Add(parts, period.Weeks, "week");
        Add(parts, period.Days, "day");
        return parts.Count switch
        {
            0 => "no time",
            1 => parts[0],
            _ => string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[parts.Count - 1],
        };
    }

    private static void Add(List<string> parts, long count, string unit)
    {
        if (count != 0)
        {
            parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? "" : "s"));
        }
    }
}
