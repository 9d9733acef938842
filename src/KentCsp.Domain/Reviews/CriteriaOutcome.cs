using Ardalis.SmartEnum;

namespace KentCsp.Domain.Reviews;

/// <summary>What the criteria check concluded.</summary>
/// <remarks>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CriteriaOutcome : Catalogue<CriteriaOutcome>
{
    /// <summary>Every criterion is met on the recorded facts.</summary>
    public static readonly CriteriaOutcome Met = new(nameof(Met), 1, "met");

    /// <summary>A recorded fact rules the criteria out.</summary>
    public static readonly CriteriaOutcome NotMet = new(nameof(NotMet), 2, "not met");

    /// <summary>No recorded fact rules the criteria out, but at least one fact is not recorded.</summary>
    public static readonly CriteriaOutcome Undetermined = new(nameof(Undetermined), 3, "undetermined: facts not recorded");

    private CriteriaOutcome(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The outcome in words.</summary>
    public string Description { get; }
}
