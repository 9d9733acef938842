using Ardalis.SmartEnum;

namespace KentCsp.Domain.Funding;

/// <summary>Where an allocation stands on a given date.</summary>
/// <remarks>
/// <para>The state is worked out, not recorded: <see cref="FundingEvaluation.StateOf"/> derives it from the
/// repayments and monitoring returns and the <see cref="FundingPolicy"/> deadlines. A repaid allocation is
/// <see cref="Repaid"/>; otherwise a monitoring return outstanding past its second deadline (or received after it) makes
/// it <see cref="Withdrawn"/>; one outstanding past its deadline makes it <see cref="Withheld"/> until it is received.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AllocationState : Catalogue<AllocationState>
{
    /// <summary>The allocation stands and may be paid.</summary>
    public static readonly AllocationState Active = new(nameof(Active), 1, "active");

    /// <summary>Payment is held back until an overdue monitoring return arrives.</summary>
    public static readonly AllocationState Withheld = new(nameof(Withheld), 2, "withheld");

    /// <summary>The allocation is taken back: a monitoring return missed its second deadline.</summary>
    public static readonly AllocationState Withdrawn = new(nameof(Withdrawn), 3, "withdrawn");

    /// <summary>Money has been repaid to the partnership.</summary>
    public static readonly AllocationState Repaid = new(nameof(Repaid), 4, "repaid");

    private AllocationState(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The state in words, e.g. "withheld".</summary>
    public string Description { get; }
}
