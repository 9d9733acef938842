using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <content>The intent-named changes: each checks the step (through <see cref="ReviewStep.CanMoveTo"/>) and the date, and returns a new case or a refusal.</content>
public sealed partial record ReviewCase
{
    /// <summary>Opens a case on the police's written notification.</summary>
    /// <param name="name">The published name, e.g. "Elizabeth/2015".</param>
    /// <param name="reference">The partnership's own reference: lower-case letters, digits and single hyphens.</param>
    /// <param name="notification">The notification.</param>
    /// <returns>A case at <see cref="ReviewStep.Notified"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is malformed.</exception>
    public static ReviewCase Open(ReviewCaseName name, string reference, ReviewNotification notification) =>
        new(name, reference, notification, null, null, null, null, [], null, null, [], null, null, null);

    /// <summary>Records the partnership's decision on the notification.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The case at <see cref="ReviewStep.Decided"/>, or a refusal: not at <see cref="ReviewStep.Notified"/>, dated before the notification, or flagging the criteria as met when the recorded facts rule them out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public ReviewChange Decide(ReviewDecision decision)
    {
        Preconditions.CheckNotNull(decision);
        if (Refusal(ReviewStep.Decided, "decide", "a decision is made on a case that has been notified and not yet decided") is { } refused)
        {
            return refused;
        }
        if (decision.CriteriaMet && Notification.Circumstances.Contradiction() is { } contradiction)
        {
            return Refuse(ReviewRefusalReason.ContradictsCircumstances, $"{Name}: the decision flags the criteria as met, but {contradiction.Reason}.");
        }
        return StepDateRefusal(decision.DecidedOn, "decide")
            ?? Changed(Rebuild(decision: decision));
    }

    /// <summary>Records that the Home Office was informed of the decision.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The case at <see cref="ReviewStep.HomeOfficeInformed"/> (or <see cref="ReviewStep.ClosedWithoutReview"/> after a decision not to review), or a refusal: no decision yet, already informed, or dated before the decision.</returns>
    public ReviewChange InformHomeOffice(LocalDate on)
    {
        SupportedDates.CheckCalendar(on);
        var target = Decision is { IsReview: false } ? ReviewStep.ClosedWithoutReview : ReviewStep.HomeOfficeInformed;
        return Refusal(target, "inform the Home Office", "the Home Office is informed once the partnership has made its decision")
            ?? StepDateRefusal(on, "inform the Home Office")
            ?? Changed(Rebuild(homeOfficeInformedOn: on));
    }

    /// <summary>Records the appointment of the independent chair.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The case at <see cref="ReviewStep.ChairAppointed"/>, or a refusal: not at <see cref="ReviewStep.HomeOfficeInformed"/>, or dated before it.</returns>
    public ReviewChange AppointChair(LocalDate on)
    {
        SupportedDates.CheckCalendar(on);
        return Refusal(ReviewStep.ChairAppointed, "appoint a chair", "an independent chair is appointed once the Home Office has been informed of a decision to review")
            ?? StepDateRefusal(on, "appoint a chair")
            ?? Changed(Rebuild(chairAppointedOn: on));
    }

    /// <summary>Records that the review panel was convened and its terms of reference agreed.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The case at <see cref="ReviewStep.PanelConvened"/>, or a refusal: not at <see cref="ReviewStep.ChairAppointed"/>, or dated before it.</returns>
    public ReviewChange ConvenePanel(LocalDate on)
    {
        SupportedDates.CheckCalendar(on);
        return Refusal(ReviewStep.PanelConvened, "convene the panel", "the panel is convened and its terms of reference agreed once the independent chair is appointed")
            ?? StepDateRefusal(on, "convene the panel")
            ?? Changed(Rebuild(panelConvenedOn: on));
    }

    /// <summary>Records a request to an agency for an Individual Management Review or a chronology.</summary>
    /// <param name="agency">The agency, e.g. "Kent Police".</param>
    /// <param name="kind">What is asked for.</param>
    /// <param name="on">The date of the request.</param>
    /// <returns>The case at <see cref="ReviewStep.GatheringAgencyInformation"/>, or a refusal: the panel not convened or the report already completed, the same request already made, or dated before the panel was convened.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agency"/> is empty or white space.</exception>
    public ReviewChange RequestAgencyInformation(string agency, AgencyInformationKind kind, LocalDate on)
    {
        SupportedDates.CheckCalendar(on);
        var request = new AgencyInformation(agency, kind, on, null);
        string action = $"request {Article(kind)} from {request.Agency}";
        if (Refusal(ReviewStep.GatheringAgencyInformation, action, "agency information is requested once the panel is convened, and until the report is completed") is { } refused)
        {
            return refused;
        }
        if (FindRequest(request.Agency, kind) >= 0)
        {
            return Refuse(ReviewRefusalReason.AlreadyRequested, $"{Name}: cannot {action}: it has already been requested.");
        }
        return DateRefusal(on, action, PanelConvenedOn!.Value, "the panel was convened")
            ?? Changed(Rebuild(agencyInformation: agencyInformation.Append(request)));
    }

