using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>One act within an incident: the offence it amounts to, who did it and against whom.</summary>
/// <remarks>
/// <para>People are named by pseudonymous identifiers only (lower-case letters, digits and hyphens, e.g. <c>v01</c>),
/// never by name. An act with no offender identifiers has an unknown offender. An offence against the person names at
/// least one victim; an offence against the State names none.</para>
/// <para>Two acts are equal when the offence and the identifier lists (in order) are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record IncidentAct
{
    private readonly ValueList<string> offenderIds;
    private readonly ValueList<string> victimIds;

    /// <summary>Creates an act.</summary>
    /// <param name="offence">The offence the act amounts to.</param>
    /// <param name="offenderIds">Who did it, by pseudonymous identifier; empty if unknown.</param>
    /// <param name="victimIds">Against whom, by pseudonymous identifier.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier is malformed or repeated, <paramref name="victimIds"/> is empty for an
    /// offence against the person, or not empty for an offence against the State.</exception>
    public IncidentAct(Offence offence, IEnumerable<string> offenderIds, IEnumerable<string> victimIds)
    {
        Offence = Preconditions.CheckNotNull(offence);
        this.offenderIds = Slug.CheckDistinct(offenderIds);
        this.victimIds = Slug.CheckDistinct(victimIds);
        Preconditions.CheckArgument(
            !offence.Category.RequiresVictim || this.victimIds.Count > 0,
            nameof(victimIds),
            $"must name at least one victim for an offence {offence.Category.Description} ({offence.Code}), but the count was zero");
        Preconditions.CheckArgument(
            offence.Category != OffenceCategory.AgainstTheState || this.victimIds.Count == 0,
            nameof(victimIds),
            $"must be empty for an offence against the State ({offence.Code})");
    }

    /// <summary>The offence the act amounts to.</summary>
    public Offence Offence { get; }

    /// <summary>Who did it, by pseudonymous identifier; empty if unknown.</summary>
    public IReadOnlyList<string> OffenderIds => offenderIds;

    /// <summary>Against whom, by pseudonymous identifier.</summary>
    public IReadOnlyList<string> VictimIds => victimIds;

    /// <summary>Formats the act: "offence by o1 against v1, v2".</summary>
    /// <returns>The offence code, offenders and victims.</returns>
    public override string ToString() =>
        $"{Offence.Code} by {(offenderIds.Count == 0 ? "unknown" : string.Join(", ", offenderIds))} against {(victimIds.Count == 0 ? "the State" : string.Join(", ", victimIds))}";
}
