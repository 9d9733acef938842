using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>
/// The lists of one <see cref="FundingRound"/> and the lookups its checks need — bid and allocation by identifier, the
/// standing decision on each bid, the money allocated to each bid and in all — kept so that adding one entry costs
/// constant time, however large the round.
/// </summary>
/// <remarks>
/// <para>The lists are <see cref="AppendOnlyList{T}"/>s: a round made by a <c>With…</c> method or by
/// <see cref="FundingRound.Allocate"/> shares its lists with the round it came from, and the lookups beside each list
/// are <see cref="AppendOnlyIndex{TValue}"/>s that each version reads as of its own length. So <c>n</c> calls cost
/// time linear in <c>n</c>, where copying the lists and checking the whole round again at each call cost time
/// quadratic in <c>n</c>. A call on an older round, after a newer one has been made from it, copies the list it adds
/// to and builds that list's lookups again: the branches never see each other's entries.</para>
/// <para>Only the entry added is checked, with the same parameter name and message the constructor gives: the entries
/// already in the round were checked when they were added, and adding an entry cannot make them wrong.</para>
/// <para>Immutable and thread-safe, like the round.</para>
/// </remarks>
internal sealed class FundingRoundLists
{
    private readonly AppendOnlyIndex<int> bidPositions;
    private readonly PositionIndex<int> standingDecisions;
    private readonly AppendOnlyIndex<int> allocationPositions;
    private readonly PositionIndex<MoneyTotal> allocatedToBid;

    private FundingRoundLists(
        AppendOnlyList<Bid> bids,
        AppendOnlyIndex<int> bidPositions,
        AppendOnlyList<BidDecision> decisions,
        PositionIndex<int> standingDecisions,
        AppendOnlyList<Allocation> allocations,
        AppendOnlyIndex<int> allocationPositions,
        PositionIndex<MoneyTotal> allocatedToBid,
        MoneyTotal totalAllocated,
        AppendOnlyList<Payment> payments,
        AppendOnlyList<MonitoringReturn> monitoringReturns,
        AppendOnlyList<Repayment> repayments)
    {
        Bids = bids;
        this.bidPositions = bidPositions;
        Decisions = decisions;
        this.standingDecisions = standingDecisions;
        Allocations = allocations;
        this.allocationPositions = allocationPositions;
        this.allocatedToBid = allocatedToBid;
        TotalAllocated = totalAllocated;
        Payments = payments;
        MonitoringReturns = monitoringReturns;
        Repayments = repayments;
    }

    /// <summary>The bids.</summary>
    internal AppendOnlyList<Bid> Bids { get; }

    /// <summary>The decisions.</summary>
    internal AppendOnlyList<BidDecision> Decisions { get; }

    /// <summary>The allocations.</summary>
    internal AppendOnlyList<Allocation> Allocations { get; }

    /// <summary>The payments.</summary>
    internal AppendOnlyList<Payment> Payments { get; }

    /// <summary>The monitoring returns.</summary>
    internal AppendOnlyList<MonitoringReturn> MonitoringReturns { get; }

    /// <summary>The repayments.</summary>
    internal AppendOnlyList<Repayment> Repayments { get; }

    /// <summary>The total of the allocations.</summary>
    internal MoneyTotal TotalAllocated { get; }

