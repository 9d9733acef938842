using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>Money paid out against an allocation.</summary>
/// <remarks>Two payments are equal when every member is equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Payment
{
    /// <summary>Creates a payment.</summary>
    /// <param name="allocationId">The allocation paid against.</param>
    /// <param name="amount">The amount paid; more than £0.00.</param>
    /// <param name="paidOn">When it was paid.</param>
    /// <exception cref="ArgumentNullException"><paramref name="allocationId"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is malformed or <paramref name="amount"/> is £0.00.</exception>
    public Payment(string allocationId, Money amount, LocalDate paidOn)
    {
        SupportedDates.CheckCalendar(paidOn);
        AllocationId = Slug.Check(allocationId);
        Preconditions.CheckArgument(!amount.IsZero, nameof(amount), "must be more than £0.00");
        Amount = amount;
        PaidOn = paidOn;
    }

    /// <summary>The allocation paid against.</summary>
    public string AllocationId { get; }

    /// <summary>The amount paid.</summary>
    public Money Amount { get; }

    /// <summary>When it was paid.</summary>
    public LocalDate PaidOn { get; }

    /// <summary>Formats the payment: "licence-to-kill: £6,000.00 paid".</summary>
    /// <returns>The allocation id and amount.</returns>
    public override string ToString() => $"{AllocationId}: {Amount} paid";
}
