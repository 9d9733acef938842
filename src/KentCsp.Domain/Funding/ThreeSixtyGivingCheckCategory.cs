using Ardalis.SmartEnum;

namespace KentCsp.Domain.Funding;

/// <summary>
/// The two groups of 360Giving's Data Quality Tool checks: quality (the tool's "potential accuracy issues") and
/// usefulness (its "usefulness opportunities").
/// </summary>
/// <remarks>
/// <para>The catalogue is closed and ordered by <see cref="SmartEnum{TEnum, TValue}.Value"/>, the tool's order: quality
/// checks run and are reported first. <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ThreeSixtyGivingCheckCategory : Catalogue<ThreeSixtyGivingCheckCategory>
{
    /// <summary>Quality: data that may be wrong (21 checks, 9 of them critical).</summary>
    public static readonly ThreeSixtyGivingCheckCategory Quality = new(nameof(Quality), 1, "quality");

    /// <summary>Usefulness: data that is right but could say more (15 checks, none critical).</summary>
    public static readonly ThreeSixtyGivingCheckCategory Usefulness = new(nameof(Usefulness), 2, "usefulness");

    private ThreeSixtyGivingCheckCategory(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The category in words, e.g. "quality".</summary>
    public string Description { get; }
}
