using System;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Kent;
using NodaTime;
using Xunit;
using static KentCsp.Domain.Tests.TestSupport.ActionPlanBuilders;

namespace KentCsp.Domain.Tests.ActionPlans;

public class RagPolicyTest
{
    // 100 days from start to due, so that day N expects N% and progress P at the due date is P% of expected.
    private static readonly LocalDate Due = Start.PlusDays(100);
    private static readonly PlanAction Timed = Action("timed", dueOn: Due);

    [Theory]
    [InlineData(69, "Red")]
    [InlineData(70, "Red")]
    [InlineData(71, "Amber")]
    [InlineData(89, "Amber")]
    [InlineData(90, "Green")]
    [InlineData(91, "Green")]
    public void Rate_OnTheDueDate_RatioIsTheProgress(int progress, string expected)
    {
        var rating = RagPolicy.Default.Rate(Timed, ActionStatus.InProgress, progress, Due);
        Assert.Equal(expected, rating.Status.Name);
        Assert.Equal(100m, rating.ExpectedPercent);
        Assert.Equal(progress, rating.RatioPercent);
    }

    [Theory]
    [InlineData(34, "Red")] // 34/50 = 68%
    [InlineData(35, "Red")] // 70% exactly
    [InlineData(36, "Amber")] // 72%
    [InlineData(44, "Amber")] // 88%
    [InlineData(45, "Green")] // 90% exactly
    [InlineData(46, "Green")] // 92%
    public void Rate_HalfWay_ComparesAgainstHalfTheProgress(int progress, string expected)
    {
        var rating = RagPolicy.Default.Rate(Timed, ActionStatus.InProgress, progress, Start.PlusDays(50));
        Assert.Equal(expected, rating.Status.Name);
        Assert.Equal(50m, rating.ExpectedPercent);
        Assert.Equal(progress * 2, rating.RatioPercent);
    }

    [Fact]
    public void Rate_ThresholdsExactWithThirds_UsesNoRounding()
    {
        // Day 1 of 3 expects 33.3…%; progress 30 is exactly 90% of it.
        var action = Action("thirds", dueOn: Start.PlusDays(3));
        var rating = RagPolicy.Default.Rate(action, ActionStatus.InProgress, 30, Start.PlusDays(1));
        Assert.Equal(RagStatus.Green, rating.Status);
        Assert.Equal(33.3m, rating.ExpectedPercent);
        Assert.Equal(90m, rating.RatioPercent);
        Assert.Equal(RagStatus.Amber, RagPolicy.Default.Rate(action, ActionStatus.InProgress, 29, Start.PlusDays(1)).Status);
    }

    [Fact]
    public void Rate_Explanation_GivesTheFigures()
    {
        var rating = RagPolicy.Default.Rate(Timed, ActionStatus.InProgress, 40, Start.PlusDays(50));
        Assert.Equal("amber: progress 40% against 50% expected (day 50 of 100, 2017-04-01 to 2017-07-10): 80% of expected; green at 90% or more, red at 70% or less", rating.ToString());
    }

    [Fact]
    public void Rate_BeforeStart_IsGreenWithNothingExpected()
    {
        var rating = RagPolicy.Default.Rate(Timed, ActionStatus.NotStarted, 0, Start.PlusDays(-1));
        Assert.Equal(RagStatus.Green, rating.Status);
        Assert.Equal(0m, rating.ExpectedPercent);
    }

    [Fact]
    public void Rate_OnStartDate_IsGreenWithNothingExpected()
    {
        Assert.Equal(RagStatus.Green, RagPolicy.Default.Rate(Timed, ActionStatus.InProgress, 0, Start).Status);
    }

    [Fact]
    public void Rate_PastDueNotComplete_IsRedWhateverTheProgress()
    {
        var rating = RagPolicy.Default.Rate(Timed, ActionStatus.InProgress, 99, Due.PlusDays(1));
        Assert.Equal(RagStatus.Red, rating.Status);
        Assert.Contains("past its due date (2017-07-10)", rating.Explanation);
    }

    [Fact]
    public void Rate_Complete_IsGreenEvenPastDue()
    {
        Assert.Equal(RagStatus.Green, RagPolicy.Default.Rate(Timed, ActionStatus.Complete, 60, Due.PlusDays(30)).Status);
    }

    [Fact]
    public void Rate_Removed_IsNotRated()
    {
        Assert.Equal(RagStatus.NotRated, RagPolicy.Default.Rate(Timed, ActionStatus.Removed, 0, Due).Status);
    }

    [Fact]
    public void Rate_NoDueDate_IsNotRated()
    {
        var rating = RagPolicy.Default.Rate(Action("ongoing"), ActionStatus.Ongoing, 10, Start.PlusDays(400));
        Assert.Equal(RagStatus.NotRated, rating.Status);
        Assert.Null(rating.ExpectedPercent);
        Assert.Null(rating.RatioPercent);
    }

    [Fact]
    public void Rate_StartsAndIsDueTheSameDay_ExpectsEverythingThatDay()
    {
        var action = Action("one-day", dueOn: Start);
        Assert.Equal(RagStatus.Red, RagPolicy.Default.Rate(action, ActionStatus.InProgress, 50, Start).Status);
        Assert.Equal(RagStatus.Green, RagPolicy.Default.Rate(action, ActionStatus.InProgress, 90, Start).Status);
    }

    [Fact]
    public void WithThresholds_Custom_AreUsed()
    {
        var policy = RagPolicy.Default.WithThresholds(80m, 50m);
        Assert.Equal(RagStatus.Green, policy.Rate(Timed, ActionStatus.InProgress, 80, Due).Status);
        Assert.Equal(RagStatus.Amber, policy.Rate(Timed, ActionStatus.InProgress, 51, Due).Status);
        Assert.Equal(RagStatus.Red, policy.Rate(Timed, ActionStatus.InProgress, 50, Due).Status);
    }

    [Fact]
    public void WithThresholds_RedNotBelowGreen_Throws()
    {
        Assert.Equal("greenFromPercent", Assert.Throws<ArgumentRefusedException>(() => RagPolicy.Default.WithThresholds(70m, 70m)).ParamName);
        Assert.Equal("redAtOrBelowPercent", Assert.Throws<ArgumentRefusedException>(() => RagPolicy.Default.WithThresholds(70m, -1m)).ParamName);
    }

    [Fact]
    public void Default_HasDocumentedThresholds()
    {
        Assert.Equal(90m, RagPolicy.Default.GreenFromPercent);
        Assert.Equal(70m, RagPolicy.Default.RedAtOrBelowPercent);
        Assert.Equal(Period.FromMonths(3), KentPolicies.ActionPlans.ReviewPeriod);
    }
}
