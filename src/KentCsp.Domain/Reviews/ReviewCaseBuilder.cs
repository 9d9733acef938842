using System;
using System.Collections.Generic;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// Builds a <see cref="ReviewCase"/> from its record, one named part at a time: the name, the reference, the
/// notification, the decision, the dates of each step, the agency information, the Quality Assurance submissions and
/// the publication.
/// </summary>
/// <remarks>
/// <para>Start from nothing (<c>new ReviewCaseBuilder()</c>), from the police's notification (<see cref="Open"/>, as
/// <see cref="ReviewCase.Open"/>) or from an existing case (<see cref="ReviewCase.ToBuilder"/>: a copy to change). The
/// agency information and the Quality Assurance submissions start empty, and the decision, every date after the
/// notification, the publication and the provenance start null; the name, the reference and the notification have no
/// default.</para>
/// <para>This is for recording a case as it stands, for instance from a partnership's register; the intent-named
/// methods of <see cref="ReviewCase"/> (<see cref="ReviewCase.Decide"/>, …) are the way to move a case on, with a
/// refusal when the step does not allow it.</para>
/// <para>Apart from a date's calendar (below), the parts are not checked as they are set: <see cref="Build"/> checks them once, by calling the
/// <see cref="ReviewCase"/> constructor, so a refusal is exactly the constructor's (the same exception, parameter name
/// and message, e.g. <c>decision.decidedOn</c> for a decision dated before the notification). Each <c>With…</c> and
/// <c>Add…</c> method changes this builder and returns it; a list given to a <c>With…</c> method is copied when it is
/// given, and the case built is immutable.</para>
/// <para>A date is the one part checked when it is set: a date in a calendar other than ISO is refused at once, naming
/// the parameter, as by every member of the library that takes a date.</para>
/// </remarks>
/// <threadsafety>This type is mutable and not thread-safe: use one builder from one thread at a time.</threadsafety>
public sealed class ReviewCaseBuilder
{
    private ReviewCaseName? name;
    private string? reference;
    private ReviewNotification? notification;
    private ReviewDecision? decision;
    private LocalDate? homeOfficeInformedOn;
    private LocalDate? chairAppointedOn;
    private LocalDate? panelConvenedOn;
    private List<AgencyInformation>? agencyInformation = [];
    private LocalDate? reportCompletedOn;
    private LocalDate? signedOffOn;
    private List<QualityAssuranceSubmission>? qualityAssurance = [];
    private ReviewPublication? publication;
    private LocalDate? actionPlanClosedOn;
    private LocalDate? sentToCommissionerOn;
    private ProvenanceRecord? provenance;

    /// <summary>Creates a builder with no parts: both lists empty, nothing else set.</summary>
    public ReviewCaseBuilder()
    {
    }

    internal ReviewCaseBuilder(ReviewCase @case)
    {
        name = @case.Name;
        reference = @case.Reference;
        notification = @case.Notification;
        decision = @case.Decision;
        homeOfficeInformedOn = @case.HomeOfficeInformedOn;
        chairAppointedOn = @case.ChairAppointedOn;
        panelConvenedOn = @case.PanelConvenedOn;
        agencyInformation = [.. @case.AgencyInformation];
        reportCompletedOn = @case.ReportCompletedOn;
        signedOffOn = @case.SignedOffOn;
        qualityAssurance = [.. @case.QualityAssurance];
        publication = @case.Publication;
        actionPlanClosedOn = @case.ActionPlanClosedOn;
        sentToCommissionerOn = @case.SentToCommissionerOn;
        provenance = @case.Provenance;
    }

    /// <summary>Starts a case on the police's written notification: the name, the reference and the notification set, nothing recorded after it.</summary>
    /// <param name="name">The published name, e.g. "Elizabeth/2015"; checked by <see cref="Build"/>.</param>
    /// <param name="reference">The partnership's own reference; checked by <see cref="Build"/>.</param>
    /// <param name="notification">The notification; checked by <see cref="Build"/>.</param>
    /// <returns>A new builder, which builds a case at <see cref="ReviewStep.Notified"/> until more is recorded.</returns>
    public static ReviewCaseBuilder Open(ReviewCaseName name, string reference, ReviewNotification notification) =>
        new ReviewCaseBuilder().WithName(name).WithReference(reference).WithNotification(notification);

