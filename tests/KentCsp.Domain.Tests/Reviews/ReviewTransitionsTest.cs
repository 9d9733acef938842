using System.Linq;
using KentCsp.Domain.Reviews;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

/// <summary>The intent-named changes of <see cref="ReviewCase"/>: the process end to end, and each kind of refusal.</summary>
public class ReviewTransitionsTest
{
    private static readonly LocalDate Day = new(2024, 6, 3);

    [Fact]
    public void Commands_ThroughTheWholeProcess_VisitEveryStepInOrder()
    {
        var @case = ReviewBuilders.At(ReviewStep.ActionPlanClosed);
        Assert.Equal(
            [
                ReviewStep.Notified, ReviewStep.Decided, ReviewStep.HomeOfficeInformed, ReviewStep.ChairAppointed, ReviewStep.PanelConvened,
                ReviewStep.GatheringAgencyInformation, ReviewStep.ReportCompleted, ReviewStep.SignedOff, ReviewStep.SubmittedForQualityAssurance,
                ReviewStep.Approved, ReviewStep.Published, ReviewStep.ActionPlanClosed,
            ],
            @case.History.Select(entry => entry.Step));
        Assert.True(@case.Step.IsClosed);
        // A week per step; agency information takes two (requested, received, then the report completed).
        Assert.All(@case.History.Take(@case.History.Count - 1), entry =>
            Assert.Equal(entry.Step == ReviewStep.GatheringAgencyInformation ? 14 : 7, entry.Days(Day)));
    }

    [Fact]
    public void Publish_BeforeQualityAssuranceApproval_IsRefusedAndTheCaseUnchanged()
    {
        var signedOff = ReviewBuilders.At(ReviewStep.SignedOff);
        var refused = signedOff.Publish(new ReviewPublication(Day, "https://www.example.org")).Refused();
        Assert.Equal(ReviewRefusalReason.NotAllowedAtStep, refused.Reason);
        Assert.Equal("Alex/2024: cannot publish: the case is at step 'signed off'; a report is published only once the Quality Assurance Panel has approved it.", refused.Message);
        Assert.Same(signedOff, refused.Case);
        Assert.Null(signedOff.Publication);
    }

    [Fact]
    public void SignOff_BeforeTheOverviewReport_IsRefused()
    {
        var gathering = ReviewBuilders.At(ReviewStep.GatheringAgencyInformation);
        var refused = gathering.SignOff(Day).Refused();
        Assert.Equal(ReviewRefusalReason.NotAllowedAtStep, refused.Reason);
        Assert.Equal("Alex/2024: cannot sign off: the case is at step 'agency information requested'; the partnership signs off once the overview report, executive summary and action plan are completed.", refused.Message);
        Assert.Same(gathering, refused.Case);
    }

    [Fact]
    public void Decide_BeforeTheNotification_IsRefusedAsDateOutOfOrder()
    {
        var refused = ReviewBuilders.Open().Decide(new ReviewDecision(ReviewDecisionOutcome.Review, new LocalDate(2024, 1, 14), true, null)).Refused();
        Assert.Equal(ReviewRefusalReason.DateOutOfOrder, refused.Reason);
        Assert.Equal("Alex/2024: cannot decide on 2024-01-14: that is before the notification (2024-01-15).", refused.Message);
    }

    [Fact]
    public void Decide_CriteriaMetForAVictimUnder16_IsRefused()
    {
        var open = ReviewBuilders.Open(new ReviewCircumstances(false, PerpetratorRelationship.Relative, DeathCircumstance.ViolenceAbuseOrNeglect));
        var refused = open.Decide(new ReviewDecision(ReviewDecisionOutcome.Review, Day, true, null)).Refused();
        Assert.Equal(ReviewRefusalReason.ContradictsCircumstances, refused.Reason);
        Assert.Equal("Alex/2024: the decision flags the criteria as met, but the victim was under 16, and a review covers only the death of a person aged 16 or over.", refused.Message);
        Assert.Equal(ReviewStep.Decided, open.Decide(new ReviewDecision(ReviewDecisionOutcome.NoReview, Day, false, "The victim was 15.")).Changed().Step);
    }