    /// <summary>
    /// Checks that the lists hang together — identifiers unique, and every entry refers to a bid or allocation in the
    /// lists — and indexes them. Each failure names the offending entry, e.g. <c>allocations[3].bidId</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An identifier is repeated, or an entry refers to a bid or allocation not in the lists.</exception>
    internal static FundingRoundLists Check(
        ValueList<Bid> bids,
        ValueList<BidDecision> decisions,
        ValueList<Allocation> allocations,
        ValueList<Payment> payments,
        ValueList<MonitoringReturn> monitoringReturns,
        ValueList<Repayment> repayments)
    {
        var bidPositions = new Dictionary<string, int>(bids.Count, StringComparer.Ordinal);
        for (int i = 0; i < bids.Count; i++)
        {
            if (bidPositions.TryGetValue(bids[i].Id, out int first))
            {
                Preconditions.ThrowArgument($"bids[{i}].id", $"repeats '{bids[i].Id}', already used by bids[{first}]");
            }
            bidPositions.Add(bids[i].Id, i);
        }
        for (int i = 0; i < decisions.Count; i++)
        {
            if (!bidPositions.ContainsKey(decisions[i].BidId))
            {
                UnknownBid(decisions[i].BidId, "decisions", i);
            }
        }
        var allocationPositions = new Dictionary<string, int>(allocations.Count, StringComparer.Ordinal);
        var total = MoneyTotal.Zero;
        for (int i = 0; i < allocations.Count; i++)
        {
            var allocation = allocations[i];
            if (allocationPositions.TryGetValue(allocation.Id, out int first))
            {
                Preconditions.ThrowArgument($"allocations[{i}].id", $"repeats '{allocation.Id}', already used by allocations[{first}]");
            }
            if (!bidPositions.ContainsKey(allocation.BidId))
            {
                UnknownBid(allocation.BidId, "allocations", i);
            }
            allocationPositions.Add(allocation.Id, i);
            total += allocation.Amount;
        }
        for (int i = 0; i < payments.Count; i++)
        {
            CheckAllocation(allocationPositions, payments[i].AllocationId, "payments", i);
        }
        for (int i = 0; i < monitoringReturns.Count; i++)
        {
            CheckAllocation(allocationPositions, monitoringReturns[i].AllocationId, "monitoringReturns", i);
        }
        for (int i = 0; i < repayments.Count; i++)
        {
            CheckAllocation(allocationPositions, repayments[i].AllocationId, "repayments", i);
        }

        var decisionList = AppendOnlyList<BidDecision>.CopyOf(decisions);
        var allocationList = AppendOnlyList<Allocation>.CopyOf(allocations);
        var bidList = AppendOnlyList<Bid>.CopyOf(bids);
        var bidIndex = new AppendOnlyIndex<int>(bidPositions);
        return new FundingRoundLists(
            bidList,
            bidIndex,
            decisionList,
            StandingDecisions(decisionList, bidIndex, bidList.Count),
            allocationList,
            new AppendOnlyIndex<int>(allocationPositions),
            AllocatedToBid(allocationList, bidIndex, bidList.Count),
            total,
            AppendOnlyList<Payment>.CopyOf(payments),
            AppendOnlyList<MonitoringReturn>.CopyOf(monitoringReturns),
            AppendOnlyList<Repayment>.CopyOf(repayments));
    }

    /// <summary>Finds a bid's position.</summary>
    internal bool TryGetBidIndex(string bidId, out int index) => bidPositions.TryGetValue(bidId, Bids.Count, out index);

    /// <summary>Finds an allocation's position.</summary>
    internal bool TryGetAllocationIndex(string allocationId, out int index) =>
        allocationPositions.TryGetValue(allocationId, Allocations.Count, out index);

    /// <summary>The decision that stands for a bid: the latest by date, and of two on the same date the later in the list; null if none, or if the bid is not in the lists.</summary>
    internal BidDecision? StandingDecision(string bidId) =>
        TryGetBidIndex(bidId, out int bidAt) ? StandingDecisionAt(bidAt) : null;

    /// <summary>The decision that stands for the bid at <paramref name="bidAt"/>; null if none.</summary>
    internal BidDecision? StandingDecisionAt(int bidAt) =>
        standingDecisions.TryGetValue(bidAt, Decisions.Count, out int at) ? Decisions[at] : null;

    /// <summary>The total allocated to the bid at <paramref name="bidAt"/>.</summary>
    internal MoneyTotal AllocatedToAt(int bidAt) =>
        allocatedToBid.TryGetValue(bidAt, Allocations.Count, out var total) ? total : MoneyTotal.Zero;

