using Ardalis.SmartEnum;

namespace KentCsp.Domain.Morile;

/// <summary>The three parts of a MoRiLE (Management of Risk in Law Enforcement) assessment that each factor belongs to.</summary>
/// <remarks>
/// <para>MoRiLE scores an issue on <see cref="Harm"/> (physical, psychological, financial, community, environment,
/// geographic scope, victim vulnerability), <see cref="Likelihood"/>, and the <see cref="OrganisationalPosition"/>
/// (capacity and capability). Which factors make up each group, and their scores and weights, are data of a
/// <see cref="MorileScheme"/>: the real MoRiLE values are not confirmed in the library's sources.</para>
/// <para>In every group a higher score means more risk: a weaker organisational position (less capacity, less
/// capability) scores higher.</para>
/// <para>Equality is by value; the name is the wire key. Values run harm, likelihood, organisational position.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class MorileFactorGroup : Catalogue<MorileFactorGroup>
{
    /// <summary>The harm an issue causes: physical, psychological, financial, community, environment, geographic scope, victim vulnerability.</summary>
    public static readonly MorileFactorGroup Harm = new(nameof(Harm), 1, "harm");

    /// <summary>How likely the harm is, or how often it happens.</summary>
    public static readonly MorileFactorGroup Likelihood = new(nameof(Likelihood), 2, "likelihood");

    /// <summary>The organisations' position on the issue: their capacity and capability to deal with it (weaker scores higher).</summary>
    public static readonly MorileFactorGroup OrganisationalPosition = new(nameof(OrganisationalPosition), 3, "organisational position");

    private MorileFactorGroup(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The group for a person, e.g. "organisational position".</summary>
    public string Description { get; }
}
