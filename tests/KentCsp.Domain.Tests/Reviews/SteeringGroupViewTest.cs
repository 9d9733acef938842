using System.Linq;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Reviews;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

public class SteeringGroupViewTest
{
    private static readonly OrganisationId Partnership = new("360G-example", "csp");

    private static ReviewCase Case(string pseudonym, LocalDate notified, System.Func<ReviewCase, ReviewCase>? then = null)
    {
        var @case = ReviewCase.Open(new ReviewCaseName(pseudonym, notified.Year), "dhr-" + pseudonym.ToLowerInvariant(), ReviewBuilders.Notification(notified));
        return then is null ? @case : then(@case);
    }

    private static ReviewCase Decided(ReviewCase @case, LocalDate on) =>
        @case.Decide(new ReviewDecision(ReviewDecisionOutcome.Review, on, true, null)).Changed();

    private static readonly LocalDate AsAt = new(2024, 9, 30);

    private static readonly ReviewRegister Register = new(Partnership,
    [
        Case("Closed", new LocalDate(2024, 1, 2), c => c.Decide(new ReviewDecision(ReviewDecisionOutcome.NoReview, new LocalDate(2024, 1, 20), false, "Not domestic.")).Changed().InformHomeOffice(new LocalDate(2024, 1, 22)).Changed()),
        Case("Soon", new LocalDate(2024, 9, 20)),                                                     // decision due 2024-10-20
        Case("Later", new LocalDate(2024, 5, 1), c => Decided(c, new LocalDate(2024, 5, 20))),        // completion due 2024-11-20
        Case("Slightly", new LocalDate(2024, 8, 1)),                                                  // decision due 2024-09-01: 29 days overdue
        Case("Badly", new LocalDate(2023, 1, 9), c => Decided(c, new LocalDate(2023, 2, 1))),        // completion due 2023-08-01: 426 days overdue
        Case("Future", new LocalDate(2024, 10, 1)),                                                   // not yet notified on the date
        Case("Panel", new LocalDate(2024, 1, 8), Submitted),                            // with the panel since 2024-01-26: no deadline running
    ]);

    private static ReviewCase Submitted(ReviewCase @case)
    {
        var day = @case.Notification.NotifiedOn;
        @case = Decided(@case, day = day.PlusDays(10));
        @case = @case.InformHomeOffice(day = day.PlusDays(1)).Changed();
        @case = @case.AppointChair(day = day.PlusDays(1)).Changed();
        @case = @case.ConvenePanel(day = day.PlusDays(1)).Changed();
        @case = @case.RequestAgencyInformation("Kent Police", AgencyInformationKind.Chronology, day = day.PlusDays(1)).Changed();
        @case = @case.ReceiveAgencyInformation("Kent Police", AgencyInformationKind.Chronology, day = day.PlusDays(1)).Changed();
        @case = @case.CompleteReport(day = day.PlusDays(1)).Changed();
        @case = @case.SignOff(day = day.PlusDays(1)).Changed();
        return @case.SubmitForQualityAssurance(day.PlusDays(1)).Changed();
    }

    [Fact]
    public void Of_OrdersByUrgency()
    {
        var view = SteeringGroupView.Of(Register, AsAt, ReviewPolicy.Default);
        Assert.Equal(["Badly", "Slightly", "Soon", "Later", "Panel", "Closed"], view.Rows.Select(row => row.Case.Name.Pseudonym));
        Assert.Equal(2, view.OverdueCount);
        Assert.Equal([426, 29, 0, 0, 0, 0], view.Rows.Select(row => row.DaysOverdue));
        Assert.Equal(new ReviewDeadline(ReviewDeadlineKind.Decision, new LocalDate(2024, 10, 20)), view.Rows[2].NextDeadline);
        Assert.Equal(Partnership, view.PartnershipId);
    }

    [Fact]
    public void Of_CountsEveryStep()
    {
        var view = SteeringGroupView.Of(Register, AsAt, ReviewPolicy.Default);
        Assert.Equal(ReviewStep.All, view.CountsByStep.Select(count => count.Step));
        Assert.Equal(6, view.CountsByStep.Sum(count => count.Count));
        Assert.Equal(2, view.CountsByStep.Single(count => count.Step == ReviewStep.Notified).Count);
        Assert.Equal(2, view.CountsByStep.Single(count => count.Step == ReviewStep.Decided).Count);
        Assert.Equal(1, view.CountsByStep.Single(count => count.Step == ReviewStep.ClosedWithoutReview).Count);
    }

