using Ardalis.SmartEnum;

namespace KentCsp.Domain.Indicators;

/// <summary>Which way an indicator should move: whether a rise is good, bad or neither.</summary>
/// <remarks>
/// <para>A rise in reported domestic abuse can mean more victims come forward, not more abuse: such indicators have <see cref="NoPreferredDirection"/>, and their changes are reported but not judged.</para>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorPolarity : Catalogue<IndicatorPolarity>
{
    /// <summary>A rise is an improvement.</summary>
    public static readonly IndicatorPolarity HigherIsBetter = new(nameof(HigherIsBetter), 1, "higher is better");

    /// <summary>A fall is an improvement (for example people killed or seriously injured on the roads).</summary>
    public static readonly IndicatorPolarity LowerIsBetter = new(nameof(LowerIsBetter), 2, "lower is better");

    /// <summary>Neither direction is judged an improvement; the change is reported as it is.</summary>
    public static readonly IndicatorPolarity NoPreferredDirection = new(nameof(NoPreferredDirection), 3, "no preferred direction");

    private IndicatorPolarity(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The value in words, e.g. "higher is better".</summary>
    public string Description { get; }
}
