using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Reviews;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

/// <summary>The timetable is a dated policy: a case is judged by the guidance in force when it was notified.</summary>
public class ReviewTimetablesTest
{
    private static readonly ReviewTimetable Local = ReviewTimetable.Default
        .WithDecisionWithin(Period.FromDays(28))
        .WithSource(new SourceDocument("Local DHR protocol", locator: "timescales"));

    private static ReviewCase Notified(LocalDate on) =>
        ReviewCase.Open(new ReviewCaseName("Sam", on.Year), "dhr-sam", ReviewBuilders.Notification(on));

    [Fact]
    public void Default_IsTheDecember2016RevisionFromAnUnconfirmed1January2017()
    {
        var entry = Assert.Single(ReviewTimetables.Default.Entries);
        Assert.Equal(new LocalDate(2017, 1, 1), entry.InForceFrom);
        Assert.Equal(ReviewTimetables.December2016RevisionDefaultInForceFrom, entry.InForceFrom);
        Assert.Same(ReviewTimetable.Default, entry.Timetable);
        Assert.Same(ReviewTimetables.Default, ReviewPolicy.Default.Timetables);
        Assert.Null(ReviewPolicy.Default.TimetableOverride);
    }

    [Fact]
    public void On_ACaseNotifiedIn2015_IsNotJudgedAndCitesNo2016Guidance()
    {
        var answer = ReviewPolicy.Default.TimetableFor(Notified(new LocalDate(2015, 5, 11)));
        Assert.False(answer.IsJudged);
        var notJudged = answer.AsT1;
        Assert.Equal(new LocalDate(2015, 5, 11), notJudged.NotifiedOn);
        Assert.Equal("no timescales are known for the guidance in force on 2015-05-11", notJudged.Reason);
        Assert.Equal("not judged: no timescales are known for the guidance in force on 2015-05-11", answer.ToString());
        Assert.DoesNotContain("2016", answer.ToString());
    }

    [Fact]
    public void On_ACaseNotifiedIn2017_IsJudgedByThe2016Revision()
    {
        var answer = ReviewPolicy.Default.TimetableFor(Notified(new LocalDate(2017, 3, 1)));
        Assert.True(answer.IsJudged);
        Assert.Same(ReviewTimetable.Default, answer.AsT0);
        Assert.Equal("Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews (revised December 2016), section 5, Timescales", answer.ToString());
    }

    [Fact]
    public void On_TheDayBeforeAndTheDayItAppliesFrom()
    {
        Assert.False(ReviewTimetables.Default.On(new LocalDate(2016, 12, 31)).IsJudged);
        Assert.True(ReviewTimetables.Default.On(new LocalDate(2017, 1, 1)).IsJudged);
        var earlier = ReviewTimetables.StatutoryGuidance(new LocalDate(2016, 12, 1));
        Assert.True(earlier.On(new LocalDate(2016, 12, 1)).IsJudged);
        Assert.False(earlier.On(new LocalDate(2016, 11, 30)).IsJudged);
    }

