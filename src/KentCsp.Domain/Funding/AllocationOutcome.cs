using System;
using KentCsp.Domain.Utility;
using OneOf;

namespace KentCsp.Domain.Funding;

/// <summary>The result of <see cref="FundingRound.Allocate"/>: either the round with the allocation added, or a refusal with its reason.</summary>
/// <remarks>
/// <para>Handle both cases with <c>Match</c>. An outcome is never default: it is only made by
/// <see cref="FundingRound.Allocate"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AllocationOutcome : OneOfBase<Allocated, AllocationRefused>
{
    private AllocationOutcome(OneOf<Allocated, AllocationRefused> input)
        : base(input)
    {
    }

    /// <summary>Whether the allocation was made.</summary>
    public bool IsAllocated => IsT0;

    internal static AllocationOutcome Success(Allocated allocated) => new(allocated);

    internal static AllocationOutcome Refusal(AllocationRefused refused) => new(refused);

    /// <summary>Describes the outcome for people.</summary>
    /// <returns>"allocated …" or "refused: …".</returns>
    public override string ToString() => Match(allocated => allocated.ToString(), refused => refused.ToString());
}

/// <summary>An allocation that was made: the new round and the allocation added to it.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Allocated
{
    internal Allocated(FundingRound round, Allocation allocation)
    {
        Round = round;
        Allocation = allocation;
    }

    /// <summary>The round with the allocation added; the original round is unchanged.</summary>
    public FundingRound Round { get; }

    /// <summary>The allocation added.</summary>
    public Allocation Allocation { get; }

    /// <summary>Describes the allocation: "allocated licence-to-kill: £6,000.00".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "allocated " + Allocation;
}

/// <summary>An allocation that was refused, with the reason a person can read.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AllocationRefused
{
    internal AllocationRefused(Allocation allocation, AllocationRefusalReason reason, string message)
    {
        Allocation = allocation;
        Reason = reason;
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The allocation that was asked for.</summary>
    public Allocation Allocation { get; }

    /// <summary>Why it was refused.</summary>
    public AllocationRefusalReason Reason { get; }

    /// <summary>The refusal explained, with the figures, e.g. "£2,000.00 would bring the allocations to £40,661.00, more than the grant of £39,661.00.".</summary>
    public string Message { get; }

    /// <summary>Describes the refusal: "refused licence-to-kill: message".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"refused {Allocation.Id}: {Message}";
}
