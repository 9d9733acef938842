using System;
using KentCsp.Domain.Reviews;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

/// <summary>Cases for the review tests, built through the library's own commands.</summary>
internal static class ReviewBuilders
{
    public static readonly LocalDate Notified = new(2024, 1, 15);

    public static readonly ReviewCaseName Name = new("Alex", 2024);

    public static ReviewCircumstances MeetsCriteria { get; } =
        new(true, PerpetratorRelationship.FormerIntimatePartner, DeathCircumstance.ViolenceAbuseOrNeglect);

    public static ReviewNotification Notification(LocalDate? on = null, ReviewCircumstances? circumstances = null) =>
        new("Kent Police", on ?? Notified, circumstances ?? MeetsCriteria);

    public static ReviewCase Open(ReviewCircumstances? circumstances = null) =>
        ReviewCase.Open(Name, "dhr-alex-2024", Notification(circumstances: circumstances));

    /// <summary>The changed case; fails the test with the refusal's message if the change was refused.</summary>
    public static ReviewCase Changed(this ReviewChange change) =>
        change.Match(changed => changed.Case, refused => throw new Xunit.Sdk.XunitException("unexpected refusal: " + refused.Message));

    /// <summary>The refusal; fails the test if the change was made.</summary>
    public static ReviewRefused Refused(this ReviewChange change) =>
        change.Match(changed => throw new Xunit.Sdk.XunitException("unexpected change: " + changed), refused => refused);

    /// <summary>A case moved on through the review path (decision to review) until it reaches <paramref name="target"/>; each step a week after the one before.</summary>
    public static ReviewCase At(ReviewStep target, string pseudonym = "Alex", LocalDate? notified = null)
    {
        var day = notified ?? Notified;
        var @case = pseudonym == "Alex" && notified is null
            ? Open()
            : ReviewCase.Open(new ReviewCaseName(pseudonym, day.Year), $"dhr-{pseudonym.ToLowerInvariant()}-{day.Year}", Notification(day));
        LocalDate Next() => day = day.PlusWeeks(1);
        var path = new Func<ReviewCase, ReviewChange>[]
        {
            c => c.Decide(new ReviewDecision(ReviewDecisionOutcome.Review, Next(), true, null)),
            c => c.InformHomeOffice(Next()),
            c => c.AppointChair(Next()),
            c => c.ConvenePanel(Next()),
            c => c.RequestAgencyInformation("Kent Police", AgencyInformationKind.IndividualManagementReview, Next()),
            c => c.ReceiveAgencyInformation("Kent Police", AgencyInformationKind.IndividualManagementReview, Next()),
            c => c.CompleteReport(Next()),
            c => c.SignOff(Next()),
            c => c.SubmitForQualityAssurance(Next()),
            c => c.RecordApproval(Next(), null),
            c => c.Publish(new ReviewPublication(Next(), "https://www.example.org/reviews")),
            c => c.CloseActionPlan(Next()),
        };
        foreach (var step in path)
        {
            if (@case.Step == target)
            {
                return @case;
            }
            @case = step(@case).Changed();
        }
        Assert.Equal(target, @case.Step);
        return @case;
    }

    /// <summary>A case with every member set: both kinds of agency information, a resubmission, publication, closure and the report sent.</summary>
    public static ReviewCase EveryMember() => new(
        new ReviewCaseName("Mary-Ann O'Neil", 2019),
        "kent-dhr-2019-03",
        new ReviewNotification("Kent Police", new LocalDate(2019, 1, 31), MeetsCriteria),
        new ReviewDecision(ReviewDecisionOutcome.Review, new LocalDate(2019, 2, 28), true, "Former partner; the criteria are met."),
        homeOfficeInformedOn: new LocalDate(2019, 3, 4),
        chairAppointedOn: new LocalDate(2019, 4, 1),
        panelConvenedOn: new LocalDate(2019, 5, 13),
        [
            new AgencyInformation("Kent Police", AgencyInformationKind.IndividualManagementReview, new LocalDate(2019, 5, 20), new LocalDate(2019, 8, 19)),
            new AgencyInformation("Kent Police", AgencyInformationKind.Chronology, new LocalDate(2019, 5, 20), new LocalDate(2019, 6, 17)),
            new AgencyInformation("Kent and Medway Clinical Commissioning Group", AgencyInformationKind.IndividualManagementReview, new LocalDate(2019, 6, 3), new LocalDate(2019, 9, 2)),
        ],
        reportCompletedOn: new LocalDate(2019, 11, 29),
        signedOffOn: new LocalDate(2019, 12, 11),
        [
            new QualityAssuranceSubmission(new LocalDate(2020, 1, 6), QualityAssuranceOutcome.ResubmissionRequested, new LocalDate(2020, 4, 22), "Say more about the family's contact with services."),
            new QualityAssuranceSubmission(new LocalDate(2020, 6, 1), QualityAssuranceOutcome.Approved, new LocalDate(2020, 8, 12), "Thank you for the revisions."),
        ],
        new ReviewPublication(new LocalDate(2020, 10, 5), "https://www.kent.gov.uk/about-the-council/strategies-and-policies/community-safety-and-crime-policies/domestic-homicide-reviews"),
        actionPlanClosedOn: new LocalDate(2021, 9, 30),
        sentToCommissionerOn: new LocalDate(2020, 8, 20));
}