    [Fact]
    public void Decide_Twice_IsRefused()
    {
        var decided = ReviewBuilders.At(ReviewStep.Decided);
        Assert.Equal(ReviewRefusalReason.NotAllowedAtStep, decided.Decide(new ReviewDecision(ReviewDecisionOutcome.NoReview, Day, true, "Changed our mind.")).Refused().Reason);
    }

    [Fact]
    public void InformHomeOffice_AfterADecisionNotToReview_ClosesTheCase()
    {
        var decided = ReviewBuilders.Open().Decide(new ReviewDecision(ReviewDecisionOutcome.NoReview, Day, false, "Not a domestic relationship.")).Changed();
        var closed = decided.InformHomeOffice(Day.PlusDays(3)).Changed();
        Assert.Equal(ReviewStep.ClosedWithoutReview, closed.Step);
        Assert.True(closed.Step.IsClosed);
        Assert.Equal(ReviewRefusalReason.NotAllowedAtStep, closed.AppointChair(Day.PlusDays(4)).Refused().Reason);
    }

    [Fact]
    public void InformHomeOffice_WithoutADecision_IsRefused()
    {
        var refused = ReviewBuilders.Open().InformHomeOffice(Day).Refused();
        Assert.Equal("Alex/2024: cannot inform the Home Office: the case is at step 'notified'; the Home Office is informed once the partnership has made its decision.", refused.Message);
    }

    [Fact]
    public void RequestAgencyInformation_Twice_IsRefusedIgnoringCase()
    {
        var gathering = ReviewBuilders.At(ReviewStep.GatheringAgencyInformation);
        var refused = gathering.RequestAgencyInformation("KENT POLICE", AgencyInformationKind.IndividualManagementReview, Day).Refused();
        Assert.Equal(ReviewRefusalReason.AlreadyRequested, refused.Reason);
        Assert.Equal(2, gathering.RequestAgencyInformation("Kent Police", AgencyInformationKind.Chronology, Day).Changed().AgencyInformation.Count);
    }

    [Fact]
    public void ReceiveAgencyInformation_NotRequestedOrTwiceOrEarly_IsRefused()
    {
        var gathering = ReviewBuilders.At(ReviewStep.GatheringAgencyInformation);
        var requestedOn = gathering.AgencyInformation[0].RequestedOn;
        Assert.Equal(ReviewRefusalReason.NotRequested, gathering.ReceiveAgencyInformation("Kent Police", AgencyInformationKind.Chronology, Day).Refused().Reason);
        Assert.Equal(ReviewRefusalReason.DateOutOfOrder, gathering.ReceiveAgencyInformation("Kent Police", AgencyInformationKind.IndividualManagementReview, requestedOn.PlusDays(-1)).Refused().Reason);
        var received = gathering.ReceiveAgencyInformation("kent police", AgencyInformationKind.IndividualManagementReview, Day).Changed();
        Assert.Equal(Day, received.AgencyInformation[0].ReceivedOn);
        Assert.Equal(ReviewStep.GatheringAgencyInformation, received.Step);
        Assert.Equal(ReviewRefusalReason.AlreadyReceived, received.ReceiveAgencyInformation("Kent Police", AgencyInformationKind.IndividualManagementReview, Day).Refused().Reason);
    }

    [Fact]
    public void CompleteReport_WithInformationOutstanding_IsRefused()
    {
        var gathering = ReviewBuilders.At(ReviewStep.GatheringAgencyInformation);
        var refused = gathering.CompleteReport(Day).Refused();
        Assert.Equal(ReviewRefusalReason.AgencyInformationOutstanding, refused.Reason);
        Assert.Equal("Alex/2024: cannot complete the report: an IMR from Kent Police, requested on 2024-02-19, has not been received.", refused.Message);
    }

