using System.Linq;
using KentCsp.Domain.Recording;
using NodaTime;

namespace KentCsp.Domain.Kent;

/// <summary>
/// Kent crime recording as the KCSP's papers describe it: the example of victim-based counting in the report of
/// 19 July 2017.
/// </summary>
/// <remarks>
/// <para><b>What the documents say.</b> Report "Kent Community Safety Agreement Update" of 19 July 2017, section 5.3: a
/// protester throws a bottle of fluid into a crowd; it lands on 32 people. Formerly this was recorded as a single
/// public order offence; under victim-based recording it is 32 violent crimes, one per victim.</para>
/// <para><b>What the library adds, and marks as illustrative.</b> The report gives no date, time or offence
/// classification beyond "violent crime". The incident is classified as assault without injury (from the
/// <see cref="OffenceRanking.Illustrative"/> ranking: the report says 80 per cent of the increase in violent crime was
/// without injury); it is reported at 14:00 UTC on 1 June 2016 and recorded two hours later — both times illustrative.
/// People are the pseudonymous identifiers <c>v01</c>–<c>v32</c> and <c>o1</c>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentRecording
{
    /// <summary>The thrown-fluid incident of the report of 19 July 2017, section 5.3: one offender, 32 victims. Times are illustrative.</summary>
    public static Incident ThrownFluid { get; } = BuildThrownFluid();

    private static Incident BuildThrownFluid()
    {
        var ranking = OffenceRanking.Illustrative;
        string[] victims = Enumerable.Range(1, 32).Select(i => $"v{i:00}").ToArray();
        var reportedAt = Instant.FromUtc(2016, 6, 1, 14, 0);
        return new Incident(
            "kent-thrown-fluid",
            reportedAt,
            victims,
            ["o1"],
            [new IncidentAct(ranking.Find("assault-without-injury")!, ["o1"], victims)],
            new RecordingDecision(RecordingDecisionKind.Recorded, reportedAt.Plus(Duration.FromHours(2)), null),
            ranking.Find("public-order"));
    }
}
