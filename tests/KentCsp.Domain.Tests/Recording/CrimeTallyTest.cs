using System.Collections.Generic;
using System.Linq;
using CsCheck;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Recording;
using Xunit;
using static KentCsp.Domain.Tests.Recording.RecordingBuilders;

namespace KentCsp.Domain.Tests.Recording;

/// <summary>A tally counts exactly what a full count does, without the rule trail.</summary>
public class CrimeTallyTest
{
    private static readonly string[] Offences = ["wounding-with-intent", "assault-with-injury", "assault-without-injury", "public-order", "criminal-damage", "theft"];

    // 1–6 victims, 0–3 offenders, 1–6 acts, each by a subset of the offenders (none: unknown) against a non-empty subset
    // of the victims, or against the State for a public order offence; recorded on time, late, or not at all.
    private static readonly Gen<Incident> Incidents =
        Gen.Select(Gen.Int[1, 6], Gen.Int[0, 3], Gen.Select(Gen.Int[0, Offences.Length - 1], Gen.Int[1, 63], Gen.Int[0, 7]).Array[1, 6], Gen.Int[0, 2],
            (victimCount, offenderCount, acts, decision) =>
            {
                string[] victims = Enumerable.Range(1, victimCount).Select(i => $"v{i}").ToArray();
                string[] offenders = Enumerable.Range(1, offenderCount).Select(i => $"o{i}").ToArray();
                var built = acts.Select(a =>
                {
                    var offence = Offence(Offences[a.Item1]);
                    var by = offenders.Where((_, i) => (a.Item3 & (1 << i)) != 0);
                    var against = offence.Category == OffenceCategory.AgainstTheState
                        ? []
                        : victims.Where((_, i) => (a.Item2 & (1 << i)) != 0) is var some && some.Any() ? some : [victims[0]];
                    return new IncidentAct(offence, by, against);
                }).ToList();
                // Every victim must be named by some act.
                built.Add(new IncidentAct(Offence("theft"), [], victims));
                var recording = decision switch
                {
                    0 => RecordedAfter(2),
                    1 => RecordedAfter(30),
                    _ => new RecordingDecision(RecordingDecisionKind.NotRecorded, ReportedAt.Plus(NodaTime.Duration.FromHours(3)), "No crime took place."),
                };
                return new Incident("generated", ReportedAt, victims, offenders, built, recording, null);
            });

    public static TheoryData<string> BuiltIn => new() { "kent-thrown-fluid", "street-fight", "large-thrown-fluid", "large-brawl" };

    private static Incident Find(string name) => name switch
    {
        "kent-thrown-fluid" => KentRecording.ThrownFluid,
        "street-fight" => StreetFight(),
        "large-thrown-fluid" => CrimeCounterAllocationTest.ThrownFluid(2_000),
        _ => CrimeCounterAllocationTest.Brawl(2_000),
    };

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void Tally_BuiltInIncident_SameCountsAsCount(string name)
    {
        var incident = Find(name);
        foreach (var mode in CountingMode.All)
        {
            AssertSameCounts(CrimeCounter.Count(incident, OffenceRanking.Illustrative, mode), CrimeCounter.Tally(incident, OffenceRanking.Illustrative, mode));
        }
    }

    [Fact]
    public void Tally_GeneratedIncidents_SameCountsAsCount()
    {
        Incidents.Sample(incident => CountingMode.All.All(mode =>
            SameCounts(CrimeCounter.Count(incident, OffenceRanking.Illustrative, mode), CrimeCounter.Tally(incident, OffenceRanking.Illustrative, mode))));
    }

    [Fact]
    public void Tally_KentThrownFluid_Is32AssaultsWithoutInjury()
    {
        var tally = CrimeCounter.Tally(KentRecording.ThrownFluid, OffenceRanking.Illustrative, CountingMode.VictimBased);

        Assert.Equal(32, tally.Total);
        var only = Assert.Single(tally.ByOffence);
        Assert.Equal("assault-without-injury", only.Offence.Code);
        Assert.Equal(32, only.Crimes);
        Assert.Equal("kent-thrown-fluid: 32 crimes (victim-based)", tally.ToString());
    }

    [Fact]
    public void Tally_LateIncident_HasTheSameFindingAsCount()
    {
        var late = Incident([Act("theft", "", "v1")], "v1", "", RecordedAfter(30), id: "late");

        var tally = CrimeCounter.Tally(late, OffenceRanking.Illustrative, CountingMode.VictimBased);

        Assert.Equal(CrimeCounter.Count(late, OffenceRanking.Illustrative, CountingMode.VictimBased).Findings, tally.Findings);
        Assert.Equal("REC-001", Assert.Single(tally.Findings).RuleId);
    }

    [Fact]
    public void Tally_OffenceTheRankingDoesNotList_IsRefusedLikeCount()
    {
        var incident = Incident([new IncidentAct(new Offence("arson", "Arson", OffenceCategory.AgainstProperty), ["o1"], ["v1"])], "v1", "o1");

        var tally = Assert.Throws<ArgumentRefusedException>(() => CrimeCounter.Tally(incident, OffenceRanking.Illustrative, CountingMode.VictimBased));
        var count = Assert.Throws<ArgumentRefusedException>(() => CrimeCounter.Count(incident, OffenceRanking.Illustrative, CountingMode.VictimBased));
        Assert.Equal(count.Message, tally.Message);
    }

    private static void AssertSameCounts(CrimeCount count, CrimeTally tally)
    {
        Assert.Equal(count.IncidentId, tally.IncidentId);
        Assert.Equal(count.Mode, tally.Mode);
        Assert.Equal(count.Total, tally.Total);
        Assert.Equal(ByOffence(count), tally.ByOffence.Select(entry => (entry.Offence.Code, entry.Crimes)));
        Assert.Equal(count.Findings, tally.Findings);
        Assert.True(SameCounts(count, tally));
    }

    private static bool SameCounts(CrimeCount count, CrimeTally tally) =>
        count.IncidentId == tally.IncidentId
        && count.Mode == tally.Mode
        && count.Total == tally.Total
        && ByOffence(count).SequenceEqual(tally.ByOffence.Select(entry => (entry.Offence.Code, entry.Crimes)))
        && count.Findings.SequenceEqual(tally.Findings);

    // The crimes of each offence counted, most serious first (by rank in the ranking).
    private static IEnumerable<(string Code, int Crimes)> ByOffence(CrimeCount count) =>
        count.Crimes
            .GroupBy(crime => crime.Offence)
            .OrderBy(group => OffenceRanking.Illustrative.RankOf(group.Key))
            .Select(group => (group.Key.Code, group.Count()));
}
