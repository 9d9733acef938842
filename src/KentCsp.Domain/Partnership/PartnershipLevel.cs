using Ardalis.SmartEnum;

namespace KentCsp.Domain.Partnership;

/// <summary>The tier of local government a community safety partnership serves.</summary>
/// <remarks>
/// <para>In a two-tier area (such as Kent) each district has its own partnership and a county strategy group prepares a
/// Community Safety Agreement from the districts' strategic assessments (SI 2007/1830, reg 9).</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name. Equality follows
/// <see cref="SmartEnum{TEnum, TValue}.Value"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PartnershipLevel : Catalogue<PartnershipLevel>
{
    /// <summary>A county-level partnership in a two-tier area, which holds the Community Safety Agreement.</summary>
    public static readonly PartnershipLevel County = new(nameof(County), 1, "county");

    /// <summary>A partnership for one district or borough (or several that have merged), or for a unitary area.</summary>
    public static readonly PartnershipLevel District = new(nameof(District), 2, "district");

    private PartnershipLevel(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The level in words, for people, e.g. "county".</summary>
    public string Description { get; }
}
