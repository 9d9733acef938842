using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Recording;

/// <summary>An incident as reported: when, who was harmed, who did it, what was done, and the recording decision.</summary>
/// <remarks>
/// <para>People are named by pseudonymous identifiers only, never by name. Every act's victims and offenders are among
/// the incident's, and every victim is named by at least one act. <see cref="LegacyOffence"/> is the single offence the
/// incident was recorded as under the former one-crime-per-incident practice where that differs from the principal
/// offence (e.g. a public order offence rather than 32 assaults); null otherwise.</para>
/// <para>The decision cannot be made before the report.</para>
/// <para>Two incidents are equal when every member is equal, lists in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Incident
{
    private readonly ValueList<string> victimIds;
    private readonly ValueList<string> offenderIds;
    private readonly ValueList<IncidentAct> acts;

    /// <summary>Creates an incident.</summary>
    /// <param name="id">The identifier, e.g. "kent-32-victims".</param>
    /// <param name="reportedAt">When the incident was reported.</param>
    /// <param name="victimIds">The victims, by pseudonymous identifier.</param>
    /// <param name="offenderIds">The known offenders, by pseudonymous identifier.</param>
    /// <param name="acts">What was done; at least one act.</param>
    /// <param name="decision">The recording decision; not before <paramref name="reportedAt"/>.</param>
    /// <param name="legacyOffence">The offence the former practice recorded, where it differs; or null.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="legacyOffence"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is malformed or repeated, there is no act, an act names a person the
    /// incident does not list, a victim is named in no act, or the decision is before the report.</exception>
    public Incident(
        string id,
        Instant reportedAt,
        IEnumerable<string> victimIds,
        IEnumerable<string> offenderIds,
        IEnumerable<IncidentAct> acts,
        RecordingDecision decision,
        Offence? legacyOffence)
    {
        Id = Slug.Check(id);
        ReportedAt = reportedAt;
        this.victimIds = Slug.CheckDistinct(victimIds);
        this.offenderIds = Slug.CheckDistinct(offenderIds);
        this.acts = Preconditions.CheckItems(acts);
        Preconditions.CheckArgument(this.acts.Count > 0, nameof(acts), "must hold at least one act");
        var victims = new HashSet<string>(this.victimIds, StringComparer.Ordinal);
        var offenders = new HashSet<string>(this.offenderIds, StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < this.acts.Count; i++)
        {
            foreach (var victim in this.acts[i].VictimIds)
            {
                Preconditions.CheckArgument(victims.Contains(victim), $"{nameof(acts)}[{i}].{nameof(victimIds)}", $"names '{victim}', who is not among the incident's victims");
                named.Add(victim);
            }
            foreach (var offender in this.acts[i].OffenderIds)
            {
                Preconditions.CheckArgument(offenders.Contains(offender), $"{nameof(acts)}[{i}].{nameof(offenderIds)}", $"names '{offender}', who is not among the incident's offenders");
            }
        }
        for (int i = 0; i < this.victimIds.Count; i++)
        {
            Preconditions.CheckArgument(named.Contains(this.victimIds[i]), $"{nameof(victimIds)}[{i}]", $"'{this.victimIds[i]}' is named in no act");
        }
        Decision = Preconditions.CheckNotNull(decision);
        Preconditions.CheckArgument(
            decision.At >= reportedAt,
            nameof(decision),
            $"time of recording {RecordingDecision.Format(decision.At)} is before the report at {RecordingDecision.Format(reportedAt)}");
        LegacyOffence = legacyOffence;
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>When the incident was reported.</summary>
    public Instant ReportedAt { get; }

    /// <summary>The victims, by pseudonymous identifier.</summary>
    public IReadOnlyList<string> VictimIds => victimIds;

    /// <summary>The known offenders, by pseudonymous identifier.</summary>
    public IReadOnlyList<string> OffenderIds => offenderIds;

    /// <summary>What was done.</summary>
    public IReadOnlyList<IncidentAct> Acts => acts;

    /// <summary>The recording decision.</summary>
    public RecordingDecision Decision { get; }

    /// <summary>The offence the former practice recorded, where it differs from the principal offence; or null.</summary>
    public Offence? LegacyOffence { get; }

    /// <summary>How long after the report the decision was made.</summary>
    public Duration TimeToDecision => Decision.At - ReportedAt;

    /// <summary>Formats the incident: its identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;

    /// <summary>
    /// Where the incident comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>Null unless set with <see cref="WithProvenance"/>; written to JSON as the <c>provenance</c> member.</value>
    public ProvenanceRecord? Provenance { get; private init; }

    /// <summary>Returns the incident with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the incident comes from, or null for nothing recorded.</param>
    /// <returns>A new incident with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public Incident WithProvenance(ProvenanceRecord? provenance) => this with { Provenance = provenance };
}
