using System;
using System.Globalization;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Indicators;

/// <summary>
/// A period an indicator value is reported for: a calendar month ("2017-05"), a financial quarter ("2017/18 Q1"), a
/// financial year ("2017/18") or a calendar year ("2017").
/// </summary>
/// <remarks>
/// <para>A period knows the one before it (<see cref="Previous"/>) and the same period a year earlier
/// (<see cref="SamePeriodLastYear"/>), the two baselines a proxy indicator is compared against. Years from 1000 to 9998
/// are supported, as for <see cref="Domain.FinancialYear"/>.</para>
/// <para>Two periods are equal when kind and start are equal. Ordering is by start, then by kind (shortest first).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    private const int MinYear = Domain.FinancialYear.MinStartYear;
    private const int MaxYear = Domain.FinancialYear.MaxStartYear;

    private ReportingPeriod(PeriodKind kind, LocalDate start, LocalDate end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary>The kind of period.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>The days of the period, <see cref="Start"/> to <see cref="End"/> inclusive.</summary>
    public DateInterval Dates => new(Start, End);

    /// <summary>The period before this one, of the same kind.</summary>
    /// <exception cref="ArgumentRefusedException">This period starts in the first supported year.</exception>
    public ReportingPeriod Previous => Offset(-1);

    /// <summary>The period after this one, of the same kind.</summary>
    /// <exception cref="ArgumentRefusedException">This period ends in the last supported year.</exception>
    public ReportingPeriod Next => Offset(1);

    /// <summary>The same period a year earlier: the same month, the same quarter of the previous financial year, or the previous year.</summary>
    /// <exception cref="ArgumentRefusedException">This period starts in the first supported year.</exception>
    public ReportingPeriod SamePeriodLastYear => Offset(-Kind.PeriodsPerYear);

    /// <summary>The period as it is written: "2017-05", "2017/18 Q1", "2017/18" or "2017".</summary>
    public string Label => Kind.Name switch
    {
        nameof(PeriodKind.Month) => FormattableString.Invariant($"{Start.Year:D4}-{Start.Month:D2}"),
        nameof(PeriodKind.FinancialQuarter) => FormattableString.Invariant($"{FinancialYearOf(Start)} Q{QuarterOf(Start)}"),
        nameof(PeriodKind.FinancialYear) => FinancialYearOf(Start).ToString(),
        _ => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>The calendar month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The calendar year, 1000 to 9998.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentRefusedException"><paramref name="year"/> or <paramref name="month"/> is out of range.</exception>
    public static ReportingPeriod ForMonth(int year, int month)
    {
        CheckYear(year, nameof(year));
        if (month < 1 || month > 12)
        {
            throw new ArgumentRefusedException(nameof(month), $"must be from 1 to 12, but was {month}.");
        }
        var start = new LocalDate(year, month, 1);
        return new ReportingPeriod(PeriodKind.Month, start, start.PlusMonths(1).PlusDays(-1));
    }

    /// <summary>Quarter <paramref name="quarter"/> of financial year <paramref name="year"/>: quarter 1 is April to June, quarter 4 January to March.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentRefusedException"><paramref name="quarter"/> is not 1 to 4.</exception>
    public static ReportingPeriod ForFinancialQuarter(FinancialYear year, int quarter)
    {
        if (quarter < 1 || quarter > 4)
        {
            throw new ArgumentRefusedException(nameof(quarter), $"must be from 1 to 4, but was {quarter}.");
        }
        var start = year.Start.PlusMonths(3 * (quarter - 1));
        return new ReportingPeriod(PeriodKind.FinancialQuarter, start, start.PlusMonths(3).PlusDays(-1));
    }

    /// <summary>The financial year <paramref name="year"/> as a period.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>The period, 1 April to 31 March.</returns>
    public static ReportingPeriod ForFinancialYear(FinancialYear year) => new(PeriodKind.FinancialYear, year.Start, year.End);

    /// <summary>The calendar year <paramref name="year"/> as a period.</summary>
    /// <param name="year">The calendar year, 1000 to 9998.</param>
    /// <returns>The period, 1 January to 31 December.</returns>
    /// <exception cref="ArgumentRefusedException"><paramref name="year"/> is out of range.</exception>
    public static ReportingPeriod ForCalendarYear(int year)
    {
        CheckYear(year, nameof(year));
        return new ReportingPeriod(PeriodKind.CalendarYear, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>The period of <paramref name="kind"/> that contains <paramref name="date"/>.</summary>
    /// <param name="kind">The kind of period.</param>
    /// <param name="date">The date.</param>
    /// <returns>The period, e.g. "2016/17 Q4" for a financial quarter containing 31 March 2017.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="date"/> falls outside the supported years.</exception>
    public static ReportingPeriod Containing(PeriodKind kind, LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        Preconditions.CheckNotNull(kind);
        return kind.Name switch
        {
            nameof(PeriodKind.Month) => ForMonth(date.Year, date.Month),
            nameof(PeriodKind.FinancialQuarter) => ForFinancialQuarter(Domain.FinancialYear.Containing(date), QuarterOf(date)),
            nameof(PeriodKind.FinancialYear) => ForFinancialYear(Domain.FinancialYear.Containing(date)),
            _ => ForCalendarYear(date.Year),
        };
    }

    /// <summary>Reads a period written as <see cref="Label"/> writes it: "2017-05", "2017/18 Q1", "2017/18" or "2017".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a period in one of those forms.</exception>
    public static ReportingPeriod Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var period)
            ? period
            : throw new FormatException($"\"{text}\" is not a reporting period: write a month as 2017-05, a financial quarter as 2017/18 Q1, a financial year as 2017/18 or a calendar year as 2017.");
    }

    /// <summary>Tries to read a period written as <see cref="Label"/> writes it.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="period">The period, or null.</param>
    /// <returns>True if <paramref name="text"/> is a period.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = null;
        if (text is null)
        {
            return false;
        }
        if (text.Length == 4 && TryDigits(text, 0, 4, out int calendarYear) && InRange(calendarYear))
        {
            period = ForCalendarYear(calendarYear);
            return true;
        }
        if (text.Length == 7 && text[4] == '-' && TryDigits(text, 0, 4, out int year) && TryDigits(text, 5, 2, out int month)
            && InRange(year) && month >= 1 && month <= 12)
        {
            period = ForMonth(year, month);
            return true;
        }
        if (text.Length == 7 && TryFinancialYear(text, out var financialYear))
        {
            period = ForFinancialYear(financialYear);
            return true;
        }
        if (text.Length == 10 && text[7] == ' ' && text[8] == 'Q' && text[9] >= '1' && text[9] <= '4'
            && TryFinancialYear(text.Substring(0, 7), out var quarterYear))
        {
            period = ForFinancialQuarter(quarterYear, text[9] - '0');
            return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="date"/> falls within the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True if the date is from <see cref="Start"/> to <see cref="End"/>.</returns>
    public bool Contains(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        return date >= Start && date <= End;
    }

    /// <summary>The period <paramref name="periods"/> periods of the same kind away: -1 is <see cref="Previous"/>.</summary>
    /// <param name="periods">How many periods forward (positive) or back (negative).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentRefusedException">The result falls outside the supported years.</exception>
    public ReportingPeriod Offset(int periods)
    {
        long months = (long)periods * (12 / Kind.PeriodsPerYear);
        long monthIndex = (Start.Year * 12L) + Start.Month - 1 + months;
        long year = monthIndex >= 0 ? monthIndex / 12 : -1;
        if (year < MinYear || year > MaxYear)
        {
            throw OutsideSupportedYears(periods, innerException: null);
        }
        try
        {
            return Containing(Kind, Start.PlusMonths((int)months));
        }
        catch (ArgumentException exception) when (exception is ArgumentOutOfRangeException or ArgumentRefusedException)
        {
            // NodaTime refuses a date beyond its range with ArgumentOutOfRangeException, this type with a refusal.
            throw OutsideSupportedYears(periods, exception);
        }
    }

    /// <summary>The period <paramref name="periods"/> periods away, or null when it falls outside the supported years; never throws.</summary>
    internal ReportingPeriod? OffsetOrNull(int periods)
    {
        long monthIndex = (Start.Year * 12L) + Start.Month - 1 + ((long)periods * (12 / Kind.PeriodsPerYear));
        long year = monthIndex >= 0 ? monthIndex / 12 : -1;
        long month = monthIndex >= 0 ? (monthIndex % 12) + 1 : 1;
        // A financial year or quarter is held by the financial year it falls in, which starts in April.
        bool financial = Kind == PeriodKind.FinancialYear || Kind == PeriodKind.FinancialQuarter;
        long heldBy = financial && month < 4 ? year - 1 : year;
        return heldBy >= MinYear && heldBy <= MaxYear ? Offset(periods) : null;
    }

    // Hand-written: compares kind and start; the end is worked out from them.
    /// <inheritdoc />
    public bool Equals(ReportingPeriod? other) => other is not null && Kind == other.Kind && Start == other.Start;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => EqualityHelper.Hash(EqualityHelper.Hash(EqualityHelper.Initialize(), Kind.Value), Start.GetHashCode());

    /// <summary>Compares by start, then by kind (shortest first).</summary>
    /// <param name="other">The other period; null sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ReportingPeriod? other)
    {
        if (other is null)
        {
            return 1;
        }
        int byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Kind.Value.CompareTo(other.Kind.Value);
    }

    /// <summary>Returns <see cref="Label"/>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;

    /// <summary>Whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True if kind and start are equal, or both are null.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) => left?.Equals(right) ?? right is null;

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True unless equal.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !(left == right);

    // "periods must keep 2017/18 Q1 within the supported years 1000 to 9998, but was 40000."
    private ArgumentRefusedException OutsideSupportedYears(int periods, Exception? innerException) =>
        new(nameof(periods), $"must keep {Label} within the supported years {MinYear} to {MaxYear}, but was {periods}.", innerException);

    private static int QuarterOf(LocalDate date) => ((date.Month + 8) % 12 / 3) + 1;

    private static FinancialYear FinancialYearOf(LocalDate date) => Domain.FinancialYear.Containing(date);

    private static bool InRange(int year) => year >= MinYear && year <= MaxYear;

    private static void CheckYear(int year, string paramName)
    {
        if (!InRange(year))
        {
            throw new ArgumentRefusedException(paramName, $"must be from {MinYear} to {MaxYear}, but was {year}.");
        }
    }

    private static bool TryFinancialYear(string text, out FinancialYear year) => Domain.FinancialYear.TryParse(text, out year);

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
