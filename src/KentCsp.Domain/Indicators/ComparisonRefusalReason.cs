using Ardalis.SmartEnum;

namespace KentCsp.Domain.Indicators;

/// <summary>Why two indicator figures were not compared.</summary>
/// <remarks>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ComparisonRefusalReason : Catalogue<ComparisonRefusalReason>
{
    /// <summary>The series holds no value for the period asked about.</summary>
    public static readonly ComparisonRefusalReason PeriodMissing = new(nameof(PeriodMissing), 1, "period missing");

    /// <summary>The series holds no value for the baseline period.</summary>
    public static readonly ComparisonRefusalReason BaselineMissing = new(nameof(BaselineMissing), 2, "baseline missing");

    /// <summary>The figures are of different indicators.</summary>
    public static readonly ComparisonRefusalReason DifferentIndicator = new(nameof(DifferentIndicator), 3, "different indicator");

    /// <summary>One figure is raw and the other severity-adjusted.</summary>
    public static readonly ComparisonRefusalReason DifferentBasis = new(nameof(DifferentBasis), 4, "different severity basis");

    /// <summary>The figures are for periods of different lengths.</summary>
    public static readonly ComparisonRefusalReason DifferentPeriodKind = new(nameof(DifferentPeriodKind), 5, "different period kind");

    private ComparisonRefusalReason(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The value in words, e.g. "period missing".</summary>
    public string Description { get; }
}
