using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// One domestic homicide review (or domestic abuse related death review) case, from the police's notification to the
/// closure of the action plan, identified by its published name ("Elizabeth/2015") and the partnership's own reference.
/// </summary>
/// <remarks>
/// <para><b>No identifiers of people.</b> By design the case has no member for a real name, date of birth, address or
/// any other direct identifier of the victim, the perpetrator or the family: only the published pseudonym, the facts
/// the criteria need (<see cref="ReviewCircumstances"/>), agencies named as organisations, and dates. The free-text
/// members (decision reasons, panel feedback, where a report was published) are for the partnership's own words and
/// must not carry identifiers either.</para>
/// <para><b>The record hangs together.</b> The constructor checks that each step is recorded only after the one
/// before it, and not dated before it (a decision before the notification is refused, naming
/// <c>decision.decidedOn</c>), that a decision not to review is followed by nothing but informing the Home Office,
/// that the report is completed only once every piece of agency information asked for has arrived, that every
/// Quality Assurance submission but the last was sent back for resubmission, that publication follows the panel's
/// approval, and that a decision flagging the criteria as met is not contradicted by the recorded facts (a victim
/// under 16). The parameter name of the exception locates the offending member. <see cref="Step"/> and
/// <see cref="History"/> are worked out from the record, so no case can claim a step its dates do not show.</para>
/// <para><b>Changes.</b> Intent-named methods (<see cref="Decide"/>, <see cref="InformHomeOffice"/>, …,
/// <see cref="Publish"/>) are the way to move a case on. Each returns a <see cref="ReviewChange"/>: the new case, or a
/// refusal with its reason when the step does not allow the move (<see cref="ReviewStep.CanMoveTo"/>) or the date is
/// before the step it follows. A refusal leaves the case as it was; nothing is ever half-applied. A changed case keeps
/// the <see cref="Provenance"/> of the case it comes from, so a built-in value keeps its mark.</para>
/// <para>The type is immutable. Two cases are equal when every member of the record is equal, lists in order.
/// <see cref="Provenance"/> is not compared: a case inside a register, whose provenance speaks for its cases, reads
/// back equal to the case written in its own document.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed partial record ReviewCase
{
    private readonly ValueList<AgencyInformation> agencyInformation;
    private readonly ValueList<QualityAssuranceSubmission> qualityAssurance;
    private readonly ValueList<ReviewStepEntry> history;

    /// <summary>Creates a case from its record.</summary>
    /// <param name="name">The published name, e.g. "Elizabeth/2015".</param>
    /// <param name="reference">The partnership's own reference: lower-case letters, digits and single hyphens.</param>
    /// <param name="notification">The police's written notification.</param>
    /// <param name="decision">The partnership's decision, or null while there is none.</param>
    /// <param name="homeOfficeInformedOn">When the Home Office was informed of the decision, or null.</param>
    /// <param name="chairAppointedOn">When the independent chair was appointed, or null.</param>
    /// <param name="panelConvenedOn">When the panel was convened and its terms of reference agreed, or null.</param>
    /// <param name="agencyInformation">The Individual Management Reviews and chronologies asked for; one per agency and kind.</param>
    /// <param name="reportCompletedOn">When the overview report, executive summary and action plan were completed, or null.</param>
    /// <param name="signedOffOn">When the partnership signed the report off, or null.</param>
    /// <param name="qualityAssurance">The submissions to the Home Office Quality Assurance Panel, in order.</param>
    /// <param name="publication">Where and when the approved report was published, or null.</param>
    /// <param name="actionPlanClosedOn">When the action plan was closed, or null.</param>
    /// <param name="sentToCommissionerOn">When the completed report was sent to the Domestic Abuse Commissioner, or null; not before <see cref="CompletedOn"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="reference"/>, <paramref name="notification"/> or a list is null.</exception>
    /// <exception cref="ArgumentException">The reference is malformed, a list has a null element, or the record does not hang together (see the remarks); the parameter name locates the member, e.g. <c>decision.decidedOn</c> or <c>agencyInformation[1]</c>.</exception>
    public ReviewCase(
        ReviewCaseName name,
        string reference,
        ReviewNotification notification,
        ReviewDecision? decision,
        LocalDate? homeOfficeInformedOn,
        LocalDate? chairAppointedOn,
        LocalDate? panelConvenedOn,
        IEnumerable<AgencyInformation> agencyInformation,
        LocalDate? reportCompletedOn,
        LocalDate? signedOffOn,
        IEnumerable<QualityAssuranceSubmission> qualityAssurance,
        ReviewPublication? publication,
        LocalDate? actionPlanClosedOn,
        LocalDate? sentToCommissionerOn)
    {
        SupportedDates.CheckCalendar(homeOfficeInformedOn);
        SupportedDates.CheckCalendar(chairAppointedOn);
        SupportedDates.CheckCalendar(panelConvenedOn);
        SupportedDates.CheckCalendar(reportCompletedOn);
        SupportedDates.CheckCalendar(signedOffOn);
        SupportedDates.CheckCalendar(actionPlanClosedOn);
        SupportedDates.CheckCalendar(sentToCommissionerOn);
        Name = Preconditions.CheckNotNull(name);
        Reference = Slug.Check(reference);
        Notification = Preconditions.CheckNotNull(notification);
        Decision = decision;
        HomeOfficeInformedOn = homeOfficeInformedOn;
        ChairAppointedOn = chairAppointedOn;
        PanelConvenedOn = panelConvenedOn;
        this.agencyInformation = Preconditions.CheckItems(agencyInformation);
        ReportCompletedOn = reportCompletedOn;
        SignedOffOn = signedOffOn;
        this.qualityAssurance = Preconditions.CheckItems(qualityAssurance);
        Publication = publication;
        ActionPlanClosedOn = actionPlanClosedOn;
        SentToCommissionerOn = sentToCommissionerOn;

        var stages = Stages();
        CheckSequence(stages);
        CheckDates(stages);
        history = ValueList<ReviewStepEntry>.Own(BuildHistory(stages));
        Step = history[history.Count - 1].Step;
    }

    /// <summary>The published name, e.g. "Elizabeth/2015".</summary>
    public ReviewCaseName Name { get; }

    /// <summary>The partnership's own reference.</summary>
    public string Reference { get; }

    /// <summary>The police's written notification.</summary>
    public ReviewNotification Notification { get; }

    /// <summary>The partnership's decision, or null while there is none.</summary>
    public ReviewDecision? Decision { get; }

    /// <summary>When the Home Office was informed of the decision, or null.</summary>
    public LocalDate? HomeOfficeInformedOn { get; }

    /// <summary>When the independent chair was appointed, or null.</summary>
    public LocalDate? ChairAppointedOn { get; }

    /// <summary>When the panel was convened and its terms of reference agreed, or null.</summary>
    public LocalDate? PanelConvenedOn { get; }

    /// <summary>The Individual Management Reviews and chronologies asked for, in the order they were recorded.</summary>
    public IReadOnlyList<AgencyInformation> AgencyInformation => agencyInformation;

    /// <summary>When the overview report, executive summary and action plan were completed, or null.</summary>
    public LocalDate? ReportCompletedOn { get; }

    /// <summary>When the partnership signed the report off, or null.</summary>
    public LocalDate? SignedOffOn { get; }

    /// <summary>The submissions to the Home Office Quality Assurance Panel, in order; every one but the last was sent back for resubmission.</summary>
    public IReadOnlyList<QualityAssuranceSubmission> QualityAssurance => qualityAssurance;

    /// <summary>Where and when the approved report was published, or null.</summary>
    public ReviewPublication? Publication { get; }

    /// <summary>When the action plan was closed, or null.</summary>
    public LocalDate? ActionPlanClosedOn { get; }

    /// <summary>When the completed report was sent to the Domestic Abuse Commissioner (2004 Act s.9(3B)–(3C)), or null; not before <see cref="CompletedOn"/>, whatever the Quality Assurance Panel decided.</summary>
    public LocalDate? SentToCommissionerOn { get; }

    /// <summary>The step the case has reached, worked out from the record.</summary>
    public ReviewStep Step { get; }

    /// <summary>Every step the case has been through, in order, with the dates it reached and left each; the last entry is <see cref="Step"/>.</summary>
    /// <value>A resubmission to the Quality Assurance Panel appears as a second <see cref="ReviewStep.SubmittedForQualityAssurance"/> entry.</value>
    public IReadOnlyList<ReviewStepEntry> History => history;

    /// <summary>The date the case reached its current step.</summary>
    public LocalDate StepEnteredOn => history[history.Count - 1].EnteredOn;

    /// <summary>The date the partnership's part of the review was complete: the report's first submission to the Quality Assurance Panel, or null before it.</summary>
    /// <remarks>This is what <see cref="ReviewTimetable.CompletionWithin"/> is measured to, and the date from which the report may be sent to the Domestic Abuse Commissioner (<see cref="SendToCommissioner"/>).</remarks>
    public LocalDate? CompletedOn => qualityAssurance.Count == 0 ? null : qualityAssurance[0].SubmittedOn;

    /// <summary>The date the Quality Assurance Panel approved the report, or null.</summary>
    public LocalDate? ApprovedOn =>
        qualityAssurance.Count > 0 && qualityAssurance[qualityAssurance.Count - 1].Outcome == QualityAssuranceOutcome.Approved
            ? qualityAssurance[qualityAssurance.Count - 1].OutcomeOn
            : null;

    /// <summary>The latest date anywhere in the record.</summary>
    public LocalDate LastRecordedOn
    {
        get
        {
            var last = history[history.Count - 1].EnteredOn;
            foreach (var information in agencyInformation)
            {
                last = Max(last, information.ReceivedOn ?? information.RequestedOn);
            }
            return SentToCommissionerOn is { } sent ? Max(last, sent) : last;
        }
    }

    /// <summary>The case as it stood at the end of <paramref name="date"/>: everything recorded after that day is left out.</summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// The case as it stood, or null if the notification had not yet been received. It is this case, with its
    /// <see cref="Provenance"/>, when nothing is left out; otherwise a case with no provenance, since the marks name
    /// members that may no longer be recorded.
    /// </returns>
    public ReviewCase? AsAt(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        if (Notification.NotifiedOn > date)
        {
            return null;
        }
        if (LastRecordedOn <= date)
        {
            return this;
        }
        var decision = Decision is { } d && d.DecidedOn <= date ? d : null;
        var information = new List<AgencyInformation>(agencyInformation.Count);
        foreach (var item in agencyInformation)
        {
            if (item.RequestedOn <= date)
            {
                information.Add(item.ReceivedOn is { } received && received > date ? new AgencyInformation(item.Agency, item.Kind, item.RequestedOn, null) : item);
            }
        }
        var submissions = new List<QualityAssuranceSubmission>(qualityAssurance.Count);
        foreach (var submission in qualityAssurance)
        {
            if (submission.SubmittedOn <= date)
            {
                submissions.Add(submission.OutcomeOn is { } outcomeOn && outcomeOn > date ? new QualityAssuranceSubmission(submission.SubmittedOn, null, null, null) : submission);
            }
        }
        return new ReviewCase(
            Name,
            Reference,
            Notification,
            decision,
            OnOrBefore(HomeOfficeInformedOn, date),
            OnOrBefore(ChairAppointedOn, date),
            OnOrBefore(PanelConvenedOn, date),
            information,
            OnOrBefore(ReportCompletedOn, date),
            OnOrBefore(SignedOffOn, date),
            submissions,
            Publication is { } publication && publication.PublishedOn <= date ? publication : null,
            OnOrBefore(ActionPlanClosedOn, date),
            OnOrBefore(SentToCommissionerOn, date));
    }

    /// <summary>Formats the case: "Elizabeth/2015 (dhr-elizabeth-2015): report completed".</summary>
    /// <returns>The name, reference and step.</returns>
    public override string ToString() => $"{Name} ({Reference}): {Step.Description}";

    // Hand-written: compares the record as given; the step and history are worked out from it.
    /// <inheritdoc />
    public bool Equals(ReviewCase? other) =>
        other is not null
        && Name == other.Name
        && string.Equals(Reference, other.Reference, StringComparison.Ordinal)
        && Notification == other.Notification
        && Decision == other.Decision
        && HomeOfficeInformedOn == other.HomeOfficeInformedOn
        && ChairAppointedOn == other.ChairAppointedOn
        && PanelConvenedOn == other.PanelConvenedOn
        && EqualityHelper.SequenceEqual(agencyInformation, other.agencyInformation)
        && ReportCompletedOn == other.ReportCompletedOn
        && SignedOffOn == other.SignedOffOn
        && EqualityHelper.SequenceEqual(qualityAssurance, other.qualityAssurance)
        && Publication == other.Publication
        && ActionPlanClosedOn == other.ActionPlanClosedOn
        && SentToCommissionerOn == other.SentToCommissionerOn;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        int hash = EqualityHelper.Hash(EqualityHelper.Initialize(), Name);
        hash = EqualityHelper.HashOrdinal(hash, Reference);
        hash = EqualityHelper.Hash(hash, Step);
        return EqualityHelper.Hash(hash, agencyInformation.Count);
    }

    /// <summary>
    /// Where the case comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>, keyed by JSON path inside the case's own document, e.g.
    /// <c>decision.decidedOn</c>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>
    /// Null unless set with <see cref="WithProvenance"/>; written to JSON as the <c>provenance</c> member of the case's
    /// own document. In a register's document the register's provenance speaks for its cases.
    /// </value>
    public ProvenanceRecord? Provenance { get; private init; }

    /// <summary>Returns the case with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the case comes from, or null for nothing recorded.</param>
    /// <returns>A new case with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public ReviewCase WithProvenance(ProvenanceRecord? provenance) => this with { Provenance = provenance };

    private static LocalDate? OnOrBefore(LocalDate? value, LocalDate date) => value is { } v && v <= date ? v : null;

    private static LocalDate Max(LocalDate left, LocalDate right) => left >= right ? left : right;

    /// <summary>Checks that each stage is recorded only after the one before it, and nothing follows a decision not to review.</summary>
    private void CheckSequence(List<Stage> stages)
    {
        int firstMissing = stages.FindIndex(stage => !stage.Present);
        if (firstMissing >= 0)
        {
            for (int i = firstMissing + 1; i < stages.Count; i++)
            {
                Preconditions.CheckArgument(!stages[i].Present, stages[i].Member, "is set, but " + stages[firstMissing].Missing);
            }
        }
        if (Decision is { IsReview: false })
        {
            // Only a decision to review leads on: every stage the Home Office step leads to is closed off.
            foreach (var stage in stages)
            {
                Preconditions.CheckArgument(!stage.Present || !ReviewStep.HomeOfficeInformed.LeadsTo(stage.Step), stage.Member, "is set, but the decision was not to review");
            }
        }
        if (Decision is { CriteriaMet: true } && Notification.Circumstances.Contradiction() is { } contradiction)
        {
            Preconditions.ThrowArgument("decision.criteriaMet", $"is true, but {contradiction.Reason} (notification.circumstances.{contradiction.Fact})");
        }

        var seen = new HashSet<(string, AgencyInformationKind)>();
        for (int i = 0; i < agencyInformation.Count; i++)
        {
            var item = agencyInformation[i];
            Preconditions.CheckArgument(seen.Add(item.Key), $"agencyInformation[{i}]",
                $"repeats the request to {item.Agency} for {Article(item.Kind)}");
            Preconditions.CheckArgument(ReportCompletedOn is null || item.IsReceived, $"agencyInformation[{i}].receivedOn",
                $"is missing, but the report was completed on {Dates.Iso(ReportCompletedOn.GetValueOrDefault())}; the report is completed only once every piece of agency information asked for has arrived");
        }
        for (int i = 0; i < qualityAssurance.Count - 1; i++)
        {
            Preconditions.CheckArgument(qualityAssurance[i].Outcome == QualityAssuranceOutcome.ResubmissionRequested, $"qualityAssurance[{i + 1}]",
                qualityAssurance[i].Outcome is null
                    ? $"follows a submission the panel has not yet decided on (qualityAssurance[{i}])"
                    : $"follows a submission the panel approved (qualityAssurance[{i}]); only a report sent back for resubmission is submitted again");
        }
        Preconditions.CheckArgument(Publication is null || ApprovedOn is not null, "publication",
            "is set, but the Quality Assurance Panel has not approved the report; a report is published only once the panel has approved it");
        Preconditions.CheckArgument(SentToCommissionerOn is null || CompletedOn is not null, "sentToCommissionerOn",
            "is set, but the report has not been completed (first submitted to the Quality Assurance Panel); the report is sent to the Domestic Abuse Commissioner once it is completed");
    }

    /// <summary>
    /// Checks that no date is before the one it follows. The dates are taken stage by stage in the order of the
    /// process (<see cref="Catalogue{TSelf}.All">ReviewStep.All</see>, through <see cref="StageOf"/>), each not before
    /// the one before it; agency information and the report sent to the Commissioner have their own rules.
    /// </summary>
    private void CheckDates(List<Stage> stages)
    {
        Entry? previous = null;
        foreach (var stage in stages)
        {
            if (stage.Step == ReviewStep.GatheringAgencyInformation)
            {
                // Every request follows the stage before (the panel), and the report follows every piece that
                // arrived; the stage's own entry, the first request, is then in order too.
                CheckAgencyInformationDates(previous!.Value);
            }
            foreach (var entry in stage.Entries)
            {
                if (previous is { } before)
                {
                    CheckNotBefore(entry.On, entry.Member, before);
                }
                previous = entry;
            }
        }
        if (SentToCommissionerOn is { } sent)
        {
            // The report goes to the Commissioner once completed (2004 Act s.9(3B)–(3C)); the panel's outcome,
            // publication and closure do not bound it.
            CheckNotBefore(sent, "sentToCommissionerOn", new Entry(ReviewStep.SubmittedForQualityAssurance, CompletedOn!.Value, "qualityAssurance[0].submittedOn", CompletedWhat));
        }
    }

    /// <summary>Checks that each request for agency information is not before <paramref name="panel"/>, and that the report is not completed before any piece arrived.</summary>
    private void CheckAgencyInformationDates(Entry panel)
    {
        for (int i = 0; i < agencyInformation.Count; i++)
        {
            CheckNotBefore(agencyInformation[i].RequestedOn, $"agencyInformation[{i}].requestedOn", panel);
        }
        if (ReportCompletedOn is { } completed)
        {
            for (int i = 0; i < agencyInformation.Count; i++)
            {
                var item = agencyInformation[i];
                var last = item.ReceivedOn ?? item.RequestedOn;
                Preconditions.CheckArgument(completed >= last, "reportCompletedOn",
                    $"({Dates.Iso(completed)}) must not be before agencyInformation[{i}] was received ({Dates.Iso(last)})");
            }
        }
    }

    /// <summary>Checks that <paramref name="date"/>, recorded by <paramref name="member"/>, is not before <paramref name="before"/>.</summary>
    private static void CheckNotBefore(LocalDate date, string member, Entry before)
    {
        if (date < before.On)
        {
            Preconditions.ThrowArgument(member, $"({Dates.Iso(date)}) must not be before {before.What} ({Dates.Iso(before.On)})");
        }
    }

    /// <summary>
    /// The case's history: the steps the record shows, taken stage by stage in the order of the process
    /// (<see cref="Catalogue{TSelf}.All">ReviewStep.All</see>), each checked against the table of moves (<see cref="ReviewStep.CanMoveTo"/>).
    /// </summary>
    private static ReviewStepEntry[] BuildHistory(List<Stage> stages)
    {
        var steps = new List<Entry>();
        foreach (var stage in stages)
        {
            steps.AddRange(stage.Entries);
        }
        for (int i = 1; i < steps.Count; i++)
        {
            if (!steps[i - 1].Step.CanMoveTo(steps[i].Step))
            {
                Preconditions.ThrowArgument(steps[i].Member,
                    $"records the step '{steps[i].Step.Description}', which the process does not allow after '{steps[i - 1].Step.Description}'");
            }
        }
        var entries = new ReviewStepEntry[steps.Count];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = new ReviewStepEntry(steps[i].Step, steps[i].On, i + 1 < entries.Length ? steps[i + 1].On : null);
        }
        return entries;
    }

    /// <summary>The stages of the record in the order of the process, <see cref="Catalogue{TSelf}.All">ReviewStep.All</see>, one for each step that has its own member (see <see cref="StageOf"/>).</summary>
    private List<Stage> Stages()
    {
        var stages = new List<Stage>();
        foreach (var step in ReviewStep.All)
        {
            if (StageOf(step) is { } stage)
            {
                stages.Add(stage);
            }
        }
        return stages;
    }

    /// <summary>The last entry of the record: the case's current step, the date it was reached, and what happened then.</summary>
    private Entry Reached()
    {
        Entry? last = null;
        foreach (var stage in Stages())
        {
            foreach (var entry in stage.Entries)
            {
                last = entry;
            }
        }
        return last!.Value;
    }

    /// <summary>
    /// The member of the record that shows the case reached <paramref name="step"/>, with the steps it records (each
    /// with its date and the words the date messages use for it) and what is missing when it is not set; null for a
    /// step recorded by another stage's member (the panel's outcomes with the submissions, closing without review with
    /// the Home Office being informed).
    /// </summary>
    private Stage? StageOf(ReviewStep step)
    {
        Stage? Single(string member, string missing, ReviewStep recorded, LocalDate? on, string what, string? dateMember = null) =>
            new(step, member, missing, on is { } date ? [new Entry(recorded, date, dateMember ?? member, what)] : []);

        if (step == ReviewStep.Notified)
        {
            return Single("notification", "", step, Notification.NotifiedOn, "the notification");
        }
        if (step == ReviewStep.Decided)
        {
            return Single("decision", "the case has no decision", step, Decision?.DecidedOn, "the decision", "decision.decidedOn");
        }
        if (step == ReviewStep.HomeOfficeInformed)
        {
            var recorded = Decision is { IsReview: false } ? ReviewStep.ClosedWithoutReview : ReviewStep.HomeOfficeInformed;
            return Single("homeOfficeInformedOn", "the Home Office has not been informed of the decision", recorded, HomeOfficeInformedOn, "the Home Office was informed");
        }
        if (step == ReviewStep.ChairAppointed)
        {
            return Single("chairAppointedOn", "no independent chair has been appointed", step, ChairAppointedOn, "the chair was appointed");
        }
        if (step == ReviewStep.PanelConvened)
        {
            return Single("panelConvenedOn", "the panel has not been convened", step, PanelConvenedOn, "the panel was convened");
        }
        if (step == ReviewStep.GatheringAgencyInformation)
        {
            LocalDate? first = null;
            foreach (var item in agencyInformation)
            {
                first = first is { } f && f <= item.RequestedOn ? f : item.RequestedOn;
            }
            return Single("agencyInformation", "no agency information has been requested", step, first, "agency information was first requested");
        }
        if (step == ReviewStep.ReportCompleted)
        {
            return Single("reportCompletedOn", "the report has not been completed", step, ReportCompletedOn, "the report was completed");
        }
        if (step == ReviewStep.SignedOff)
        {
            return Single("signedOffOn", "the report has not been signed off", step, SignedOffOn, "the report was signed off");
        }
        if (step == ReviewStep.SubmittedForQualityAssurance)
        {
            var entries = new List<Entry>();
            for (int i = 0; i < qualityAssurance.Count; i++)
            {
                var submission = qualityAssurance[i];
                entries.Add(new Entry(step, submission.SubmittedOn, $"qualityAssurance[{i}].submittedOn", "the report was submitted to the Quality Assurance Panel"));
                if (submission.OutcomeOn is { } outcomeOn)
                {
                    var outcome = submission.Outcome == QualityAssuranceOutcome.Approved ? ReviewStep.Approved : ReviewStep.ResubmissionRequested;
                    entries.Add(new Entry(outcome, outcomeOn, $"qualityAssurance[{i}].outcomeOn", "the panel's outcome"));
                }
            }
            return new(step, "qualityAssurance", "the report has not been submitted to the Quality Assurance Panel", entries.ToArray());
        }
        if (step == ReviewStep.Published)
        {
            return Single("publication", "the report has not been published", step, Publication?.PublishedOn, "the report was published", "publication.publishedOn");
        }
        if (step == ReviewStep.ActionPlanClosed)
        {
            return Single("actionPlanClosedOn", "", step, ActionPlanClosedOn, "the action plan was closed");
        }
        return null;
    }

    /// <summary>One stage of the record: the step it stands for, its member, what is missing when it is not set, and the steps it records.</summary>
    private sealed record Stage(ReviewStep Step, string Member, string Missing, Entry[] Entries)
    {
        public bool Present => Entries.Length > 0;
    }

    /// <summary>
    /// One step the record shows: the step, the date it was reached, the member that holds the date
    /// (<c>decision.decidedOn</c>), and what happened, as a message about a later date names it ("the decision").
    /// </summary>
    private readonly record struct Entry(ReviewStep Step, LocalDate On, string Member, string What);

    /// <summary>What <see cref="CompletedOn"/> is, as a date message names it.</summary>
    private const string CompletedWhat = "the report was completed (first submitted to the Quality Assurance Panel)";

    private static string Article(AgencyInformationKind kind) => kind == AgencyInformationKind.IndividualManagementReview ? "an IMR" : "a chronology";

    /// <summary>Returns a builder holding this case's parts (the whole record, provenance included), to build a changed copy.</summary>
    /// <returns>A new builder; changing it does not change this case.</returns>
    public ReviewCaseBuilder ToBuilder() => new(this);
}
