using Ardalis.SmartEnum;

namespace KentCsp.Domain.Funding;

/// <summary>What a partnership decided about a bid.</summary>
/// <remarks>
/// <para>Only <see cref="Funded"/> and <see cref="FundedInPart"/> allow money to be allocated.
/// <see cref="FundedInPrinciple"/> records support pending conditions or discussion (the KCSP's July 2017 decision on
/// gangs training); it must be followed by a final decision.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DecisionOutcome : Catalogue<DecisionOutcome>
{
    /// <summary>The bid is funded.</summary>
    public static readonly DecisionOutcome Funded = new(nameof(Funded), 1, "funded", allowsAllocation: true);

    /// <summary>The bid is funded for less than it asked for.</summary>
    public static readonly DecisionOutcome FundedInPart = new(nameof(FundedInPart), 2, "funded in part", allowsAllocation: true);

    /// <summary>The bid is supported in principle, pending conditions or further discussion; no money yet.</summary>
    public static readonly DecisionOutcome FundedInPrinciple = new(nameof(FundedInPrinciple), 3, "funded in principle", allowsAllocation: false);

    /// <summary>The bid is refused.</summary>
    public static readonly DecisionOutcome Refused = new(nameof(Refused), 4, "refused", allowsAllocation: false);

    /// <summary>The bid is for a local project and is referred to the local community safety partnership.</summary>
    public static readonly DecisionOutcome ReferredToLocalPartnership = new(nameof(ReferredToLocalPartnership), 5, "referred to the local partnership", allowsAllocation: false);

    private DecisionOutcome(string name, int value, string description, bool allowsAllocation)
        : base(name, value)
    {
        Description = description;
        AllowsAllocation = allowsAllocation;
    }

    /// <summary>The outcome in words, e.g. "funded in part".</summary>
    public string Description { get; }

    /// <summary>Whether money may be allocated to a bid with this outcome.</summary>
    public bool AllowsAllocation { get; }

    /// <summary>Whether the outcome supports the bid (funded, in part or in principle), so that it counts as a funded project for duplication.</summary>
    public bool Supports => this == Funded || this == FundedInPart || this == FundedInPrinciple;
}
