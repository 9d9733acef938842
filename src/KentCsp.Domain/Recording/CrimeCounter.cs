using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
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
        var actRanks = CheckArguments(incident, ranking, mode, policy);
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
            findings.Add(RecordedLate(incident, policy));
        }

        CountedCrimeList crimes;
        if (mode == CountingMode.Legacy)
        {
            crimes = CountedCrimeList.Of(ValueList<CountedCrime>.Own(CountLegacy(incident, ranking, steps)));
        }
        else
        {
            using var count = new VictimBasedCount(incident, ranking, actRanks);
            crimes = count.Crimes();
        }
        return new CrimeCount(crimes, incident.Id, mode, steps, findings);
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

    /// <summary>
    /// Counts the crimes an incident yields without the rule trail: how many, and how many of each offence counted. For
    /// counting many incidents, or one with very many victims, where the trail is not wanted.
    /// </summary>
    /// <remarks>
    /// The rules are those of <see cref="Count(Incident, OffenceRanking, CountingMode, RecordingPolicy)"/>, applied by
    /// the same grouping: the tally always agrees with the full count's <see cref="CrimeCount.Total"/>, its crimes'
    /// offences and its findings. No sentence is written and no crime is built; the working space it needs, linear in
    /// the number of victim–act pairs, is rented from the shared array pool and returned before it returns, so it
    /// allocates only its result and a fixed amount, whatever the number of victims.
    /// </remarks>
    /// <param name="incident">The incident.</param>
    /// <param name="ranking">The offence ranking for the principal crime rule; it must list every offence of the incident.</param>
    /// <param name="mode">Victim-based or legacy counting.</param>
    /// <param name="policy">The recording policy, for the timeliness finding.</param>
    /// <returns>The number of crimes, by offence counted, and any findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ranking"/> does not list an offence of the incident.</exception>
    public static CrimeTally Tally(Incident incident, OffenceRanking ranking, CountingMode mode, RecordingPolicy policy)
    {
        var actRanks = CheckArguments(incident, ranking, mode, policy);
        if (incident.Decision.Kind != RecordingDecisionKind.Recorded)
        {
            return new CrimeTally(incident.Id, mode, ValueList<OffenceTally>.Empty, ValueList<Finding>.Empty);
        }
        var findings = policy.IsTimely(incident) ? ValueList<Finding>.Empty : ValueList<Finding>.Own([RecordedLate(incident, policy)]);
        if (mode == CountingMode.Legacy)
        {
            int principal = int.MaxValue;
            foreach (int rank in actRanks)
            {
                principal = Math.Min(principal, rank);
            }
            var counted = incident.LegacyOffence ?? ranking.Offences[principal - 1];
            return new CrimeTally(incident.Id, mode, ValueList<OffenceTally>.Own([new OffenceTally(counted, 1)]), findings);
        }

        var byRank = ArrayPool<int>.Shared.Rent(ranking.Offences.Count + 1);
        Array.Clear(byRank, 0, ranking.Offences.Count + 1);
        using (var count = new VictimBasedCount(incident, ranking, actRanks))
        {
            count.TallyInto(byRank);
        }
        int counts = 0;
        for (int rank = 1; rank <= ranking.Offences.Count; rank++)
        {
            counts += byRank[rank] > 0 ? 1 : 0;
        }
        var byOffence = new OffenceTally[counts];
        for (int rank = 1, at = 0; rank <= ranking.Offences.Count; rank++)
        {
            if (byRank[rank] > 0)
            {
                byOffence[at++] = new OffenceTally(ranking.Offences[rank - 1], byRank[rank]);
            }
        }
        ArrayPool<int>.Shared.Return(byRank);
        return new CrimeTally(incident.Id, mode, ValueList<OffenceTally>.Own(byOffence), findings);
    }

    /// <summary>Counts the crimes an incident yields without the rule trail, under the default recording policy (24 hours).</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="ranking">The offence ranking for the principal crime rule; it must list every offence of the incident.</param>
    /// <param name="mode">Victim-based or legacy counting.</param>
    /// <returns>The number of crimes, by offence counted, and any findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ranking"/> does not list an offence of the incident.</exception>
    public static CrimeTally Tally(Incident incident, OffenceRanking ranking, CountingMode mode) =>
        Tally(incident, ranking, mode, RecordingPolicy.Default);

    /// <summary>Checks the arguments of a count, and ranks each act's offence (every one is listed: the check refuses otherwise).</summary>
    private static int[] CheckArguments(Incident incident, OffenceRanking ranking, CountingMode mode, RecordingPolicy policy)
    {
        Preconditions.CheckNotNull(incident);
        Preconditions.CheckNotNull(ranking);
        Preconditions.CheckNotNull(mode);
        Preconditions.CheckNotNull(policy);
        var acts = incident.Acts;
        var ranks = new int[acts.Count];
        for (int i = 0; i < acts.Count; i++)
        {
            var offence = acts[i].Offence;
            int? rank = ranking.RankOf(offence);
            if (rank is null)
            {
                Preconditions.ThrowArgument(nameof(ranking), $"does not list the offence '{offence.Code}' of acts[{i}]");
            }
            ranks[i] = rank.Value;
        }
        return ranks;
    }

    /// <summary>REC-001, for an incident recorded later than the policy's window (built only when it is).</summary>
    private static Finding RecordedLate(Incident incident, RecordingPolicy policy)
    {
        var rule = RecordingRule.RecordedLate;
        return new Finding(
            rule.Id,
            rule.Severity,
            $"incidents[{incident.Id}]",
            $"Recorded {RecordingPolicy.FormatDuration(incident.TimeToDecision)} after the report, later than the {RecordingPolicy.FormatDuration(policy.RecordingWindow)} allowed.",
            [
                new FindingFigure("reportedAt", RecordingDecision.Format(incident.ReportedAt)),
                new FindingFigure("recordedAt", RecordingDecision.Format(incident.Decision.At)),
                new FindingFigure("window", RecordingPolicy.FormatDuration(policy.RecordingWindow)),
            ],
            RecordingSources.Ncrs);
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

    /// <summary>
    /// The victim-based count of one incident (General Rules D, E and F), in time linear in the number of victim–act
    /// and victim–offender pairs, with working space rented from the shared pool and returned by <see cref="Dispose"/>.
    /// </summary>
    /// <remarks>
    /// <para>One entry per (victim, act); an act with no victim (an offence against the State) has one entry under "no
    /// victim". Entries of one victim are joined when their acts share an offender (disjoint sets over the entries, so
    /// the grouping is transitive); acts by an unknown offender join each other. People are numbered once through the
    /// incident's own lists (<see cref="IdentifierPositions"/>: acts usually name victims in the incident's order, so
    /// most are found without hashing), the entries are put in order of victim by a counting pass, and each victim's
    /// entries are joined through the first entry seen for each offender, kept in an array by offender.</para>
    /// <para>A tally reads only the sets. Crimes are built set by set in the order the entries came (the incident's),
    /// each put at its place in the order the count promises (by victim, then by offenders, ordinal; no victim last),
    /// and what several crimes say alike is made once: the list of a lone offender, the offences of a crime and its
    /// principal crime step are shared by every crime with the same offences.</para>
    /// </remarks>
    private sealed class VictimBasedCount : IDisposable
    {
        private readonly Incident incident;
        private readonly OffenceRanking ranking;
        private readonly int[] actRanks;
        private readonly int victims;
        private readonly int offenders;
        private readonly int entries;
        private readonly RentedArrays rented = new();

        // Each act's offenders by number, acts one after another: those of act a are actOffender[actOffenderStart[a]..actOffenderStart[a + 1]).
        private readonly int[] actOffenderStart;
        private readonly int[] actOffender;
        private readonly int[] entryVictim;
        private readonly int[] entryAct;

        // Disjoint sets over the entries: a root holds minus the size of its set, any other entry its parent.
        private readonly int[] parent;

        internal VictimBasedCount(Incident incident, OffenceRanking ranking, int[] actRanks)
        {
            this.incident = incident;
            this.ranking = ranking;
            this.actRanks = actRanks;
            victims = incident.VictimIds.Count;
            offenders = incident.OffenderIds.Count;
            var acts = incident.Acts;
            try
            {
                actOffenderStart = rented.Ints(acts.Count + 1);
                int listed = 0;
                for (int a = 0; a < acts.Count; a++)
                {
                    actOffenderStart[a] = listed;
                    listed += acts[a].OffenderIds.Count;
                    entries += Math.Max(1, acts[a].VictimIds.Count);
                }
                actOffenderStart[acts.Count] = listed;
                actOffender = rented.Ints(listed);
                using (var offenderPositions = new IdentifierPositions(incident.OffenderIds))
                {
                    for (int a = 0, at = 0; a < acts.Count; a++)
                    {
                        var ids = acts[a].OffenderIds;
                        for (int j = 0; j < ids.Count; j++)
                        {
                            actOffender[at++] = offenderPositions.IndexOf(ids[j]);
                        }
                    }
                }

                // Victim number `victims` is no victim.
                entryVictim = rented.Ints(entries);
                entryAct = rented.Ints(entries);
                parent = rented.Ints(entries);
                using (var victimPositions = new IdentifierPositions(incident.VictimIds))
                {
                    int entry = 0;
                    for (int a = 0; a < acts.Count; a++)
                    {
                        // Every act's victims and offenders are the incident's (the incident checks it).
                        var actVictims = acts[a].VictimIds;
                        if (actVictims.Count == 0)
                        {
                            entryVictim[entry] = victims;
                            entryAct[entry] = a;
                            parent[entry++] = -1;
                        }
                        for (int i = 0; i < actVictims.Count; i++, entry++)
                        {
                            entryVictim[entry] = victimPositions.IndexOf(actVictims[i]);
                            entryAct[entry] = a;
                            parent[entry] = -1;
                        }
                    }
                }
                JoinBySharedOffender();
            }
            catch
            {
                rented.Dispose();
                throw;
            }
        }

        /// <summary>Returns the working space to the pool.</summary>
        public void Dispose() => rented.Dispose();

        /// <summary>
        /// Joins each victim's entries whose acts share an offender (offender number <c>offenders</c> is an unknown
        /// offender): the entries in order of victim, and for each offender the first entry of the current victim
        /// naming them.
        /// </summary>
        private void JoinBySharedOffender()
        {
            var victimStart = rented.Ints(victims + 2);
            Array.Clear(victimStart, 0, victims + 2);
            for (int e = 0; e < entries; e++)
            {
                victimStart[entryVictim[e] + 1]++;
            }
            Accumulate(victimStart, victims + 2);
            var byVictim = rented.Ints(entries);
            for (int e = 0; e < entries; e++)
            {
                byVictim[victimStart[entryVictim[e]]++] = e;
            }

            // victimStart[v] is now where victim v's entries end.
            var seenFor = rented.Ints(offenders + 1);
            var firstEntry = rented.Ints(offenders + 1);
            for (int o = 0; o <= offenders; o++)
            {
                seenFor[o] = -1;
            }
            for (int v = 0, from = 0; v <= victims; from = victimStart[v++])
            {
                for (int k = from; k < victimStart[v]; k++)
                {
                    int entry = byVictim[k];
                    int act = entryAct[entry];
                    int first = actOffenderStart[act], last = actOffenderStart[act + 1];
                    if (first == last)
                    {
                        JoinFirst(seenFor, firstEntry, offenders, v, entry);
                    }
                    for (int j = first; j < last; j++)
                    {
                        JoinFirst(seenFor, firstEntry, actOffender[j], v, entry);
                    }
                }
            }
            rented.Return(seenFor);
            rented.Return(firstEntry);
            rented.Return(byVictim);
            rented.Return(victimStart);
        }

        private void JoinFirst(int[] seenFor, int[] firstEntry, int offender, int victim, int entry)
        {
            if (seenFor[offender] == victim)
            {
                Join(firstEntry[offender], entry);
            }
            else
            {
                seenFor[offender] = victim;
                firstEntry[offender] = entry;
            }
        }

        /// <summary>Adds the number of crimes of each principal offence to <paramref name="byRank"/>, indexed by rank.</summary>
        internal void TallyInto(int[] byRank)
        {
            // The sets are complete: each root's size is no longer needed, so it holds minus the best rank in its set.
            for (int e = 0; e < entries; e++)
            {
                if (parent[e] < 0)
                {
                    parent[e] = int.MinValue;
                }
            }
            for (int e = 0; e < entries; e++)
            {
                int root = Find(e);
                parent[root] = Math.Max(parent[root], -actRanks[entryAct[e]]);
            }
            for (int e = 0; e < entries; e++)
            {
                if (parent[e] < 0)
                {
                    byRank[-parent[e]]++;
                }
            }
        }

        /// <summary>The crimes, by victim (ordinal, no victim last) and then by offenders, each with its trail.</summary>
        internal CountedCrimeList Crimes()
        {
            // Number the sets in entry order, and list each set's entries in entry order.
            var groupOf = rented.Ints(entries);
            int groups = 0;
            for (int e = 0; e < entries; e++)
            {
                if (parent[e] < 0)
                {
                    groupOf[e] = groups++;
                }
            }
            var entryStart = rented.Ints(groups + 1);
            Array.Clear(entryStart, 0, groups + 1);
            for (int e = 0; e < entries; e++)
            {
                groupOf[e] = groupOf[Find(e)];
                entryStart[groupOf[e] + 1]++;
            }
            Accumulate(entryStart, groups + 1);
            var groupEntries = rented.Ints(entries);
            for (int e = 0; e < entries; e++)
            {
                // entryStart[g] moves to the end of set g, which is where set g + 1 starts: shifted back below.
                groupEntries[entryStart[groupOf[e]]++] = e;
            }
            for (int g = groups; g > 0; g--)
            {
                entryStart[g] = entryStart[g - 1];
            }
            entryStart[0] = 0;
            rented.Return(groupOf);

            // Each set's offenders, distinct, as positions in the offenders' ordinal order.
            var offenderOrder = rented.Ints(offenders);
            OrdinalOrder.Fill(incident.OffenderIds, offenderOrder);
            var offenderPosition = rented.Ints(offenders);
            for (int p = 0; p < offenders; p++)
            {
                offenderPosition[offenderOrder[p]] = p;
            }
            var seen = rented.Ints(offenders);
            Array.Clear(seen, 0, offenders);
            var offenderStart = rented.Ints(groups + 1);
            var groupOffenders = rented.Ints(Math.Max(groups, 16));
            int listed = 0;
            offenderStart[0] = 0;
            for (int g = 0; g < groups; g++)
            {
                for (int k = entryStart[g]; k < entryStart[g + 1]; k++)
                {
                    int act = entryAct[groupEntries[k]];
                    for (int j = actOffenderStart[act]; j < actOffenderStart[act + 1]; j++)
                    {
                        int position = offenderPosition[actOffender[j]];
                        if (seen[position] != g + 1)
                        {
                            seen[position] = g + 1;
                            if (listed == groupOffenders.Length)
                            {
                                groupOffenders = rented.Grow(groupOffenders, listed);
                            }
                            groupOffenders[listed++] = position;
                        }
                    }
                }
                offenderStart[g + 1] = listed;
                if (listed - offenderStart[g] > 1)
                {
                    Array.Sort(groupOffenders, offenderStart[g], listed - offenderStart[g]);
                }
            }
            rented.Return(seen);
            rented.Return(offenderPosition);

            // The place of each set among the crimes: by the victim's ordinal position (no victim last), then by offenders.
            var victimPosition = rented.Ints(victims + 1);
            var victimOrder = rented.Ints(victims);
            OrdinalOrder.Fill(incident.VictimIds, victimOrder);
            for (int p = 0; p < victims; p++)
            {
                victimPosition[victimOrder[p]] = p;
            }
            victimPosition[victims] = victims;
            rented.Return(victimOrder);
            var bucketStart = rented.Ints(victims + 2);
            Array.Clear(bucketStart, 0, victims + 2);
            for (int g = 0; g < groups; g++)
            {
                bucketStart[victimPosition[entryVictim[groupEntries[entryStart[g]]]] + 1]++;
            }
            Accumulate(bucketStart, victims + 2);
            var order = rented.Ints(groups);
            var placeOf = rented.Ints(groups);
            OffenderListComparer? byOffenders = null;
            for (int g = 0; g < groups; g++)
            {
                int place = bucketStart[victimPosition[entryVictim[groupEntries[entryStart[g]]]]]++;
                order[place] = g;
                placeOf[g] = place;
            }

            // bucketStart[b] is now where bucket b ends; a bucket of more than one set is sorted by offenders.
            for (int b = 0, from = 0; b <= victims; from = bucketStart[b++])
            {
                if (bucketStart[b] - from > 1)
                {
                    byOffenders ??= new OffenderListComparer(groupOffenders, offenderStart);
                    Sort(order, from, bucketStart[b] - from, byOffenders);
                }
            }
            if (byOffenders is not null)
            {
                for (int c = 0; c < groups; c++)
                {
                    placeOf[order[c]] = c;
                }
            }
            rented.Return(order);
            rented.Return(bucketStart);
            rented.Return(victimPosition);

            // Handed over, not copied: nothing else holds the pages.
            var crimes = CountedCrimeList.NewPages(groups);
            var texts = new Texts(this, offenderOrder, groupOffenders, offenderStart);
            for (int g = 0; g < groups; g++)
            {
                int place = placeOf[g];
                crimes[place >> Pages.Shift][place & Pages.Mask] = texts.Crime(groupEntries, entryStart[g], entryStart[g + 1], g);
            }
            return CountedCrimeList.Own(crimes, groups, incident.VictimIds, texts.Shapes());
        }

        private void Join(int first, int entry)
        {
            if (first == entry)
            {
                return;
            }
            int a = Find(first);
            int b = Find(entry);
            if (a == b)
            {
                return;
            }
            if (parent[a] > parent[b])
            {
                // a's set is the smaller: hang it under b's.
                (a, b) = (b, a);
            }
            parent[a] += parent[b];
            parent[b] = a;
        }

        /// <summary>The root of an entry's set, halving the path as it goes: near-constant time per call.</summary>
        private int Find(int entry)
        {
            while (parent[entry] >= 0)
            {
                int up = parent[entry];
                if (parent[up] < 0)
                {
                    return up;
                }
                parent[entry] = parent[up];
                entry = parent[up];
            }
            return entry;
        }

        /// <summary>
        /// Sorts part of an array: a short part (the few sets of one victim, the few acts of one crime) by insertion,
        /// which allocates nothing, where <see cref="Array.Sort{T}(T[], int, int, IComparer{T})"/> makes a delegate of
        /// the comparer each call.
        /// </summary>
        private static void Sort(int[] items, int from, int length, IComparer<int> comparer)
        {
            if (length > 16)
            {
                Array.Sort(items, from, length, comparer);
                return;
            }
            for (int i = from + 1; i < from + length; i++)
            {
                int item = items[i];
                int j = i - 1;
                for (; j >= from && comparer.Compare(items[j], item) > 0; j--)
                {
                    items[j + 1] = items[j];
                }
                items[j + 1] = item;
            }
        }

        private static void Accumulate(int[] starts, int length)
        {
            for (int i = 1; i < length; i++)
            {
                starts[i] += starts[i - 1];
            }
        }

        /// <summary>Builds each crime and its trail, making once what several crimes say alike.</summary>
        private sealed class Texts(VictimBasedCount count, int[] offenderOrder, int[] groupOffenders, int[] offenderStart)
        {
            private readonly ValueList<string>?[] loneOffenders = new ValueList<string>?[count.offenders];
            private readonly Dictionary<ulong, Principal> principals = [];
            private readonly int[] rankSeen = new int[count.ranking.Offences.Count + 1];
            private readonly List<int> ranks = [];
            private readonly string?[] actOffenders = new string?[count.incident.Acts.Count];
            private readonly StringBuilder text = new(256);
            private readonly Dictionary<Numbers, FinishedIncidentText> finishedTexts = new(Numbers.Comparer);
            private readonly Dictionary<Numbers, ValueList<string>> offenderLists = new(Numbers.Comparer);
            private readonly Dictionary<ShapeKey, int> shapeNumbers = new(ShapeKey.Comparer);
            private readonly List<CountedCrimeList.Shape> shapes = [];
            private ShapeKey lastShape;
            private int lastShapeNumber = -1;
            private int[] acts = new int[4];
            private ActComparer? actComparer;

            internal CountedCrimeList.Parts Crime(int[] groupEntries, int from, int to, int group)
            {
                int victimNumber = count.entryVictim[groupEntries[from]];
                var offenderIds = Offenders(offenderStart[group], offenderStart[group + 1]);

                // The distinct offences, most serious first (distinct offences of one ranking have distinct ranks).
                ranks.Clear();
                for (int k = from; k < to; k++)
                {
                    int rank = count.actRanks[count.entryAct[groupEntries[k]]];
                    if (rankSeen[rank] != group + 1)
                    {
                        rankSeen[rank] = group + 1;
                        ranks.Add(rank);
                    }
                }
                ranks.Sort();
                var principal = PrincipalOf(ranks);

                var finished = to - from > 1 ? FinishedIncident(groupEntries, from, to, offenderIds) : null;
                return new CountedCrimeList.Parts(victimNumber == count.victims ? -1 : victimNumber, ShapeOf(new ShapeKey(offenderIds, principal, finished)));
            }

            /// <summary>The shapes numbered so far, to hand over.</summary>
            internal CountedCrimeList.Shape[] Shapes() => shapes.ToArray();

            // Crimes of one shape usually come one after another (the thrown fluid's are all alike; the brawl's
            // alternate between two), so the last shape is tried before the table.
            private int ShapeOf(ShapeKey key)
            {
                if (lastShapeNumber >= 0 && ShapeKey.Comparer.Equals(key, lastShape))
                {
                    return lastShapeNumber;
                }
                if (!shapeNumbers.TryGetValue(key, out int number))
                {
                    number = shapes.Count;
                    shapes.Add(new CountedCrimeList.Shape(key.Offenders, key.Principal.Offences, key.Finished, key.Principal.Step));
                    shapeNumbers.Add(key, number);
                }
                lastShape = key;
                lastShapeNumber = number;
                return number;
            }

            private ValueList<string> Offenders(int from, int to)
            {
                var ids = count.incident.OffenderIds;
                if (to - from == 0)
                {
                    return ValueList<string>.Empty;
                }
                if (to - from == 1)
                {
                    int position = groupOffenders[from];
                    return loneOffenders[position] ??= ValueList<string>.Own([ids[offenderOrder[position]]]);
                }
                if (offenderLists.TryGetValue(new Numbers(groupOffenders, from, to - from), out var known))
                {
                    return known;
                }
                var list = new string[to - from];
                var positions = new int[to - from];
                for (int i = 0; i < list.Length; i++)
                {
                    positions[i] = groupOffenders[from + i];
                    list[i] = ids[offenderOrder[positions[i]]];
                }
                var made = ValueList<string>.Own(list);
                offenderLists.Add(new Numbers(positions, 0, positions.Length), made);
                return made;
            }

            /// <summary>The offences of the given ranks and the principal crime step, made once per set of offences where the ranking has at most 64.</summary>
            private Principal PrincipalOf(List<int> sortedRanks)
            {
                ulong key = 0;
                bool keyed = count.ranking.Offences.Count <= 64;
                if (keyed)
                {
                    foreach (int rank in sortedRanks)
                    {
                        key |= 1UL << (rank - 1);
                    }
                    if (principals.TryGetValue(key, out var known))
                    {
                        return known;
                    }
                }
                var offences = new Offence[sortedRanks.Count];
                for (int i = 0; i < offences.Length; i++)
                {
                    offences[i] = count.ranking.Offences[sortedRanks[i] - 1];
                }
                var made = new Principal(ValueList<Offence>.Own(offences), PrincipalStep(offences, count.ranking));
                if (keyed)
                {
                    principals.Add(key, made);
                }
                return made;
            }

            /// <summary>
            /// The finished incident step less the victim, made once for each set of acts grouped: the acts, their
            /// order and their offenders decide the text around the victim.
            /// </summary>
            private FinishedIncidentText FinishedIncident(int[] groupEntries, int from, int to, ValueList<string> offenderIds)
            {
                int n = to - from;
                if (acts.Length < n)
                {
                    acts = new int[Math.Max(n, acts.Length * 2)];
                }
                for (int k = 0; k < n; k++)
                {
                    int act = count.entryAct[groupEntries[from + k]];
                    actOffenders[act] ??= string.Join(", ", Sorted(count.incident.Acts[act].OffenderIds));
                    acts[k] = act;
                }
                actComparer ??= new ActComparer(count, actOffenders);
                Sort(acts, 0, n, actComparer);
                if (finishedTexts.TryGetValue(new Numbers(acts, 0, n), out var known))
                {
                    return known;
                }
                var made = TextAround(groupEntries, from, to, CountedCrime.OffendersText(offenderIds));
                var own = new int[n];
                Array.Copy(acts, own, n);
                finishedTexts.Add(new Numbers(own, 0, n), made);
                return made;
            }

            // The text around the victim for the acts in `acts`, sorted as the step lists them.
            private FinishedIncidentText TextAround(int[] groupEntries, int from, int to, string by)
            {
                int n = to - from;
                bool sameOffenders = true;
                for (int k = 1; k < n; k++)
                {
                    sameOffenders &= string.Equals(actOffenders[acts[k]], actOffenders[acts[0]], StringComparison.Ordinal);
                }
                var incidentActs = count.incident.Acts;
                text.Clear();
                if (sameOffenders)
                {
                    string before = n.ToString(CultureInfo.InvariantCulture) + " offences by " + by + " against ";
                    text.Append(" in one finished incident count once: ");
                    for (int k = 0; k < n; k++)
                    {
                        text.Append(k == 0 ? "" : ", ").Append(incidentActs[acts[k]].Offence.Code);
                    }
                    return new FinishedIncidentText(before, text.Append('.').ToString());
                }

                // The offenders named by more than one of the grouped offences are the links that joined them.
                var named = new HashSet<string>(StringComparer.Ordinal);
                var shared = new SortedSet<string>(StringComparer.Ordinal);
                for (int k = from; k < to; k++)
                {
                    foreach (string offender in incidentActs[count.entryAct[groupEntries[k]]].OffenderIds)
                    {
                        if (!named.Add(offender))
                        {
                            shared.Add(offender);
                        }
                    }
                }
                text.Append(" in one finished incident count once, grouped because they share an offender (")
                    .Append(string.Join(", ", shared)).Append("): ");
                for (int k = 0; k < n; k++)
                {
                    text.Append(k == 0 ? "" : "; ").Append(incidentActs[acts[k]].Offence.Code).Append(" by ").Append(actOffenders[acts[k]]);
                }
                return new FinishedIncidentText(n.ToString(CultureInfo.InvariantCulture) + " offences against ", text.Append('.').ToString());
            }

            private static string[] Sorted(IReadOnlyList<string> ids)
            {
                var sorted = new string[ids.Count];
                for (int i = 0; i < sorted.Length; i++)
                {
                    sorted[i] = ids[i];
                }
                Array.Sort(sorted, StringComparer.Ordinal);
                return sorted;
            }
        }

        /// <summary>Part of an array of numbers, compared as a sequence: the key of a set of acts or of offenders.</summary>
        private readonly struct Numbers(int[] items, int from, int length)
        {
            internal static readonly IEqualityComparer<Numbers> Comparer = new SequenceComparer();

            private readonly int[] items = items;
            private readonly int from = from;
            private readonly int length = length;

            private sealed class SequenceComparer : IEqualityComparer<Numbers>
            {
                public bool Equals(Numbers x, Numbers y) => x.items.AsSpan(x.from, x.length).SequenceEqual(y.items.AsSpan(y.from, y.length));

                public int GetHashCode(Numbers numbers)
                {
                    int hash = EqualityHelper.Hash(EqualityHelper.Initialize(), numbers.length);
                    for (int i = numbers.from; i < numbers.from + numbers.length; i++)
                    {
                        hash = EqualityHelper.Hash(hash, numbers.items[i]);
                    }
                    return hash;
                }
            }
        }

        /// <summary>
        /// What makes two crimes of one count alike but for the victim: their offenders, offences and finished incident
        /// text, each made once per count (or per set of offences, where the ranking has at most 64) and so compared by
        /// reference.
        /// </summary>
        private readonly struct ShapeKey(ValueList<string> offenders, Principal principal, FinishedIncidentText? finished)
        {
            internal static readonly IEqualityComparer<ShapeKey> Comparer = new ReferenceComparer();

            internal ValueList<string> Offenders { get; } = offenders;

            internal Principal Principal { get; } = principal;

            internal FinishedIncidentText? Finished { get; } = finished;

            private sealed class ReferenceComparer : IEqualityComparer<ShapeKey>
            {
                public bool Equals(ShapeKey x, ShapeKey y) =>
                    ReferenceEquals(x.Offenders, y.Offenders) && ReferenceEquals(x.Principal, y.Principal) && ReferenceEquals(x.Finished, y.Finished);

                public int GetHashCode(ShapeKey key) =>
                    EqualityHelper.Hash(EqualityHelper.Hash(EqualityHelper.Hash(EqualityHelper.Initialize(), RuntimeHelpers.GetHashCode(key.Offenders)),
                        RuntimeHelpers.GetHashCode(key.Principal)), key.Finished is null ? 0 : RuntimeHelpers.GetHashCode(key.Finished));
            }
        }

        /// <summary>The offences of a crime, most serious first, and its principal crime step.</summary>
        private sealed class Principal(ValueList<Offence> offences, CountingStep step)
        {
            internal ValueList<Offence> Offences { get; } = offences;

            internal CountingStep Step { get; } = step;
        }

        /// <summary>Orders a set's acts as the finished incident step lists them: by rank, then code, then offenders (ordinal).</summary>
        private sealed class ActComparer(VictimBasedCount count, string?[] actOffenders) : IComparer<int>
        {
            public int Compare(int x, int y)
            {
                int byRank = count.actRanks[x].CompareTo(count.actRanks[y]);
                if (byRank != 0)
                {
                    return byRank;
                }
                int byCode = string.CompareOrdinal(count.incident.Acts[x].Offence.Code, count.incident.Acts[y].Offence.Code);
                return byCode != 0 ? byCode : string.CompareOrdinal(actOffenders[x], actOffenders[y]);
            }
        }

        /// <summary>
        /// Orders sets of one victim by their offenders, as the texts "o1,o2" compare (ordinal): identifiers are
        /// lower-case letters, digits and hyphens, all after the comma, so the lists compare element by element, a
        /// list before any longer list it begins.
        /// </summary>
        private sealed class OffenderListComparer(int[] groupOffenders, int[] offenderStart) : IComparer<int>
        {
            public int Compare(int x, int y)
            {
                int xFrom = offenderStart[x], xLength = offenderStart[x + 1] - xFrom;
                int yFrom = offenderStart[y], yLength = offenderStart[y + 1] - yFrom;
                for (int i = 0; i < xLength && i < yLength; i++)
                {
                    int byOffender = groupOffenders[xFrom + i].CompareTo(groupOffenders[yFrom + i]);
                    if (byOffender != 0)
                    {
                        return byOffender;
                    }
                }
                return xLength.CompareTo(yLength);
            }
        }
    }
}