    /// <summary>Sets the published name.</summary>
    /// <param name="name">The name, e.g. "Elizabeth/2015".</param>
    /// <returns>This builder.</returns>
    public ReviewCaseBuilder WithName(ReviewCaseName name)
    {
        this.name = name;
        return this;
    }

    /// <summary>Sets the partnership's own reference.</summary>
    /// <param name="reference">The reference: lower-case letters, digits and single hyphens.</param>
    /// <returns>This builder.</returns>
    public ReviewCaseBuilder WithReference(string reference)
    {
        this.reference = reference;
        return this;
    }

    /// <summary>Sets the police's written notification.</summary>
    /// <param name="notification">The notification.</param>
    /// <returns>This builder.</returns>
    public ReviewCaseBuilder WithNotification(ReviewNotification notification)
    {
        this.notification = notification;
        return this;
    }

    /// <summary>Sets the partnership's decision, or clears it.</summary>
    /// <param name="decision">The decision, or null while there is none.</param>
    /// <returns>This builder.</returns>
    public ReviewCaseBuilder WithDecision(ReviewDecision? decision)
    {
        this.decision = decision;
        return this;
    }

    /// <summary>Sets when the Home Office was informed of the decision, or clears it.</summary>
    /// <param name="homeOfficeInformedOn">The date, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentRefusedException">The date is not in the ISO calendar; refused at once, as everywhere in the library.</exception>
    public ReviewCaseBuilder WithHomeOfficeInformedOn(LocalDate? homeOfficeInformedOn)
    {
        this.homeOfficeInformedOn = SupportedDates.CheckCalendar(homeOfficeInformedOn);
        return this;
    }

    /// <summary>Sets when the independent chair was appointed, or clears it.</summary>
    /// <param name="chairAppointedOn">The date, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentRefusedException">The date is not in the ISO calendar; refused at once, as everywhere in the library.</exception>
    public ReviewCaseBuilder WithChairAppointedOn(LocalDate? chairAppointedOn)
    {
        this.chairAppointedOn = SupportedDates.CheckCalendar(chairAppointedOn);
        return this;
    }

    /// <summary>Sets when the panel was convened and its terms of reference agreed, or clears it.</summary>
    /// <param name="panelConvenedOn">The date, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentRefusedException">The date is not in the ISO calendar; refused at once, as everywhere in the library.</exception>
    public ReviewCaseBuilder WithPanelConvenedOn(LocalDate? panelConvenedOn)
    {
        this.panelConvenedOn = SupportedDates.CheckCalendar(panelConvenedOn);
        return this;
    }

    /// <summary>Replaces the Individual Management Reviews and chronologies asked for.</summary>
    /// <param name="agencyInformation">The agency information, one per agency and kind; copied.</param>
    /// <returns>This builder.</returns>
    public ReviewCaseBuilder WithAgencyInformation(IEnumerable<AgencyInformation> agencyInformation)
    {
        this.agencyInformation = agencyInformation is null ? null : [.. agencyInformation];
        return this;
    }

    /// <summary>Adds a piece of agency information after those already given.</summary>
    /// <param name="information">The Individual Management Review or chronology asked for.</param>
    /// <returns>This builder.</returns>
    public ReviewCaseBuilder AddAgencyInformation(AgencyInformation information)
    {
        (agencyInformation ??= []).Add(information);
        return this;
    }

    /// <summary>Sets when the overview report, executive summary and action plan were completed, or clears it.</summary>
    /// <param name="reportCompletedOn">The date, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentRefusedException">The date is not in the ISO calendar; refused at once, as everywhere in the library.</exception>
    public ReviewCaseBuilder WithReportCompletedOn(LocalDate? reportCompletedOn)
    {
        this.reportCompletedOn = SupportedDates.CheckCalendar(reportCompletedOn);
        return this;
    }

