using Ardalis.SmartEnum;

namespace KentCsp.Domain.ActionPlans;

/// <summary>A red, amber or green rating of an action's progress, or none where there is nothing to rate against.</summary>
/// <remarks>
/// <para>See <see cref="RagPolicy"/> for how a rating is computed and its edge cases.</para>
/// <para>The catalogue is closed and ordered by <see cref="SmartEnum{TEnum, TValue}.Value"/>, most urgent first:
/// <see cref="Red"/>, <see cref="Amber"/>, <see cref="Green"/>, <see cref="NotRated"/>.
/// <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RagStatus : Catalogue<RagStatus>
{
    /// <summary>Behind: progress at or below the red threshold of what is expected, or past due and not complete.</summary>
    public static readonly RagStatus Red = new(nameof(Red), 1, "red");

    /// <summary>Somewhat behind: progress between the red and green thresholds of what is expected.</summary>
    public static readonly RagStatus Amber = new(nameof(Amber), 2, "amber");

    /// <summary>On track: progress at or above the green threshold of what is expected, or complete.</summary>
    public static readonly RagStatus Green = new(nameof(Green), 3, "green");

    /// <summary>Not rated: the action has no due date (ongoing work) or was removed.</summary>
    public static readonly RagStatus NotRated = new(nameof(NotRated), 4, "not rated");

    private RagStatus(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The rating in words, e.g. "amber".</summary>
    public string Description { get; }
}
