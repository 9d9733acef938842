using Ardalis.SmartEnum;

namespace KentCsp.Domain.Agreement;

/// <summary>How an item of one Community Safety Agreement edition relates to the items of a later one.</summary>
/// <remarks>
/// <para>Lineage is read from identifiers (an item that keeps its identifier continues) and from
/// <see cref="AgreementItem.DerivedFrom"/> (an item that takes over other identifiers). Items linked that way form a
/// group; the group's shape gives the kind: one to one is <see cref="Continued"/> or <see cref="Reworded"/>, many to one
/// <see cref="Merged"/>, one to many <see cref="Split"/>, none to one <see cref="Added"/>, one to none
/// <see cref="Retired"/>, many to many <see cref="Restructured"/>.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LineageKind : Catalogue<LineageKind>
{
    /// <summary>The item continues with the same identifier and wording.</summary>
    public static readonly LineageKind Continued = new(nameof(Continued), 1, "continued");

    /// <summary>The item continues under new wording, or under a new identifier.</summary>
    public static readonly LineageKind Reworded = new(nameof(Reworded), 2, "renamed or reworded");

    /// <summary>Several items became one.</summary>
    public static readonly LineageKind Merged = new(nameof(Merged), 3, "merged");

    /// <summary>One item became several.</summary>
    public static readonly LineageKind Split = new(nameof(Split), 4, "split");

    /// <summary>The item is new.</summary>
    public static readonly LineageKind Added = new(nameof(Added), 5, "added");

    /// <summary>The item is no longer in the agreement.</summary>
    public static readonly LineageKind Retired = new(nameof(Retired), 6, "retired");

    /// <summary>Several items became several others.</summary>
    public static readonly LineageKind Restructured = new(nameof(Restructured), 7, "restructured");

    private LineageKind(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The kind in words, e.g. "renamed or reworded".</summary>
    public string Description { get; }
}