    /// <summary>The lists with another bid.</summary>
    /// <exception cref="ArgumentException">The lists already have a bid with that identifier.</exception>
    internal FundingRoundLists WithBid(Bid bid)
    {
        int at = Bids.Count;
        if (TryGetBidIndex(bid.Id, out int first))
        {
            Preconditions.ThrowArgument($"bids[{at}].id", $"repeats '{bid.Id}', already used by bids[{first}]");
        }
        var bids = Bids.Append(bid, out bool shared);
        AppendOnlyIndex<int> positions;
        if (shared)
        {
            positions = bidPositions;
            positions.Record(bid.Id, at, at);
        }
        else
        {
            positions = new AppendOnlyIndex<int>(Positions(bids, static bid => bid.Id));
        }
        return new FundingRoundLists(bids, positions, Decisions, standingDecisions, Allocations, allocationPositions, allocatedToBid, TotalAllocated, Payments, MonitoringReturns, Repayments);
    }

    /// <summary>The lists with another decision.</summary>
    /// <exception cref="ArgumentException">The decision is on a bid not in the lists.</exception>
    internal FundingRoundLists WithDecision(BidDecision decision)
    {
        int at = Decisions.Count;
        if (!TryGetBidIndex(decision.BidId, out int bidAt))
        {
            UnknownBid(decision.BidId, "decisions", at);
        }
        var standing = StandingDecisionAt(bidAt);
        var decisions = Decisions.Append(decision, out bool shared);
        PositionIndex<int> standingIndex;
        if (shared)
        {
            standingIndex = standingDecisions;
            if (standing is null || decision.DecidedOn >= standing.DecidedOn)
            {
                standingIndex.Record(bidAt, at, at);
            }
        }
        else
        {
            standingIndex = StandingDecisions(decisions, bidPositions, Bids.Count);
        }
        return new FundingRoundLists(Bids, bidPositions, decisions, standingIndex, Allocations, allocationPositions, allocatedToBid, TotalAllocated, Payments, MonitoringReturns, Repayments);
    }

    /// <summary>
    /// The lists with another allocation, which the caller has checked: its identifier is new and its bid is in the
    /// lists, at <paramref name="bidAt"/>.
    /// </summary>
    internal FundingRoundLists WithAllocation(Allocation allocation, int bidAt, MoneyTotal totalAllocated, MoneyTotal allocatedToThisBid)
    {
        int at = Allocations.Count;
        var allocations = Allocations.Append(allocation, out bool shared);
        AppendOnlyIndex<int> positions;
        PositionIndex<MoneyTotal> toBid;
        if (shared)
        {
            positions = allocationPositions;
            positions.Record(allocation.Id, at, at);
            toBid = allocatedToBid;
            toBid.Record(bidAt, at, allocatedToThisBid);
        }
        else
        {
            positions = new AppendOnlyIndex<int>(Positions(allocations, static allocation => allocation.Id));
            toBid = AllocatedToBid(allocations, bidPositions, Bids.Count);
        }
        return new FundingRoundLists(Bids, bidPositions, Decisions, standingDecisions, allocations, positions, toBid, totalAllocated, Payments, MonitoringReturns, Repayments);
    }

    /// <summary>The lists with another payment.</summary>
    /// <exception cref="ArgumentException">The payment is against an allocation not in the lists.</exception>
    internal FundingRoundLists WithPayment(Payment payment)
    {
        CheckAllocation(payment.AllocationId, "payments", Payments.Count);
        return new FundingRoundLists(Bids, bidPositions, Decisions, standingDecisions, Allocations, allocationPositions, allocatedToBid, TotalAllocated, Payments.Append(payment, out _), MonitoringReturns, Repayments);
    }

