using Ardalis.SmartEnum;

namespace KentCsp.Domain.Indicators;

/// <summary>Whether road casualty figures are as the police reported them or adjusted for the change in severity reporting.</summary>
/// <remarks>
/// <para>Injury-based reporting systems (CRaSH, COPA), used by police forces since 2012, classify more casualties as seriously injured than the officer-judgement system before them. The Department for Transport publishes severity-adjusted figures that estimate what the older system would have recorded. A raw figure and an adjusted one measure different things: the library refuses to compare them (sources: STATS19 definitions; KCSP Community Safety Agreement update of 19 July 2017, §4.3).</para>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SeverityBasis : Catalogue<SeverityBasis>
{
    /// <summary>As reported by the police (STATS19), unadjusted.</summary>
    public static readonly SeverityBasis Raw = new(nameof(Raw), 1, "raw");

    /// <summary>Adjusted by the Department for Transport for the change to injury-based severity reporting; may be fractional.</summary>
    public static readonly SeverityBasis Adjusted = new(nameof(Adjusted), 2, "severity-adjusted");

    private SeverityBasis(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The value in words, e.g. "raw".</summary>
    public string Description { get; }
}
