using System;
using System.Collections.Generic;
using Ardalis.SmartEnum;

namespace KentCsp.Domain.ActionPlans;

/// <summary>Where an action of an action plan stands.</summary>
/// <remarks>
/// <para>When a plan is refreshed for a new year (<see cref="ActionPlan.Refresh"/>), actions that are
/// <see cref="NotStarted"/>, <see cref="InProgress"/> or <see cref="Ongoing"/> are carried forward and actions that are
/// <see cref="Complete"/> or <see cref="Removed"/> are dropped (Kent Community Safety Agreement Update, 19 July 2017,
/// sections 3.3–3.4).</para>
/// <para>Which status may follow which is held in one table, <see cref="ActionStatusTransitions.Default"/>, an
/// <b>unconfirmed default</b>: the Kent documents do not say which changes are allowed. <see cref="CanMoveTo"/> and
/// <see cref="NextStatuses"/> read it.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name and
/// <see cref="SmartEnum{TEnum, TValue}.Value"/> the order of <see cref="Catalogue{TSelf}.All"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ActionStatus : Catalogue<ActionStatus>
{
    /// <summary>The action has not started.</summary>
    public static readonly ActionStatus NotStarted = new(nameof(NotStarted), 1, "not started", isClosed: false);

    /// <summary>The action is under way towards an end.</summary>
    public static readonly ActionStatus InProgress = new(nameof(InProgress), 2, "in progress", isClosed: false);

    /// <summary>The action is continuing work with no end, e.g. Domestic Homicide Reviews or information sharing.</summary>
    public static readonly ActionStatus Ongoing = new(nameof(Ongoing), 3, "ongoing", isClosed: false);

    /// <summary>The action is delivered.</summary>
    public static readonly ActionStatus Complete = new(nameof(Complete), 4, "complete", isClosed: true);

    /// <summary>The action was taken out of the plan without being delivered.</summary>
    public static readonly ActionStatus Removed = new(nameof(Removed), 5, "removed", isClosed: true);

    private ActionStatus(string name, int value, string description, bool isClosed)
        : base(name, value)
    {
        Description = description;
        IsClosed = isClosed;
    }

    /// <summary>The status in words, e.g. "in progress".</summary>
    public string Description { get; }

    /// <summary>Whether the action is finished with (complete or removed): it is dropped on refresh and never overdue or unreviewed.</summary>
    public bool IsClosed { get; }

    /// <summary>The statuses that may follow this one in an action's history, by <see cref="ActionStatusTransitions.Default"/> (an <b>unconfirmed default</b>).</summary>
    /// <value>In the order of <see cref="Catalogue{TSelf}.All"/>; empty for a closed status. An open status lists itself: a review may restate it.</value>
    public IReadOnlyList<ActionStatus> NextStatuses => ActionStatusTransitions.Default.NextStatuses(this);

    /// <summary>Whether <paramref name="next"/> may follow this status in an action's history, by <see cref="ActionStatusTransitions.Default"/> (an <b>unconfirmed default</b>).</summary>
    /// <param name="next">The status to move to.</param>
    /// <returns>True if the default table allows the change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is null.</exception>
    public bool CanMoveTo(ActionStatus next) => ActionStatusTransitions.Default.Allows(this, next);
}
