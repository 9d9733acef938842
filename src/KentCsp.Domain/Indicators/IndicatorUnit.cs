using Ardalis.SmartEnum;

namespace KentCsp.Domain.Indicators;

/// <summary>What an indicator's values measure: a count, a percentage or a rate per 1,000 population.</summary>
/// <remarks>
/// <para>A count takes whole numbers only; a percentage runs from 0 to 100; a rate is any non-negative figure. Severity-adjusted road casualty figures are estimates and may be fractional counts: a series marked <see cref="SeverityBasis.Adjusted"/> may hold them.</para>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorUnit : Catalogue<IndicatorUnit>
{
    /// <summary>A number of things: incidents, referrals, visitors, casualties.</summary>
    public static readonly IndicatorUnit Count = new(nameof(Count), 1, "count");

    /// <summary>A percentage, 0 to 100.</summary>
    public static readonly IndicatorUnit Percentage = new(nameof(Percentage), 2, "percentage");

    /// <summary>A rate per 1,000 population.</summary>
    public static readonly IndicatorUnit RatePerThousand = new(nameof(RatePerThousand), 3, "rate per 1,000 population");

    private IndicatorUnit(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The value in words, e.g. "count".</summary>
    public string Description { get; }
}
