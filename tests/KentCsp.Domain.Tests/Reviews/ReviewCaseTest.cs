using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

/// <summary>The constructor of <see cref="ReviewCase"/> refuses a record that does not hang together, naming the member.</summary>
public class ReviewCaseTest
{
    private static readonly ReviewCase Full = ReviewBuilders.EveryMember();

    // Rebuilds Full with one member replaced.
    private static ReviewCase With(
        ReviewNotification? notification = null,
        Optional<ReviewDecision?> decision = default,
        Optional<LocalDate?> homeOfficeInformedOn = default,
        Optional<LocalDate?> chairAppointedOn = default,
        Optional<LocalDate?> panelConvenedOn = default,
        AgencyInformation[]? agencyInformation = null,
        Optional<LocalDate?> reportCompletedOn = default,
        Optional<LocalDate?> signedOffOn = default,
        QualityAssuranceSubmission[]? qualityAssurance = null,
        Optional<ReviewPublication?> publication = default,
        Optional<LocalDate?> actionPlanClosedOn = default,
        Optional<LocalDate?> sentToCommissionerOn = default) =>
        new(
            Full.Name,
            Full.Reference,
            notification ?? Full.Notification,
            decision.Or(Full.Decision),
            homeOfficeInformedOn.Or(Full.HomeOfficeInformedOn),
            chairAppointedOn.Or(Full.ChairAppointedOn),
            panelConvenedOn.Or(Full.PanelConvenedOn),
            agencyInformation ?? Full.AgencyInformation.ToArray(),
            reportCompletedOn.Or(Full.ReportCompletedOn),
            signedOffOn.Or(Full.SignedOffOn),
            qualityAssurance ?? Full.QualityAssurance.ToArray(),
            publication.Or(Full.Publication),
            actionPlanClosedOn.Or(Full.ActionPlanClosedOn),
            sentToCommissionerOn.Or(Full.SentToCommissionerOn));

    private static string ParamOf(Func<ReviewCase> build) => Assert.Throws<ArgumentRefusedException>(() => build()).ParamName!;

    [Fact]
    public void Constructor_EveryMember_IsClosedWithTheFullHistory()
    {
        Assert.Equal(ReviewStep.ActionPlanClosed, Full.Step);
        Assert.Equal(14, Full.History.Count); // with a resubmission: submitted, sent back, submitted again, approved
        Assert.Equal(new LocalDate(2019, 5, 20), Full.History.Single(entry => entry.Step == ReviewStep.GatheringAgencyInformation).EnteredOn);
        Assert.Equal(new LocalDate(2020, 1, 6), Full.CompletedOn);
        Assert.Equal(new LocalDate(2020, 8, 12), Full.ApprovedOn);
        Assert.Equal(new LocalDate(2021, 9, 30), Full.LastRecordedOn);
    }

