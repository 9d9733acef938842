using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;

namespace KentCsp.Domain.ActionPlans;

/// <summary>Where an action of an action plan stands.</summary>
/// <remarks>
/// <para>When a plan is refreshed for a new year (<see cref="ActionPlan.Refresh"/>), actions that are
/// <see cref="NotStarted"/>, <see cref="InProgress"/> or <see cref="Ongoing"/> are carried forward and actions that are
/// <see cref="Complete"/> or <see cref="Removed"/> are dropped (Kent Community Safety Agreement Update, 19 July 2017,
/// sections 3.3–3.4).</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ActionStatus : SmartEnum<ActionStatus>
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

    private static readonly Lazy<ActionStatus[]> Ordered = new(() => List.OrderBy(status => status.Value).ToArray());

    private ActionStatus(string name, int value, string description, bool isClosed)
        : base(name, value)
    {
        Description = description;
        IsClosed = isClosed;
    }

    /// <summary>Every status, in the order of <see cref="SmartEnum{TEnum, TValue}.Value"/>.</summary>
    /// <value>A list built once and shared; it is never modified.</value>
    public static IReadOnlyList<ActionStatus> All => Ordered.Value;

    /// <summary>The status in words, e.g. "in progress".</summary>
    public string Description { get; }

    /// <summary>Whether the action is finished with (complete or removed): it is dropped on refresh and never overdue or unreviewed.</summary>
    public bool IsClosed { get; }
}
