using Ardalis.SmartEnum;

namespace KentCsp.Domain.Recording;

/// <summary>How a recorded incident is turned into crimes.</summary>
/// <remarks>Equality is by value; the name is the wire key.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CountingMode : Catalogue<CountingMode>
{
    /// <summary>The victim-based rules: one crime per victim (D), the finished incident rule (E) and the principal crime rule (F).</summary>
    public static readonly CountingMode VictimBased = new(nameof(VictimBased), 1, "victim-based");

    /// <summary>The former practice the Kent report of 19 July 2017 describes: one crime per incident, for before/after comparison.</summary>
    public static readonly CountingMode Legacy = new(nameof(Legacy), 2, "legacy");

    private CountingMode(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The mode for a person, e.g. "victim-based".</summary>
    public string Description { get; }
}
