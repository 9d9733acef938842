using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Reviews;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Kent;

public class KentReviewsTest
{
    [Fact]
    public void Elizabeth2015_StandsWhereTheMinutesOf19July2017ShowIt()
    {
        var elizabeth = KentReviews.Elizabeth2015;
        Assert.Equal("Elizabeth/2015", elizabeth.Name.ToString());
        Assert.Equal(ReviewStep.ReportCompleted, elizabeth.Step);
        // The one date in the documents: the briefing, by which the report was complete.
        Assert.Equal(new LocalDate(2017, 7, 19), elizabeth.ReportCompletedOn);
        Assert.Equal(KentReviews.BriefingDate, elizabeth.LastRecordedOn);
        Assert.Equal("Kent Community Safety Partnership, notes of the meeting held on 19 July 2017, 2017-07-19, minute 160", KentReviews.Source.ToString());
        // Nothing after the briefing is recorded.
        Assert.Null(elizabeth.SignedOffOn);
        Assert.Empty(elizabeth.QualityAssurance);
        Assert.Null(elizabeth.Publication);
    }

    [Fact]
    public void Elizabeth2015_RecordsNoFactsOfTheDeath()
    {
        Assert.Same(ReviewCircumstances.NotRecorded, KentReviews.Elizabeth2015.Notification.Circumstances);
        Assert.Equal(CriteriaOutcome.Undetermined, ReviewPolicy.Default.Assess(KentReviews.Elizabeth2015.Notification).Outcome);
        Assert.True(KentReviews.Elizabeth2015.Decision!.CriteriaMet);
    }

    [Fact]
    public void Elizabeth2015_IsADhrStartedIn2015()
    {
        var elizabeth = KentReviews.Elizabeth2015;
        Assert.Equal("DHR Elizabeth/2015", ReviewPolicy.Default.DisplayName(elizabeth));
        Assert.Equal(2015, elizabeth.Notification.NotifiedOn.Year);
        Assert.All(elizabeth.History, entry => Assert.True(entry.EnteredOn <= KentReviews.BriefingDate));
    }

    [Fact]
    public void Register_IsTheKcspsWithTheOneNamedCase()
    {
        Assert.Equal(KentData.KcspId, KentReviews.Register.PartnershipId);
        Assert.Same(KentReviews.Elizabeth2015, Assert.Single(KentReviews.Register.Cases));
    }

    [Fact]
    public void SteeringGroupView_OnTheDayOfTheBriefing_ShowsTheDeadlinesNotJudged()
    {
        // Notified in 2015, before the December 2016 revision of the statutory guidance applies: no timescales are
        // known for the guidance then in force, so the deadlines are not judged.
        var view = SteeringGroupView.Of(KentReviews.Register, KentReviews.BriefingDate, ReviewPolicy.Default);
        var row = Assert.Single(view.Rows);
        Assert.Null(row.NextDeadline);
        Assert.False(row.IsOverdue);
        Assert.Equal("no timescales are known for the guidance in force on 2015-05-11", row.NotJudged!.Reason);
        Assert.Equal(0, row.DaysInStep);
        Assert.Equal(1, view.NotJudgedCount);
        Assert.Equal(1, view.CountsByStep.Single(count => count.Step == ReviewStep.ReportCompleted).Count);
    }

    [Fact]
    public void SteeringGroupView_WithACallerTimetable_ShowsTheCaseOverdue()
    {
        var view = SteeringGroupView.Of(KentReviews.Register, KentReviews.BriefingDate, ReviewPolicy.Default.WithTimetable(ReviewTimetable.Default));
        var row = Assert.Single(view.Rows);
        Assert.Equal(new ReviewDeadline(ReviewDeadlineKind.Completion, new LocalDate(2015, 12, 8)), row.NextDeadline);
        Assert.Equal(589, row.DaysOverdue);
    }
}
