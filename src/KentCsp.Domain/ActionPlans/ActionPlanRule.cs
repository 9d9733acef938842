using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;

namespace KentCsp.Domain.ActionPlans;

/// <summary>A rule that <see cref="ActionPlanRules"/> checks, with its stable id, severity and meaning.</summary>
/// <remarks>
/// <para>Rule ids (<c>PLAN-001</c> …) are stable: a rule keeps its id for good and a retired id is never reused.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ActionPlanRule : SmartEnum<ActionPlanRule>
{
    /// <summary>PLAN-001: an action's due date has passed and it is not complete.</summary>
    public static readonly ActionPlanRule Overdue = new(nameof(Overdue), 1, FindingSeverity.Error,
        "action overdue",
        "An action's due date has passed and the action is not complete (or removed).");

    /// <summary>PLAN-002: an open action has had no review update within the policy's review period.</summary>
    public static readonly ActionPlanRule NotReviewed = new(nameof(NotReviewed), 2, FindingSeverity.Warning,
        "action not reviewed",
        "An open action has had no Working Group review update within the review period (counted from its start where it has never been reviewed).");

    /// <summary>PLAN-003: an action's progress is rated red.</summary>
    public static readonly ActionPlanRule RatedRed = new(nameof(RatedRed), 3, FindingSeverity.Warning,
        "progress rated red",
        "An action's progress is at or below the red threshold of the progress expected by now.");

    /// <summary>PLAN-004: an action's progress is rated amber.</summary>
    public static readonly ActionPlanRule RatedAmber = new(nameof(RatedAmber), 4, FindingSeverity.Information,
        "progress rated amber",
        "An action's progress is between the red and green thresholds of the progress expected by now.");

    private static readonly Lazy<ActionPlanRule[]> Ordered = new(() => List.OrderBy(rule => rule.Value).ToArray());

    private ActionPlanRule(string name, int value, FindingSeverity severity, string title, string meaning)
        : base(name, value)
    {
        Id = "PLAN-" + value.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        Severity = severity;
        Title = title;
        Meaning = meaning;
    }

    /// <summary>Every rule, in id order.</summary>
    /// <value>A list built once and shared; it is never modified.</value>
    public static IReadOnlyList<ActionPlanRule> All => Ordered.Value;

    /// <summary>The stable rule id, e.g. "PLAN-001".</summary>
    public string Id { get; }

    /// <summary>The severity of the rule's findings.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>A short title, e.g. "action overdue".</summary>
    public string Title { get; }

    /// <summary>What the rule means, in a sentence.</summary>
    public string Meaning { get; }
}
