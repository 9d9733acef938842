using System;
using KentCsp.Domain.Utility;
using OneOf;

namespace KentCsp.Domain.ActionPlans;

/// <summary>The result of asking an <see cref="ActionPlan"/> to change (<see cref="ActionPlan.Review"/>): either the changed plan, or a refusal with its reason.</summary>
/// <remarks>
/// <para>Handle both cases with <c>Match</c>. A change is only made by the methods of <see cref="ActionPlan"/>. A
/// refusal carries the plan unchanged; nothing is ever half-applied.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ActionPlanChange : OneOfBase<ActionPlanChanged, ActionPlanRefused>
{
    private ActionPlanChange(OneOf<ActionPlanChanged, ActionPlanRefused> input)
        : base(input)
    {
    }

    /// <summary>Whether the change was made.</summary>
    public bool IsChanged => IsT0;

    /// <summary>The plan after the request: the changed plan, or the unchanged one after a refusal.</summary>
    public ActionPlan Plan => Match(changed => changed.Plan, refused => refused.Plan);

    internal static ActionPlanChange Changed(ActionPlan previous, ActionPlan plan) => new(new ActionPlanChanged(previous, plan));

    internal static ActionPlanChange Refused(ActionPlan plan, ActionPlanRefusalReason reason, string message) => new(new ActionPlanRefused(plan, reason, message));

    /// <summary>Describes the result for people.</summary>
    /// <returns>"Action plan 2017/18 for Community Safety Agreement 2017: reviews 1 → 2" or "refused: …".</returns>
    public override string ToString() => Match(changed => changed.ToString(), refused => refused.ToString());
}

/// <summary>A change to an action plan that was made: the plan before and after.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ActionPlanChanged
{
    internal ActionPlanChanged(ActionPlan previous, ActionPlan plan)
    {
        Previous = previous;
        Plan = plan;
    }

    /// <summary>The plan before the change; it is unchanged.</summary>
    public ActionPlan Previous { get; }

    /// <summary>The changed plan.</summary>
    public ActionPlan Plan { get; }

    /// <summary>Describes the change: "Action plan 2017/18 for Community Safety Agreement 2017: reviews 1 → 2".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Plan}: reviews {Previous.Reviews.Count} → {Plan.Reviews.Count}";
}

/// <summary>A change to an action plan that was refused, with the reason a person can read. The plan is unchanged.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ActionPlanRefused
{
    internal ActionPlanRefused(ActionPlan plan, ActionPlanRefusalReason reason, string message)
    {
        Plan = plan;
        Reason = reason;
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The plan, unchanged.</summary>
    public ActionPlan Plan { get; }

    /// <summary>Why the change was refused.</summary>
    public ActionPlanRefusalReason Reason { get; }

    /// <summary>The refusal explained, e.g. "Action plan 2017/18 for Community Safety Agreement 2017: cannot record the review of 2017-10-01: conference-2017: cannot change the status from 'complete' to 'not started': 'complete' is final: no status may follow it.".</summary>
    public string Message { get; }

    /// <summary>Describes the refusal: "refused: message".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "refused: " + Message;
}