    /// <summary>Sets when the partnership signed the report off, or clears it.</summary>
    /// <param name="signedOffOn">The date, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentRefusedException">The date is not in the ISO calendar; refused at once, as everywhere in the library.</exception>
    public ReviewCaseBuilder WithSignedOffOn(LocalDate? signedOffOn)
    {
        this.signedOffOn = SupportedDates.CheckCalendar(signedOffOn);
        return this;
    }

    /// <summary>Replaces the submissions to the Home Office Quality Assurance Panel.</summary>
    /// <param name="qualityAssurance">The submissions, in order; copied.</param>
    /// <returns>This builder.</returns>
    public ReviewCaseBuilder WithQualityAssurance(IEnumerable<QualityAssuranceSubmission> qualityAssurance)
    {
        this.qualityAssurance = qualityAssurance is null ? null : [.. qualityAssurance];
        return this;
    }

    /// <summary>Adds a submission to the Home Office Quality Assurance Panel after those already given.</summary>
    /// <param name="submission">The submission.</param>
    /// <returns>This builder.</returns>
    public ReviewCaseBuilder AddQualityAssurance(QualityAssuranceSubmission submission)
    {
        (qualityAssurance ??= []).Add(submission);
        return this;
    }

    /// <summary>Sets where and when the approved report was published, or clears it.</summary>
    /// <param name="publication">The publication, or null.</param>
    /// <returns>This builder.</returns>
    public ReviewCaseBuilder WithPublication(ReviewPublication? publication)
    {
        this.publication = publication;
        return this;
    }

    /// <summary>Sets when the action plan was closed, or clears it.</summary>
    /// <param name="actionPlanClosedOn">The date, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentRefusedException">The date is not in the ISO calendar; refused at once, as everywhere in the library.</exception>
    public ReviewCaseBuilder WithActionPlanClosedOn(LocalDate? actionPlanClosedOn)
    {
        this.actionPlanClosedOn = SupportedDates.CheckCalendar(actionPlanClosedOn);
        return this;
    }

    /// <summary>Sets when the completed report was sent to the Domestic Abuse Commissioner, or clears it.</summary>
    /// <param name="sentToCommissionerOn">The date, or null; not before <see cref="ReviewCase.CompletedOn"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentRefusedException">The date is not in the ISO calendar; refused at once, as everywhere in the library.</exception>
    public ReviewCaseBuilder WithSentToCommissionerOn(LocalDate? sentToCommissionerOn)
    {
        this.sentToCommissionerOn = SupportedDates.CheckCalendar(sentToCommissionerOn);
        return this;
    }

    /// <summary>Sets where the case comes from, or clears it (see <see cref="ReviewCase.Provenance"/>).</summary>
    /// <param name="provenance">The provenance, or null for nothing recorded.</param>
    /// <returns>This builder.</returns>
    public ReviewCaseBuilder WithProvenance(ProvenanceRecord? provenance)
    {
        this.provenance = provenance;
        return this;
    }

    /// <summary>Builds the case from the parts given, checked by the <see cref="ReviewCase"/> constructor.</summary>
    /// <returns>A new, immutable case; each call returns a new one.</returns>
    /// <exception cref="ArgumentNullException">The name, the reference, the notification or a list is not set (or set to null); the parameter name is the constructor's.</exception>
    /// <exception cref="ArgumentException">The constructor refuses the record: the reference is malformed, a list has a null element, or the record does not hang together; the parameter name locates the member, e.g. <c>decision.decidedOn</c>.</exception>
    public ReviewCase Build()
    {
        var @case = new ReviewCase(
            name!, reference!, notification!, decision, homeOfficeInformedOn, chairAppointedOn, panelConvenedOn, agencyInformation!,
            reportCompletedOn, signedOffOn, qualityAssurance!, publication, actionPlanClosedOn, sentToCommissionerOn);
        return provenance is null ? @case : @case.WithProvenance(provenance);
    }
}
