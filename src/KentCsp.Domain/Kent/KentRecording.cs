using System.Linq;
using KentCsp.Domain.Recording;
using NodaTime;

namespace KentCsp.Domain.Kent;

/// <summary>
/// Kent crime recording as the KCSP's papers and the inspectorate describe it: the example of victim-based counting in
/// the report of 19 July 2017, and the Crime Data Integrity inspections of Kent Police in 2017 and 2018.
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
/// <para><b>Inspections.</b> 2017: published 15 June 2017 on records of 1 June–30 November 2016; 83.6% ±1.85%, violent
/// crime 79.2% ±3.26%, over 24,300 crimes a year unrecorded (the press release says "approximately 24,300"), graded
/// inadequate (HMICFRS report page). The KCSP report of 19 July 2017 (section 6.1) rounds the rate to "approximately 84
/// per cent". Re-inspection: published 15 January 2019, graded outstanding, an estimated additional 25,400 crimes a
/// year recorded (HMICFRS); the 96.6% accuracy is as stated in the Kent Police and Crime Commissioner's response letter
/// of 15 January 2019, which is cited for that figure. The re-inspection's records period is not stated in the
/// documents and is left null.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentRecording
{
    /// <summary>The thrown-fluid incident of the report of 19 July 2017, section 5.3: one offender, 32 victims. Times are illustrative.</summary>
    public static Incident ThrownFluid { get; } = BuildThrownFluid().WithProvenance(new ProvenanceRecord(
        Provenance.Sourced(KentSources.CsaUpdate2017July19.At("section 5.3")),
        [
            new FieldProvenance("reportedAt", Provenance.Illustrative("Made up: the report gives no date or time for the incident.")),
            new FieldProvenance("victimIds", Provenance.Inferred("Pseudonymous identifiers, one for each of the 32 people the fluid landed on.")),
            new FieldProvenance("offenderIds", Provenance.Inferred("One pseudonymous identifier for the one protester.")),
            new FieldProvenance("acts[0].offence", Provenance.Illustrative("Made up from the illustrative offence ranking: the report says only \"violent crime\", and that 80 per cent of the increase in violent crime was without injury.")),
            new FieldProvenance("decision", Provenance.Illustrative("Made up: the report says the incident is recorded as 32 violent crime reports, but gives no time of recording.")),
            new FieldProvenance("legacyOffence", Provenance.Inferred("The report's \"single public order offence\", matched to the public order category of the illustrative offence ranking.")),
        ]));

    /// <summary>The HMICFRS Crime Data Integrity inspection report page for Kent Police, published 15 June 2017.</summary>
    public static SourceDocument Inspection2017Report { get; } =
        new("HMICFRS, Kent Police: Crime Data Integrity inspection 2017 (report page)", new LocalDate(2017, 6, 15));

    /// <summary>The HMICFRS press release on the 2017 Kent inspection ("approximately 24,300" unrecorded crimes a year).</summary>
    public static SourceDocument Inspection2017PressRelease { get; } =
        new("HMICFRS press release on the Crime Data Integrity inspection of Kent Police", new LocalDate(2017, 6, 15));

    /// <summary>The HMICFRS Crime Data Integrity re-inspection report page for Kent Police, published 15 January 2019.</summary>
    public static SourceDocument Inspection2018Report { get; } =
        new("HMICFRS, Kent Police: Crime Data Integrity re-inspection 2018 (report page)", new LocalDate(2019, 1, 15));

    /// <summary>The Kent Police and Crime Commissioner's response letter of 15 January 2019 (source of the 96.6% figure).</summary>
    public static SourceDocument CommissionerResponse2019 { get; } =
        new("Kent Police and Crime Commissioner, response to the HMICFRS Crime Data Integrity re-inspection of Kent Police", new LocalDate(2019, 1, 15));

    /// <summary>The 2017 inspection: 83.6% ±1.85%, violent crime 79.2% ±3.26%, over 24,300 unrecorded a year, inadequate.</summary>
    public static CrimeDataIntegrityInspection Inspection2017 { get; } = new(
        "Kent Police",
        new LocalDate(2017, 6, 15),
        new LocalDate(2016, 6, 1),
        new LocalDate(2016, 11, 30),
        InspectionGrade.Inadequate,
        Inspection2017Report,
        new PublishedAccuracy(0.836m, 0.0185m, Inspection2017Report),
        new PublishedAccuracy(0.792m, 0.0326m, Inspection2017Report),
        24_300,
        null);

    /// <summary>The re-inspection published 15 January 2019: outstanding, 96.6% (Commissioner's letter), 25,400 more crimes a year recorded.</summary>
    public static CrimeDataIntegrityInspection Inspection2018 { get; } = new(
        "Kent Police",
        new LocalDate(2019, 1, 15),
        null,
        null,
        InspectionGrade.Outstanding,
        Inspection2018Report,
        new PublishedAccuracy(0.966m, null, CommissionerResponse2019),
        null,
        null,
        25_400);

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
