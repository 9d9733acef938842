using Ardalis.SmartEnum;

namespace KentCsp.Domain.Recording;

/// <summary>Whom an offence is against, which decides how it is counted.</summary>
/// <remarks>
/// <para>An offence against the person needs at least one identified victim and counts one crime per victim
/// (Crime Recording Rules, General Rule D). An offence against property also names its victims and counts per victim.
/// An offence against the State has no victim: the points to prove must be made out, and it counts once per offender group.</para>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class OffenceCategory : Catalogue<OffenceCategory>
{
    /// <summary>An offence against a person, e.g. an assault.</summary>
    public static readonly OffenceCategory AgainstThePerson = new(nameof(AgainstThePerson), 1, "against the person", true);

    /// <summary>An offence against property, e.g. theft or criminal damage.</summary>
    public static readonly OffenceCategory AgainstProperty = new(nameof(AgainstProperty), 2, "against property", true);

    /// <summary>An offence against the State, e.g. possession of drugs; it has no victim.</summary>
    public static readonly OffenceCategory AgainstTheState = new(nameof(AgainstTheState), 3, "against the State", false);

    private OffenceCategory(string name, int value, string description, bool requiresVictim)
        : base(name, value)
    {
        Description = description;
        RequiresVictim = requiresVictim;
    }

    /// <summary>The category for a person, e.g. "against the person".</summary>
    public string Description { get; }

    /// <summary>Whether an act of this category must name at least one victim.</summary>
    public bool RequiresVictim { get; }
}
