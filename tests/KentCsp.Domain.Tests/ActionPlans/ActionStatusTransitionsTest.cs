using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Kent;
using NodaTime;
using Xunit;
using static KentCsp.Domain.Tests.TestSupport.ActionPlanBuilders;

namespace KentCsp.Domain.Tests.ActionPlans;

/// <summary>The default table of status changes, pair by pair, and every place that follows it.</summary>
public class ActionStatusTransitionsTest
{
    /// <summary>The default table written out by hand: each status and the statuses that may follow it.</summary>
    private static readonly Dictionary<ActionStatus, ActionStatus[]> Expected = new()
    {
        [ActionStatus.NotStarted] = [ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.Ongoing, ActionStatus.Complete, ActionStatus.Removed],
        [ActionStatus.InProgress] = [ActionStatus.InProgress, ActionStatus.Ongoing, ActionStatus.Complete, ActionStatus.Removed],
        [ActionStatus.Ongoing] = [ActionStatus.InProgress, ActionStatus.Ongoing, ActionStatus.Complete, ActionStatus.Removed],
        [ActionStatus.Complete] = [],
        [ActionStatus.Removed] = [],
    };

    public static TheoryData<string, string, bool> EveryPair()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var from in ActionStatus.All)
        {
            foreach (var to in ActionStatus.All)
            {
                data.Add(from.Name, to.Name, Expected[from].Contains(to));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void EveryPair_FollowsTheTable(string fromName, string toName, bool allowed)
    {
        var from = ActionStatus.FromName(fromName);
        var to = ActionStatus.FromName(toName);
        Assert.Equal(allowed, ActionStatusTransitions.Default.Allows(from, to));
        Assert.Equal(allowed, from.CanMoveTo(to));
        Assert.Equal(allowed, from.NextStatuses.Contains(to));

        // The command: an action at 'from' asked to move to 'to'.
        var action = Action("a", history: [new StatusChange(Start, from)]);
        var change = action.WithStatus(new StatusChange(Start.PlusDays(1), to));
        Assert.Equal(allowed, change.IsChanged);
        if (!allowed)
        {
            Assert.Equal(ActionPlanRefusalReason.StatusChangeNotAllowed, change.Refused().Reason);
        }

        // The record: a stored history with the same move.
        PlanAction Stored() => Action("a", history: [new StatusChange(Start, from), new StatusChange(Start.PlusDays(1), to)]);
        if (allowed)
        {
            Assert.Equal(to, Stored().Status);
        }
        else
        {
            Assert.Equal("statusHistory[1].status", Assert.Throws<ArgumentRefusedException>(Stored).ParamName);
        }
    }

    [Fact]
    public void CompleteToNotStarted_IsRefused()
    {
        Assert.False(ActionStatus.Complete.CanMoveTo(ActionStatus.NotStarted));
        var complete = Action("a", history: [new StatusChange(Start, ActionStatus.Complete)]);
        var refused = complete.WithStatus(new StatusChange(Start.PlusDays(1), ActionStatus.NotStarted)).Refused();
        Assert.Equal(ActionPlanRefusalReason.StatusChangeNotAllowed, refused.Reason);
    }

    [Fact]
    public void ClosedStatuses_AreFinal_AndOpenOnesMayBeRestated()
    {
        foreach (var status in ActionStatus.All)
        {
            Assert.Equal(status.IsClosed, status.NextStatuses.Count == 0);
            Assert.Equal(!status.IsClosed, status.CanMoveTo(status));
        }
    }

    [Fact]
    public void Forbidding_MakesAStricterTable()
    {
        var stricter = ActionStatusTransitions.Default.Forbidding(ActionStatus.Ongoing, ActionStatus.InProgress);
        Assert.False(stricter.Allows(ActionStatus.Ongoing, ActionStatus.InProgress));
        Assert.True(ActionStatusTransitions.Default.Allows(ActionStatus.Ongoing, ActionStatus.InProgress));
        Assert.Same(stricter, stricter.Forbidding(ActionStatus.Ongoing, ActionStatus.InProgress));
        Assert.NotEqual(ActionStatusTransitions.Default, stricter);
        Assert.Equal(stricter, ActionStatusTransitions.Default.Forbidding(ActionStatus.Ongoing, ActionStatus.InProgress));
        foreach (var from in ActionStatus.All)
        {
            foreach (var to in ActionStatus.All)
            {
                Assert.True(!stricter.Allows(from, to) || ActionStatusTransitions.Default.Allows(from, to), $"{from} → {to}");
            }
        }
    }

    [Fact]
    public void Policy_HoldsTheDefaultUnlessSet()
    {
        Assert.Same(ActionStatusTransitions.Default, KentPolicies.ActionPlans.StatusTransitions);
        var stricter = ActionStatusTransitions.Default.Forbidding(ActionStatus.NotStarted, ActionStatus.NotStarted);
        var policy = KentPolicies.ActionPlans.WithStatusTransitions(stricter).WithReviewPeriod(Period.FromWeeks(6));
        Assert.Same(stricter, policy.StatusTransitions);
        Assert.Equal(Period.FromWeeks(6), policy.ReviewPeriod);
        Assert.Throws<ArgumentNullException>(() => KentPolicies.ActionPlans.WithStatusTransitions(null!));
    }

    [Fact]
    public void NullStatuses_AreArgumentNullExceptions()
    {
        Assert.Throws<ArgumentNullException>(() => ActionStatusTransitions.Default.Allows(null!, ActionStatus.Complete));
        Assert.Throws<ArgumentNullException>(() => ActionStatusTransitions.Default.Allows(ActionStatus.Complete, null!));
        Assert.Throws<ArgumentNullException>(() => ActionStatus.Complete.CanMoveTo(null!));
        Assert.Throws<ArgumentNullException>(() => Action("a").WithStatus(null!));
        Assert.Throws<ArgumentNullException>(() => Plan(Action("a")).Review(null!));
    }

    [Fact]
    public void All_AndNextStatuses_AreNotArrays()
    {
        Assert.IsNotType<ActionStatus[]>(ActionStatus.All);
        Assert.All(ActionStatus.All, status => Assert.IsNotType<ActionStatus[]>(status.NextStatuses));
        Assert.Equal([ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.Ongoing, ActionStatus.Complete, ActionStatus.Removed], ActionStatus.All);
    }

    [Fact]
    public void BuiltInIllustration_ObeysTheTable()
    {
        foreach (var action in KentActionPlans.Illustration2017To18.Actions)
        {
            for (int i = 1; i < action.StatusHistory.Count; i++)
            {
                Assert.True(action.StatusHistory[i - 1].Status.CanMoveTo(action.StatusHistory[i].Status), action.Id);
            }
        }
    }
}
