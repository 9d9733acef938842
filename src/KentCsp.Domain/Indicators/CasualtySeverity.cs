using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;

namespace KentCsp.Domain.Indicators;

/// <summary>The STATS19 severity of a road casualty: killed, seriously injured or slightly injured.</summary>
/// <remarks>
/// <para>Killed: died of the injuries less than 30 days after the collision (confirmed suicides are not road casualties). Seriously injured: detained in hospital as an in-patient, or any of fractures, concussion, internal injuries, crushing, severe cuts, severe general shock or burns; and a death 30 or more days after the collision. Slightly injured: sprains, bruises, slight cuts, slight shock. Killed or seriously injured (KSI) is killed plus seriously injured.</para>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CasualtySeverity : SmartEnum<CasualtySeverity>
{
    /// <summary>Died of the injuries less than 30 days after the collision.</summary>
    public static readonly CasualtySeverity Killed = new(nameof(Killed), 1, "killed");

    /// <summary>Seriously injured, including a death 30 or more days after the collision.</summary>
    public static readonly CasualtySeverity Serious = new(nameof(Serious), 2, "seriously injured");

    /// <summary>Slightly injured.</summary>
    public static readonly CasualtySeverity Slight = new(nameof(Slight), 3, "slightly injured");

    private static readonly Lazy<CasualtySeverity[]> Ordered = new(() => List.OrderBy(item => item.Value).ToArray());

    private CasualtySeverity(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>Every severity, most severe first.</summary>
    public static IReadOnlyList<CasualtySeverity> All => Ordered.Value;

    /// <summary>The value in words, e.g. "killed".</summary>
    public string Description { get; }
}
