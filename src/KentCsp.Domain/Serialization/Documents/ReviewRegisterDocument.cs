using System.Collections.Generic;
using System.Linq;
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
    [JsonPropertyOrder(-2)]
    public required int SchemaVersion { get; init; }

    // Absent from schema version 1 documents; required in version 2, where it must be "review-case".
    [JsonPropertyOrder(-1)]
    public string? Kind { get; init; }

    // Written last, only when the case carries provenance (see ProvenanceDocument.cs); a case inside a register has none.
    [JsonPropertyOrder(1)]
    public ProvenanceWire? Provenance { get; init; }
}

internal sealed class ReviewRegisterDocument
{
    public required int SchemaVersion { get; init; }
    // Absent from schema version 1 documents; required in version 2, where it must be "reviews".
    public string? Kind { get; init; }
    public required OrganisationIdWire PartnershipId { get; init; }
    public required List<ReviewCaseWire?> Cases { get; init; }
    // Written only when the object carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
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

/// <summary>The review documents: <see cref="ReviewCase"/> and <see cref="ReviewRegister"/> to their wire documents and back.</summary>
internal static partial class WireMapper
{
    internal static ReviewCaseDocument ToDocument(ReviewCase @case) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.ReviewCase.WireName,
        Name = @case.Name.ToString(),
        Reference = @case.Reference,
        Step = @case.Step,
        Notification = ToWire(@case.Notification),
        Decision = @case.Decision is { } decision ? ToWire(decision) : null,
        HomeOfficeInformedOn = @case.HomeOfficeInformedOn,
        ChairAppointedOn = @case.ChairAppointedOn,
        PanelConvenedOn = @case.PanelConvenedOn,
        AgencyInformation = @case.AgencyInformation.Select(ToWire).ToList(),
        ReportCompletedOn = @case.ReportCompletedOn,
        SignedOffOn = @case.SignedOffOn,
        QualityAssurance = @case.QualityAssurance.Select(ToWire).ToList(),
        Publication = @case.Publication is { } publication ? new ReviewPublicationWire { PublishedOn = publication.PublishedOn, Where = publication.Where } : null,
        ActionPlanClosedOn = @case.ActionPlanClosedOn,
        SentToCommissionerOn = @case.SentToCommissionerOn,
        Provenance = ToWire(@case.Provenance),
    };

