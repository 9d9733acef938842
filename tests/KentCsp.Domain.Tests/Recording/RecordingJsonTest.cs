using System;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;
using static KentCsp.Domain.Tests.Recording.RecordingBuilders;

namespace KentCsp.Domain.Tests.Recording;

public class RecordingJsonTest
{
    private static CrimeCount Count(Incident incident, CountingMode mode) => CrimeCounter.Count(incident, OffenceRanking.Illustrative, mode);

    private static Incident Late() => Incident([Act("theft", "", "v1"), Act("public-order", "o1", "")], "v1", "o1", RecordedAfter(30), "late-theft");

    private static Incident NotRecorded() =>
        Incident([Act("theft", "", "v1")], "v1", "", new RecordingDecision(RecordingDecisionKind.NotRecorded, ReportedAt.Plus(Duration.FromHours(2)), "no credible evidence of a crime"), "not-recorded");

    [Fact]
    public void Incident_RoundTrip_Equal()
    {
        foreach (var incident in new[] { KentRecording.ThrownFluid, StreetFight(), Late(), NotRecorded() })
        {
            Assert.Equal(incident, KentCspJson.DeserializeIncident(KentCspJson.Serialize(incident)));
        }
    }

    [Fact]
    public void CrimeCount_RoundTrip_Equal()
    {
        foreach (var incident in new[] { KentRecording.ThrownFluid, StreetFight(), Late(), NotRecorded() })
        {
            foreach (var mode in CountingMode.All)
            {
                var count = Count(incident, mode);
                Assert.Equal(count, KentCspJson.DeserializeCrimeCount(KentCspJson.Serialize(count)));
            }
        }
    }

    [Fact]
    public void AccuracyAudit_RoundTrip_Equal()
    {
        foreach (var audit in new[] { new AccuracyAudit(1000, 836), new AccuracyAudit(10, 0), new AccuracyAudit(7, 3, 0.9m) })
        {
            Assert.Equal(audit, KentCspJson.DeserializeAccuracyAudit(KentCspJson.Serialize(audit)));
        }
    }

    [Fact]
    public void Serialize_StreetFightIncident_MatchesSnapshot() => Snapshot.VerifyJson(KentCspJson.Serialize(StreetFight()));

    [Fact]
    public void Serialize_StreetFightCount_MatchesSnapshot() => Snapshot.VerifyJson(KentCspJson.Serialize(Count(StreetFight(), CountingMode.VictimBased)));

    [Fact]
    public void Serialize_LateCount_MatchesSnapshot() => Snapshot.VerifyJson(KentCspJson.Serialize(Count(Late(), CountingMode.VictimBased)));

    [Fact]
    public void Serialize_ThrownFluidLegacyCount_MatchesSnapshot() => Snapshot.VerifyJson(KentCspJson.Serialize(Count(KentRecording.ThrownFluid, CountingMode.Legacy)));

    [Fact]
    public void Serialize_AccuracyAudit_MatchesSnapshot() => Snapshot.VerifyJson(KentCspJson.Serialize(new AccuracyAudit(1000, 836)));

    [Fact]
    public void Deserialize_BadDocuments_MessagesNameTheField()
    {
        string incident = KentCspJson.Serialize(StreetFight());
        string count = KentCspJson.Serialize(Count(StreetFight(), CountingMode.VictimBased));
        string audit = KentCspJson.Serialize(new AccuracyAudit(1000, 836));
        var cases = new (string Name, Func<object> Read)[]
        {
            ("no victim for an assault", () => KentCspJson.DeserializeIncident(incident.Replace("\"victimIds\": [\n        \"p2\"\n      ]", "\"victimIds\": []"))),
            ("recorded before the report", () => KentCspJson.DeserializeIncident(incident.Replace("\"at\": \"2017-07-01T23:00:00Z\"", "\"at\": \"2017-07-01T21:00:00Z\""))),
            ("a name for a person", () => KentCspJson.DeserializeIncident(incident.Replace("\"p3\"", "\"Jane Smith\""))),
            ("bad time", () => KentCspJson.DeserializeIncident(incident.Replace("2017-07-01T22:00:00Z", "1 July 2017"))),
            ("unknown category", () => KentCspJson.DeserializeIncident(incident.Replace("\"AgainstThePerson\"", "\"Violent\""))),
            ("wrong section", () => KentCspJson.DeserializeCrimeCount(count.Replace("\"section\": \"E\"", "\"section\": \"F\""))),
            ("wrong total", () => KentCspJson.DeserializeCrimeCount(count.Replace("\"total\": 5", "\"total\": 4"))),
            ("more correct than sampled", () => KentCspJson.DeserializeAccuracyAudit(audit.Replace("\"correctlyRecorded\": 836", "\"correctlyRecorded\": 1001"))),
            ("confidence level 1", () => KentCspJson.DeserializeAccuracyAudit(audit.Replace("\"confidenceLevel\": 0.95", "\"confidenceLevel\": 1"))),
            ("rate disagrees", () => KentCspJson.DeserializeAccuracyAudit(audit.Replace("\"rate\": 0.836", "\"rate\": 0.9"))),
        };
        var lines = cases.Select(c => $"{c.Name}: {Assert.Throws<JsonException>(c.Read).Message}");

        Snapshot.VerifyText(string.Join("\n", lines) + "\n");
    }
}
