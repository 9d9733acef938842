using Ardalis.SmartEnum;

namespace KentCsp.Domain.Indicators;

/// <summary>The STATS19 severity of a road casualty: killed, seriously injured or slightly injured.</summary>
/// <remarks>
/// <para>Killed: died of the injuries less than 30 days after the collision (confirmed suicides are not road casualties). Seriously injured: detained in hospital as an in-patient, or any of fractures, concussion, internal injuries, crushing, severe cuts, severe general shock or burns; and a death 30 or more days after the collision. Slightly injured: sprains, bruises, slight cuts, slight shock. Killed or seriously injured (KSI) is killed plus seriously injured.</para>
/// <para>Equality is by value; the name is the wire key. Values run from the most severe to the least.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CasualtySeverity : Catalogue<CasualtySeverity>
{
    /// <summary>Died of the injuries less than 30 days after the collision.</summary>
    public static readonly CasualtySeverity Killed = new(nameof(Killed), 1, "killed");

    /// <summary>Seriously injured, including a death 30 or more days after the collision.</summary>
    public static readonly CasualtySeverity Serious = new(nameof(Serious), 2, "seriously injured");

    /// <summary>Slightly injured.</summary>
    public static readonly CasualtySeverity Slight = new(nameof(Slight), 3, "slightly injured");

    private CasualtySeverity(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The value in words, e.g. "killed".</summary>
    public string Description { get; }
}
