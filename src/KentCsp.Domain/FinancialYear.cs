using System;
using System.Globalization;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain;

/// <summary>
/// A public-sector financial year in England: 1 April to 31 March, written "2016/17".
/// </summary>
/// <remarks>
/// <para>A year is identified by the calendar year in which it starts: <c>new FinancialYear(2016)</c> runs from
/// 1 April 2016 to 31 March 2017 inclusive. Start years from 1000 to 9998 are supported, so that every year can be
/// written with four digits and its end still falls within NodaTime's calendar.</para>
/// <para>Equality and ordering follow the start year. The default value is the year starting in 1 April 1000
/// (start year 1000), which is valid but rarely meaningful: construct a year explicitly.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct FinancialYear : IEquatable<FinancialYear>, IComparable<FinancialYear>
{
    /// <summary>The earliest supported start year.</summary>
    public const int MinStartYear = 1000;

    /// <summary>The latest supported start year.</summary>
    public const int MaxStartYear = 9998;

    // Stored as an offset from MinStartYear so that default(FinancialYear) is a valid year.
    private readonly int offset;

    /// <summary>Creates the financial year that starts on 1 April of <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year in which the financial year starts, e.g. 2016 for 2016/17.</param>
    /// <exception cref="ArgumentRefusedException"><paramref name="startYear"/> is outside <see cref="MinStartYear"/>..<see cref="MaxStartYear"/>.</exception>
    public FinancialYear(int startYear)
    {
        if (startYear < MinStartYear || startYear > MaxStartYear)
        {
            throw new ArgumentRefusedException(nameof(startYear), $"must be between {MinStartYear} and {MaxStartYear}, but was {startYear}.");
        }
        offset = startYear - MinStartYear;
    }

    /// <summary>The calendar year in which this financial year starts.</summary>
    public int StartYear => offset + MinStartYear;

    /// <summary>The first day: 1 April of <see cref="StartYear"/>.</summary>
    public LocalDate Start => new(StartYear, 4, 1);

    /// <summary>The last day (inclusive): 31 March of the following calendar year.</summary>
    public LocalDate End => new(StartYear + 1, 3, 31);

    /// <summary>The days of the year as an interval, <see cref="Start"/> to <see cref="End"/> inclusive.</summary>
    public DateInterval Dates => new(Start, End);

    /// <summary>The year after this one.</summary>
    /// <exception cref="ArgumentRefusedException">This is the last supported year.</exception>
    public FinancialYear Next => new(StartYear + 1);

    /// <summary>The year before this one.</summary>
    /// <exception cref="ArgumentRefusedException">This is the first supported year.</exception>
    public FinancialYear Previous => new(StartYear - 1);

    /// <summary>Whether <paramref name="date"/> falls within this year (1 April to 31 March inclusive).</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>True if the date is in the year.</returns>
    public bool Contains(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        return date >= Start && date <= End;
    }

    /// <summary>The financial year that contains <paramref name="date"/>.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>The year, e.g. 2016/17 for 31 March 2017 and 2017/18 for 1 April 2017.</returns>
    /// <exception cref="ArgumentRefusedException">The date falls outside the supported years.</exception>
    public static FinancialYear Containing(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        return new(date.Month >= 4 ? date.Year : date.Year - 1);
    }

    /// <summary>Reads a year written as "2016/17": four digits, a slash, and the last two digits of the next year.</summary>
    /// <param name="text">The text, e.g. "2016/17" or "1999/00".</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a financial year in that form.</exception>
    public static FinancialYear Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        if (TryParse(text, out var year))
        {
            return year;
        }
        throw new FormatException($"'{text}' is not a financial year written like \"2016/17\" (the start year, a slash, and the last two digits of the next year).");
    }

    /// <summary>Tries to read a year written as "2016/17".</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="year">The year, when the text is valid.</param>
    /// <returns>True if the text is a financial year in that form.</returns>
    public static bool TryParse(string? text, out FinancialYear year)
    {
        year = default;
        if (text is null || text.Length != 7 || text[4] != '/')
        {
            return false;
        }
        for (int i = 0; i < text.Length; i++)
        {
            if (i != 4 && (text[i] < '0' || text[i] > '9'))
            {
                return false;
            }
        }
        int start = int.Parse(text.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        int endSuffix = int.Parse(text.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (start < MinStartYear || start > MaxStartYear || (start + 1) % 100 != endSuffix)
        {
            return false;
        }
        year = new FinancialYear(start);
        return true;
    }

    /// <summary>Formats the year as "2016/17".</summary>
    /// <returns>The start year, a slash and the last two digits of the next year.</returns>
    public override string ToString() =>
        StartYear.ToString("0000", CultureInfo.InvariantCulture) + "/" + ((StartYear + 1) % 100).ToString("00", CultureInfo.InvariantCulture);

    // Hand-written: compares the start years, and agrees with the ordering (CompareTo, <, >) defined beside it.
    /// <inheritdoc />
    public bool Equals(FinancialYear other) => offset == other.offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FinancialYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => offset;

    /// <inheritdoc />
    public int CompareTo(FinancialYear other) => offset.CompareTo(other.offset);

    /// <summary>Compares two years for equality.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True if they are the same year.</returns>
    public static bool operator ==(FinancialYear left, FinancialYear right) => left.Equals(right);

    /// <summary>Compares two years for inequality.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True if they are different years.</returns>
    public static bool operator !=(FinancialYear left, FinancialYear right) => !left.Equals(right);

    /// <summary>Whether the first year is earlier.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True if <paramref name="left"/> starts before <paramref name="right"/>.</returns>
    public static bool operator <(FinancialYear left, FinancialYear right) => left.offset < right.offset;

    /// <summary>Whether the first year is later.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True if <paramref name="left"/> starts after <paramref name="right"/>.</returns>
    public static bool operator >(FinancialYear left, FinancialYear right) => left.offset > right.offset;

    /// <summary>Whether the first year is the same or earlier.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True if <paramref name="left"/> starts no later than <paramref name="right"/>.</returns>
    public static bool operator <=(FinancialYear left, FinancialYear right) => left.offset <= right.offset;

    /// <summary>Whether the first year is the same or later.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>True if <paramref name="left"/> starts no earlier than <paramref name="right"/>.</returns>
    public static bool operator >=(FinancialYear left, FinancialYear right) => left.offset >= right.offset;
}
