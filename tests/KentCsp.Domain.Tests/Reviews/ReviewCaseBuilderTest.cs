using System;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

public class ReviewCaseBuilderTest
{
    private static readonly ReviewCaseName Name = new("Sam", 2024);

    private static ReviewNotification Notification() =>
        new("Testshire Police", new LocalDate(2024, 1, 15), new ReviewCircumstances(true, PerpetratorRelationship.FormerIntimatePartner, DeathCircumstance.ViolenceAbuseOrNeglect));

    [Fact]
    public void Open_OnlyBuilders_RoundTripsThroughJsonEqual()
    {
        var @case = ReviewCaseBuilder.Open(Name, "testshire-dhr-2024-01", Notification())
            .WithDecision(new ReviewDecision(ReviewDecisionOutcome.Review, new LocalDate(2024, 2, 12), true, null))
            .WithHomeOfficeInformedOn(new LocalDate(2024, 2, 14))
            .WithChairAppointedOn(new LocalDate(2024, 3, 4))
            .WithPanelConvenedOn(new LocalDate(2024, 4, 8))
            .AddAgencyInformation(new AgencyInformation("Testshire Police", AgencyInformationKind.IndividualManagementReview, new LocalDate(2024, 4, 15), new LocalDate(2024, 7, 1)))
            .AddAgencyInformation(new AgencyInformation("Testshire Council", AgencyInformationKind.Chronology, new LocalDate(2024, 4, 15), null))
            .Build();

        var again = KentCspJson.DeserializeReviewCase(KentCspJson.Serialize(@case));

        Assert.Equal(@case, again);
        Assert.Equal(ReviewStep.GatheringAgencyInformation, again.Step);
    }

    [Fact]
    public void Open_Defaults_AsReviewCaseOpen()
    {
        var @case = ReviewCaseBuilder.Open(Name, "testshire-dhr-2024-01", Notification()).Build();

        Assert.Equal(ReviewCase.Open(Name, "testshire-dhr-2024-01", Notification()), @case);
        Assert.Equal(ReviewStep.Notified, @case.Step);
        Assert.Null(@case.Decision);
        Assert.Empty(@case.AgencyInformation);
        Assert.Empty(@case.QualityAssurance);
        Assert.Null(@case.Publication);
        Assert.Null(@case.SentToCommissionerOn);
        Assert.Null(@case.Provenance);
    }

    [Fact]
    public void Build_DecisionBeforeNotification_RefusesAsTheConstructorDoes()
    {
        var early = new ReviewDecision(ReviewDecisionOutcome.Review, new LocalDate(2024, 1, 1), true, null);
        var exception = BuilderAssert.SameRefusal(
            () => _ = new ReviewCase(Name, "testshire-dhr-2024-01", Notification(), early, null, null, null, [], null, null, [], null, null, null),
            () => ReviewCaseBuilder.Open(Name, "testshire-dhr-2024-01", Notification()).WithDecision(early).Build());
        Assert.Equal("decision.decidedOn", exception.ParamName);
    }

    [Fact]
    public void Build_NothingSet_RefusesAsTheConstructorDoes()
    {
        var exception = BuilderAssert.SameRefusal(
            () => _ = new ReviewCase(null!, null!, null!, null, null, null, null, [], null, null, [], null, null, null),
            () => new ReviewCaseBuilder().Build());
        Assert.IsType<ArgumentNullException>(exception);
    }

    [Fact]
    public void ToBuilder_Build_EqualWithTheSameProvenance()
    {
        foreach (var @case in new[] { ReviewBuilders.EveryMember(), KentReviews.Elizabeth2015 })
        {
            var copy = @case.ToBuilder().Build();
            Assert.Equal(@case, copy);
            Assert.Equal(@case.Provenance, copy.Provenance);
            Assert.Equal(KentCspJson.Serialize(@case), KentCspJson.Serialize(copy));
        }
    }

    [Fact]
    public void ToBuilder_ChangedCopy_LeavesTheCaseAlone()
    {
        var @case = ReviewBuilders.EveryMember();
        var reopened = @case.ToBuilder().WithActionPlanClosedOn(null).Build();

        Assert.Equal(new LocalDate(2021, 9, 30), @case.ActionPlanClosedOn);
        Assert.Null(reopened.ActionPlanClosedOn);
        Assert.NotEqual(@case.Step, reopened.Step);
    }
}