    [Fact]
    public void Constructor_DecisionBeforeNotification_NamesDecisionDecidedOn()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => With(decision: new ReviewDecision(ReviewDecisionOutcome.Review, new LocalDate(2019, 1, 30), true, null)));
        Assert.Equal("decision.decidedOn", exception.ParamName);
        Assert.StartsWith("decision.decidedOn (2019-01-30) must not be before the notification (2019-01-31).", exception.Message);
    }

    [Fact]
    public void Constructor_DatesAreCheckedInTheOrderOfTheProcess()
    {
        // Each stage of the record that carries dates: its last date, and the case with its first date moved. Their
        // order is not written here: it is ReviewStep.All, the walk of the table of moves.
        var stages = new Dictionary<ReviewStep, (string Member, LocalDate Last, Func<LocalDate, ReviewCase> DatedOn)>
        {
            [ReviewStep.Notified] = ("notification", Full.Notification.NotifiedOn,
                on => With(notification: new ReviewNotification(Full.Notification.NotifiedBy, on, Full.Notification.Circumstances))),
            [ReviewStep.Decided] = ("decision.decidedOn", Full.Decision!.DecidedOn,
                on => With(decision: new ReviewDecision(Full.Decision.Outcome, on, Full.Decision.CriteriaMet, Full.Decision.Reasons))),
            [ReviewStep.HomeOfficeInformed] = ("homeOfficeInformedOn", Full.HomeOfficeInformedOn!.Value, on => With(homeOfficeInformedOn: on)),
            [ReviewStep.ChairAppointed] = ("chairAppointedOn", Full.ChairAppointedOn!.Value, on => With(chairAppointedOn: on)),
            [ReviewStep.PanelConvened] = ("panelConvenedOn", Full.PanelConvenedOn!.Value, on => With(panelConvenedOn: on)),
            [ReviewStep.GatheringAgencyInformation] = ("agencyInformation[0].requestedOn", Full.AgencyInformation.Max(item => item.ReceivedOn!.Value),
                on => With(agencyInformation: [.. Full.AgencyInformation.Select((item, i) => i == 0 ? new AgencyInformation(item.Agency, item.Kind, on, item.ReceivedOn) : item)])),
            [ReviewStep.ReportCompleted] = ("reportCompletedOn", Full.ReportCompletedOn!.Value, on => With(reportCompletedOn: on)),
            [ReviewStep.SignedOff] = ("signedOffOn", Full.SignedOffOn!.Value, on => With(signedOffOn: on)),
            [ReviewStep.SubmittedForQualityAssurance] = ("qualityAssurance[0].submittedOn", Full.ApprovedOn!.Value,
                on => With(qualityAssurance: [.. Full.QualityAssurance.Select((item, i) => i == 0 ? new QualityAssuranceSubmission(on, item.Outcome, item.OutcomeOn, item.Feedback) : item)])),
            [ReviewStep.Published] = ("publication.publishedOn", Full.Publication!.PublishedOn,
                on => With(publication: new ReviewPublication(on, Full.Publication.Where))),
            [ReviewStep.ActionPlanClosed] = ("actionPlanClosedOn", Full.ActionPlanClosedOn!.Value, on => With(actionPlanClosedOn: on)),
        };
        var ordered = ReviewStep.All.Where(stages.ContainsKey).ToList();
        Assert.Equal(stages.Count, ordered.Count);
        for (int i = 1; i < ordered.Count; i++)
        {
            var (earlier, later) = (stages[ordered[i - 1]], stages[ordered[i]]);
            Assert.NotNull(later.DatedOn(earlier.Last)); // the same day is in order
            var exception = Assert.Throws<ArgumentRefusedException>(() => later.DatedOn(earlier.Last.PlusDays(-1)));
            Assert.Equal(later.Member, exception.ParamName);
            Assert.Contains("must not be before", exception.Message);
        }
    }

    [Fact]
    public void Constructor_VictimUnder16FlaggedAsMeetingTheCriteria_NamesDecisionCriteriaMet()
    {
        var under16 = ReviewBuilders.Notification(new LocalDate(2019, 1, 31), new ReviewCircumstances(false, PerpetratorRelationship.Relative, DeathCircumstance.ViolenceAbuseOrNeglect));
        var exception = Assert.Throws<ArgumentRefusedException>(() => With(notification: under16));
        Assert.Equal("decision.criteriaMet", exception.ParamName);
        Assert.StartsWith("decision.criteriaMet is true, but the victim was under 16, and a review covers only the death of a person aged 16 or over (notification.circumstances.victimAgedSixteenOrOver).", exception.Message);
    }

    [Theory]
    [InlineData(nameof(PerpetratorRelationship.Other), nameof(DeathCircumstance.ViolenceAbuseOrNeglect))]
    [InlineData(nameof(PerpetratorRelationship.Relative), nameof(DeathCircumstance.Other))]
    public void Constructor_CriteriaMetAgainstFactsNoRegimeCovers_IsRefused(string relationship, string death)
    {
        var facts = new ReviewCircumstances(true, PerpetratorRelationship.FromName(relationship), DeathCircumstance.FromName(death));
        Assert.Equal("decision.criteriaMet", ParamOf(() => With(notification: ReviewBuilders.Notification(new LocalDate(2019, 1, 31), facts))));
    }

    [Fact]
    public void Constructor_StepWithoutTheOneBefore_NamesIt()
    {
        Assert.Equal("chairAppointedOn", ParamOf(() => With(homeOfficeInformedOn: Optional.Null<LocalDate?>())));
        Assert.Equal("homeOfficeInformedOn", ParamOf(() => With(decision: Optional.Null<ReviewDecision?>())));
        Assert.Equal("publication", ParamOf(() => With(qualityAssurance: [])));
        Assert.Equal("signedOffOn", ParamOf(() => With(reportCompletedOn: Optional.Null<LocalDate?>())));
    }

    [Fact]
    public void Constructor_AnythingAfterADecisionNotToReview_IsRefused()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => With(decision: new ReviewDecision(ReviewDecisionOutcome.NoReview, new LocalDate(2019, 2, 28), true, "Another review covers it.")));
        Assert.Equal("chairAppointedOn", exception.ParamName);
        Assert.StartsWith("chairAppointedOn is set, but the decision was not to review.", exception.Message);
    }

    [Fact]
    public void Constructor_ReportWithInformationOutstanding_NamesTheRequest()
    {
        var information = Full.AgencyInformation.ToArray();
        information[1] = new AgencyInformation(information[1].Agency, information[1].Kind, information[1].RequestedOn, null);
        Assert.Equal("agencyInformation[1].receivedOn", ParamOf(() => With(agencyInformation: information)));
    }

    [Fact]
    public void Constructor_RepeatedRequest_NamesIt()
    {
        var information = Full.AgencyInformation.Append(new AgencyInformation("kent police", AgencyInformationKind.Chronology, new LocalDate(2019, 6, 1), new LocalDate(2019, 7, 1))).ToArray();
        var exception = Assert.Throws<ArgumentRefusedException>(() => With(agencyInformation: information));
        Assert.Equal("agencyInformation[3]", exception.ParamName);
        Assert.StartsWith("agencyInformation[3] repeats the request to kent police for a chronology.", exception.Message);
    }

    [Fact]
    public void Constructor_ReportBeforeInformationArrived_NamesReportCompletedOn()
    {
        Assert.Equal("reportCompletedOn", ParamOf(() => With(reportCompletedOn: new LocalDate(2019, 9, 1))));
    }

    [Fact]
    public void Constructor_SubmissionAfterApproval_IsRefused()
    {
        var submissions = Full.QualityAssurance.Reverse().ToArray();
        var exception = Assert.Throws<ArgumentRefusedException>(() => With(qualityAssurance: submissions));
        Assert.Equal("qualityAssurance[1]", exception.ParamName);
    }

    [Fact]
    public void Constructor_PublicationWithoutApproval_IsRefused()
    {
        var pending = new[] { Full.QualityAssurance[0], new QualityAssuranceSubmission(new LocalDate(2020, 6, 1), null, null, null) };
        Assert.Equal("publication", ParamOf(() => With(qualityAssurance: pending)));
    }

    [Fact]
    public void Constructor_SentBeforeCompletion_NamesSentToCommissionerOn()
    {
        // Completed on the first submission to the Quality Assurance Panel, 2020-01-06.
        var exception = Assert.Throws<ArgumentRefusedException>(() => With(sentToCommissionerOn: new LocalDate(2020, 1, 5)));
        Assert.Equal("sentToCommissionerOn", exception.ParamName);
        Assert.StartsWith("sentToCommissionerOn (2020-01-05) must not be before the report was completed (first submitted to the Quality Assurance Panel) (2020-01-06).", exception.Message);
        var notSubmitted = Assert.Throws<ArgumentRefusedException>(() => With(qualityAssurance: [], publication: null, actionPlanClosedOn: null));
        Assert.Equal("sentToCommissionerOn", notSubmitted.ParamName);
    }

    [Fact]
    public void Constructor_SentAfterCompletionBeforeApproval_IsAccepted()
    {
        // 2004 Act s.9(3B)-(3C): sent once completed, whatever the Quality Assurance Panel later decides.
        var sent = With(sentToCommissionerOn: new LocalDate(2020, 1, 6));
        Assert.Equal(new LocalDate(2020, 1, 6), sent.SentToCommissionerOn);
        var sentWhileSentBack = With(sentToCommissionerOn: new LocalDate(2020, 5, 1));
        Assert.Equal(ReviewStep.ActionPlanClosed, sentWhileSentBack.Step);
    }

    [Fact]
    public void Constructor_BadReference_NamesReference()
    {
        Assert.Equal("reference", Assert.Throws<ArgumentRefusedException>(() => ReviewCase.Open(ReviewBuilders.Name, "DHR 2024", ReviewBuilders.Notification())).ParamName);
    }

    [Fact]
    public void Decision_WithoutReasons_IsRefusedUnlessReviewingACaseThatMeetsTheCriteria()
    {
        Assert.Equal("reasons", Assert.Throws<ArgumentRefusedException>(() => new ReviewDecision(ReviewDecisionOutcome.NoReview, ReviewBuilders.Notified, false, null)).ParamName);
        Assert.Equal("reasons", Assert.Throws<ArgumentRefusedException>(() => new ReviewDecision(ReviewDecisionOutcome.Review, ReviewBuilders.Notified, false, null)).ParamName);
        Assert.Null(new ReviewDecision(ReviewDecisionOutcome.Review, ReviewBuilders.Notified, true, null).Reasons);
    }

    [Fact]
    public void AsAt_LeavesOutWhatWasRecordedLater()
    {
        var then = Full.AsAt(new LocalDate(2019, 7, 1))!;
        Assert.Equal(ReviewStep.GatheringAgencyInformation, then.Step);
        Assert.Equal([null, new LocalDate(2019, 6, 17), null], then.AgencyInformation.Select(item => item.ReceivedOn));
        Assert.Null(then.ReportCompletedOn);
        Assert.Equal(ReviewStep.SubmittedForQualityAssurance, Full.AsAt(new LocalDate(2020, 4, 21))!.Step);
        Assert.Null(Full.AsAt(new LocalDate(2019, 1, 30)));
        Assert.Same(Full, Full.AsAt(new LocalDate(2021, 9, 30)));
    }

    [Fact]
    public void Equality_IsEveryMember()
    {
        Assert.Equal(ReviewBuilders.EveryMember(), Full);
        Assert.Equal(ReviewBuilders.EveryMember().GetHashCode(), Full.GetHashCode());
        Assert.NotEqual(Full, With(sentToCommissionerOn: new LocalDate(2020, 8, 21)));
        Assert.NotEqual(Full, With(agencyInformation: Full.AgencyInformation.Reverse().ToArray()));
    }
}

/// <summary>"Leave as it is", or a value (which may be null), for optional test parameters.</summary>
internal readonly struct Optional<T>
{
    private readonly bool hasValue;
    private readonly T value;

    private Optional(T value)
    {
        hasValue = true;
        this.value = value;
    }

    public static implicit operator Optional<T>(T value) => new(value);

    public T Or(T otherwise) => hasValue ? value : otherwise;

    internal static Optional<T> Of(T value) => new(value);
}

internal static class Optional
{
    public static Optional<T> Null<T>() => Optional<T>.Of(default!);
}
