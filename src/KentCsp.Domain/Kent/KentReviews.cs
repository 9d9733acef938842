using KentCsp.Domain.Reviews;
using NodaTime;

namespace KentCsp.Domain.Kent;

/// <summary>
/// The Kent domestic homicide review the KCSP's papers name: "Elizabeth/2015", briefed to the Kent Community Safety
/// Partnership on 19 July 2017 (minute 160), under the DHR process its Terms of Reference recognise (minute 152) and a
/// DHR Steering Group that reports to it (minutes 152 and 159).
/// </summary>
/// <remarks>
/// <para><b>What the documents say.</b> The minutes of 19 July 2017 record only that the KCSP noted "the Domestic
/// Homicide Review Briefing for Elizabeth/2015" (minute 160) and the progress of the active Kent and Medway DHR cases
/// (minute 159). They give no dates for the review's steps, no facts of the death and no agencies.</para>
/// <para><b>What the library adds, and marks as illustrative.</b> A briefing on a named review implies its overview
/// report, executive summary and action plan exist, so the case stands at <see cref="ReviewStep.ReportCompleted"/>,
/// recorded as completed on 19 July 2017 — the date of the briefing, by which it was complete (the only date in the
/// documents). Nothing later (sign-off, Quality Assurance Panel, publication) is shown by the minutes, so none is
/// recorded. Every earlier date is <b>illustrative</b>, chosen only to put the steps in a plausible order:
/// notification 11 May 2015, decision 8 June 2015, Home Office informed 12 June 2015, independent chair appointed 20
/// July 2015, panel and terms of reference 7 September 2015, Individual Management Reviews requested from Kent Police
/// and Kent County Council on 14 September 2015 and received on 14 December 2015 and 11 January 2016 (both agencies
/// are illustrative too). The notifying force is Kent Police, the force for the area. The decision to review with the
/// criteria met is implied by a DHR having been held; the facts of the death are not recorded
/// (<see cref="ReviewCircumstances.NotRecorded"/>). The reference is made from the published name.</para>
/// <para>The record stops at the briefing: the library knows nothing of what followed. The case was notified in
/// 2015, before the December 2016 revision of the statutory guidance applies, and no timescales are known for the
/// guidance then in force, so under <see cref="ReviewPolicy.Default"/> the steering group view shows its deadlines as
/// not judged (<see cref="ReviewCaseStatus.NotJudged"/>) rather than overdue.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentReviews
{
    /// <summary>The date of the KCSP meeting that noted the briefing (minute 160), the one date the documents give.</summary>
    public static LocalDate BriefingDate { get; } = new(2017, 7, 19);

    /// <summary>"Elizabeth/2015" as the minutes of 19 July 2017 show it: report completed and briefed to the KCSP. Dates before the briefing are illustrative (see the class remarks).</summary>
    /// <remarks>Its <see cref="ReviewCase.Provenance"/> marks every date the minutes do not give as illustrative, and what the library works out as inferred.</remarks>
    public static ReviewCase Elizabeth2015 { get; } = new ReviewCase(
        new ReviewCaseName("Elizabeth", 2015),
        "dhr-elizabeth-2015",
        new ReviewNotification("Kent Police", new LocalDate(2015, 5, 11), ReviewCircumstances.NotRecorded),
        new ReviewDecision(ReviewDecisionOutcome.Review, new LocalDate(2015, 6, 8), criteriaMet: true, reasons: null),
        homeOfficeInformedOn: new LocalDate(2015, 6, 12),
        chairAppointedOn: new LocalDate(2015, 7, 20),
        panelConvenedOn: new LocalDate(2015, 9, 7),
        [
            new AgencyInformation("Kent Police", AgencyInformationKind.IndividualManagementReview, new LocalDate(2015, 9, 14), new LocalDate(2015, 12, 14)),
            new AgencyInformation("Kent County Council", AgencyInformationKind.IndividualManagementReview, new LocalDate(2015, 9, 14), new LocalDate(2016, 1, 11)),
        ],
        reportCompletedOn: new LocalDate(2017, 7, 19),
        signedOffOn: null,
        [],
        publication: null,
        actionPlanClosedOn: null,
        sentToCommissionerOn: null).WithProvenance(BuildProvenance());

    /// <summary>The KCSP's review register as the built-in data knows it: the one case its papers name.</summary>
    /// <remarks>
    /// Its <see cref="ReviewRegister.Provenance"/> is the case's, each field keyed inside the register's document
    /// (<c>cases[0].decision.decidedOn</c>).
    /// </remarks>
    public static ReviewRegister Register { get; } = new ReviewRegister(KentData.KcspId, [Elizabeth2015]).WithProvenance(InRegister(Elizabeth2015.Provenance!, 0));

    // A case's marks as a register's: the same whole, each field under "cases[index]".
    private static ProvenanceRecord InRegister(ProvenanceRecord record, int index)
    {
        var fields = new FieldProvenance[record.Fields.Count];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = new FieldProvenance($"cases[{index}].{record.Fields[i].Field}", record.Fields[i].Provenance);
        }
        return new ProvenanceRecord(record.Whole, fields);
    }

    private static ProvenanceRecord BuildProvenance()
    {
        var minute = KentSources.KcspMinutes2017July19.At("minute 160");
        const string NoDates = "Made up to put the steps in a plausible order: the minutes give no dates for the review's steps.";
        return new ProvenanceRecord(
            Provenance.Sourced(minute),
            [
                new FieldProvenance("step", Provenance.Inferred("A briefing on a named review implies its overview report exists; nothing later is shown by the minutes.", minute)),
                new FieldProvenance("notification.notifiedBy", Provenance.Inferred("Kent Police is the police force for the area; the minutes do not say who notified the review.")),
                new FieldProvenance("notification.notifiedOn", Provenance.Illustrative(NoDates)),
                new FieldProvenance("decision.outcome", Provenance.Inferred("A review was held, so the decision was to review.", minute)),
                new FieldProvenance("decision.decidedOn", Provenance.Illustrative(NoDates)),
                new FieldProvenance("decision.criteriaMet", Provenance.Inferred("A review was held, so the criteria were met.", minute)),
                new FieldProvenance("homeOfficeInformedOn", Provenance.Illustrative(NoDates)),
                new FieldProvenance("chairAppointedOn", Provenance.Illustrative(NoDates)),
                new FieldProvenance("panelConvenedOn", Provenance.Illustrative(NoDates)),
                new FieldProvenance("agencyInformation", Provenance.Illustrative("Made up to show the Individual Management Reviews: the minutes name no agencies and give no dates.")),
                new FieldProvenance("reportCompletedOn", Provenance.Inferred("The date of the briefing, by which the report was complete; the day it was completed is not known.", minute)),
            ]);
    }

    /// <summary>The minute that records the briefing.</summary>
    public static SourceDocument Source { get; } = KentSources.KcspMinutes2017July19.At("minute 160");
}
