using Ardalis.SmartEnum;

namespace KentCsp.Domain.Agreement;

/// <summary>The part of a Community Safety Agreement an item belongs to.</summary>
/// <remarks>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AgreementSection : Catalogue<AgreementSection>
{
    /// <summary>A priority.</summary>
    public static readonly AgreementSection Priority = new(nameof(Priority), 1, "priority");

    /// <summary>A cross-cutting theme that supports the priorities.</summary>
    public static readonly AgreementSection CrossCuttingTheme = new(nameof(CrossCuttingTheme), 2, "cross-cutting theme");

    private AgreementSection(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The section in words, e.g. "cross-cutting theme".</summary>
    public string Description { get; }
}
