using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>The area a project serves: the whole county, or one named district or borough.</summary>
/// <remarks>
/// <para>Use <see cref="CountyWide"/> or <see cref="Local"/>; a local scope always names its district, a county-wide
/// one never does.</para>
/// <para>Two scopes are equal when their kinds are equal and their districts are equal ignoring case.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ProjectScope
{
    private ProjectScope(ScopeKind kind, string? district)
    {
        Kind = kind;
        District = district;
    }

    /// <summary>The whole county.</summary>
    public static ProjectScope CountyWide { get; } = new(ScopeKind.CountyWide, null);

    /// <summary>Whether the scope is county-wide or local.</summary>
    public ScopeKind Kind { get; }

    /// <summary>The district or borough of a local scope, e.g. "Thanet"; null when county-wide.</summary>
    public string? District { get; }

    /// <summary>A local scope: one district or borough.</summary>
    /// <param name="district">The district or borough, e.g. "Thanet".</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="district"/> is empty or white space.</exception>
    public static ProjectScope Local(string district) => new(ScopeKind.Local, Preconditions.CheckNotBlank(district));

    /// <summary>Formats the scope: "county-wide" or "local: Thanet".</summary>
    /// <returns>The scope in words.</returns>
    public override string ToString() => District is null ? Kind.Description : Kind.Description + ": " + District;

    // Hand-written: districts compare ignoring case ("Swale" and "swale" name one district), which the generated equality would not.
    /// <inheritdoc />
    public bool Equals(ProjectScope? other) =>
        other is not null && Kind == other.Kind && string.Equals(District, other.District, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() =>
        EqualityHelper.Hash(EqualityHelper.Hash(EqualityHelper.Initialize(), Kind), District is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(District));
}