    /// <summary>Records the arrival of agency information asked for.</summary>
    /// <param name="agency">The agency, as named in the request (case is ignored).</param>
    /// <param name="kind">What arrived.</param>
    /// <param name="on">The date it arrived.</param>
    /// <returns>The case, still at <see cref="ReviewStep.GatheringAgencyInformation"/>, or a refusal: not gathering information, not requested, already received, or dated before the request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agency"/> is empty or white space.</exception>
    public ReviewChange ReceiveAgencyInformation(string agency, AgencyInformationKind kind, LocalDate on)
    {
        SupportedDates.CheckCalendar(on);
        string name = Preconditions.CheckNotBlank(agency);
        Preconditions.CheckNotNull(kind);
        string action = $"receive {Article(kind)} from {name}";
        if (Step != ReviewStep.GatheringAgencyInformation)
        {
            return Refuse(ReviewRefusalReason.NotAllowedAtStep,
                $"{Name}: cannot {action}: the case is at step '{Step.Description}'; agency information is received while it is being gathered (step '{ReviewStep.GatheringAgencyInformation.Description}').");
        }
        int index = FindRequest(name, kind);
        if (index < 0)
        {
            return Refuse(ReviewRefusalReason.NotRequested, $"{Name}: cannot {action}: it was never requested.");
        }
        var request = agencyInformation[index];
        if (request.ReceivedOn is { } received)
        {
            return Refuse(ReviewRefusalReason.AlreadyReceived, $"{Name}: cannot {action}: it was received on {Dates.Iso(received)}.");
        }
        if (DateRefusal(on, action, request.RequestedOn, "it was requested") is { } late)
        {
            return late;
        }
        var updated = agencyInformation.ToArray();
        updated[index] = request.Received(on);
        return Changed(Rebuild(agencyInformation: ValueList<AgencyInformation>.Own(updated)));
    }

    /// <summary>Records that the overview report, executive summary and action plan are complete.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The case at <see cref="ReviewStep.ReportCompleted"/>, or a refusal: no agency information gathered, some still outstanding, or dated before the last piece arrived.</returns>
    public ReviewChange CompleteReport(LocalDate on)
    {
        SupportedDates.CheckCalendar(on);
        const string Action = "complete the report";
        if (Refusal(ReviewStep.ReportCompleted, Action, "the report is completed once agency information has been requested and received") is { } refused)
        {
            return refused;
        }
        var last = PanelConvenedOn!.Value;
        string lastWhat = "the panel was convened";
        foreach (var item in agencyInformation)
        {
            if (!item.IsReceived)
            {
                return Refuse(ReviewRefusalReason.AgencyInformationOutstanding,
                    $"{Name}: cannot {Action}: {Article(item.Kind)} from {item.Agency}, requested on {Dates.Iso(item.RequestedOn)}, has not been received.");
            }
            if (item.ReceivedOn!.Value > last)
            {
                last = item.ReceivedOn.Value;
                lastWhat = $"{Article(item.Kind)} from {item.Agency} was received";
            }
        }
        return DateRefusal(on, Action, last, lastWhat) ?? Changed(Rebuild(reportCompletedOn: on));
    }

    /// <summary>Records the partnership's sign-off of the report.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The case at <see cref="ReviewStep.SignedOff"/>, or a refusal: the report not completed (or already signed off), or dated before its completion.</returns>
    public ReviewChange SignOff(LocalDate on)
    {
        SupportedDates.CheckCalendar(on);
        return Refusal(ReviewStep.SignedOff, "sign off", "the partnership signs off once the overview report, executive summary and action plan are completed")
            ?? StepDateRefusal(on, "sign off")
            ?? Changed(Rebuild(signedOffOn: on));
    }

