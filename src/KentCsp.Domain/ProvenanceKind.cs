using Ardalis.SmartEnum;

namespace KentCsp.Domain;

/// <summary>Where a value in the built-in data comes from: copied from a source, worked out, or made up.</summary>
/// <remarks>
/// <para>The catalogue is closed and ordered by <see cref="SmartEnum{TEnum, TValue}.Value"/>:
/// <see cref="Sourced"/> &lt; <see cref="Inferred"/> &lt; <see cref="Illustrative"/>, from most to least certain.
/// <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ProvenanceKind : Catalogue<ProvenanceKind>
{
    /// <summary>Copied from a named source document, at a named place in it.</summary>
    public static readonly ProvenanceKind Sourced = new(nameof(Sourced), 1, "sourced");

    /// <summary>Worked out from what the sources say, not stated by them; the reason says from what.</summary>
    public static readonly ProvenanceKind Inferred = new(nameof(Inferred), 2, "inferred");

    /// <summary>Made up to show a feature; no source gives it.</summary>
    public static readonly ProvenanceKind Illustrative = new(nameof(Illustrative), 3, "illustrative");

    private ProvenanceKind(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The kind in words, e.g. "inferred".</summary>
    public string Description { get; }

    /// <summary>Whether a value of this kind may be presented as a fact: true only for <see cref="Sourced"/>.</summary>
    public bool IsFact => this == Sourced;
}
