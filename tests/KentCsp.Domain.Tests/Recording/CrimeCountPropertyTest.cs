using System.Linq;
using CsCheck;
using KentCsp.Domain.Recording;
using Xunit;
using static KentCsp.Domain.Tests.Recording.RecordingBuilders;

namespace KentCsp.Domain.Tests.Recording;

/// <summary>Counting holds its invariants whatever the incident, and does not depend on the order things are listed in.</summary>
public class CrimeCountPropertyTest
{
    private static readonly string[] PersonOffences = ["wounding-with-intent", "assault-with-injury", "assault-without-injury", "criminal-damage", "theft"];

    // 1–6 victims, 0–3 offenders, 1–5 acts each against a non-empty subset of victims by a subset of offenders.
    private static readonly Gen<Incident> Incidents =
        Gen.Select(Gen.Int[1, 6], Gen.Int[0, 3], Gen.Select(Gen.Int[0, PersonOffences.Length - 1], Gen.Int[1, 63], Gen.Int[0, 7]).Array[1, 5],
            (victimCount, offenderCount, acts) =>
            {
                string[] victims = Enumerable.Range(1, victimCount).Select(i => $"v{i}").ToArray();
                string[] offenders = Enumerable.Range(1, offenderCount).Select(i => $"o{i}").ToArray();
                var built = acts.Select(a => new IncidentAct(
                    Offence(PersonOffences[a.Item1]),
                    offenders.Where((_, i) => (a.Item3 & (1 << i)) != 0),
                    victims.Where((_, i) => (a.Item2 & (1 << i)) != 0) is var some && some.Any() ? some : [victims[0]])).ToList();
                // Every victim must be named by some act.
                built.Add(new IncidentAct(Offence("theft"), [], victims));
                return new Incident("generated", ReportedAt, victims, offenders, built, RecordedAfter(2), null);
            });

    private static Incident Shuffle(Incident incident, int seed)
    {
        var random = new System.Random(seed);
        return new Incident(
            incident.Id,
            incident.ReportedAt,
            incident.VictimIds.OrderBy(_ => random.Next()).ToArray(),
            incident.OffenderIds.OrderBy(_ => random.Next()).ToArray(),
            incident.Acts.Select(a => new IncidentAct(a.Offence, a.OffenderIds.OrderBy(_ => random.Next()).ToArray(), a.VictimIds.OrderBy(_ => random.Next()).ToArray()))
                .OrderBy(_ => random.Next()).ToArray(),
            incident.Decision,
            incident.LegacyOffence);
    }

    private static CrimeCount Count(Incident incident, CountingMode mode) => CrimeCounter.Count(incident, OffenceRanking.Illustrative, mode);

    [Fact]
    public void Count_AnyOrderOfVictimsOffendersAndActs_SameCount()
    {
        Gen.Select(Incidents, Gen.Int).Sample((incident, seed) =>
            Count(incident, CountingMode.VictimBased) == Count(Shuffle(incident, seed), CountingMode.VictimBased)
            && Count(incident, CountingMode.Legacy) == Count(Shuffle(incident, seed), CountingMode.Legacy));
    }

    [Fact]
    public void Count_AnyIncident_BetweenVictimsAndVictimsTimesOffences()
    {
        Incidents.Sample(incident =>
        {
            int total = Count(incident, CountingMode.VictimBased).Total;
            int victims = incident.VictimIds.Count;
            return total >= victims && total <= victims * incident.Acts.Count;
        });
    }

    [Fact]
    public void Count_AnyIncidentLegacy_IsOneCrime()
    {
        Incidents.Sample(incident => Count(incident, CountingMode.Legacy).Total == 1);
    }
}