    [Fact]
    public void CompleteReport_WithoutAgencyInformation_IsRefused()
    {
        Assert.Equal(ReviewRefusalReason.NotAllowedAtStep, ReviewBuilders.At(ReviewStep.PanelConvened).CompleteReport(Day).Refused().Reason);
    }

    [Fact]
    public void ResubmissionRequest_LoopsBackToSubmission()
    {
        var submitted = ReviewBuilders.At(ReviewStep.SubmittedForQualityAssurance);
        var sentBack = submitted.RecordResubmissionRequest(Day, "Add the family's view.").Changed();
        Assert.Equal(ReviewStep.ResubmissionRequested, sentBack.Step);
        Assert.Equal(ReviewRefusalReason.NotAllowedAtStep, sentBack.Publish(new ReviewPublication(Day, "x")).Refused().Reason);
        var again = sentBack.SubmitForQualityAssurance(Day.PlusDays(30)).Changed();
        Assert.Equal(ReviewStep.SubmittedForQualityAssurance, again.Step);
        Assert.Equal(2, again.QualityAssurance.Count);
        Assert.Equal(submitted.QualityAssurance[0].SubmittedOn, again.CompletedOn);
        var approved = again.RecordApproval(Day.PlusDays(60), null).Changed();
        Assert.Equal(Day.PlusDays(60), approved.ApprovedOn);
        Assert.Equal(
            [ReviewStep.SubmittedForQualityAssurance, ReviewStep.ResubmissionRequested, ReviewStep.SubmittedForQualityAssurance, ReviewStep.Approved],
            approved.History.Skip(8).Select(entry => entry.Step));
    }

    [Fact]
    public void SubmitForQualityAssurance_BeforeThePanelsFeedback_IsRefused()
    {
        var sentBack = ReviewBuilders.At(ReviewStep.SubmittedForQualityAssurance).RecordResubmissionRequest(Day, "Revise.").Changed();
        var refused = sentBack.SubmitForQualityAssurance(Day.PlusDays(-1)).Refused();
        Assert.Equal("Alex/2024: cannot submit the report to the Quality Assurance Panel on 2024-06-02: that is before the panel asked for resubmission (2024-06-03).", refused.Message);
    }

    [Fact]
    public void SendToCommissioner_OnlyOnceAndOnlyOnceCompleted()
    {
        var signedOff = ReviewBuilders.At(ReviewStep.SignedOff);
        var refused = signedOff.SendToCommissioner(Day).Refused();
        Assert.Equal(ReviewRefusalReason.NotAllowedAtStep, refused.Reason);
        Assert.Equal("Alex/2024: cannot send the report to the Domestic Abuse Commissioner: the case is at step 'signed off'; the report is sent once it is completed (first submitted to the Quality Assurance Panel).", refused.Message);
        var approved = ReviewBuilders.At(ReviewStep.Approved);
        var sent = approved.SendToCommissioner(Day).Changed();
        Assert.Equal(ReviewStep.Approved, sent.Step);
        Assert.Equal(Day, sent.SentToCommissionerOn);
        Assert.Equal(ReviewRefusalReason.AlreadySent, sent.SendToCommissioner(Day).Refused().Reason);
        Assert.Equal(ReviewStep.Published, sent.Publish(new ReviewPublication(Day, "https://www.example.org")).Changed().Step);
    }

    [Fact]
    public void SendToCommissioner_OnceCompleted_IsAllowedWhateverThePanelDecides()
    {
        // 2004 Act s.9(3B)-(3C): the report goes to the Commissioner as soon as reasonably practicable after it is
        // completed; the Quality Assurance Panel's approval is not a condition.
        var submitted = ReviewBuilders.At(ReviewStep.SubmittedForQualityAssurance);   // first submitted 2024-03-18
        var sent = submitted.SendToCommissioner(submitted.CompletedOn!.Value).Changed();
        Assert.Equal(ReviewStep.SubmittedForQualityAssurance, sent.Step);
        Assert.Equal(submitted.CompletedOn, sent.SentToCommissionerOn);
        Assert.Null(sent.ApprovedOn);

        var sentBack = submitted.RecordResubmissionRequest(Day, "Revise.").Changed();
        Assert.Equal(Day, sentBack.SendToCommissioner(Day).Changed().SentToCommissionerOn);

        // Sent while the panel still had it, the report goes on through the panel as before.
        var approved = sent.RecordApproval(Day, null).Changed().Publish(new ReviewPublication(Day, "https://www.example.org")).Changed();
        Assert.Equal(ReviewStep.Published, approved.Step);
        Assert.Equal(submitted.CompletedOn, approved.SentToCommissionerOn);
    }

