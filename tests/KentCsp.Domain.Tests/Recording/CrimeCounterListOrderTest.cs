using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Recording;
using Xunit;
using static KentCsp.Domain.Tests.Recording.RecordingBuilders;

namespace KentCsp.Domain.Tests.Recording;

/// <summary>
/// Counting finds people the same way whatever order the incident and its acts list them in: acts that follow the
/// incident's order, acts that do not, victims named by several acts or left out of some, identifiers that sort
/// differently by number and by text or share long beginnings.
/// </summary>
public class CrimeCounterListOrderTest
{
    private static readonly string[] Offences = ["wounding-with-intent", "assault-with-injury", "assault-without-injury", "criminal-damage", "theft"];

    [Fact]
    public void Count_ActsListVictimsInAnotherOrderThanTheIncident_SameAsInTheIncidentsOrder()
    {
        string[] victims = Numbered("v", 40);
        var inOrder = Incident(
            [new IncidentAct(Offence("assault-without-injury"), ["o1"], victims), new IncidentAct(Offence("criminal-damage"), ["o2"], victims)],
            victims, ["o1", "o2"]);
        var reversed = Incident(
            [new IncidentAct(Offence("assault-without-injury"), ["o1"], victims.Reverse()), new IncidentAct(Offence("criminal-damage"), ["o2"], Rotate(victims, 17))],
            victims, ["o1", "o2"]);

        Assert.Equal(Count(inOrder), Count(reversed));
        Assert.Equal(Tally(inOrder), Tally(reversed));
        Assert.Equal(80, Count(reversed).Total);
    }

    [Fact]
    public void Count_VictimRepeatedAcrossActsBySameOffender_OneCrimeHoldingBothOffences()
    {
        string[] victims = Numbered("v", 30);
        var incident = Incident(
            [
                new IncidentAct(Offence("assault-without-injury"), ["o1"], victims),
                new IncidentAct(Offence("criminal-damage"), ["o2"], Rotate(victims, 3)),
                new IncidentAct(Offence("assault-with-injury"), ["o1"], Rotate(victims, 11)),
            ],
            victims, ["o1", "o2"]);

        var count = Count(incident);

        Assert.Equal(60, count.Total);
        foreach (string victim in victims)
        {
            var crimes = count.Crimes.Where(crime => crime.VictimId == victim).ToArray();
            Assert.Equal(2, crimes.Length);
            Assert.Equal(["assault-with-injury", "assault-without-injury"], crimes[0].Offences.Select(o => o.Code));
            Assert.Equal(["o1"], crimes[0].OffenderIds);
            Assert.Equal(["criminal-damage"], crimes[1].Offences.Select(o => o.Code));
        }
        Assert.Equal(2, Tally(incident).ByOffence.Count);
        Assert.Equal(30, Tally(incident).ByOffence[0].Crimes);
    }

    [Fact]
    public void Count_VictimMissingFromAnAct_JoinsOnlyTheActsThatNameThem()
    {
        string[] victims = Numbered("v", 30);
        string[] everyThird = victims.Where((_, i) => i % 3 == 0).Reverse().ToArray();
        var incident = Incident(
            [
                new IncidentAct(Offence("assault-without-injury"), ["o1"], victims),
                new IncidentAct(Offence("assault-with-injury"), ["o1"], everyThird),
            ],
            victims, ["o1"]);

        var count = Count(incident);

        Assert.Equal(30, count.Total);
        foreach (var crime in count.Crimes)
        {
            bool named = everyThird.Contains(crime.VictimId);
            Assert.Equal(named ? "assault-with-injury" : "assault-without-injury", crime.Offence.Code);
            Assert.Equal(named ? 3 : 2, crime.Steps.Count);
        }
        var tally = Tally(incident);
        Assert.Equal([("assault-with-injury", 10), ("assault-without-injury", 20)], tally.ByOffence.Select(entry => (entry.Offence.Code, entry.Crimes)));
    }

    [Fact]
    public void Count_VictimsListedInNumberOrder_CrimesInOrdinalOrderOfVictims()
    {
        // By number v1, v2, …, v25; by text v1, v10, v11, …, v19, v2, v20, …
        string[] victims = Numbered("v", 25);
        var incident = Incident([new IncidentAct(Offence("theft"), [], victims)], victims, []);

        var count = Count(incident);

        Assert.Equal(victims.OrderBy(id => id, StringComparer.Ordinal), count.Crimes.Select(crime => crime.VictimId));
    }

