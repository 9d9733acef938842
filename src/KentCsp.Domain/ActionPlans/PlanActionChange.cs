using System;
using KentCsp.Domain.Utility;
using OneOf;

namespace KentCsp.Domain.ActionPlans;

/// <summary>The result of asking a <see cref="PlanAction"/> to change its status (<see cref="PlanAction.WithStatus"/>): either the changed action, or a refusal with its reason.</summary>
/// <remarks>
/// <para>Handle both cases with <c>Match</c>. A change is only made by the methods of <see cref="PlanAction"/>. A
/// refusal carries the action unchanged.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PlanActionChange : OneOfBase<PlanActionChanged, PlanActionRefused>
{
    private PlanActionChange(OneOf<PlanActionChanged, PlanActionRefused> input)
        : base(input)
    {
    }

    /// <summary>Whether the change was made.</summary>
    public bool IsChanged => IsT0;

    /// <summary>The action after the request: the changed action, or the unchanged one after a refusal.</summary>
    public PlanAction Action => Match(changed => changed.Action, refused => refused.Action);

    internal static PlanActionChange Changed(PlanAction previous, PlanAction action) => new(new PlanActionChanged(previous, action));

    internal static PlanActionChange Refused(PlanAction action, ActionPlanRefusalReason reason, string message) => new(new PlanActionRefused(action, reason, message));

    /// <summary>Describes the result for people.</summary>
    /// <returns>"conference-2017: in progress → complete" or "refused: …".</returns>
    public override string ToString() => Match(changed => changed.ToString(), refused => refused.ToString());
}

/// <summary>A status change that was made: the action before and after.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PlanActionChanged
{
    internal PlanActionChanged(PlanAction previous, PlanAction action)
    {
        Previous = previous;
        Action = action;
    }

    /// <summary>The action before the change; it is unchanged.</summary>
    public PlanAction Previous { get; }

    /// <summary>The changed action.</summary>
    public PlanAction Action { get; }

    /// <summary>Describes the change: "conference-2017: in progress → complete".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Action.Id}: {Previous.Status.Description} → {Action.Status.Description}";
}

/// <summary>A status change that was refused, with the reason a person can read. The action is unchanged.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PlanActionRefused
{
    internal PlanActionRefused(PlanAction action, ActionPlanRefusalReason reason, string message)
    {
        Action = action;
        Reason = reason;
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The action, unchanged.</summary>
    public PlanAction Action { get; }

    /// <summary>Why the change was refused.</summary>
    public ActionPlanRefusalReason Reason { get; }

    /// <summary>The refusal explained, e.g. "conference-2017: cannot change the status from 'complete' to 'not started': 'complete' is final: no status may follow it.".</summary>
    public string Message { get; }

    /// <summary>Describes the refusal: "refused: message".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "refused: " + Message;
}
