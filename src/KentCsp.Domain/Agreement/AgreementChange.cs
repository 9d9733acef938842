using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Agreement;

/// <summary>One change between two Community Safety Agreement editions: a group of earlier items and the later items they became.</summary>
/// <remarks>
/// <para><see cref="Before"/> is empty for an added item and <see cref="After"/> for a retired one. Items keep their
/// editions' order.</para>
/// <para>Two changes are equal when their kinds, sections and items (in order) are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AgreementChange
{
    private readonly ValueList<AgreementItem> before;
    private readonly ValueList<AgreementItem> after;

    internal AgreementChange(LineageKind kind, AgreementSection section, AgreementItem[] before, AgreementItem[] after)
    {
        Kind = kind;
        Section = section;
        this.before = ValueList<AgreementItem>.Own(before);
        this.after = ValueList<AgreementItem>.Own(after);
    }

    /// <summary>What happened.</summary>
    public LineageKind Kind { get; }

    /// <summary>The section of the later items (of the earlier ones for a retired item).</summary>
    public AgreementSection Section { get; }

    /// <summary>The items of the earlier edition.</summary>
    public IReadOnlyList<AgreementItem> Before => before;

    /// <summary>The items of the later edition.</summary>
    public IReadOnlyList<AgreementItem> After => after;

    /// <summary>Describes the change for people, e.g. "priority renamed or reworded: Anti-Social Behaviour → Preventing Neighbourhood Crime &amp; ASB".</summary>
    /// <returns>The section, the kind and the wording before and after.</returns>
    public override string ToString()
    {
        string items = before.Count == 0 ? Titles(after, ", ")
            : after.Count == 0 || Kind == LineageKind.Continued ? Titles(before, ", ")
            : Titles(before, Kind == LineageKind.Merged || Kind == LineageKind.Restructured ? " + " : ", ") + " → " + Titles(after, ", ");
        return $"{Section.Description} {Kind.Description}: {items}";
    }

    private static string Titles(ValueList<AgreementItem> items, string separator) => string.Join(separator, items.Select(item => item.Title));
}