    /// <summary>Records the submission (or resubmission) of the report to the Home Office Quality Assurance Panel.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The case at <see cref="ReviewStep.SubmittedForQualityAssurance"/>, or a refusal: not signed off and not sent back for resubmission, or dated before the step it follows.</returns>
    public ReviewChange SubmitForQualityAssurance(LocalDate on)
    {
        SupportedDates.CheckCalendar(on);
        const string Action = "submit the report to the Quality Assurance Panel";
        if (Refusal(ReviewStep.SubmittedForQualityAssurance, Action, "the report goes to the panel once signed off, and again when the panel asks for it to be resubmitted") is { } refused)
        {
            return refused;
        }
        var (after, afterWhat) = qualityAssurance.Count == 0
            ? (SignedOffOn!.Value, "the report was signed off")
            : (qualityAssurance[qualityAssurance.Count - 1].OutcomeOn!.Value, "the panel asked for resubmission");
        return DateRefusal(on, Action, after, afterWhat)
            ?? Changed(Rebuild(qualityAssurance: qualityAssurance.Append(new QualityAssuranceSubmission(on, null, null, null))));
    }

    /// <summary>Records the Quality Assurance Panel's approval of the report.</summary>
    /// <param name="on">The date of the panel's letter.</param>
    /// <param name="comments">The panel's comments, or null.</param>
    /// <returns>The case at <see cref="ReviewStep.Approved"/>, or a refusal: the report not with the panel, or dated before the submission.</returns>
    /// <exception cref="ArgumentException"><paramref name="comments"/> is empty or white space.</exception>
    public ReviewChange RecordApproval(LocalDate on, string? comments)
    {
        SupportedDates.CheckCalendar(on);
        return RecordOutcome(ReviewStep.Approved, QualityAssuranceOutcome.Approved, on, comments is null ? null : Preconditions.CheckNotBlank(comments));
    }

    /// <summary>Records the Quality Assurance Panel's request to revise and resubmit the report.</summary>
    /// <param name="on">The date of the panel's letter.</param>
    /// <param name="feedback">The panel's feedback.</param>
    /// <returns>The case at <see cref="ReviewStep.ResubmissionRequested"/>, or a refusal: the report not with the panel, or dated before the submission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="feedback"/> is empty or white space.</exception>
    public ReviewChange RecordResubmissionRequest(LocalDate on, string feedback)
    {
        SupportedDates.CheckCalendar(on);
        return RecordOutcome(ReviewStep.ResubmissionRequested, QualityAssuranceOutcome.ResubmissionRequested, on, Preconditions.CheckNotBlank(feedback));
    }

    /// <summary>Records the anonymised publication of the approved report.</summary>
    /// <param name="publication">Where and when it was published.</param>
    /// <returns>The case at <see cref="ReviewStep.Published"/>, or a refusal: not approved by the Quality Assurance Panel (or already published), or dated before the approval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publication"/> is null.</exception>
    public ReviewChange Publish(ReviewPublication publication)
    {
        Preconditions.CheckNotNull(publication);
        return Refusal(ReviewStep.Published, "publish", "a report is published only once the Quality Assurance Panel has approved it")
            ?? DateRefusal(publication.PublishedOn, "publish", ApprovedOn!.Value, "the panel approved the report")
            ?? Changed(Rebuild(publication: publication));
    }

    /// <summary>Records that every action of the action plan is complete and the plan is closed.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The case at <see cref="ReviewStep.ActionPlanClosed"/>, or a refusal: not published, or dated before publication.</returns>
    public ReviewChange CloseActionPlan(LocalDate on)
    {
        SupportedDates.CheckCalendar(on);
        return Refusal(ReviewStep.ActionPlanClosed, "close the action plan", "the action plan is closed once the report is published")
            ?? StepDateRefusal(on, "close the action plan")
            ?? Changed(Rebuild(actionPlanClosedOn: on));
    }

    /// <summary>
    /// Records that the report was sent to the Domestic Abuse Commissioner, which the 2004 Act s.9(3B)–(3C) requires as
    /// soon as reasonably practicable after the report is completed. Allowed from completion
    /// (<see cref="ReviewStep.AllowsSendingReport"/>), whatever the Quality Assurance Panel decides. The step does not change.
    /// </summary>
    /// <param name="on">The date.</param>
    /// <returns>The case with the date recorded, or a refusal: the report not yet completed (first submitted to the Quality Assurance Panel), already sent, or dated before its completion.</returns>
    public ReviewChange SendToCommissioner(LocalDate on)
    {
        SupportedDates.CheckCalendar(on);
        const string Action = "send the report to the Domestic Abuse Commissioner";
        if (!Step.AllowsSendingReport)
        {
            return Refuse(ReviewRefusalReason.NotAllowedAtStep,
                $"{Name}: cannot {Action}: the case is at step '{Step.Description}'; the report is sent once it is completed (first submitted to the Quality Assurance Panel).");
        }
        if (SentToCommissionerOn is { } sent)
        {
            return Refuse(ReviewRefusalReason.AlreadySent, $"{Name}: cannot {Action}: it was sent on {Dates.Iso(sent)}.");
        }
        return DateRefusal(on, Action, CompletedOn!.Value, CompletedWhat) ?? Changed(Rebuild(sentToCommissionerOn: on));
    }

