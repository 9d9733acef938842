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

    /// <summary>Refuses <paramref name="date"/> unless it is supported, naming <paramref name="paramName"/>.</summary>
    internal static void Check(LocalDate date, string paramName)
    {
        if (!Contains(date))
        {
            Preconditions.ThrowArgument(paramName, $"({Dates.Iso(date)}) is outside the supported dates, {Described}");
        }
    }

    /// <summary>Refuses a period that is not within <see cref="LongestPeriodYears"/> years, naming <paramref name="paramName"/>.</summary>
    internal static void CheckLongestPeriod(Period period, string paramName)
    {
        if (!IsWithinLongestPeriod(period))
        {
            Preconditions.ThrowArgument(paramName, $"must be at most {LongestPeriodYears} years, but was {period}");
        }
    }
}