    [Fact]
    public void Count_IdentifiersSharingLongBeginnings_CrimesInOrdinalOrderOfVictims()
    {
        // Hyphens sort before digits, digits before letters, and a name before any longer name it begins; several share
        // their first twelve characters or more.
        string[] victims =
        [
            "victim-number-2", "victim-number-10", "victim-number-1", "victim-number-1-a", "victim-number-1a", "victim-number",
            "victim-numbe", "victim-numbe-r", "v-1", "v1", "va", "v0", "victim-number-1-a-b", "z", "a", "a-b", "a0", "aa",
            "victim-number-2-z", "victim-number-20", "victim-numberz",
        ];
        var byOffender = new Dictionary<string, string[]> { ["o1"] = victims.Where((_, i) => i % 2 == 0).ToArray(), ["o2"] = victims.Where((_, i) => i % 2 == 1).ToArray() };
        var incident = Incident(
            [new IncidentAct(Offence("theft"), ["o1"], byOffender["o1"]), new IncidentAct(Offence("theft"), ["o2"], byOffender["o2"].Reverse())],
            victims, ["o2", "o1"]);

        var count = Count(incident);

        Assert.Equal(victims.OrderBy(id => id, StringComparer.Ordinal), count.Crimes.Select(crime => crime.VictimId));
        Assert.Equal(Count(Incident(incident.Acts, victims.OrderBy(id => id, StringComparer.Ordinal), ["o1", "o2"])), count);
    }

    [Fact]
    public void Count_ShuffledIncidents_SameCountAndTallyAsInOrder()
    {
        for (int seed = 1; seed <= 40; seed++)
        {
            var inOrder = Generated(seed);
            var shuffled = Shuffle(inOrder, seed);

            Assert.Equal(Count(inOrder), Count(shuffled));
            Assert.Equal(Tally(inOrder), Tally(shuffled));
            Assert.Equal(Count(inOrder).Total, Tally(shuffled).Total);
        }
    }

    /// <summary>
    /// 20 to 120 victims and 1 to 6 offenders; 2 to 8 acts, each by a few offenders (or an unknown one) against some of
    /// the victims listed in the incident's order, repeating victims across acts and leaving some out; one theft names
    /// every victim, and sometimes an offence against the State names none.
    /// </summary>
    private static Incident Generated(int seed)
    {
        var random = new Random(seed);
        string[] victims = Numbered("v", random.Next(20, 121));
        string[] offenders = Numbered("o", random.Next(1, 7));
        var acts = new List<IncidentAct>();
        for (int a = random.Next(2, 9); a > 0; a--)
        {
            var by = offenders.Where(_ => random.Next(3) == 0).ToArray();
            var against = victims.Where(_ => random.Next(4) != 0).ToArray();
            acts.Add(new IncidentAct(Offence(Offences[random.Next(Offences.Length)]), by, against.Length > 0 ? against : [victims[0]]));
        }
        acts.Add(new IncidentAct(Offence("theft"), offenders.Take(1), victims));
        if (random.Next(2) == 0)
        {
            acts.Add(new IncidentAct(Offence("public-order"), offenders.Skip(offenders.Length - 1), []));
        }
        return Incident(acts, victims, offenders);
    }

    private static Incident Shuffle(Incident incident, int seed)
    {
        var random = new Random(seed);
        return Incident(
            incident.Acts.Select(a => new IncidentAct(a.Offence, a.OffenderIds.OrderBy(_ => random.Next()).ToArray(), a.VictimIds.OrderBy(_ => random.Next()).ToArray()))
                .OrderBy(_ => random.Next()).ToArray(),
            incident.VictimIds.OrderBy(_ => random.Next()).ToArray(),
            incident.OffenderIds.OrderBy(_ => random.Next()).ToArray());
    }

    private static Incident Incident(IEnumerable<IncidentAct> acts, IEnumerable<string> victims, IEnumerable<string> offenders) =>
        new("ordered", ReportedAt, victims, offenders, acts, RecordedAfter(2), null);

    private static string[] Numbered(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i}").ToArray();

    private static string[] Rotate(string[] ids, int by) => ids.Skip(by).Concat(ids.Take(by)).ToArray();

    private static CrimeCount Count(Incident incident) => CrimeCounter.Count(incident, OffenceRanking.Illustrative, CountingMode.VictimBased);

    private static CrimeTally Tally(Incident incident) => CrimeCounter.Tally(incident, OffenceRanking.Illustrative, CountingMode.VictimBased);
}
