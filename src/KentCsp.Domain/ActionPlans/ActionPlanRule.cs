using Ardalis.SmartEnum;

namespace KentCsp.Domain.ActionPlans;

/// <summary>A rule that <see cref="ActionPlanRules"/> checks, with its stable id, severity and meaning.</summary>
/// <remarks>
/// <para>Rule ids (<c>PLAN-001</c> …) are stable: a rule keeps its id for good and a retired id is never reused.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ActionPlanRule : RuleCatalogue<ActionPlanRule>
{
    /// <summary>PLAN-001: an action's due date has passed and it is not complete.</summary>
    public static readonly ActionPlanRule Overdue = new(nameof(Overdue), 1, FindingSeverity.Error,
        "action overdue",
        "An action's due date has passed and the action is not complete (or removed).",
        "the action plan (ActionPlan.Source)");

    /// <summary>PLAN-002: an open action has had no review update within the policy's review period.</summary>
    public static readonly ActionPlanRule NotReviewed = new(nameof(NotReviewed), 2, FindingSeverity.Warning,
        "action not reviewed",
        "An open action has had no Working Group review update within the review period (counted from its start where it has never been reviewed).",
        "the review period's source (ActionPlanPolicy.ReviewSource)");

    /// <summary>PLAN-003: an action's progress is rated red.</summary>
    public static readonly ActionPlanRule RatedRed = new(nameof(RatedRed), 3, FindingSeverity.Warning,
        "progress rated red",
        "An action's progress is at or below the red threshold of the progress expected by now.",
        "the RAG thresholds' source (RagPolicy.Source)");

    /// <summary>PLAN-004: an action's progress is rated amber.</summary>
    public static readonly ActionPlanRule RatedAmber = new(nameof(RatedAmber), 4, FindingSeverity.Information,
        "progress rated amber",
        "An action's progress is between the red and green thresholds of the progress expected by now.",
        "the RAG thresholds' source (RagPolicy.Source)");

    private ActionPlanRule(string name, int value, FindingSeverity severity, string title, string meaning, string basis)
        : base(name, value, "PLAN", severity, title, meaning, basis)
    {
    }
}
