using System.Collections.Generic;
using KentCsp.Domain.Recording;
using NodaTime;

namespace KentCsp.Domain.Tests.Recording;

/// <summary>Incidents for the recording tests.</summary>
internal static class RecordingBuilders
{
    public static readonly Instant ReportedAt = Instant.FromUtc(2017, 7, 1, 22, 0);

    public static Offence Offence(string code) => OffenceRanking.Illustrative.Find(code)!;

    public static IncidentAct Act(string code, string offenders, string victims) =>
        new(Offence(code), Split(offenders), Split(victims));

    public static RecordingDecision RecordedAfter(int hours) =>
        new(RecordingDecisionKind.Recorded, ReportedAt.Plus(Duration.FromHours(hours)), null);

    public static Incident Incident(IEnumerable<IncidentAct> acts, string victims, string offenders, RecordingDecision? decision = null, string id = "incident") =>
        new(id, ReportedAt, Split(victims), Split(offenders), acts, decision ?? RecordedAfter(1), null);

    /// <summary>
    /// A street fight of four (p1–p4) that counts as five crimes: p1 assaults p2 with injury and also without; p2, p3, p4
    /// hit back; p1 also assaults p4.
    /// </summary>
    public static Incident StreetFight() => Incident(
        [
            Act("assault-without-injury", "p1", "p2"),
            Act("assault-with-injury", "p1", "p2"),
            Act("assault-without-injury", "p2", "p1"),
            Act("assault-without-injury", "p3", "p4"),
            Act("assault-without-injury", "p4", "p3"),
            Act("assault-without-injury", "p1", "p4"),
        ],
        "p1 p2 p3 p4",
        "p1 p2 p3 p4",
        id: "street-fight");

    public static string[] Split(string ids) => ids.Length == 0 ? [] : ids.Split(' ');
}
