using Ardalis.SmartEnum;

namespace KentCsp.Domain.Funding;

/// <summary>Who holds the functions of the elected local policing body for an area, and so makes crime and disorder reduction grants.</summary>
/// <remarks>
/// <para>The Police Reform and Social Responsibility Act 2011 (s.9) lets the elected local policing body make a crime
/// and disorder reduction grant "to any person". Today that body is a Police and Crime Commissioner in most areas and an
/// elected mayor in some. The Home Office announced on 13 November 2025 that commissioners' functions are to pass to
/// mayors or council leaders; that is an announcement, not law, so the library records only who holds the functions,
/// never a date of transfer.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name. Equality follows
/// <see cref="SmartEnum{TEnum, TValue}.Value"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LocalPolicingBodyKind : Catalogue<LocalPolicingBodyKind>
{
    /// <summary>A Police and Crime Commissioner (PRSRA 2011 s.1), as in Kent.</summary>
    public static readonly LocalPolicingBodyKind PoliceAndCrimeCommissioner = new(nameof(PoliceAndCrimeCommissioner), 1, "Police and Crime Commissioner");

    /// <summary>An elected mayor who exercises the commissioner's functions for the area.</summary>
    public static readonly LocalPolicingBodyKind Mayor = new(nameof(Mayor), 2, "elected mayor exercising police and crime commissioner functions");

    /// <summary>A council leader who exercises the commissioner's functions for the area.</summary>
    public static readonly LocalPolicingBodyKind CouncilLeader = new(nameof(CouncilLeader), 3, "council leader exercising police and crime commissioner functions");

    private LocalPolicingBodyKind(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The kind in words, e.g. "Police and Crime Commissioner".</summary>
    public string Description { get; }
}
