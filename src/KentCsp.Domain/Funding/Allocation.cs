using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>Money from a grant set aside for a funded bid.</summary>
/// <remarks>
/// <para>The identifier is lower-case letters, digits and hyphens, unique within the round. An allocation is always
/// more than £0.00. Build one freely; <see cref="FundingRound.Allocate"/> is the way to add one that the rules allow,
/// and <see cref="FundingRules"/> reports any that break them.</para>
/// <para>Two allocations are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Allocation
{
    /// <summary>Creates an allocation.</summary>
    /// <param name="id">The identifier, unique within the round.</param>
    /// <param name="bidId">The funded bid.</param>
    /// <param name="amount">The amount; more than £0.00.</param>
    /// <param name="allocatedOn">When the money was allocated (or the date of the record that reports it).</param>
    /// <exception cref="ArgumentNullException">An identifier is null.</exception>
    /// <exception cref="ArgumentException">An identifier is malformed or <paramref name="amount"/> is £0.00.</exception>
    public Allocation(string id, string bidId, Money amount, LocalDate allocatedOn)
    {
        SupportedDates.CheckCalendar(allocatedOn);
        Id = Slug.Check(id);
        BidId = Slug.Check(bidId);
        Preconditions.CheckArgument(!amount.IsZero, nameof(amount), "must be more than £0.00");
        Amount = amount;
        AllocatedOn = allocatedOn;
    }

    /// <summary>The identifier, unique within the round.</summary>
    public string Id { get; }

    /// <summary>The funded bid.</summary>
    public string BidId { get; }

    /// <summary>The amount.</summary>
    public Money Amount { get; }

    /// <summary>When the money was allocated.</summary>
    public LocalDate AllocatedOn { get; }

    /// <summary>Formats the allocation: "licence-to-kill: £6,000.00".</summary>
    /// <returns>The id and amount.</returns>
    public override string ToString() => $"{Id}: {Amount}";
}