    /// <summary>The lists with another monitoring return.</summary>
    /// <exception cref="ArgumentException">The return is for an allocation not in the lists.</exception>
    internal FundingRoundLists WithMonitoringReturn(MonitoringReturn monitoringReturn)
    {
        CheckAllocation(monitoringReturn.AllocationId, "monitoringReturns", MonitoringReturns.Count);
        return new FundingRoundLists(Bids, bidPositions, Decisions, standingDecisions, Allocations, allocationPositions, allocatedToBid, TotalAllocated, Payments, MonitoringReturns.Append(monitoringReturn, out _), Repayments);
    }

    /// <summary>The lists with another repayment.</summary>
    /// <exception cref="ArgumentException">The repayment is against an allocation not in the lists.</exception>
    internal FundingRoundLists WithRepayment(Repayment repayment)
    {
        CheckAllocation(repayment.AllocationId, "repayments", Repayments.Count);
        return new FundingRoundLists(Bids, bidPositions, Decisions, standingDecisions, Allocations, allocationPositions, allocatedToBid, TotalAllocated, Payments, MonitoringReturns, Repayments.Append(repayment, out _));
    }

    /// <summary>True when both hold equal lists.</summary>
    internal bool ListsEqual(FundingRoundLists other) =>
        Bids.Equals(other.Bids)
        && Decisions.Equals(other.Decisions)
        && Allocations.Equals(other.Allocations)
        && Payments.Equals(other.Payments)
        && MonitoringReturns.Equals(other.MonitoringReturns)
        && Repayments.Equals(other.Repayments);

    private static Dictionary<string, int> Positions<T>(AppendOnlyList<T> items, Func<T, string> id)
    {
        // The list was checked entry by entry as it was built, so its identifiers are unique.
        var positions = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            positions.Add(id(items[i]), i);
        }
        return positions;
    }

    // The latest decision by date on each bid, and of two on the same date the later in the list: the same rule as a
    // walk over the whole list, kept one decision at a time. Bids are found among the first `bidCount` of `bids`,
    // which hold every bid the decisions refer to; a bid's position is the same in every later version.
    private static PositionIndex<int> StandingDecisions(AppendOnlyList<BidDecision> decisions, AppendOnlyIndex<int> bids, int bidCount) =>
        new(() =>
        {
            var standing = new Dictionary<int, int>();
            for (int i = 0; i < decisions.Count; i++)
            {
                var decision = decisions[i];
                bids.TryGetValue(decision.BidId, bidCount, out int bidAt);
                if (!standing.TryGetValue(bidAt, out int at) || decision.DecidedOn >= decisions[at].DecidedOn)
                {
                    standing[bidAt] = i;
                }
            }
            return [.. standing];
        });

    // The money allocated to each bid, found as StandingDecisions finds bids.
    private static PositionIndex<MoneyTotal> AllocatedToBid(AppendOnlyList<Allocation> allocations, AppendOnlyIndex<int> bids, int bidCount) =>
        new(() =>
        {
            var totals = new Dictionary<int, MoneyTotal>();
            for (int i = 0; i < allocations.Count; i++)
            {
                var allocation = allocations[i];
                bids.TryGetValue(allocation.BidId, bidCount, out int bidAt);
                var total = totals.TryGetValue(bidAt, out var sofar) ? sofar : MoneyTotal.Zero;
                totals[bidAt] = total + allocation.Amount;
            }
            return [.. totals];
        });

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void UnknownBid(string bidId, string list, int index) =>
        Preconditions.ThrowArgument($"{list}[{index}].bidId", $"refers to bid '{bidId}', which is not in the round");

    private static void CheckAllocation(Dictionary<string, int> allocationPositions, string allocationId, string list, int index)
    {
        if (!allocationPositions.ContainsKey(allocationId))
        {
            UnknownAllocation(allocationId, list, index);
        }
    }

    private void CheckAllocation(string allocationId, string list, int index)
    {
        if (!TryGetAllocationIndex(allocationId, out _))
        {
            UnknownAllocation(allocationId, list, index);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void UnknownAllocation(string allocationId, string list, int index) =>
        Preconditions.ThrowArgument($"{list}[{index}].allocationId", $"refers to allocation '{allocationId}', which is not in the round");
}
