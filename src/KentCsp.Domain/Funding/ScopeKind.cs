using Ardalis.SmartEnum;

namespace KentCsp.Domain.Funding;

/// <summary>Whether a project serves the whole county or one local area.</summary>
/// <remarks>
/// <para>Kent's rule (Working Group update, 15 March 2017, section 3.1; minute 150 of 19 July 2017): the KCSP funds
/// pan-Kent projects; localised projects are referred to the local community safety partnerships, which receive their
/// own grants.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ScopeKind : Catalogue<ScopeKind>
{
    /// <summary>The project serves the whole county.</summary>
    public static readonly ScopeKind CountyWide = new(nameof(CountyWide), 1, "county-wide");

    /// <summary>The project serves one district or borough.</summary>
    public static readonly ScopeKind Local = new(nameof(Local), 2, "local");

    private ScopeKind(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The kind in words, e.g. "county-wide".</summary>
    public string Description { get; }
}
