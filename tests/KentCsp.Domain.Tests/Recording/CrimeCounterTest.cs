using System;
using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;
using static KentCsp.Domain.Tests.Recording.RecordingBuilders;

namespace KentCsp.Domain.Tests.Recording;

public class CrimeCounterTest
{
    private static CrimeCount Count(Incident incident, CountingMode? mode = null) =>
        CrimeCounter.Count(incident, OffenceRanking.Illustrative, mode ?? CountingMode.VictimBased);

    [Fact]
    public void Count_KentThrownFluid_Is32ViolentCrimesOnePerVictim()
    {
        var count = Count(KentRecording.ThrownFluid);

        Assert.Equal(32, count.Total);
        Assert.All(count.Crimes, crime => Assert.Equal("assault-without-injury", crime.Offence.Code));
        Assert.All(count.Crimes, crime => Assert.Equal(OffenceCategory.AgainstThePerson, crime.Offence.Category));
        Assert.Equal(Enumerable.Range(1, 32).Select(i => $"v{i:00}"), count.Crimes.Select(crime => crime.VictimId));
        Assert.All(count.Crimes, crime => Assert.Equal(CountingRule.OneCrimePerVictim, crime.Steps[0].Rule));
        Assert.Empty(count.Findings);
    }

    [Fact]
    public void Count_KentThrownFluidLegacy_IsOnePublicOrderOffence()
    {
        var count = Count(KentRecording.ThrownFluid, CountingMode.Legacy);

        var crime = Assert.Single(count.Crimes);
        Assert.Equal("public-order", crime.Offence.Code);
        Assert.Null(crime.VictimId);
        Assert.Equal(["o1"], crime.OffenderIds);
        Assert.Equal(CountingRule.OneCrimePerIncident, crime.Steps[0].Rule);
        Assert.Equal("-: One crime for the incident, whatever the number of victims (32) and acts (1).", crime.Steps[0].ToString());
    }

    [Fact]
    public void Count_StreetFightOfFour_IsFiveCrimes()
    {
        var count = Count(StreetFight());

        Assert.Equal(5, count.Total);
        Assert.Equal(
            ["p1<p2 assault-without-injury", "p2<p1 assault-with-injury", "p3<p4 assault-without-injury", "p4<p1 assault-without-injury", "p4<p3 assault-without-injury"],
            count.Crimes.Select(c => $"{c.VictimId}<{string.Join(",", c.OffenderIds)} {c.Offence.Code}"));
    }

    [Fact]
    public void Count_TwoOffencesSameOffenderSameVictim_CountOnceAsTheMostSerious()
    {
        var crime = Count(StreetFight()).Crimes.Single(c => c.VictimId == "p2");

        Assert.Equal(["assault-with-injury", "assault-without-injury"], crime.Offences.Select(o => o.Code));
        Assert.Equal([CountingRule.OneCrimePerVictim, CountingRule.FinishedIncident, CountingRule.PrincipalCrime], crime.Steps.Select(s => s.Rule));
        Assert.Equal(["D", "E", "F"], crime.Steps.Select(s => s.Rule.Section));
    }

    [Fact]
    public void Count_JointAssaultAndInjuryBySharedOffender_IsOneCrimeForTheVictim()
    {
        // p1 and p2 jointly assault p3, and p1 also injures p3: the offences share p1, so p3 is the victim of one
        // crime (General Rule E), the more serious of the two (General Rule F).
        var count = Count(Incident([Act("assault-without-injury", "p1 p2", "p3"), Act("assault-with-injury", "p1", "p3")], "p3", "p1 p2"));

        var crime = Assert.Single(count.Crimes);
        Assert.Equal("p3", crime.VictimId);
        Assert.Equal(["p1", "p2"], crime.OffenderIds);
        Assert.Equal(["assault-with-injury", "assault-without-injury"], crime.Offences.Select(o => o.Code));
        Assert.Equal(
            [
                "D: One crime for victim p3, offended against by p1, p2.",
                "E: 2 offences against p3 in one finished incident count once, grouped because they share an offender (p1): assault-with-injury by p1; assault-without-injury by p1, p2.",
                "F: The principal crime is Assault with injury (assault-with-injury, rank 2 in the illustrative offence ranking), over assault-without-injury (rank 3).",
            ],
            crime.Steps.Select(s => s.ToString()));
    }

