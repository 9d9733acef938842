using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>A partnership's decision on a bid, with its reason.</summary>
/// <remarks>
/// <para>A bid may have several decisions, e.g. funded in principle and later funded; the latest by
/// <see cref="DecidedOn"/> (then by order in the round) is the one that stands.</para>
/// <para><see cref="AmountAwarded"/> is the amount approved for a funded (or funded-in-principle) bid, or null where the
/// record does not give it; a refused or referred bid has none. <see cref="ConfirmBy"/> is the date by which an
/// in-principle decision is to be confirmed; when it is null, <see cref="FundingPolicy.InPrincipleLimit"/> applies.</para>
/// <para>Two decisions are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record BidDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="bidId">The bid decided on.</param>
    /// <param name="outcome">What was decided.</param>
    /// <param name="decidedOn">When it was decided (or the date of the record that reports it).</param>
    /// <param name="reason">Why, in a sentence.</param>
    /// <param name="amountAwarded">The amount approved, or null; never given for a refusal or referral, never £0.00.</param>
    /// <param name="confirmBy">For an in-principle decision, the date by which it is to be confirmed; otherwise null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bidId"/>, <paramref name="outcome"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is malformed, <paramref name="reason"/> is blank, an amount is given where the outcome allows none or is £0.00, or <paramref name="confirmBy"/> is given for another outcome or falls before <paramref name="decidedOn"/>.</exception>
    public BidDecision(string bidId, DecisionOutcome outcome, LocalDate decidedOn, string reason, Money? amountAwarded, LocalDate? confirmBy)
    {
        SupportedDates.CheckCalendar(decidedOn);
        SupportedDates.CheckCalendar(confirmBy);
        BidId = Slug.Check(bidId);
        Outcome = Preconditions.CheckNotNull(outcome);
        DecidedOn = decidedOn;
        Reason = Preconditions.CheckNotBlank(reason);
        if (amountAwarded is { } amount)
        {
            Preconditions.CheckArgument(outcome.Supports, nameof(amountAwarded), $"must not be given when the bid is {outcome.Description}");
            Preconditions.CheckArgument(!amount.IsZero, nameof(amountAwarded), "must be more than £0.00 when given");
        }
        AmountAwarded = amountAwarded;
        if (confirmBy is { } date)
        {
            Preconditions.CheckArgument(outcome == DecisionOutcome.FundedInPrinciple, nameof(confirmBy), $"is only for a decision in principle, not one where the bid is {outcome.Description}");
            Preconditions.CheckArgument(date >= decidedOn, nameof(confirmBy), $"({Dates.Iso(date)}) must not be before the decision ({Dates.Iso(decidedOn)})");
        }
        ConfirmBy = confirmBy;
    }

    /// <summary>The bid decided on.</summary>
    public string BidId { get; }

    /// <summary>What was decided.</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>When it was decided.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>The amount approved, or null.</summary>
    public Money? AmountAwarded { get; }

    /// <summary>For an in-principle decision, the date by which it is to be confirmed, or null.</summary>
    public LocalDate? ConfirmBy { get; }

    /// <summary>Formats the decision: "licence-to-kill: funded".</summary>
    /// <returns>The bid id and outcome.</returns>
    public override string ToString() => $"{BidId}: {Outcome.Description}";
}
