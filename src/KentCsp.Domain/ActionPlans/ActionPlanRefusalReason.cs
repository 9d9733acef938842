using Ardalis.SmartEnum;

namespace KentCsp.Domain.ActionPlans;

/// <summary>Why a change to an <see cref="ActionPlan"/> or a <see cref="PlanAction"/> was refused.</summary>
/// <remarks>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ActionPlanRefusalReason : Catalogue<ActionPlanRefusalReason>
{
    /// <summary>A review's update names an action that is not in the plan.</summary>
    public static readonly ActionPlanRefusalReason UnknownAction = new(nameof(UnknownAction), 1, "the action is not in the plan");

    /// <summary>The review is not after the plan's last review: reviews are recorded in date order, at most one a day.</summary>
    public static readonly ActionPlanRefusalReason ReviewOutOfOrder = new(nameof(ReviewOutOfOrder), 2, "the review is not after the last review");

    /// <summary>The status change is dated before the action's last status change: a history never goes back in time.</summary>
    public static readonly ActionPlanRefusalReason DateOutOfOrder = new(nameof(DateOutOfOrder), 3, "the date is before the last status change");

    /// <summary>The table of status changes does not allow the new status to follow the current one (e.g. complete to not started).</summary>
    public static readonly ActionPlanRefusalReason StatusChangeNotAllowed = new(nameof(StatusChangeNotAllowed), 4, "the new status may not follow the current one");

    private ActionPlanRefusalReason(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The reason in words.</summary>
    public string Description { get; }
}