    [Fact]
    public void StatutoryGuidance_BeforeTheMonthOfTheRevision_IsRefused()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => ReviewTimetables.StatutoryGuidance(new LocalDate(2016, 11, 30)));
        Assert.Equal("december2016RevisionInForceFrom", exception.ParamName);
        Assert.StartsWith("december2016RevisionInForceFrom (2016-11-30) must not be before the month of the revision (December 2016).", exception.Message);
    }

    [Fact]
    public void CallerSuppliedDatedTimetable_IsUsedForTheCasesItCovers()
    {
        // A partnership that kept its own timescales under the 2011 guidance supplies them from the day s.9 came into force.
        var policy = ReviewPolicy.Default.WithTimetables(ReviewTimetables.Default.With(new DatedReviewTimetable(new LocalDate(2011, 4, 13), Local)));
        Assert.Equal([new LocalDate(2011, 4, 13), new LocalDate(2017, 1, 1)], policy.Timetables.Entries.Select(entry => entry.InForceFrom));
        Assert.Same(Local, policy.TimetableFor(Notified(new LocalDate(2015, 5, 11))).AsT0);
        Assert.Same(ReviewTimetable.Default, policy.TimetableFor(Notified(new LocalDate(2017, 3, 1))).AsT0);
        Assert.False(policy.TimetableFor(Notified(new LocalDate(2011, 4, 12))).IsJudged);

        var status = ReviewCaseStatus.Of(Notified(new LocalDate(2015, 5, 11)), new LocalDate(2015, 6, 10), policy)!;
        Assert.Equal(new ReviewDeadline(ReviewDeadlineKind.Decision, new LocalDate(2015, 6, 8)), status.NextDeadline);
        Assert.Null(status.NotJudged);
        Assert.Equal(2, status.DaysOverdue);
    }

    [Fact]
    public void CallerSuppliedTimetable_IsUsedForEveryCase()
    {
        var policy = ReviewPolicy.Default.WithTimetable(Local);
        Assert.Same(Local, policy.TimetableOverride);
        Assert.Same(Local, policy.TimetableFor(Notified(new LocalDate(2015, 5, 11))).AsT0);
        Assert.Same(Local, policy.TimetableFor(Notified(new LocalDate(2024, 5, 11))).AsT0);
        Assert.Equal(ReviewPolicy.Default, policy.WithTimetable(null));

        var view = SteeringGroupView.Of(KentReviews.Register, KentReviews.BriefingDate, policy);
        Assert.Equal("DHR Elizabeth/2015: report completed for 0 days; completion 2015-12-08, 589 days overdue", view.Rows.Single().ToString());
    }

    [Fact]
    public void With_KeepsDateOrderAndReplacesTheSameDate()
    {
        var set = ReviewTimetables.Default
            .With(new DatedReviewTimetable(new LocalDate(2030, 1, 1), Local))
            .With(new DatedReviewTimetable(new LocalDate(2011, 4, 13), Local));
        Assert.Equal([new LocalDate(2011, 4, 13), new LocalDate(2017, 1, 1), new LocalDate(2030, 1, 1)], set.Entries.Select(entry => entry.InForceFrom));
        var replaced = set.With(new DatedReviewTimetable(new LocalDate(2017, 1, 1), Local));
        Assert.Equal(3, replaced.Entries.Count);
        Assert.Same(Local, replaced.Entries[1].Timetable);
        Assert.Equal(ReviewTimetables.Default, ReviewTimetables.StatutoryGuidance(new LocalDate(2017, 1, 1)));
        Assert.Equal("from 2017-01-01: Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews (revised December 2016), section 5, Timescales", ReviewTimetables.Default.Entries[0].ToString());
    }

    [Fact]
    public void Constructor_EntriesOutOfOrder_NamesTheEntry()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new ReviewTimetables(
        [
            new DatedReviewTimetable(new LocalDate(2017, 1, 1), ReviewTimetable.Default),
            new DatedReviewTimetable(new LocalDate(2017, 1, 1), Local),
        ]));
        Assert.Equal("entries[1].inForceFrom", exception.ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentRefusedException>(() => new ReviewTimetables([null!])).ParamName);
        Assert.False(new ReviewTimetables([]).On(new LocalDate(2024, 1, 1)).IsJudged);
    }

    [Fact]
    public void Status_AClosedOrCompletedCase_IsNeitherJudgedNorNotJudged()
    {
        // No deadline runs once the decision is not to review, so there is nothing to judge.
        var closed = ReviewCase.Open(new ReviewCaseName("Sam", 2015), "dhr-sam", ReviewBuilders.Notification(new LocalDate(2015, 5, 11)))
            .Decide(new ReviewDecision(ReviewDecisionOutcome.NoReview, new LocalDate(2015, 6, 1), false, "Not domestic.")).Changed();
        var status = ReviewCaseStatus.Of(closed, new LocalDate(2017, 7, 19), ReviewPolicy.Default)!;
        Assert.Null(status.NextDeadline);
        Assert.Null(status.NotJudged);
        Assert.False(status.Timetable.IsJudged);
        Assert.Equal("DHR Sam/2015: decided for 779 days", status.ToString());
    }
}
