using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Indicators;

/// <summary>
/// A proxy indicator the Working Group monitors: a stable id, a name, the unit its values are in and which way it
/// should move.
/// </summary>
/// <remarks>
/// <para>A road casualty indicator (<see cref="IsSeverityClassified"/>) counts casualties by STATS19 severity; its
/// series must say whether they are raw or severity-adjusted (<see cref="SeverityBasis"/>).</para>
/// <para>Two definitions are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record IndicatorDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="id">A stable identifier: lower-case letters, digits and single hyphens, e.g. "marac-referrals".</param>
    /// <param name="name">The indicator as reports name it, e.g. "Referrals to MARAC".</param>
    /// <param name="unit">What the values measure.</param>
    /// <param name="polarity">Which way the indicator should move.</param>
    /// <param name="isSeverityClassified">Whether the indicator counts road casualties by STATS19 severity, so that its series must state a <see cref="SeverityBasis"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid identifier or <paramref name="name"/> is blank.</exception>
    public IndicatorDefinition(string id, string name, IndicatorUnit unit, IndicatorPolarity polarity, bool isSeverityClassified = false)
    {
        Id = Slug.Check(id);
        Name = Preconditions.CheckNotBlank(name);
        Unit = Preconditions.CheckNotNull(unit);
        Polarity = Preconditions.CheckNotNull(polarity);
        IsSeverityClassified = isSeverityClassified;
    }

    /// <summary>The stable identifier, e.g. "marac-referrals".</summary>
    public string Id { get; }

    /// <summary>The indicator's name.</summary>
    public string Name { get; }

    /// <summary>What the values measure.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>Which way the indicator should move.</summary>
    public IndicatorPolarity Polarity { get; }

    /// <summary>Whether the indicator counts road casualties by STATS19 severity; its series then state raw or severity-adjusted.</summary>
    public bool IsSeverityClassified { get; }

    /// <summary>Returns the name and id: "Referrals to MARAC (marac-referrals)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
