using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>Money returned against an allocation: unspent funds, or repayment after a breach of the grant's conditions (PRSRA 2011 s.9).</summary>
/// <remarks>Two repayments are equal when every member is equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Repayment
{
    /// <summary>Creates a repayment.</summary>
    /// <param name="allocationId">The allocation repaid.</param>
    /// <param name="amount">The amount returned; more than £0.00.</param>
    /// <param name="repaidOn">When it was returned.</param>
    /// <param name="reason">Why, in a sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="allocationId"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is malformed, <paramref name="amount"/> is £0.00 or <paramref name="reason"/> is blank.</exception>
    public Repayment(string allocationId, Money amount, LocalDate repaidOn, string reason)
    {
        SupportedDates.CheckCalendar(repaidOn);
        AllocationId = Slug.Check(allocationId);
        Preconditions.CheckArgument(!amount.IsZero, nameof(amount), "must be more than £0.00");
        Amount = amount;
        RepaidOn = repaidOn;
        Reason = Preconditions.CheckNotBlank(reason);
    }

    /// <summary>The allocation repaid.</summary>
    public string AllocationId { get; }

    /// <summary>The amount returned.</summary>
    public Money Amount { get; }

    /// <summary>When it was returned.</summary>
    public LocalDate RepaidOn { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>Formats the repayment: "licence-to-kill: £156.00 repaid".</summary>
    /// <returns>The allocation id and amount.</returns>
    public override string ToString() => $"{AllocationId}: {Amount} repaid";
}
