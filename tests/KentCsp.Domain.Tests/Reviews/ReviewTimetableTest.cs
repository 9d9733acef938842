using System;
using KentCsp.Domain.Reviews;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

public class ReviewTimetableTest
{
    [Fact]
    public void Default_IsOneMonthAndSixMonthsFromThe2016Guidance()
    {
        var timetable = ReviewTimetable.Default;
        Assert.Equal(Period.FromMonths(1), timetable.DecisionWithin);
        Assert.Equal(Period.FromMonths(6), timetable.CompletionWithin);
        Assert.Equal("Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews (revised December 2016), section 5, Timescales", timetable.Source.ToString());
        Assert.Same(timetable, ReviewPolicy.Default.Timetables.Entries[0].Timetable);
        Assert.Null(ReviewPolicy.Default.DardrCommencement);
    }

    [Fact]
    public void DecisionDue_OneMonthAfterThe31stOfJanuary_IsTheEndOfFebruary()
    {
        var @case = ReviewCase.Open(ReviewBuilders.Name, "dhr-alex-2024", ReviewBuilders.Notification(new LocalDate(2024, 1, 31)));
        Assert.Equal(new LocalDate(2024, 2, 29), ReviewTimetable.Default.DecisionDue(@case));
        Assert.Equal(new ReviewDeadline(ReviewDeadlineKind.Decision, new LocalDate(2024, 2, 29)), ReviewTimetable.Default.NextDeadline(@case));
        Assert.False(ReviewTimetable.Default.IsOverdue(@case, new LocalDate(2024, 2, 29)));
        Assert.True(ReviewTimetable.Default.IsOverdue(@case, new LocalDate(2024, 3, 1)));
    }

    [Fact]
    public void NextDeadline_FollowsTheCase()
    {
        var timetable = ReviewTimetable.Default;
        var decided = ReviewBuilders.At(ReviewStep.Decided);   // decided 2024-01-22
        Assert.Equal(new ReviewDeadline(ReviewDeadlineKind.Completion, new LocalDate(2024, 7, 22)), timetable.NextDeadline(decided));
        Assert.Equal(new LocalDate(2024, 7, 22), timetable.NextDeadline(ReviewBuilders.At(ReviewStep.SignedOff))!.Due);
        Assert.Null(timetable.NextDeadline(ReviewBuilders.At(ReviewStep.SubmittedForQualityAssurance)));
        var noReview = ReviewBuilders.Open().Decide(new ReviewDecision(ReviewDecisionOutcome.NoReview, new LocalDate(2024, 2, 1), false, "Not domestic.")).Changed();
        Assert.Null(timetable.NextDeadline(noReview));
        Assert.Null(timetable.CompletionDue(noReview));
    }

    [Fact]
    public void With_OverridesAndValidates()
    {
        var timetable = ReviewTimetable.Default.WithDecisionWithin(Period.FromDays(28)).WithCompletionWithin(Period.FromMonths(12));
        Assert.Equal(Period.FromDays(28), timetable.DecisionWithin);
        Assert.Equal(Period.FromMonths(12), timetable.CompletionWithin);
        Assert.Equal("period", Assert.Throws<ArgumentRefusedException>(() => timetable.WithDecisionWithin(Period.Zero)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentRefusedException>(() => timetable.WithCompletionWithin(Period.FromHours(3))).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentRefusedException>(() => timetable.WithCompletionWithin(Period.FromDays(-1))).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => timetable.WithCompletionWithin(null!)).ParamName);
        Assert.Equal(ReviewTimetable.Default, ReviewTimetable.Default.WithDecisionWithin(Period.FromMonths(1)));
    }

    [Fact]
    public void StepEntry_Days_CountsToTheNextStepOrTheDate()
    {
        var gathering = ReviewBuilders.At(ReviewStep.GatheringAgencyInformation);
        var current = gathering.History[^1];
        Assert.Null(current.LeftOn);
        Assert.Equal(10, current.Days(current.EnteredOn.PlusDays(10)));
        Assert.Equal("asAt", Assert.Throws<ArgumentRefusedException>(() => current.Days(current.EnteredOn.PlusDays(-1))).ParamName);
        Assert.Equal(7, gathering.History[0].Days(new LocalDate(2099, 1, 1)));
    }

    [Fact]
    public void DeadlinesAndStatus_NullCase_NameTheParameterWithoutTheVerbatimSign()
    {
        // The parameter is written @case in C#; its name, as callers and reflection see it, is "case".
        Assert.Equal("case", Assert.Throws<ArgumentNullException>(() => ReviewTimetable.Default.DecisionDue(null!)).ParamName);
        Assert.Equal("case", Assert.Throws<ArgumentNullException>(() => ReviewTimetable.Default.CompletionDue(null!)).ParamName);
        Assert.Equal("case", Assert.Throws<ArgumentNullException>(() => ReviewTimetable.Default.IsOverdue(null!, new LocalDate(2017, 7, 19))).ParamName);
        Assert.Equal("case", Assert.Throws<ArgumentNullException>(() => ReviewPolicy.Default.RegimeOf(null!)).ParamName);
        Assert.Equal("case", Assert.Throws<ArgumentNullException>(() => ReviewCaseStatus.Of(null!, new LocalDate(2017, 7, 19), ReviewPolicy.Default)).ParamName);
    }
}
