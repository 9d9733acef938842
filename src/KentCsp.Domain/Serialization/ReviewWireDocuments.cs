using System.Collections.Generic;
using System.Text.Json.Serialization;
using KentCsp.Domain.Reviews;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shape of the review case and review register documents. Property order here is the order in the JSON;
// schemaVersion comes first. By design there is no member for a name or other identifier of a person: a test pins the
// complete set of member names.

internal class ReviewCaseWire
{
    public required string Name { get; init; }
    public required string Reference { get; init; }
    public required ReviewStep Step { get; init; }
    public required ReviewNotificationWire Notification { get; init; }
    public ReviewDecisionWire? Decision { get; init; }
    public LocalDate? HomeOfficeInformedOn { get; init; }
    public LocalDate? ChairAppointedOn { get; init; }
    public LocalDate? PanelConvenedOn { get; init; }
    public required List<AgencyInformationWire?> AgencyInformation { get; init; }
    public LocalDate? ReportCompletedOn { get; init; }
    public LocalDate? SignedOffOn { get; init; }
    public required List<QualityAssuranceSubmissionWire?> QualityAssurance { get; init; }
    public ReviewPublicationWire? Publication { get; init; }
    public LocalDate? ActionPlanClosedOn { get; init; }
    public LocalDate? SentToCommissionerOn { get; init; }
}

internal sealed class ReviewCaseDocument : ReviewCaseWire
{
    [JsonPropertyOrder(-1)]
    public required int SchemaVersion { get; init; }
}

internal sealed class ReviewRegisterDocument
{
    public required int SchemaVersion { get; init; }
    public required OrganisationIdWire PartnershipId { get; init; }
    public required List<ReviewCaseWire?> Cases { get; init; }
}

internal sealed class ReviewNotificationWire
{
    public required string NotifiedBy { get; init; }
    public required LocalDate NotifiedOn { get; init; }
    public required ReviewCircumstancesWire Circumstances { get; init; }
}

internal sealed class ReviewCircumstancesWire
{
    public bool? VictimAgedSixteenOrOver { get; init; }
    public PerpetratorRelationship? Relationship { get; init; }
    public DeathCircumstance? Death { get; init; }
}

internal sealed class ReviewDecisionWire
{
    public required ReviewDecisionOutcome Outcome { get; init; }
    public required LocalDate DecidedOn { get; init; }
    public required bool CriteriaMet { get; init; }
    public string? Reasons { get; init; }
}

internal sealed class AgencyInformationWire
{
    public required string Agency { get; init; }
    public required AgencyInformationKind Kind { get; init; }
    public required LocalDate RequestedOn { get; init; }
    public LocalDate? ReceivedOn { get; init; }
}

internal sealed class QualityAssuranceSubmissionWire
{
    public required LocalDate SubmittedOn { get; init; }
    public QualityAssuranceOutcome? Outcome { get; init; }
    public LocalDate? OutcomeOn { get; init; }
    public string? Feedback { get; init; }
}

internal sealed class ReviewPublicationWire
{
    public required LocalDate PublishedOn { get; init; }
    public required string Where { get; init; }
}