    [Fact]
    public void SendToCommissioner_BeforeCompletion_IsRefusedAsDateOutOfOrder()
    {
        var submitted = ReviewBuilders.At(ReviewStep.SubmittedForQualityAssurance);
        var refused = submitted.SendToCommissioner(submitted.CompletedOn!.Value.PlusDays(-1)).Refused();
        Assert.Equal(ReviewRefusalReason.DateOutOfOrder, refused.Reason);
        Assert.Equal("Alex/2024: cannot send the report to the Domestic Abuse Commissioner on 2024-03-17: that is before the report was completed (first submitted to the Quality Assurance Panel) (2024-03-18).", refused.Message);
    }

    [Fact]
    public void Change_ToString_DescribesTheMove()
    {
        var signedOff = ReviewBuilders.At(ReviewStep.SignedOff);
        Assert.Equal("Alex/2024: signed off → with the Quality Assurance Panel", signedOff.SubmitForQualityAssurance(Day).ToString());
        Assert.StartsWith("refused: Alex/2024: cannot publish", signedOff.Publish(new ReviewPublication(Day, "x")).ToString());
    }

    [Fact]
    public void Steps_CanMoveTo_MatchesNextSteps()
    {
        foreach (var from in ReviewStep.All)
        {
            foreach (var to in ReviewStep.All)
            {
                Assert.Equal(from.NextSteps.Contains(to), from.CanMoveTo(to));
            }
            Assert.Equal(from.IsClosed, from.NextSteps.Count == 0);
        }
    }

    [Fact]
    public void Steps_DerivedFacts_FollowFromTheTable()
    {
        Assert.Equal([ReviewStep.ActionPlanClosed, ReviewStep.ClosedWithoutReview], ReviewStep.All.Where(step => step.IsClosed));
        Assert.Equal(
            [ReviewStep.SubmittedForQualityAssurance, ReviewStep.ResubmissionRequested, ReviewStep.Approved, ReviewStep.Published, ReviewStep.ActionPlanClosed],
            ReviewStep.All.Where(step => step.AllowsSendingReport));
        Assert.Equal([ReviewStep.HomeOfficeInformed, ReviewStep.ClosedWithoutReview], ReviewStep.Decided.NextSteps);
        Assert.Equal([ReviewStep.GatheringAgencyInformation, ReviewStep.ReportCompleted], ReviewStep.GatheringAgencyInformation.NextSteps);
        Assert.IsNotType<ReviewStep[]>(ReviewStep.All);
        Assert.All(ReviewStep.All, step => Assert.IsNotType<ReviewStep[]>(step.NextSteps));
    }

    [Fact]
    public void History_EveryMove_IsAllowedByTheTable()
    {
        var resubmitted = ReviewBuilders.At(ReviewStep.SubmittedForQualityAssurance).RecordResubmissionRequest(Day.PlusYears(1), "More detail.").Changed()
            .SubmitForQualityAssurance(Day.PlusYears(1)).Changed()
            .RecordApproval(Day.PlusYears(1), null).Changed();
        foreach (var @case in new[] { ReviewBuilders.At(ReviewStep.ActionPlanClosed), resubmitted })
        {
            var history = @case.History;
            for (int i = 1; i < history.Count; i++)
            {
                Assert.True(history[i - 1].Step.CanMoveTo(history[i].Step), $"{history[i - 1].Step.Name} → {history[i].Step.Name}");
            }
        }
    }
}
