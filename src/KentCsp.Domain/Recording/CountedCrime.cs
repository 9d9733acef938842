using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>One recorded crime a count yields: the offence counted, the victim, the offenders, and the rule trail.</summary>
/// <remarks>
/// <para><see cref="Offences"/> are every offence the crime stands for, most serious first; the first is
/// <see cref="Offence"/>, the principal crime. <see cref="VictimId"/> is null for an offence against the State and for a
/// crime counted under the former one-crime-per-incident practice.</para>
/// <para>Two crimes are equal when every member is equal, lists in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CountedCrime
{
    private readonly ValueList<string> offenderIds;
    private readonly ValueList<Offence> offences;
    private readonly ValueList<CountingStep> steps;

    /// <summary>Creates a counted crime.</summary>
    /// <param name="offence">The offence counted (the principal crime).</param>
    /// <param name="victimId">The victim, or null where the crime has none of its own.</param>
    /// <param name="offenderIds">The offenders, by pseudonymous identifier; empty if unknown.</param>
    /// <param name="offences">Every offence the crime stands for, most serious first; the first is <paramref name="offence"/>.</param>
    /// <param name="steps">The rule trail, in order; at least one step.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="victimId"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is malformed or repeated, <paramref name="offences"/> does not start
    /// with <paramref name="offence"/>, or <paramref name="steps"/> is empty.</exception>
    public CountedCrime(Offence offence, string? victimId, IEnumerable<string> offenderIds, IEnumerable<Offence> offences, IEnumerable<CountingStep> steps)
    {
        Offence = Preconditions.CheckNotNull(offence);
        VictimId = victimId is null ? null : Slug.Check(victimId);
        this.offenderIds = Slug.CheckDistinct(offenderIds);
        this.offences = Preconditions.CheckItems(offences);
        Preconditions.CheckArgument(this.offences.Count > 0 && this.offences[0] == offence, nameof(offences), "must start with the offence counted");
        this.steps = Preconditions.CheckItems(steps);
        Preconditions.CheckArgument(this.steps.Count > 0, nameof(steps), "must hold at least one step");
    }

    /// <summary>The offence counted: the principal crime.</summary>
    public Offence Offence { get; }

    /// <summary>The victim, or null where the crime has none of its own.</summary>
    public string? VictimId { get; }

    /// <summary>The offenders, by pseudonymous identifier; empty if unknown.</summary>
    public IReadOnlyList<string> OffenderIds => offenderIds;

    /// <summary>Every offence the crime stands for, most serious first.</summary>
    public IReadOnlyList<Offence> Offences => offences;

    /// <summary>The rule trail, in order.</summary>
    public IReadOnlyList<CountingStep> Steps => steps;

    /// <summary>Formats the crime: "offence name against v01".</summary>
    /// <returns>The offence name and victim.</returns>
    public override string ToString() => VictimId is null ? Offence.Name : $"{Offence.Name} against {VictimId}";
}