    internal static ReviewCase FromDocument(ReviewCaseDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.ReviewCase, "$");
        var @case = FromWire(document, "$");
        return @case.WithProvenance(FromWire(document.Provenance, "$.provenance"));
    }

    internal static ReviewRegisterDocument ToDocument(ReviewRegister register) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.ReviewRegister.WireName,
        PartnershipId = ToWire(register.PartnershipId),
        Cases = register.Cases.Select(@case => (ReviewCaseWire?)ToCaseWire(@case)).ToList(),
        Provenance = ToWire(register.Provenance),
    };

    internal static ReviewRegister FromDocument(ReviewRegisterDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.ReviewRegister, "$");
        var partnershipId = FromWire(document.PartnershipId, "$.partnershipId");
        var cases = Elements(document.Cases, "$.cases", FromWire);
        var provenance = FromWire(document.Provenance, "$.provenance");
        return Build("$", () => new ReviewRegister(partnershipId, cases)).WithProvenance(provenance);
    }

    private static ReviewCaseWire ToCaseWire(ReviewCase @case)
    {
        var document = ToDocument(@case);
        return new ReviewCaseWire
        {
            Name = document.Name,
            Reference = document.Reference,
            Step = document.Step,
            Notification = document.Notification,
            Decision = document.Decision,
            HomeOfficeInformedOn = document.HomeOfficeInformedOn,
            ChairAppointedOn = document.ChairAppointedOn,
            PanelConvenedOn = document.PanelConvenedOn,
            AgencyInformation = document.AgencyInformation,
            ReportCompletedOn = document.ReportCompletedOn,
            SignedOffOn = document.SignedOffOn,
            QualityAssurance = document.QualityAssurance,
            Publication = document.Publication,
            ActionPlanClosedOn = document.ActionPlanClosedOn,
            SentToCommissionerOn = document.SentToCommissionerOn,
        };
    }

    private static ReviewCase FromWire(ReviewCaseWire wire, string path)
    {
        if (!ReviewCaseName.TryParse(wire.Name, out var name))
        {
            throw JsonErrors.At(path + ".name",
                $"\"{wire.Name}\" is not a review name: a pseudonym (letters, spaces, hyphens and apostrophes, starting and ending with a letter), a slash and a four-digit year from {ReviewCaseName.MinYear}, e.g. \"Elizabeth/2015\".");
        }
        var notification = FromWire(wire.Notification, path + ".notification");
        var decision = wire.Decision is { } d
            ? Build(path + ".decision", () => new ReviewDecision(d.Outcome, d.DecidedOn, d.CriteriaMet, d.Reasons))
            : null;
        var agencyInformation = Elements(wire.AgencyInformation, path + ".agencyInformation", (item, itemPath) =>
            Build(itemPath, () => new AgencyInformation(item.Agency, item.Kind, item.RequestedOn, item.ReceivedOn)));
        var qualityAssurance = Elements(wire.QualityAssurance, path + ".qualityAssurance", (item, itemPath) =>
            Build(itemPath, () => new QualityAssuranceSubmission(item.SubmittedOn, item.Outcome, item.OutcomeOn, item.Feedback)));
        var publication = wire.Publication is { } p
            ? Build(path + ".publication", () => new ReviewPublication(p.PublishedOn, p.Where))
            : null;
        var @case = Build(path, () => new ReviewCase(
            name,
            wire.Reference,
            notification,
            decision,
            wire.HomeOfficeInformedOn,
            wire.ChairAppointedOn,
            wire.PanelConvenedOn,
            agencyInformation,
            wire.ReportCompletedOn,
            wire.SignedOffOn,
            qualityAssurance,
            publication,
            wire.ActionPlanClosedOn,
            wire.SentToCommissionerOn));
        if (@case.Step != wire.Step)
        {
            throw JsonErrors.At(path + ".step",
                $"is \"{wire.Step.Name}\", but the dates recorded put the case at \"{@case.Step.Name}\" ({@case.Step.Description}); the step is worked out from the record and must agree with it.");
        }
        return @case;
    }

    private static ReviewNotificationWire ToWire(ReviewNotification notification) => new()
    {
        NotifiedBy = notification.NotifiedBy,
        NotifiedOn = notification.NotifiedOn,
        Circumstances = new ReviewCircumstancesWire
        {
            VictimAgedSixteenOrOver = notification.Circumstances.VictimAgedSixteenOrOver,
            Relationship = notification.Circumstances.Relationship,
            Death = notification.Circumstances.Death,
        },
    };

    private static ReviewNotification FromWire(ReviewNotificationWire wire, string path)
    {
        var facts = wire.Circumstances;
        var circumstances = new ReviewCircumstances(facts.VictimAgedSixteenOrOver, facts.Relationship, facts.Death);
        return Build(path, () => new ReviewNotification(wire.NotifiedBy, wire.NotifiedOn, circumstances));
    }

    private static ReviewDecisionWire ToWire(ReviewDecision decision) => new()
    {
        Outcome = decision.Outcome,
        DecidedOn = decision.DecidedOn,
        CriteriaMet = decision.CriteriaMet,
        Reasons = decision.Reasons,
    };

    private static AgencyInformationWire? ToWire(AgencyInformation information) => new()
    {
        Agency = information.Agency,
        Kind = information.Kind,
        RequestedOn = information.RequestedOn,
        ReceivedOn = information.ReceivedOn,
    };

    private static QualityAssuranceSubmissionWire? ToWire(QualityAssuranceSubmission submission) => new()
    {
        SubmittedOn = submission.SubmittedOn,
        Outcome = submission.Outcome,
        OutcomeOn = submission.OutcomeOn,
        Feedback = submission.Feedback,
    };
}
