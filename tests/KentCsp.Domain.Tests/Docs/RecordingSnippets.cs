using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The code shown in docs/recording.md; each test runs one snippet and checks what the page says it does.</summary>
public class RecordingSnippets
{
    [Fact]
    public void CountAnIncident()
    {
        #region recording-count
        var ranking = OffenceRanking.Illustrative;                  // supply your own ranking table in real use
        var reportedAt = Instant.FromUtc(2024, 5, 4, 23, 10);
        var incident = new Incident(
            "fight-high-street",
            reportedAt,
            victimIds: ["p1", "p2"],
            offenderIds: ["p1", "p2"],
            acts:
            [
                new IncidentAct(ranking.Find("assault-with-injury")!, ["p1"], ["p2"]),
                new IncidentAct(ranking.Find("assault-without-injury")!, ["p1"], ["p2"]),
                new IncidentAct(ranking.Find("assault-without-injury")!, ["p2"], ["p1"]),
            ],
            new RecordingDecision(RecordingDecisionKind.Recorded, reportedAt.Plus(Duration.FromHours(3)), reason: null),
            legacyOffence: null);

        var count = CrimeCounter.Count(incident, ranking, CountingMode.VictimBased);   // 2 crimes, one per victim
        var before = CrimeCounter.Count(incident, ranking, CountingMode.Legacy);       // 1 crime
        foreach (var step in count.Crimes[1].Steps)
        {
            System.Console.WriteLine(step);   // D: One crime for victim p2 … / E: 2 offences by p1 … / F: The principal crime is Assault with injury …
        }
        #endregion
        Assert.Equal(2, count.Total);
        Assert.Equal(1, before.Total);
        Assert.Equal(["D", "E", "F"], count.Crimes[1].Steps.Select(s => s.Rule.Section));
        Assert.Equal("assault-with-injury", count.Crimes[1].Offence.Code);
    }

    [Fact]
    public void AuditAccuracy()
    {
        #region recording-audit
        var audit = new AccuracyAudit(sampleSize: 1000, correctlyRecorded: 836);   // 95% by default
        string text = audit.ToString();                          // "836 of 1000 (83.60%) [81.18%, 85.77%] at 95%"
        long? unrecorded = audit.EstimateUnrecordedPerYear(120_000);   // 23,541 a year

        var kent2017 = KentRecording.Inspection2017;             // 83.6% ±1.85%, graded inadequate (a judgement)
        #endregion
        Assert.Equal("836 of 1000 (83.60%) [81.18%, 85.77%] at 95%", text);
        Assert.Equal(23_541L, unrecorded);
        Assert.Equal(InspectionGrade.Inadequate, kent2017.Grade);
    }

    [Fact]
    public void CountJson()
    {
        #region recording-json
        string json = KentCspJson.Serialize(KentRecording.ThrownFluid);
        var incident = KentCspJson.DeserializeIncident(json);   // JsonException naming the path if invalid
        string countJson = KentCspJson.Serialize(CrimeCounter.Count(incident, OffenceRanking.Illustrative, CountingMode.VictimBased));
        #endregion
        Assert.Equal(KentRecording.ThrownFluid, incident);
        Assert.Contains("\"total\": 32", countJson, System.StringComparison.Ordinal);
    }
}
