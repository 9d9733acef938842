using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>
/// One round of bidding for a grant: the bid window, the bids, the decisions, and what followed — allocations,
/// payments, monitoring returns and repayments.
/// </summary>
/// <remarks>
/// <para>The constructor checks that the record hangs together — identifiers unique, and every decision, allocation,
/// payment, monitoring return and repayment refers to a bid or allocation in the round — and names the offending entry
/// (e.g. <c>allocations[3].bidId</c>) when it does not. It does not apply the funding rules: a round may record an
/// allocation the rules forbid, so that <see cref="FundingRules.Evaluate"/> can report it.</para>
/// <para><see cref="Allocate"/> is the way to add money that the rules allow: it refuses, with a reason, any allocation
/// that would break them, so a round built only through it never allocates more than its grant.</para>
/// <para>The type is immutable; <c>With…</c> methods and <see cref="Allocate"/> return a new round. Two rounds are
/// equal when every member is equal, lists in order.</para>
/// <para>Building a round one call at a time costs time linear in the number of calls: a new round shares its lists
/// with the round it came from, and <c>With…</c> and <see cref="Allocate"/> check only the entry they add, against
/// lookups (bid and allocation by identifier, standing decisions, money allocated) carried forward from round to round.
/// Two calls on the same round each get a round with only their own entry. See docs/performance.md, "Building a round".</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FundingRound
{
    // What a call that adds an entry leaves as it was, shared with the rounds made from this one, so that a call makes a
    // round of two references.
    private readonly Header header;

    // The lists and the lookups the checks need, shared with the rounds made from this one (see FundingRoundLists).
    private readonly FundingRoundLists lists;

    /// <summary>Creates a round.</summary>
    /// <param name="id">The identifier, e.g. "kcsp-2016-17".</param>
    /// <param name="grant">The grant the round allocates.</param>
    /// <param name="bidWindow">The dates bids were accepted (inclusive), or null where the record does not give them.</param>
    /// <param name="bids">The bids, identifiers unique.</param>
    /// <param name="decisions">The decisions, each on a bid in <paramref name="bids"/>.</param>
    /// <param name="allocations">The allocations, identifiers unique, each to a bid in <paramref name="bids"/>.</param>
    /// <param name="payments">The payments, each against an allocation in <paramref name="allocations"/>.</param>
    /// <param name="monitoringReturns">The monitoring returns, each for an allocation in <paramref name="allocations"/>.</param>
    /// <param name="repayments">The repayments, each against an allocation in <paramref name="allocations"/>.</param>
    /// <param name="source">The document that records the round.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="bidWindow"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is malformed, a list has a null element, an identifier is repeated, or an entry refers to a bid or allocation not in the round; the parameter name locates the entry.</exception>
    public FundingRound(
        string id,
        Grant grant,
        DateInterval? bidWindow,
        IEnumerable<Bid> bids,
        IEnumerable<BidDecision> decisions,
        IEnumerable<Allocation> allocations,
        IEnumerable<Payment> payments,
        IEnumerable<MonitoringReturn> monitoringReturns,
        IEnumerable<Repayment> repayments,
        SourceDocument source)
    {
        SupportedDates.CheckCalendar(bidWindow);
        string checkedId = Slug.Check(id);
        var checkedGrant = Preconditions.CheckNotNull(grant);
        var checkedBids = Preconditions.CheckItems(bids);
        var checkedDecisions = Preconditions.CheckItems(decisions);
        var checkedAllocations = Preconditions.CheckItems(allocations);
        var checkedPayments = Preconditions.CheckItems(payments);
        var checkedMonitoringReturns = Preconditions.CheckItems(monitoringReturns);
        var checkedRepayments = Preconditions.CheckItems(repayments);
        header = new Header(checkedId, checkedGrant, bidWindow, Preconditions.CheckNotNull(source), null);
        lists = FundingRoundLists.Check(checkedBids, checkedDecisions, checkedAllocations, checkedPayments, checkedMonitoringReturns, checkedRepayments);
    }

    // A round made from another by adding one entry: everything but the lists is the other round's.
    private FundingRound(FundingRound round, FundingRoundLists lists)
    {
        header = round.header;
        this.lists = lists;
    }

    /// <summary>The identifier.</summary>
    public string Id => header.Id;

    /// <summary>The grant the round allocates.</summary>
    public Grant Grant => header.Grant;

    /// <summary>The dates bids were accepted, or null where the record does not give them.</summary>
    public DateInterval? BidWindow => header.BidWindow;

    /// <summary>The bids, in the order given.</summary>
    public IReadOnlyList<Bid> Bids => lists.Bids;

    /// <summary>The decisions, in the order given.</summary>
    public IReadOnlyList<BidDecision> Decisions => lists.Decisions;

    /// <summary>The allocations, in the order given.</summary>
    public IReadOnlyList<Allocation> Allocations => lists.Allocations;

    /// <summary>The payments, in the order given.</summary>
    public IReadOnlyList<Payment> Payments => lists.Payments;

    /// <summary>The monitoring returns, in the order given.</summary>
    public IReadOnlyList<MonitoringReturn> MonitoringReturns => lists.MonitoringReturns;

    /// <summary>The repayments, in the order given.</summary>
    public IReadOnlyList<Repayment> Repayments => lists.Repayments;

    /// <summary>The document that records the round.</summary>
    public SourceDocument Source => header.Source;

    /// <summary>The total of the round's allocations, exact to the penny; it may be more than one amount of <see cref="Money"/> can be, and never overflows (see <see cref="MoneyTotal"/>).</summary>
    public MoneyTotal TotalAllocated => lists.TotalAllocated;

    /// <summary>Finds a bid by identifier.</summary>
    /// <param name="bidId">The identifier.</param>
    /// <returns>The bid, or null if the round has none with that identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bidId"/> is null.</exception>
    public Bid? FindBid(string bidId) =>
        lists.TryGetBidIndex(Preconditions.CheckNotNull(bidId), out int index) ? lists.Bids[index] : null;

    /// <summary>The decision that stands for a bid: the latest by date, and of two on the same date the later in the list.</summary>
    /// <param name="bidId">The bid's identifier.</param>
    /// <returns>The standing decision, or null if the bid has none (or is not in the round).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bidId"/> is null.</exception>
    public BidDecision? StandingDecision(string bidId) => lists.StandingDecision(Preconditions.CheckNotNull(bidId));

    /// <summary>Adds money for a funded bid, if the funding rules allow it.</summary>
    /// <param name="allocation">The allocation to add.</param>
    /// <param name="policy">The local policy to apply, e.g. <c>KentPolicies.Funding</c>.</param>
    /// <returns>
    /// The new round with the allocation, or a refusal naming the reason: an unknown bid, a repeated identifier, a bid not
    /// funded (FUND-003), a date outside the grant's year (FUND-002), a local project the policy refers (FUND-006), more
    /// than the award (FUND-004) or more than the grant (FUND-001).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AllocationOutcome Allocate(Allocation allocation, FundingPolicy policy)
    {
        Preconditions.CheckNotNull(allocation);
        Preconditions.CheckNotNull(policy);
        if (!lists.TryGetBidIndex(allocation.BidId, out int bidAt))
        {
            return Refuse(allocation, AllocationRefusalReason.UnknownBid, $"bid '{allocation.BidId}' is not in round '{Id}'.");
        }
        if (lists.TryGetAllocationIndex(allocation.Id, out _))
        {
            return Refuse(allocation, AllocationRefusalReason.DuplicateId, $"round '{Id}' already has an allocation '{allocation.Id}'.");
        }
        var bid = lists.Bids[bidAt];
        var decision = lists.StandingDecisionAt(bidAt);
        if (FundingRules.LacksFundingDecision(decision))
        {
            string standing = decision is null ? "has no decision" : $"is {decision.Outcome.Description}";
            return Refuse(allocation, AllocationRefusalReason.BidNotFunded, $"bid '{bid.Id}' {standing}; money can be allocated only to a funded bid.");
        }
        if (FundingRules.OutsideGrantYear(Grant, allocation.AllocatedOn))
        {
            return Refuse(allocation, AllocationRefusalReason.OutsideGrantYear, $"{Dates.Iso(allocation.AllocatedOn)} is outside {Grant.Year}, the year of grant '{Grant.Id}'.");
        }
        if (FundingRules.LocalProjectNotReferred(policy, bid, decision))
        {
            return Refuse(allocation, AllocationRefusalReason.LocalProject, $"bid '{bid.Id}' is for {bid.Scope}; local projects are referred to the local partnership.");
        }
        // The money already allocated to the bid and in all is kept as the round is built, not summed again here.
        var toBid = lists.AllocatedToAt(bidAt) + allocation.Amount;
        if (decision.AmountAwarded is not null && FundingRules.ExceedsAward(decision, toBid, out var award, out _))
        {
            return Refuse(allocation, AllocationRefusalReason.ExceedsAward, $"{allocation.Amount} would bring bid '{bid.Id}' to {toBid}, more than its award of {award}.");
        }
        var total = lists.TotalAllocated + allocation.Amount;
        if (FundingRules.ExceedsGrant(Grant, total, out _))
        {
            return Refuse(allocation, AllocationRefusalReason.ExceedsGrant, $"{allocation.Amount} would bring the allocations to {total}, more than the grant of {Grant.Amount}.");
        }
        var round = new FundingRound(this, lists.WithAllocation(allocation, bidAt, total, toBid));
        return AllocationOutcome.Success(new Allocated(round, allocation));
    }

    /// <summary>Returns a round with another bid.</summary>
    /// <param name="bid">The bid; its identifier must be new to the round.</param>
    /// <returns>The new round.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bid"/> is null.</exception>
    /// <exception cref="ArgumentException">The round already has a bid with that identifier.</exception>
    public FundingRound WithBid(Bid bid) =>
        new(this, lists.WithBid(Preconditions.CheckNotNull(bid)));

    /// <summary>Returns a round with another decision.</summary>
    /// <param name="decision">The decision, on a bid in the round.</param>
    /// <returns>The new round.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    /// <exception cref="ArgumentException">The decision is on a bid not in the round.</exception>
    public FundingRound WithDecision(BidDecision decision) =>
        new(this, lists.WithDecision(Preconditions.CheckNotNull(decision)));

    /// <summary>Returns a round with another payment.</summary>
    /// <param name="payment">The payment, against an allocation in the round.</param>
    /// <returns>The new round.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payment"/> is null.</exception>
    /// <exception cref="ArgumentException">The payment is against an allocation not in the round.</exception>
    public FundingRound WithPayment(Payment payment) =>
        new(this, lists.WithPayment(Preconditions.CheckNotNull(payment)));

    /// <summary>Returns a round with another monitoring return.</summary>
    /// <param name="monitoringReturn">The return, for an allocation in the round.</param>
    /// <returns>The new round.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="monitoringReturn"/> is null.</exception>
    /// <exception cref="ArgumentException">The return is for an allocation not in the round.</exception>
    public FundingRound WithMonitoringReturn(MonitoringReturn monitoringReturn) =>
        new(this, lists.WithMonitoringReturn(Preconditions.CheckNotNull(monitoringReturn)));

    /// <summary>Returns a round with another repayment.</summary>
    /// <param name="repayment">The repayment, against an allocation in the round.</param>
    /// <returns>The new round.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="repayment"/> is null.</exception>
    /// <exception cref="ArgumentException">The repayment is against an allocation not in the round.</exception>
    public FundingRound WithRepayment(Repayment repayment) =>
        new(this, lists.WithRepayment(Preconditions.CheckNotNull(repayment)));

    /// <summary>Formats the round: "kcsp-2016-17: 8 bids, 8 allocations".</summary>
    /// <returns>The id and counts.</returns>
    public override string ToString() => $"{Id}: {Count(lists.Bids.Count, "bid")}, {Count(lists.Allocations.Count, "allocation")}";

    // Hand-written: the lookups beside the lists have no value equality, and the lists are compared as lists.
    /// <inheritdoc />
    public bool Equals(FundingRound? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Grant == other.Grant
        && Equals(BidWindow, other.BidWindow)
        && lists.ListsEqual(other.lists)
        && Source == other.Source;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        int hash = EqualityHelper.HashOrdinal(EqualityHelper.Initialize(), Id);
        hash = EqualityHelper.Hash(hash, lists.Bids.Count);
        return EqualityHelper.Hash(hash, lists.Allocations.Count);
    }

    internal bool TryGetBidIndex(string bidId, out int index) => lists.TryGetBidIndex(bidId, out index);

    internal bool TryGetAllocationIndex(string allocationId, out int index) => lists.TryGetAllocationIndex(allocationId, out index);

    private static AllocationOutcome Refuse(Allocation allocation, AllocationRefusalReason reason, string message) =>
        AllocationOutcome.Refusal(new AllocationRefused(allocation, reason, message));

    private static string Count(int count, string noun) => count == 1 ? "1 " + noun : $"{count} {noun}s";

    /// <summary>
    /// Where the round comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>Null unless set with <see cref="WithProvenance"/>; written to JSON as the <c>provenance</c> member.</value>
    public ProvenanceRecord? Provenance
    {
        get => header.Provenance;
        private init => header = header with { Provenance = value };
    }

    /// <summary>Returns the round with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the round comes from, or null for nothing recorded.</param>
    /// <returns>A new round with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public FundingRound WithProvenance(ProvenanceRecord? provenance) => this with { Provenance = provenance };

    /// <summary>Returns a builder holding this round's parts (everything, provenance included), to build a changed copy.</summary>
    /// <returns>A new builder; changing it does not change this round.</returns>
    public FundingRoundBuilder ToBuilder() => new(this);

    // The members other than the lists, in one object that the rounds made by adding an entry share.
    private sealed record Header(string Id, Grant Grant, DateInterval? BidWindow, SourceDocument Source, ProvenanceRecord? Provenance);
}
