using System;
using System.Collections.Generic;
using System.Threading;
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

    // A crime the counter makes keeps its trail's own parts: the first step's sentence follows from the victim and
    // offenders, the finished incident step's from the victim and the grouped acts (the same text around the victim for
    // every crime of those acts), and both are written when the trail is first read.
    private readonly FinishedIncidentText? finishedIncident;
    private readonly CountingStep? principal;
    private ValueList<CountingStep>? steps;

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
        var checkedSteps = Preconditions.CheckItems(steps);
        Preconditions.CheckArgument(checkedSteps.Count > 0, nameof(steps), "must hold at least one step");
        this.steps = checkedSteps;
    }

    /// <summary>
    /// A crime as the victim-based count makes it: its trail is the one-crime-per-victim step (written from the victim
    /// and offenders when first read), the finished incident step if the crime stands for more than one act (written
    /// from the victim and the text around it when first read), and the principal crime step.
    /// </summary>
    internal CountedCrime(Offence offence, string? victimId, ValueList<string> offenderIds, ValueList<Offence> offences, FinishedIncidentText? finishedIncident, CountingStep principal)
    {
        Offence = offence;
        VictimId = victimId;
        this.offenderIds = offenderIds;
        this.offences = offences;
        this.finishedIncident = finishedIncident;
        this.principal = principal;
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
    public IReadOnlyList<CountingStep> Steps => StepList;

    private ValueList<CountingStep> StepList
    {
        get
        {
            var known = Volatile.Read(ref steps);
            if (known is not null)
            {
                return known;
            }
            var first = new CountingStep(CountingRule.OneCrimePerVictim, OneCrimePerVictim(VictimId, offenderIds));
            var made = ValueList<CountingStep>.Own(finishedIncident is null ? [first, principal!] : [first, finishedIncident.Step(VictimId), principal!]);
            return Interlocked.CompareExchange(ref steps, made, null) ?? made;
        }
    }

    /// <summary>The offenders as a count's sentences name them: "an unknown offender", one identifier, or a list.</summary>
    internal static string OffendersText(IReadOnlyList<string> offenderIds) =>
        offenderIds.Count switch
        {
            0 => "an unknown offender",
            1 => offenderIds[0],
            _ => string.Join(", ", offenderIds),
        };

    /// <summary>The sentence of the one-crime-per-victim step.</summary>
    private static string OneCrimePerVictim(string? victimId, IReadOnlyList<string> offenderIds) =>
        victimId is null
            ? "No victim (an offence against the State): one crime for the offences by " + OffendersText(offenderIds) + "."
            : "One crime for victim " + victimId + ", offended against by " + OffendersText(offenderIds) + ".";

    /// <summary>Whether two crimes are equal: every member equal, lists in order.</summary>
    /// <param name="other">The crime to compare with.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(CountedCrime? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || Offence != other.Offence || !string.Equals(VictimId, other.VictimId, StringComparison.Ordinal)
            || !offenderIds.Equals(other.offenderIds) || !offences.Equals(other.offences))
        {
            return false;
        }
        if (principal is not null && other.principal is not null && Equals(finishedIncident, other.finishedIncident))
        {
            // Both trails start with the sentence the (equal) victim and offenders give, and the finished incident
            // steps (if any) put the same text around the same victim.
            return principal.Equals(other.principal);
        }
        return StepList.Equals(other.StepList);
    }

    /// <summary>A hash code consistent with <see cref="Equals(CountedCrime)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashOf(Offence, VictimId, offenderIds, offences);

    /// <summary>The hash code of a crime with these members, made or not yet made (see <see cref="CountedCrimeList"/>).</summary>
    internal static int HashOf(Offence offence, string? victimId, ValueList<string> offenderIds, ValueList<Offence> offences) =>
        EqualityHelper.Hash(EqualityHelper.Hash(EqualityHelper.HashOrdinal(EqualityHelper.Hash(EqualityHelper.Initialize(), offence), victimId), offenderIds), offences);

    /// <summary>Formats the crime: "offence name against v01".</summary>
    /// <returns>The offence name and victim.</returns>
    public override string ToString() => VictimId is null ? Offence.Name : $"{Offence.Name} against {VictimId}";
}

/// <summary>
/// The finished incident step of the crimes the counter makes for one set of grouped acts, less the victim: the same
/// text stands before and after the victim in each of them.
/// </summary>
/// <param name="Prefix">The text before the victim: "2 offences by o1 against ".</param>
/// <param name="Suffix">The text after the victim: " in one finished incident count once: …".</param>
internal sealed record FinishedIncidentText(string Prefix, string Suffix)
{
    /// <summary>The step for one victim; no victim is "the State".</summary>
    internal CountingStep Step(string? victimId) => new(CountingRule.FinishedIncident, Prefix + (victimId ?? "the State") + Suffix);
}
