using Ardalis.SmartEnum;

namespace KentCsp.Domain.ActionPlans;

/// <summary>What a refresh of an action plan did with one action.</summary>
/// <remarks>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RefreshOutcome : Catalogue<RefreshOutcome>
{
    /// <summary>The action continues in the refreshed plan (not started, in progress or ongoing).</summary>
    public static readonly RefreshOutcome CarriedForward = new(nameof(CarriedForward), 1, "carried forward");

    /// <summary>The action is left out of the refreshed plan (complete or removed).</summary>
    public static readonly RefreshOutcome Dropped = new(nameof(Dropped), 2, "dropped");

    /// <summary>The action is new in the refreshed plan.</summary>
    public static readonly RefreshOutcome Added = new(nameof(Added), 3, "added");

    private RefreshOutcome(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The outcome in words, e.g. "carried forward".</summary>
    public string Description { get; }
}