    [Fact]
    public void Count_ChainOfSharedOffenders_GroupsTransitively()
    {
        // o1+o2, then o2+o3, then o3+o4 against v1: each act shares an offender with the next, none with all; one crime.
        // o5 alone shares nobody and is a crime of its own.
        var count = Count(Incident(
            [
                Act("theft", "o1 o2", "v1"),
                Act("criminal-damage", "o3 o4", "v1"),
                Act("assault-without-injury", "o2 o3", "v1"),
                Act("theft", "o5", "v1"),
            ],
            "v1",
            "o1 o2 o3 o4 o5"));

        Assert.Equal(2, count.Total);
        Assert.Equal(
            ["v1<o1,o2,o3,o4 assault-without-injury,criminal-damage,theft", "v1<o5 theft"],
            count.Crimes.Select(c => $"{c.VictimId}<{string.Join(",", c.OffenderIds)} {string.Join(",", c.Offences.Select(o => o.Code))}"));
        Assert.Contains("share an offender (o2, o3)", count.Crimes[0].Steps[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_UnknownOffenderOffences_FormTheirOwnGroup()
    {
        // Two offences by unknown offenders against v1 count once together; they are not merged with o1's offence.
        var count = Count(Incident(
            [Act("theft", "", "v1"), Act("criminal-damage", "", "v1"), Act("assault-without-injury", "o1", "v1")],
            "v1",
            "o1"));

        Assert.Equal(
            ["v1< criminal-damage,theft", "v1<o1 assault-without-injury"],
            count.Crimes.Select(c => $"{c.VictimId}<{string.Join(",", c.OffenderIds)} {string.Join(",", c.Offences.Select(o => o.Code))}"));
        Assert.Equal(
            "E: 2 offences by an unknown offender against v1 in one finished incident count once: criminal-damage, theft.",
            count.Crimes[0].Steps[1].ToString());
    }

    [Fact]
    public void Count_StreetFightLegacy_IsOneCrimeOfThePrincipalOffence()
    {
        var crime = Assert.Single(Count(StreetFight(), CountingMode.Legacy).Crimes);

        Assert.Equal("assault-with-injury", crime.Offence.Code);
        Assert.Equal(["p1", "p2", "p3", "p4"], crime.OffenderIds);
        Assert.Equal(CountingRule.PrincipalCrime, crime.Steps[1].Rule);
    }

    [Fact]
    public void Count_StreetFight_TrailMatchesSnapshot()
    {
        var count = Count(StreetFight());
        var lines = count.Steps.Select(s => s.ToString())
            .Concat(count.Crimes.SelectMany(c => new[] { c.ToString() }.Concat(c.Steps.Select(s => "  " + s))));

        Snapshot.VerifyText(string.Join("\n", lines) + "\n");
    }

    [Theory]
    [InlineData("NotRecorded", "no credible evidence of a crime")] // General Rule A: not recorded
    [InlineData("Cancelled", "additional verifiable information")] // General Rule C: cancelled
    public void Count_NotRecordedOrCancelled_IsNoCrime(string kind, string reason)
    {
        var decision = new RecordingDecision(RecordingDecisionKind.FromName(kind), ReportedAt.Plus(Duration.FromHours(3)), reason);
        var count = Count(Incident([Act("theft", "", "v1")], "v1", "", decision));

        Assert.Empty(count.Crimes);
        var step = Assert.Single(count.Steps);
        Assert.Equal(CountingRule.WhetherToRecord, step.Rule);
        Assert.Contains(reason, step.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(24, false)] // exactly 24 hours is in time
    [InlineData(25, true)] // later is flagged
    public void Count_RecordingTime_FlagsLateRecording(int hours, bool flagged)
    {
        var incident = Incident([Act("theft", "", "v1")], "v1", "", RecordedAfter(hours));
        var count = Count(incident);

        Assert.Equal(flagged, count.Findings.Count == 1);
        Assert.Equal(!flagged, RecordingPolicy.Default.IsTimely(incident));
        if (flagged)
        {
            Assert.Equal("REC-001 warning incidents[incident]: Recorded 25 h 0 min after the report, later than the 24 h 0 min allowed.", count.Findings[0].ToString());
        }
    }

    [Fact]
    public void Count_StateOffence_CountsOncePerOffenderGroup()
    {
        var crime = Assert.Single(Count(Incident([Act("public-order", "o1", ""), Act("public-order", "o1", "")], "", "o1")).Crimes);

        Assert.Null(crime.VictimId);
        Assert.Equal(CountingRule.FinishedIncident, crime.Steps[1].Rule);
    }

    [Fact]
    public void IncidentAct_NoVictimForCrimeAgainstThePerson_ThrowsNamingVictimIds()
    {
        var ex = Assert.Throws<ArgumentRefusedException>(() => Act("assault-with-injury", "o1", ""));
        Assert.Equal("victimIds", ex.ParamName);
    }

    [Fact]
    public void Incident_RecordedBeforeReport_ThrowsNamingDecision()
    {
        var ex = Assert.Throws<ArgumentRefusedException>(() => Incident([Act("theft", "", "v1")], "v1", "", RecordedAfter(-1)));
        Assert.Equal("decision", ex.ParamName);
        Assert.StartsWith("decision time of recording 2017-07-01T21:00:00Z is before the report at 2017-07-01T22:00:00Z.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1 v1", "victimIds[1]")] // repeated victim
    [InlineData("Jane Smith", "victimIds[0]")] // a name, not a pseudonymous id
    [InlineData("v1 v2", "victimIds[1]")] // v2 in no act
    public void Incident_BadVictims_ThrowsNamingTheField(string victims, string field)
    {
        var ex = Assert.Throws<ArgumentRefusedException>(() => Incident([Act("theft", "", "v1")], victims, ""));
        Assert.Equal(field, ex.ParamName);
    }

    [Fact]
    public void Incident_ActNamesUnlistedOffender_ThrowsNamingTheAct()
    {
        var ex = Assert.Throws<ArgumentRefusedException>(() => Incident([Act("theft", "o9", "v1")], "v1", ""));
        Assert.Equal("acts[0].offenderIds", ex.ParamName);
    }

    [Fact]
    public void RecordingDecision_NotRecordedWithoutReason_ThrowsNamingReason()
    {
        var ex = Assert.Throws<ArgumentRefusedException>(() => new RecordingDecision(RecordingDecisionKind.NotRecorded, ReportedAt, null));
        Assert.Equal("reason", ex.ParamName);
    }

    [Fact]
    public void Count_OffenceMissingFromRanking_ThrowsNamingRanking()
    {
        var ranking = new OffenceRanking([Offence("theft")], new SourceDocument("Theft only"));
        var ex = Assert.Throws<ArgumentRefusedException>(() => CrimeCounter.Count(StreetFight(), ranking, CountingMode.VictimBased));
        Assert.Equal("ranking", ex.ParamName);
    }

    [Fact]
    public void OffenceRanking_RepeatedCode_ThrowsNamingTheItem()
    {
        var ex = Assert.Throws<ArgumentRefusedException>(() => new OffenceRanking([Offence("theft"), Offence("theft")], new SourceDocument("x")));
        Assert.Equal("offences[1]", ex.ParamName);
    }

    [Fact]
    public void Catalogues_NamesAndValuesUniqueAndRoundTrip()
    {
        AssertCatalogue(OffenceCategory.All, OffenceCategory.FromName, OffenceCategory.FromValue);
        AssertCatalogue(RecordingDecisionKind.All, RecordingDecisionKind.FromName, RecordingDecisionKind.FromValue);
        AssertCatalogue(CountingMode.All, CountingMode.FromName, CountingMode.FromValue);
        AssertCatalogue(CountingRule.All, CountingRule.FromName, CountingRule.FromValue);
    }

    private static void AssertCatalogue<T>(System.Collections.Generic.IReadOnlyList<T> all, Func<string, bool, T> fromName, Func<int, T> fromValue)
        where T : Ardalis.SmartEnum.SmartEnum<T>
    {
        Assert.Equal(all.Count, all.Select(x => x.Name).Distinct().Count());
        Assert.Equal(all.Count, all.Select(x => x.Value).Distinct().Count());
        Assert.All(all, x => Assert.Same(x, fromName(x.Name, false)));
        Assert.All(all, x => Assert.Same(x, fromValue(x.Value)));
    }
}
