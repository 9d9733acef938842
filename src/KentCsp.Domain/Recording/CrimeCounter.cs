using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>Turns an incident into recorded crimes, explaining each step by its General Rule letter.</summary>
/// <remarks>
/// <para>Victim-based counting: an incident not recorded (or cancelled) yields no crime (A). Otherwise each victim
/// yields at least one crime (D); several offences by the same offender against the same victim in the one finished
/// incident count once (E), as the most serious of them by the ranking supplied (F). A victim's offences are grouped
/// when they share an offender, transitively: if p1 and p2 jointly assault p3 and p1 also injures p3, p3 is the victim
/// of one crime, committed by p1 and p2. Offences by an unknown offender form a group of their own. An offence against
/// the State is grouped the same way, with the State in place of a victim. The grouping takes time linear in the
/// number of victim–offender pairs of the acts. The exact wording of Rules D–F is unconfirmed; these are their
/// principles (Home Office Crime Recording Rules, General Rules D, E and F).</para>
/// <para>Legacy counting: one crime per recorded incident, classified as the incident's
/// <see cref="Incident.LegacyOffence"/> where given, otherwise as its principal offence.</para>
/// <para>The result does not depend on the order in which victims, offenders, acts or offences are listed: crimes are
/// ordered by victim, then offenders (ordinal), and every list in a trail is sorted.</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class CrimeCounter
{
    /// <summary>Counts the crimes an incident yields.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="ranking">The offence ranking for the principal crime rule; it must list every offence of the incident.</param>
    /// <param name="mode">Victim-based or legacy counting.</param>
    /// <param name="policy">The recording policy, for the timeliness finding.</param>
    /// <returns>The crimes, the rule trail and any findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ranking"/> does not list an offence of the incident.</exception>
    public static CrimeCount Count(Incident incident, OffenceRanking ranking, CountingMode mode, RecordingPolicy policy)
    {
        Preconditions.CheckNotNull(incident);
        Preconditions.CheckNotNull(ranking);
        Preconditions.CheckNotNull(mode);
        Preconditions.CheckNotNull(policy);
        for (int i = 0; i < incident.Acts.Count; i++)
        {
            var offence = incident.Acts[i].Offence;
            Preconditions.CheckArgument(ranking.RankOf(offence) is not null, nameof(ranking), $"does not list the offence '{offence.Code}' of acts[{i}]");
        }

        var steps = new List<CountingStep>();
        var findings = new List<Finding>();
        var decision = incident.Decision;
        if (decision.Kind != RecordingDecisionKind.Recorded)
        {
            steps.Add(new CountingStep(CountingRule.WhetherToRecord, $"The incident was {decision.Kind.Description} ({decision.Reason}); it counts as no crime."));
            return new CrimeCount(incident.Id, mode, [], steps, findings);
        }

        string elapsed = RecordingPolicy.FormatDuration(incident.TimeToDecision);
        steps.Add(new CountingStep(CountingRule.WhetherToRecord, $"The incident was recorded as crime {elapsed} after the report."));
        if (!policy.IsTimely(incident))
        {
            var rule = RecordingRule.RecordedLate;
            findings.Add(new Finding(
                rule.Id,
                rule.Severity,
                $"incidents[{incident.Id}]",
                $"Recorded {elapsed} after the report, later than the {RecordingPolicy.FormatDuration(policy.RecordingWindow)} allowed.",
                [
                    new FindingFigure("reportedAt", RecordingDecision.Format(incident.ReportedAt)),
                    new FindingFigure("recordedAt", RecordingDecision.Format(decision.At)),
                    new FindingFigure("window", RecordingPolicy.FormatDuration(policy.RecordingWindow)),
                ],
                RecordingSources.Ncrs));
        }

        var crimes = mode == CountingMode.Legacy ? CountLegacy(incident, ranking, steps) : CountVictimBased(incident, ranking);
        return new CrimeCount(incident.Id, mode, crimes, steps, findings);
    }

    /// <summary>Counts the crimes an incident yields under the default recording policy (24 hours).</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="ranking">The offence ranking for the principal crime rule.</param>
    /// <param name="mode">Victim-based or legacy counting.</param>
    /// <returns>The crimes, the rule trail and any findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ranking"/> does not list an offence of the incident.</exception>
    public static CrimeCount Count(Incident incident, OffenceRanking ranking, CountingMode mode) =>
        Count(incident, ranking, mode, RecordingPolicy.Default);

    private static CountedCrime[] CountVictimBased(Incident incident, OffenceRanking ranking)
    {
        // One entry per (victim, act); victimless acts stand under an empty victim. Entries of one victim are joined
        // when their acts share an offender (union–find keyed by victim and offender, so the grouping is transitive
        // and linear in the number of victim–offender pairs); acts by an unknown offender join each other.
        var entries = new List<(string Victim, IncidentAct Act)>();
        var sets = new UnionFind();
        var firstByOffender = new Dictionary<(string Victim, string Offender), int>();
        foreach (var act in incident.Acts)
        {
            IEnumerable<string> victims = act.VictimIds.Count == 0 ? [string.Empty] : act.VictimIds;
            foreach (string victim in victims)
            {
                int entry = sets.Add();
                entries.Add((victim, act));
                // An unknown offender is keyed as the empty identifier, which no real identifier can be.
                IEnumerable<string> offenders = act.OffenderIds.Count == 0 ? [string.Empty] : act.OffenderIds;
                foreach (string offender in offenders)
                {
                    if (firstByOffender.TryGetValue((victim, offender), out int first))
                    {
                        sets.Union(first, entry);
                    }
                    else
                    {
                        firstByOffender.Add((victim, offender), entry);
                    }
                }
            }
        }

        var byRoot = new Dictionary<int, List<IncidentAct>>();
        var groups = new SortedDictionary<(string Victim, string Offenders), List<IncidentAct>>(GroupComparer.Instance);
        for (int i = 0; i < entries.Count; i++)
        {
            int root = sets.Find(i);
            if (!byRoot.TryGetValue(root, out var acts))
            {
                acts = [];
                byRoot.Add(root, acts);
            }
            acts.Add(entries[i].Act);
        }
        foreach (var set in byRoot)
        {
            // Every entry of a set has the same victim: sets are only joined under one victim.
            string offenders = string.Join(",", set.Value.SelectMany(act => act.OffenderIds).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal));
            groups.Add((entries[set.Key].Victim, offenders), set.Value);
        }

        var crimes = new List<CountedCrime>(groups.Count);
        foreach (var group in groups)
        {
            string? victim = group.Key.Victim.Length == 0 ? null : group.Key.Victim;
            string[] offenderIds = group.Key.Offenders.Length == 0 ? [] : group.Key.Offenders.Split(',');
            string by = offenderIds.Length == 0 ? "an unknown offender" : string.Join(", ", offenderIds);
            var acts = group.Value;
            var offences = Rank(acts.Select(act => act.Offence), ranking);
            var steps = new List<CountingStep>
            {
                new(CountingRule.OneCrimePerVictim, victim is null
                    ? $"No victim (an offence against the State): one crime for the offences by {by}."
                    : $"One crime for victim {victim}, offended against by {by}."),
            };
            if (acts.Count > 1)
            {
                steps.Add(FinishedIncidentStep(acts, by, victim ?? "the State", ranking));
            }
            steps.Add(PrincipalStep(offences, ranking));
            crimes.Add(new CountedCrime(offences[0], victim, offenderIds, offences, steps));
        }
        return crimes.ToArray();
    }

    private static CountingStep FinishedIncidentStep(List<IncidentAct> acts, string by, string against, OffenceRanking ranking)
    {
        var sorted = acts
            .Select(act => (act.Offence, Offenders: string.Join(", ", act.OffenderIds.OrderBy(id => id, StringComparer.Ordinal))))
            .OrderBy(act => ranking.RankOf(act.Offence))
            .ThenBy(act => act.Offence.Code, StringComparer.Ordinal)
            .ThenBy(act => act.Offenders, StringComparer.Ordinal)
            .ToArray();
        bool sameOffenders = true;
        for (int i = 1; i < sorted.Length; i++)
        {
            sameOffenders &= string.Equals(sorted[i].Offenders, sorted[0].Offenders, StringComparison.Ordinal);
        }
        if (sameOffenders)
        {
            return new CountingStep(CountingRule.FinishedIncident,
                $"{acts.Count} offences by {by} against {against} in one finished incident count once: {string.Join(", ", sorted.Select(act => act.Offence.Code))}.");
        }

        // The offenders named by more than one of the grouped offences are the links that joined them.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shared = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var act in acts)
        {
            foreach (string offender in act.OffenderIds)
            {
                if (!seen.Add(offender))
                {
                    shared.Add(offender);
                }
            }
        }
        return new CountingStep(CountingRule.FinishedIncident,
            $"{acts.Count} offences against {against} in one finished incident count once, grouped because they share an offender ({string.Join(", ", shared)}): {string.Join("; ", sorted.Select(act => $"{act.Offence.Code} by {act.Offenders}"))}.");
    }

    private static CountedCrime[] CountLegacy(Incident incident, OffenceRanking ranking, List<CountingStep> steps)
    {
        var offences = Rank(incident.Acts.Select(act => act.Offence), ranking);
        var offenders = incident.Acts.SelectMany(act => act.OffenderIds).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        var crimeSteps = new List<CountingStep>
        {
            new(CountingRule.OneCrimePerIncident,
                $"One crime for the incident, whatever the number of victims ({incident.VictimIds.Count}) and acts ({incident.Acts.Count})."),
        };
        var counted = offences[0];
        if (incident.LegacyOffence is { } legacy)
        {
            crimeSteps.Add(new CountingStep(CountingRule.OneCrimePerIncident, $"Recorded as {legacy.Name} ({legacy.Code}) under the former practice."));
            counted = legacy;
            offences = [legacy, .. offences.Where(o => o != legacy)];
        }
        else
        {
            crimeSteps.Add(PrincipalStep(offences, ranking));
        }
        return [new CountedCrime(counted, null, offenders, offences, crimeSteps)];
    }

    private static Offence[] Rank(IEnumerable<Offence> offences, OffenceRanking ranking) =>
        offences.Distinct().OrderBy(offence => ranking.RankOf(offence)!.Value).ToArray();

    private static CountingStep PrincipalStep(Offence[] offences, OffenceRanking ranking)
    {
        var principal = offences[0];
        string rank = $"{principal.Name} ({principal.Code}, rank {ranking.RankOf(principal)} in the {ranking.Source.Title.ToLowerInvariant()})";
        return new CountingStep(CountingRule.PrincipalCrime, offences.Length == 1
            ? $"The crime is {rank}."
            : $"The principal crime is {rank}, over {string.Join(", ", offences.Skip(1).Select(o => $"{o.Code} (rank {ranking.RankOf(o)})"))}.");
    }

    /// <summary>Disjoint sets over 0, 1, 2, …, joined by size with path halving: near-constant time per operation.</summary>
    private sealed class UnionFind
    {
        private readonly List<int> parent = [];
        private readonly List<int> size = [];

        internal int Add()
        {
            parent.Add(parent.Count);
            size.Add(1);
            return parent.Count - 1;
        }

        internal int Find(int item)
        {
            while (parent[item] != item)
            {
                parent[item] = parent[parent[item]];
                item = parent[item];
            }
            return item;
        }

        internal void Union(int a, int b)
        {
            a = Find(a);
            b = Find(b);
            if (a == b)
            {
                return;
            }
            if (size[a] < size[b])
            {
                (a, b) = (b, a);
            }
            parent[b] = a;
            size[a] += size[b];
        }
    }

    private sealed class GroupComparer : IComparer<(string Victim, string Offenders)>
    {
        internal static readonly GroupComparer Instance = new();

        public int Compare((string Victim, string Offenders) x, (string Victim, string Offenders) y)
        {
            // Victimless groups (empty victim) come last.
            int byVictim = (x.Victim.Length == 0).CompareTo(y.Victim.Length == 0);
            if (byVictim != 0)
            {
                return byVictim;
            }
            byVictim = string.CompareOrdinal(x.Victim, y.Victim);
            return byVictim != 0 ? byVictim : string.CompareOrdinal(x.Offenders, y.Offenders);
        }
    }
}
