using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;

namespace KentCsp.Domain.Agreement;

/// <summary>The part of a Community Safety Agreement an item belongs to.</summary>
/// <remarks>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AgreementSection : SmartEnum<AgreementSection>
{
    /// <summary>A priority.</summary>
    public static readonly AgreementSection Priority = new(nameof(Priority), 1, "priority");

    /// <summary>A cross-cutting theme that supports the priorities.</summary>
    public static readonly AgreementSection CrossCuttingTheme = new(nameof(CrossCuttingTheme), 2, "cross-cutting theme");

    private static readonly Lazy<AgreementSection[]> Ordered = new(() => List.OrderBy(section => section.Value).ToArray());

    private AgreementSection(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>Every section, in the order of <see cref="SmartEnum{TEnum, TValue}.Value"/>.</summary>
    /// <value>A list built once and shared; it is never modified.</value>
    public static IReadOnlyList<AgreementSection> All => Ordered.Value;

    /// <summary>The section in words, e.g. "cross-cutting theme".</summary>
    public string Description { get; }
}
