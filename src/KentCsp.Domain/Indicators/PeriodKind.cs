using Ardalis.SmartEnum;

namespace KentCsp.Domain.Indicators;

/// <summary>The length of a reporting period in an indicator series: a calendar month, a financial quarter, a financial year or a calendar year.</summary>
/// <remarks>
/// <para>Financial quarters follow the financial year (1 April to 31 March): quarter 1 is April to June. Calendar years
/// are the periods in which the Department for Transport publishes road casualty statistics.</para>
/// <para>Equality is by value; the name is the wire key. Values run from the shortest period to the longest.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PeriodKind : Catalogue<PeriodKind>
{
    /// <summary>A calendar month, written "2017-05".</summary>
    public static readonly PeriodKind Month = new(nameof(Month), 1, "month", 12);

    /// <summary>A quarter of a financial year, written "2017/18 Q1" (quarter 1 is April to June).</summary>
    public static readonly PeriodKind FinancialQuarter = new(nameof(FinancialQuarter), 2, "financial quarter", 4);

    /// <summary>A financial year, 1 April to 31 March, written "2017/18".</summary>
    public static readonly PeriodKind FinancialYear = new(nameof(FinancialYear), 3, "financial year", 1);

    /// <summary>A calendar year, written "2017".</summary>
    public static readonly PeriodKind CalendarYear = new(nameof(CalendarYear), 4, "calendar year", 1);

    private PeriodKind(string name, int value, string description, int periodsPerYear)
        : base(name, value)
    {
        Description = description;
        PeriodsPerYear = periodsPerYear;
    }

    /// <summary>The kind in words, e.g. "financial quarter".</summary>
    public string Description { get; }

    /// <summary>How many periods of this kind make a year: 12, 4 or 1. The same period last year is this many periods back.</summary>
    public int PeriodsPerYear { get; }
}
