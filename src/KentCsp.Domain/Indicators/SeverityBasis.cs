using Ardalis.SmartEnum;

namespace KentCsp.Domain.Indicators;

/// <summary>Whether road casualty figures are as the police reported them or adjusted for the change in severity reporting.</summary>
/// <remarks>
/// <para>Injury-based reporting systems (CRaSH, COPA), used by police forces since 2012, classify more casualties as seriously injured than the officer-judgement system before them. The Department for Transport publishes severity-adjusted figures, which estimate the counts "as if all police forces were using injury-based reporting systems" — the newer system, not the older one (DfT guide to severity adjustments; in all DfT tables from 2019). A raw figure and an adjusted one measure different things: the library refuses to compare them (sources: STATS19 definitions; DfT guide to severity adjustments; KCSP Community Safety Agreement update of 19 July 2017, §4.3).</para>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SeverityBasis : Catalogue<SeverityBasis>
{
    /// <summary>As reported by the police (STATS19), unadjusted: each force on the severity reporting system it used.</summary>
    public static readonly SeverityBasis Raw = new(nameof(Raw), 1, "raw", "As the police reported them (STATS19), unadjusted: each force's figures follow the severity reporting system it used, injury-based (CRaSH, COPA) or not.");

    /// <summary>Adjusted by the Department for Transport to estimate the counts as if all police forces were using injury-based reporting systems; may be fractional.</summary>
    public static readonly SeverityBasis Adjusted = new(nameof(Adjusted), 2, "severity-adjusted", "Department for Transport estimates of the counts as if all police forces were using injury-based reporting systems (CRaSH, COPA); they may be fractional.");

    private SeverityBasis(string name, int value, string description, string meaning)
        : base(name, value)
    {
        Description = description;
        Meaning = meaning;
    }

    /// <summary>The value in words, e.g. "raw".</summary>
    public string Description { get; }

    /// <summary>What figures on this basis are, in a sentence, e.g. for <see cref="Adjusted"/> "Department for Transport estimates of the counts as if all police forces were using injury-based reporting systems (CRaSH, COPA); they may be fractional.".</summary>
    public string Meaning { get; }
}