    [Fact]
    public void Of_AnEarlierDate_ShowsCasesAsTheyStood()
    {
        var view = SteeringGroupView.Of(Register, new LocalDate(2024, 1, 21), ReviewPolicy.Default);
        var closed = view.Rows.Single(row => row.Case.Name.Pseudonym == "Closed");
        Assert.Equal(ReviewStep.Decided, closed.Step);
        Assert.Equal(1, closed.DaysInStep);
        Assert.Equal(19, closed.DaysSinceNotification);
        Assert.Equal(["Badly", "Closed", "Panel"], view.Rows.Select(row => row.Case.Name.Pseudonym).OrderBy(name => name, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Status_ToString_SaysWhereTheCaseStands()
    {
        var view = SteeringGroupView.Of(Register, AsAt, ReviewPolicy.Default);
        Assert.Equal("DHR Badly/2023: decided for 607 days; completion 2023-08-01, 426 days overdue", view.Rows[0].ToString());
        Assert.Equal("DHR Panel/2024: with the Quality Assurance Panel for 248 days", view.Rows[4].ToString());
    }

    [Fact]
    public void Of_ACaseNotifiedIn2015_IsNotJudgedAndCitesNo2016Guidance()
    {
        // Notified before the December 2016 revision of the statutory guidance: no timescales are known for the 2011
        // guidance, so its deadlines are not judged, neither met nor missed.
        var early = Case("Early", new LocalDate(2015, 5, 11), c => Decided(c, new LocalDate(2015, 6, 8)));
        var view = SteeringGroupView.Of(new ReviewRegister(Partnership, [early]), new LocalDate(2017, 7, 19), ReviewPolicy.Default);
        var row = Assert.Single(view.Rows);
        Assert.False(row.IsOverdue);
        Assert.Equal(0, row.DaysOverdue);
        Assert.Null(row.NextDeadline);
        Assert.Equal(0, view.OverdueCount);
        Assert.Equal("DHR Early/2015: decided for 772 days; deadlines not judged: no timescales are known for the guidance in force on 2015-05-11", row.ToString());
        Assert.DoesNotContain("2016", row.ToString());
    }

    [Fact]
    public void Of_ACaseNotifiedIn2017_KeepsTheDeadlinesOfThe2016Guidance()
    {
        var later = Case("Later", new LocalDate(2017, 3, 1));
        var row = Assert.Single(SteeringGroupView.Of(new ReviewRegister(Partnership, [later]), new LocalDate(2017, 7, 19), ReviewPolicy.Default).Rows);
        Assert.Equal(new ReviewDeadline(ReviewDeadlineKind.Decision, new LocalDate(2017, 4, 1)), row.NextDeadline);
        Assert.Equal(109, row.DaysOverdue);
        Assert.Equal("DHR Later/2017: notified for 140 days; decision 2017-04-01, 109 days overdue", row.ToString());
    }

    [Fact]
    public void Register_RepeatedNameOrReference_IsRefused()
    {
        var alex = ReviewBuilders.Open();
        Assert.Equal("cases[1].name", Assert.Throws<ArgumentRefusedException>(() => new ReviewRegister(Partnership, [alex, alex])).ParamName);
        var other = ReviewCase.Open(new ReviewCaseName("Sam", 2024), alex.Reference, ReviewBuilders.Notification());
        Assert.Equal("cases[1].reference", Assert.Throws<ArgumentRefusedException>(() => new ReviewRegister(Partnership, [alex, other])).ParamName);
    }

    [Fact]
    public void Register_WithCase_ReplacesByName()
    {
        var register = new ReviewRegister(Partnership, [ReviewBuilders.Open()]);
        var decided = ReviewBuilders.At(ReviewStep.Decided);
        var updated = register.WithCase(decided);
        Assert.Same(decided, Assert.Single(updated.Cases));
        Assert.Same(decided, updated.Find(ReviewBuilders.Name));
        Assert.Equal(2, updated.WithCase(ReviewBuilders.EveryMember()).Cases.Count);
        Assert.Null(register.Find(new ReviewCaseName("Nobody", 2024)));
    }
}
