using System;
using System.Collections.Generic;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>
/// Builds a <see cref="FundingRound"/> one named part at a time: the identifier, the grant, the bid window, the bids,
/// decisions, allocations, payments, monitoring returns and repayments, the source and the provenance.
/// </summary>
/// <remarks>
/// <para>Start from nothing (<c>new FundingRoundBuilder()</c>), from a grant (<see cref="ForGrant"/>: a new round for
/// this grant) or from an existing round (<see cref="FundingRound.ToBuilder"/>: a copy to change). Every list starts
/// empty and the bid window and provenance start null; the identifier, the grant and the source have no default.</para>
/// <para>Apart from a date's calendar (below), the parts are not checked as they are set: <see cref="Build"/> checks them once, by calling the
/// <see cref="FundingRound"/> constructor, so a refusal is exactly the constructor's (the same exception, parameter
/// name and message, e.g. <c>allocations[3].bidId</c>). Like the constructor, it does not apply the funding rules; use
/// <see cref="FundingRound.Allocate"/> for money the rules must allow.</para>
/// <para>Each <c>With…</c> and <c>Add…</c> method changes this builder and returns it, so calls can be chained. A list
/// given to a <c>With…</c> method is copied when it is given; the round built is immutable and does not change when
/// the builder changes afterwards.</para>
/// <para>A date is the one part checked when it is set: a date in a calendar other than ISO is refused at once, naming
/// the parameter, as by every member of the library that takes a date.</para>
/// </remarks>
/// <threadsafety>This type is mutable and not thread-safe: use one builder from one thread at a time.</threadsafety>
public sealed class FundingRoundBuilder
{
    private string? id;
    private Grant? grant;
    private DateInterval? bidWindow;
    private List<Bid>? bids = [];
    private List<BidDecision>? decisions = [];
    private List<Allocation>? allocations = [];
    private List<Payment>? payments = [];
    private List<MonitoringReturn>? monitoringReturns = [];
    private List<Repayment>? repayments = [];
    private SourceDocument? source;
    private ProvenanceRecord? provenance;

    /// <summary>Creates a builder with no parts: every list empty, nothing else set.</summary>
    public FundingRoundBuilder()
    {
    }

    internal FundingRoundBuilder(FundingRound round)
    {
        id = round.Id;
        grant = round.Grant;
        bidWindow = round.BidWindow;
        bids = [.. round.Bids];
        decisions = [.. round.Decisions];
        allocations = [.. round.Allocations];
        payments = [.. round.Payments];
        monitoringReturns = [.. round.MonitoringReturns];
        repayments = [.. round.Repayments];
        source = round.Source;
        provenance = round.Provenance;
    }

    /// <summary>Starts a new round for a grant: the grant and the round's identifier set, every list empty.</summary>
    /// <param name="grant">The grant the round allocates; checked by <see cref="Build"/>.</param>
    /// <param name="id">The round's identifier, e.g. "kcsp-2016-17"; checked by <see cref="Build"/>.</param>
    /// <returns>A new builder; the source must still be set (<see cref="WithSource"/>) before <see cref="Build"/>.</returns>
    public static FundingRoundBuilder ForGrant(Grant grant, string id) => new FundingRoundBuilder().WithGrant(grant).WithId(id);

    /// <summary>Sets the identifier.</summary>
    /// <param name="id">The identifier, e.g. "kcsp-2016-17".</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder WithId(string id)
    {
        this.id = id;
        return this;
    }

    /// <summary>Sets the grant the round allocates.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder WithGrant(Grant grant)
    {
        this.grant = grant;
        return this;
    }

    /// <summary>Sets the dates bids were accepted (inclusive), or clears them.</summary>
    /// <param name="bidWindow">The dates, or null where the record does not give them.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentRefusedException">The dates are not in the ISO calendar; refused at once, as everywhere in the library.</exception>
    public FundingRoundBuilder WithBidWindow(DateInterval? bidWindow)
    {
        this.bidWindow = SupportedDates.CheckCalendar(bidWindow);
        return this;
    }

    /// <summary>Replaces the bids.</summary>
    /// <param name="bids">The bids, identifiers unique; copied.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder WithBids(IEnumerable<Bid> bids)
    {
        this.bids = Copy(bids);
        return this;
    }