    private ReviewChange RecordOutcome(ReviewStep target, QualityAssuranceOutcome outcome, LocalDate on, string? feedback)
    {
        string action = $"record the panel's outcome '{outcome.Description}'";
        if (Refusal(target, action, "the panel's outcome is recorded while the report is with it") is { } refused)
        {
            return refused;
        }
        int last = qualityAssurance.Count - 1;
        var submission = qualityAssurance[last];
        if (DateRefusal(on, action, submission.SubmittedOn, "the report was submitted") is { } late)
        {
            return late;
        }
        var updated = qualityAssurance.ToArray();
        updated[last] = new QualityAssuranceSubmission(submission.SubmittedOn, outcome, on, feedback);
        return Changed(Rebuild(qualityAssurance: ValueList<QualityAssuranceSubmission>.Own(updated)));
    }

    /// <summary>A refusal if the current step cannot move to <paramref name="target"/>, else null.</summary>
    private ReviewChange? Refusal(ReviewStep target, string action, string requirement) =>
        Step.CanMoveTo(target)
            ? null
            : Refuse(ReviewRefusalReason.NotAllowedAtStep, $"{Name}: cannot {action}: the case is at step '{Step.Description}'; {requirement}.");

    /// <summary>
    /// A refusal if <paramref name="on"/> is before the case reached its current step, else null: a step is dated no
    /// earlier than the one it follows, in the order the constructor checks its dates (<see cref="Reached"/>).
    /// </summary>
    private ReviewChange? StepDateRefusal(LocalDate on, string action)
    {
        var reached = Reached();
        return DateRefusal(on, action, reached.On, reached.What);
    }

    /// <summary>A refusal if <paramref name="on"/> is before <paramref name="after"/>, else null.</summary>
    private ReviewChange? DateRefusal(LocalDate on, string action, LocalDate after, string afterWhat) =>
        on >= after
            ? null
            : Refuse(ReviewRefusalReason.DateOutOfOrder, $"{Name}: cannot {action} on {Dates.Iso(on)}: that is before {afterWhat} ({Dates.Iso(after)}).");

    private ReviewChange Refuse(ReviewRefusalReason reason, string message) =>
        ReviewChange.Refused(new ReviewRefused(this, reason, message));

    private ReviewChange Changed(ReviewCase changed) => ReviewChange.Changed(new ReviewChanged(this, changed));

    private int FindRequest(string agency, AgencyInformationKind kind) =>
        agencyInformation.FindIndex(item => item.SameRequest(agency, kind));

    /// <summary>A copy with the given members set; every other member is kept. Commands only ever add to a case.</summary>
    private ReviewCase Rebuild(
        ReviewDecision? decision = null,
        LocalDate? homeOfficeInformedOn = null,
        LocalDate? chairAppointedOn = null,
        LocalDate? panelConvenedOn = null,
        ValueList<AgencyInformation>? agencyInformation = null,
        LocalDate? reportCompletedOn = null,
        LocalDate? signedOffOn = null,
        ValueList<QualityAssuranceSubmission>? qualityAssurance = null,
        ReviewPublication? publication = null,
        LocalDate? actionPlanClosedOn = null,
        LocalDate? sentToCommissionerOn = null) =>
        new(
            Name,
            Reference,
            Notification,
            decision ?? Decision,
            homeOfficeInformedOn ?? HomeOfficeInformedOn,
            chairAppointedOn ?? ChairAppointedOn,
            panelConvenedOn ?? PanelConvenedOn,
            agencyInformation ?? this.agencyInformation,
            reportCompletedOn ?? ReportCompletedOn,
            signedOffOn ?? SignedOffOn,
            qualityAssurance ?? this.qualityAssurance,
            publication ?? Publication,
            actionPlanClosedOn ?? ActionPlanClosedOn,
            sentToCommissionerOn ?? SentToCommissionerOn)
        {
            Provenance = Provenance,
        };
}
