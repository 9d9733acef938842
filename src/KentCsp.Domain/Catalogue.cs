using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Ardalis.SmartEnum;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain;

/// <summary>
/// The base of every closed catalogue in the library (<see cref="FindingSeverity"/>, the rule catalogues, the kinds and
/// outcomes): a <see cref="SmartEnum{TEnum}"/> whose members are its public static fields, listed in value order by
/// <see cref="All"/> and found by name without exceptions by <see cref="TryFromName(string, out TSelf)"/>.
/// </summary>
/// <typeparam name="TSelf">The catalogue type itself.</typeparam>
/// <remarks>
/// <para>A catalogue is closed: only the library derives from this class, and every member is a
/// <c>public static readonly</c> field of the catalogue. <see cref="SmartEnum{TEnum, TValue}.Name"/> is the member's
/// stable name (the JSON name) and <see cref="SmartEnum{TEnum, TValue}.Value"/> its place in the catalogue's order;
/// <see cref="SmartEnum{TEnum, TValue}.List"/> has no defined order, so use <see cref="All"/>.</para>
/// <para>Members are found by reflection over the catalogue's public static fields; the library's trimming descriptor
/// keeps those fields when an application is trimmed or compiled ahead of time.</para>
/// </remarks>
/// <threadsafety>This type and its members are immutable and thread-safe.</threadsafety>
public abstract class Catalogue<TSelf> : SmartEnum<TSelf>
    where TSelf : Catalogue<TSelf>
{
    private static readonly Lazy<ValueList<TSelf>> Ordered =
        new(() => ValueList<TSelf>.Own(List.OrderBy(member => member.Value).ToArray()));

    /// <summary>Creates a member.</summary>
    /// <param name="name">The stable name: the name of the field that holds the member.</param>
    /// <param name="value">The member's place in the catalogue's order, unique in the catalogue.</param>
    private protected Catalogue(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Every member of the catalogue, in the order of <see cref="SmartEnum{TEnum, TValue}.Value"/>.</summary>
    /// <value>A read-only list built once and shared; it is never modified.</value>
    public static IReadOnlyList<TSelf> All => Ordered.Value;

    /// <summary>Finds a member by its stable name, exactly (case-sensitive); never throws.</summary>
    /// <param name="name">The name, e.g. "Error"; null or blank finds nothing.</param>
    /// <param name="value">The member, when found; otherwise null.</param>
    /// <returns>True if a member has that name.</returns>
    public static new bool TryFromName(string? name, [NotNullWhen(true)] out TSelf? value)
    {
        // SmartEnum's own lookup (its name index, case-sensitive), guarded against the null and empty names it refuses.
        if (!string.IsNullOrEmpty(name) && SmartEnum<TSelf>.TryFromName(name, ignoreCase: false, out var found))
        {
            value = found;
            return true;
        }
        value = null;
        return false;
    }
}