    /// <summary>Adds a bid after those already given.</summary>
    /// <param name="bid">The bid.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder AddBid(Bid bid)
    {
        (bids ??= []).Add(bid);
        return this;
    }

    /// <summary>Replaces the decisions.</summary>
    /// <param name="decisions">The decisions, each on a bid of the round; copied.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder WithDecisions(IEnumerable<BidDecision> decisions)
    {
        this.decisions = Copy(decisions);
        return this;
    }

    /// <summary>Adds a decision after those already given.</summary>
    /// <param name="decision">The decision, on a bid of the round.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder AddDecision(BidDecision decision)
    {
        (decisions ??= []).Add(decision);
        return this;
    }

    /// <summary>Replaces the allocations.</summary>
    /// <param name="allocations">The allocations, identifiers unique, each to a bid of the round; copied.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder WithAllocations(IEnumerable<Allocation> allocations)
    {
        this.allocations = Copy(allocations);
        return this;
    }

    /// <summary>Adds an allocation after those already given, as recorded: the funding rules are not applied (see <see cref="FundingRound.Allocate"/>).</summary>
    /// <param name="allocation">The allocation, to a bid of the round.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder AddAllocation(Allocation allocation)
    {
        (allocations ??= []).Add(allocation);
        return this;
    }

    /// <summary>Replaces the payments.</summary>
    /// <param name="payments">The payments, each against an allocation of the round; copied.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder WithPayments(IEnumerable<Payment> payments)
    {
        this.payments = Copy(payments);
        return this;
    }

    /// <summary>Adds a payment after those already given.</summary>
    /// <param name="payment">The payment, against an allocation of the round.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder AddPayment(Payment payment)
    {
        (payments ??= []).Add(payment);
        return this;
    }

    /// <summary>Replaces the monitoring returns.</summary>
    /// <param name="monitoringReturns">The returns, each for an allocation of the round; copied.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder WithMonitoringReturns(IEnumerable<MonitoringReturn> monitoringReturns)
    {
        this.monitoringReturns = Copy(monitoringReturns);
        return this;
    }

    /// <summary>Adds a monitoring return after those already given.</summary>
    /// <param name="monitoringReturn">The return, for an allocation of the round.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder AddMonitoringReturn(MonitoringReturn monitoringReturn)
    {
        (monitoringReturns ??= []).Add(monitoringReturn);
        return this;
    }

    /// <summary>Replaces the repayments.</summary>
    /// <param name="repayments">The repayments, each against an allocation of the round; copied.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder WithRepayments(IEnumerable<Repayment> repayments)
    {
        this.repayments = Copy(repayments);
        return this;
    }

    /// <summary>Adds a repayment after those already given.</summary>
    /// <param name="repayment">The repayment, against an allocation of the round.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder AddRepayment(Repayment repayment)
    {
        (repayments ??= []).Add(repayment);
        return this;
    }

    /// <summary>Sets the document that records the round.</summary>
    /// <param name="source">The document.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder WithSource(SourceDocument source)
    {
        this.source = source;
        return this;
    }

    /// <summary>Sets where the round comes from, or clears it (see <see cref="FundingRound.Provenance"/>).</summary>
    /// <param name="provenance">The provenance, or null for nothing recorded.</param>
    /// <returns>This builder.</returns>
    public FundingRoundBuilder WithProvenance(ProvenanceRecord? provenance)
    {
        this.provenance = provenance;
        return this;
    }

    /// <summary>Builds the round from the parts given, checked by the <see cref="FundingRound"/> constructor.</summary>
    /// <returns>A new, immutable round; each call returns a new one.</returns>
    /// <exception cref="ArgumentNullException">The identifier, the grant, the source or a list is not set (or set to null); the parameter name is the constructor's.</exception>
    /// <exception cref="ArgumentException">The constructor refuses the parts: a malformed identifier, a list with a null element, a repeated identifier, or an entry that refers to a bid or allocation not in the round; the parameter name locates the entry.</exception>
    public FundingRound Build()
    {
        var round = new FundingRound(id!, grant!, bidWindow, bids!, decisions!, allocations!, payments!, monitoringReturns!, repayments!, source!);
        return provenance is null ? round : round.WithProvenance(provenance);
    }

    private static List<T>? Copy<T>(IEnumerable<T>? items) => items is null ? null : [.. items];
}
