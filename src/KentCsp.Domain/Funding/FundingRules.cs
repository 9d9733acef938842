using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>
/// The funding rule engine: evaluates a round, or several rounds (a year), against the <see cref="FundingRule"/>s and a
/// <see cref="FundingPolicy"/>, and reports every finding at once.
/// </summary>
/// <remarks>
/// <para>Evaluation never throws for a record that breaks the rules — that is what findings are for. It throws only for
/// a null argument or two rounds with one identifier.</para>
/// <para>The cost is linear in the size of the record: each bid, decision, allocation, payment, monitoring return and
/// repayment is visited once, and duplication is found through hashing, not by comparing every pair.</para>
/// <para>The rules that <see cref="FundingRound.Allocate"/> also enforces (FUND-001, FUND-002, FUND-003, FUND-004 and
/// FUND-006) are each written once, as a check below that both paths call: evaluation turns a break into a
/// <see cref="Finding"/>, <c>Allocate</c> into an <see cref="AllocationRefused"/>, so the two cannot disagree.</para>
/// <para>Likely duplication (FUND-007) is defined as: among the bids that were funded (in full, in part or in
/// principle) in the evaluated rounds for the same financial year, a bid matches an earlier one when it has the same
/// applicant and the same project name, or the same purpose for an overlapping area (two county-wide projects; a county-wide and any local project; two
/// local projects in the same district). Names and purposes match when they have the same letters and digits in the same
/// order, ignoring case, punctuation and spacing. Each matching bid is reported once, naming the first bid it
/// matches.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class FundingRules
{
    private static readonly Comparison<Finding> ByRuleId = (left, right) => string.CompareOrdinal(left.RuleId, right.RuleId);

    /// <summary>Evaluates one round.</summary>
    /// <param name="round">The round.</param>
    /// <param name="asOf">The date to evaluate on: deadlines and limits are judged against it.</param>
    /// <param name="policy">The local policy, e.g. <c>KentPolicies.Funding</c>.</param>
    /// <returns>The findings and the state of each allocation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="asOf"/> is outside <see cref="SupportedDates"/>.</exception>
    public static FundingEvaluation Evaluate(FundingRound round, LocalDate asOf, FundingPolicy policy) =>
        EvaluateAll([Preconditions.CheckNotNull(round)], asOf, policy);

    /// <summary>Evaluates several rounds together, e.g. every round of a financial year: grant totals and duplication are checked across them.</summary>
    /// <param name="rounds">The rounds, identifiers unique.</param>
    /// <param name="asOf">The date to evaluate on: deadlines and limits are judged against it.</param>
    /// <param name="policy">The local policy, e.g. <c>KentPolicies.Funding</c>.</param>
    /// <returns>The findings and the state of each allocation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A round is null, or two rounds have the same identifier, or <paramref name="asOf"/> is outside <see cref="SupportedDates"/>.</exception>
    public static FundingEvaluation EvaluateAll(IEnumerable<FundingRound> rounds, LocalDate asOf, FundingPolicy policy)
    {
        var roundArray = Preconditions.CheckItems(rounds);
        Preconditions.CheckNotNull(policy);
        SupportedDates.Check(asOf, nameof(asOf));
        int bidCount = 0;
        foreach (var round in roundArray)
        {
            bidCount += round.Bids.Count;
        }
        var run = new Run(asOf, policy, bidCount);
        var states = new Dictionary<string, Dictionary<string, AllocationState>>(roundArray.Count, StringComparer.Ordinal);
        for (int i = 0; i < roundArray.Count; i++)
        {
            var round = roundArray[i];
            Preconditions.CheckArgument(!states.ContainsKey(round.Id), $"rounds[{i}].id", $"repeats '{round.Id}'");
            states.Add(round.Id, run.EvaluateRound(round));
        }
        run.CheckGrantTotals();
        var findings = run.Findings;
        // List<T>.Sort is not stable, so sort an index-tagged copy to keep record order within each rule.
        var tagged = new KeyValuePair<int, Finding>[findings.Count];
        for (int i = 0; i < tagged.Length; i++)
        {
            tagged[i] = new KeyValuePair<int, Finding>(i, findings[i]);
        }
        Array.Sort(tagged, (left, right) =>
        {
            int byRule = ByRuleId(left.Value, right.Value);
            return byRule != 0 ? byRule : left.Key.CompareTo(right.Key);
        });
        var ordered = new Finding[tagged.Length];
        for (int i = 0; i < tagged.Length; i++)
        {
            ordered[i] = tagged[i].Value;
        }
        return new FundingEvaluation(asOf, ordered, states);
    }

    /// <summary>FUND-001: whether allocations totalling <paramref name="allocated"/> exceed the grant.</summary>
    /// <param name="grant">The grant.</param>
    /// <param name="allocated">The total allocated from it (by <see cref="EvaluateAll"/> across the rounds evaluated; by <see cref="FundingRound.Allocate"/> in the round, with the new allocation).</param>
    /// <param name="excess">How much more than the grant, when the rule is broken; otherwise zero.</param>
    /// <returns>True if the rule is broken.</returns>
    internal static bool ExceedsGrant(Grant grant, MoneyTotal allocated, out MoneyTotal excess)
    {
        bool breaks = allocated > grant.Amount;
        excess = breaks ? allocated.SaturatingSubtract(grant.Amount) : MoneyTotal.Zero;
        return breaks;
    }

    /// <summary>FUND-002: whether an allocation dated <paramref name="allocatedOn"/> falls outside the grant's financial year.</summary>
    /// <param name="grant">The grant.</param>
    /// <param name="allocatedOn">The allocation's date.</param>
    /// <returns>True if the rule is broken.</returns>
    internal static bool OutsideGrantYear(Grant grant, LocalDate allocatedOn) => !grant.Year.Contains(allocatedOn);

    /// <summary>FUND-003: whether a bid with this standing decision may not be given money (no decision, or one that is not funded or funded in part).</summary>
    /// <param name="standing">The bid's standing decision, or null if it has none.</param>
    /// <returns>True if an allocation to the bid breaks the rule.</returns>
    internal static bool LacksFundingDecision([NotNullWhen(false)] BidDecision? standing) =>
        standing is null || !standing.Outcome.AllowsAllocation;

    /// <summary>FUND-004: whether allocations totalling <paramref name="allocated"/> exceed what the standing decision awarded the bid.</summary>
    /// <param name="standing">The bid's standing decision.</param>
    /// <param name="allocated">The total allocated to the bid (by <see cref="FundingRound.Allocate"/>, with the new allocation).</param>
    /// <param name="award">The amount awarded, when the rule is broken; otherwise zero.</param>
    /// <param name="excess">How much more than the award, when the rule is broken; otherwise zero.</param>
    /// <returns>True if the rule is broken; never for a decision that awards no amount.</returns>
    internal static bool ExceedsAward(BidDecision standing, MoneyTotal allocated, out Money award, out MoneyTotal excess)
    {
        if (standing.AmountAwarded is { } awarded && allocated > awarded)
        {
            award = awarded;
            excess = allocated.SaturatingSubtract(awarded);
            return true;
        }
        award = Money.Zero;
        excess = MoneyTotal.Zero;
        return false;
    }

    /// <summary>FUND-006: whether the county partnership supports a local project that the policy refers to the local partnership.</summary>
    /// <param name="policy">The local policy.</param>
    /// <param name="bid">The bid.</param>
    /// <param name="standing">The bid's standing decision.</param>
    /// <returns>True if the decision supports the bid (funded in full, in part or in principle), the project serves one district, and the policy refers local projects.</returns>
    internal static bool LocalProjectNotReferred(FundingPolicy policy, Bid bid, BidDecision standing) =>
        policy.ReferLocalProjects && bid.Scope.Kind == ScopeKind.Local && standing.Outcome.Supports;

    /// <summary>The state of one evaluation: findings so far, grant totals and the duplication indexes across rounds.</summary>
    private sealed class Run
    {
        private readonly LocalDate asOf;
        private readonly FundingPolicy policy;
        private readonly HashSet<string>? priorities;
        private readonly HashSet<string>? objectives;
        private readonly Dictionary<string, GrantTotal> grantTotals = new(StringComparer.Ordinal);
        private readonly Dictionary<DuplicationKey, BidRef> byApplicantProject;
        private readonly Dictionary<DuplicationKey, BidRef> byPurposeAnyArea;
        private readonly Dictionary<DuplicationKey, BidRef> byPurposeCountyWide = new(DuplicationKey.Comparer);
        private readonly Dictionary<DuplicationKey, BidRef> byPurposeDistrict = new(DuplicationKey.Comparer);

        internal Run(LocalDate asOf, FundingPolicy policy, int bidCount)
        {
            // Sized for every bid up front, so that the indexes do not grow (and copy) as bids are added.
            byApplicantProject = new Dictionary<DuplicationKey, BidRef>(bidCount, DuplicationKey.Comparer);
            byPurposeAnyArea = new Dictionary<DuplicationKey, BidRef>(bidCount, DuplicationKey.Comparer);
            this.asOf = asOf;
            this.policy = policy;
            if (policy.Agreement is { } agreement)
            {
                priorities = new HashSet<string>(StringComparer.Ordinal);
                foreach (var priority in agreement.Priorities)
                {
                    priorities.Add(priority.Id);
                }
            }
            if (policy.PlanObjectives is { } planObjectives)
            {
                objectives = new HashSet<string>(planObjectives, StringComparer.Ordinal);
            }
        }

        internal List<Finding> Findings { get; } = [];

        internal Dictionary<string, AllocationState> EvaluateRound(FundingRound round)
        {
            var grant = round.Grant;
            var bids = round.Bids;
            var allocations = round.Allocations;

            var standing = new BidDecision?[bids.Count];
            var decisions = round.Decisions;
            for (int d = 0; d < decisions.Count; d++)
            {
                var decision = decisions[d];
                round.TryGetBidIndex(decision.BidId, out int at);
                if (standing[at] is not { } current || decision.DecidedOn >= current.DecidedOn)
                {
                    standing[at] = decision;
                }
            }

            if (!grantTotals.TryGetValue(grant.Id, out var grantTotal))
            {
                grantTotal = new GrantTotal(grant);
                grantTotals.Add(grant.Id, grantTotal);
            }

            var toBid = new MoneyTotal[bids.Count];
            for (int k = 0; k < allocations.Count; k++)
            {
                var allocation = allocations[k];
                round.TryGetBidIndex(allocation.BidId, out int at);
                toBid[at] += allocation.Amount;
                grantTotal.Allocated += allocation.Amount;
                grantTotal.Count++;
                if (OutsideGrantYear(grant, allocation.AllocatedOn))
                {
                    Report(FundingRule.AllocationOutsideGrantYear, grant, AllocationSubject(round, allocation),
                        $"Allocation '{allocation.Id}' of {allocation.Amount} is dated {Dates.Iso(allocation.AllocatedOn)}, outside {grant.Year} ({Dates.Iso(grant.Year.Start)} to {Dates.Iso(grant.Year.End)}), the year of grant '{grant.Id}'.",
                        new FindingFigure("allocated on", Dates.Iso(allocation.AllocatedOn)),
                        new FindingFigure("financial year", grant.Year.ToString()));
                }
                if (LacksFundingDecision(standing[at]))
                {
                    string state = standing[at] is { } other ? $"its standing decision is '{other.Outcome.Description}'" : "it has no decision";
                    Report(FundingRule.AllocationWithoutFundingDecision, grant, AllocationSubject(round, allocation),
                        $"Allocation '{allocation.Id}' gives {allocation.Amount} to bid '{allocation.BidId}', but {state}.",
                        new FindingFigure("allocated", allocation.Amount.ToString()),
                        new FindingFigure("decision", standing[at]?.Outcome.Description ?? "none"));
                }
            }

            for (int i = 0; i < bids.Count; i++)
            {
                var bid = bids[i];
                if (round.BidWindow is { } window && bid.SubmittedOn is { } submitted && !window.Contains(submitted))
                {
                    Report(FundingRule.BidOutsideWindow, grant, BidSubject(round, bid),
                        $"Bid '{bid.Id}' is dated {Dates.Iso(submitted)}, outside the bid window {Dates.Iso(window.Start)} to {Dates.Iso(window.End)}.",
                        new FindingFigure("submitted on", Dates.Iso(submitted)),
                        new FindingFigure("window", Dates.Iso(window.Start) + " to " + Dates.Iso(window.End)));
                }
                if (standing[i] is not { } decision)
                {
                    continue;
                }
                if (ExceedsAward(decision, toBid[i], out var award, out var excess))
                {
                    Report(FundingRule.AllocationExceedsAward, grant, BidSubject(round, bid),
                        $"Bid '{bid.Id}' was awarded {award} but its allocations total {toBid[i]}, {excess} more.",
                        new FindingFigure("awarded", award.ToString()),
                        new FindingFigure("allocated", toBid[i].ToString()),
                        new FindingFigure("excess", excess.ToString()));
                }
                if (!decision.Outcome.Supports)
                {
                    continue;
                }
                if (!SupportsPriority(bid))
                {
                    Report(FundingRule.NoSupportedPriority, grant, BidSubject(round, bid),
                        $"Bid '{bid.Id}' ({bid.Project}) is {decision.Outcome.Description} but supports no {PriorityWording()}.",
                        new FindingFigure("priorities named", bid.PriorityIds.Count == 0 ? "none" : string.Join(", ", bid.PriorityIds)),
                        new FindingFigure("plan objectives named", bid.PlanObjectives.Count == 0 ? "none" : string.Join(", ", bid.PlanObjectives)));
                }
                if (LocalProjectNotReferred(policy, bid, decision))
                {
                    Report(FundingRule.LocalProjectNotReferred, grant, BidSubject(round, bid),
                        $"Bid '{bid.Id}' ({bid.Project}) serves {bid.Scope.District} only and is {decision.Outcome.Description}; a local project is to be referred to the local partnership.",
                        new FindingFigure("scope", bid.Scope.ToString()),
                        new FindingFigure("decision", decision.Outcome.Description));
                }
                CheckDuplication(round, bid, grant);
                if (decision.Outcome == DecisionOutcome.FundedInPrinciple)
                {
                    // A limit past the end of the calendar is no limit: asOf cannot be after it.
                    if ((decision.ConfirmBy ?? Dates.PlusOrNull(decision.DecidedOn, policy.InPrincipleLimit)) is { } limit && asOf > limit)
                    {
                        string basis = decision.ConfirmBy is null ? $"the policy's limit of {Dates.Describe(policy.InPrincipleLimit)} from the decision" : "its confirm-by date";
                        Report(FundingRule.InPrinciplePending, grant, BidSubject(round, bid),
                            $"Bid '{bid.Id}' ({bid.Project}) was funded in principle on {Dates.Iso(decision.DecidedOn)} and has no final decision by {Dates.Iso(asOf)}, after {Dates.Iso(limit)} ({basis}).",
                            new FindingFigure("decided on", Dates.Iso(decision.DecidedOn)),
                            new FindingFigure("confirm by", Dates.Iso(limit)),
                            new FindingFigure("as of", Dates.Iso(asOf)));
                    }
                }
            }

            var paid = new MoneyTotal[allocations.Count];
            var payments = round.Payments;
            for (int p = 0; p < payments.Count; p++)
            {
                var payment = payments[p];
                round.TryGetAllocationIndex(payment.AllocationId, out int at);
                paid[at] += payment.Amount;
            }
            var states = new AllocationState[allocations.Count];
            for (int k = 0; k < allocations.Count; k++)
            {
                states[k] = AllocationState.Active;
                if (paid[k] > allocations[k].Amount)
                {
                    Report(FundingRule.PaymentsExceedAllocation, grant, AllocationSubject(round, allocations[k]),
                        $"Payments against allocation '{allocations[k].Id}' total {paid[k]}, {paid[k].SaturatingSubtract(allocations[k].Amount)} more than the allocation of {allocations[k].Amount}.",
                        new FindingFigure("allocated", allocations[k].Amount.ToString()),
                        new FindingFigure("paid", paid[k].ToString()),
                        new FindingFigure("excess", paid[k].SaturatingSubtract(allocations[k].Amount).ToString()));
                }
            }

            var returns = round.MonitoringReturns;
            for (int r = 0; r < returns.Count; r++)
            {
                var monitoring = returns[r];
                round.TryGetAllocationIndex(monitoring.AllocationId, out int at);
                var allocation = allocations[at];
                // A deadline past the end of the calendar is no deadline: nothing can be after it.
                var withholdAfter = Dates.PlusOrNull(monitoring.DueOn, policy.WithholdAfter);
                var withdrawAfter = Dates.PlusOrNull(monitoring.DueOn, policy.WithdrawAfter);
                if (monitoring.IsReceivedBy(asOf))
                {
                    var received = monitoring.ReceivedOn!.Value;
                    if (withdrawAfter is { } withdrawBy && received > withdrawBy)
                    {
                        states[at] = AllocationState.Withdrawn;
                        Report(FundingRule.MonitoringReturnWithdrawal, grant, ReturnSubject(round, allocation, monitoring),
                            $"The monitoring return for allocation '{allocation.Id}' was due {Dates.Iso(monitoring.DueOn)} and came back on {Dates.Iso(received)}, after the second deadline of {Dates.Iso(withdrawBy)}: the allocation of {allocation.Amount} is to be withdrawn.",
                            new FindingFigure("due on", Dates.Iso(monitoring.DueOn)),
                            new FindingFigure("second deadline", Dates.Iso(withdrawBy)),
                            new FindingFigure("received on", Dates.Iso(received)),
                            new FindingFigure("allocated", allocation.Amount.ToString()));
                    }
                    else if (received > monitoring.DueOn)
                    {
                        Report(FundingRule.MonitoringReturnLate, grant, ReturnSubject(round, allocation, monitoring),
                            $"The monitoring return for allocation '{allocation.Id}' was due {Dates.Iso(monitoring.DueOn)} and came back late, on {Dates.Iso(received)}.",
                            new FindingFigure("due on", Dates.Iso(monitoring.DueOn)),
                            new FindingFigure("received on", Dates.Iso(received)));
                    }
                }
                else if (withdrawAfter is { } withdrawBy && asOf > withdrawBy)
                {
                    states[at] = AllocationState.Withdrawn;
                    Report(FundingRule.MonitoringReturnWithdrawal, grant, ReturnSubject(round, allocation, monitoring),
                        $"The monitoring return for allocation '{allocation.Id}' was due {Dates.Iso(monitoring.DueOn)} and is still missing on {Dates.Iso(asOf)}, after the second deadline of {Dates.Iso(withdrawBy)}: the allocation of {allocation.Amount} is to be withdrawn.",
                        new FindingFigure("due on", Dates.Iso(monitoring.DueOn)),
                        new FindingFigure("second deadline", Dates.Iso(withdrawBy)),
                        new FindingFigure("as of", Dates.Iso(asOf)),
                        new FindingFigure("allocated", allocation.Amount.ToString()));
                }
                else if (withholdAfter is { } withholdBy && asOf > withholdBy)
                {
                    if (states[at] != AllocationState.Withdrawn)
                    {
                        states[at] = AllocationState.Withheld;
                    }
                    Report(FundingRule.MonitoringReturnMissing, grant, ReturnSubject(round, allocation, monitoring),
                        $"The monitoring return for allocation '{allocation.Id}' was due {Dates.Iso(monitoring.DueOn)} and is still missing on {Dates.Iso(asOf)}: the allocation of {allocation.Amount} is to be withheld until it arrives, and withdrawn if it has not arrived by {Dates.IsoOrNoDate(withdrawAfter)}.",
                        new FindingFigure("due on", Dates.Iso(monitoring.DueOn)),
                        new FindingFigure("as of", Dates.Iso(asOf)),
                        new FindingFigure("second deadline", Dates.IsoOrNoDate(withdrawAfter)),
                        new FindingFigure("allocated", allocation.Amount.ToString()));
                }
            }

            var repayments = round.Repayments;
            for (int r = 0; r < repayments.Count; r++)
            {
                var repayment = repayments[r];
                if (repayment.RepaidOn <= asOf)
                {
                    round.TryGetAllocationIndex(repayment.AllocationId, out int at);
                    states[at] = AllocationState.Repaid;
                }
            }

            var byId = new Dictionary<string, AllocationState>(allocations.Count, StringComparer.Ordinal);
            for (int k = 0; k < allocations.Count; k++)
            {
                byId.Add(allocations[k].Id, states[k]);
            }
            return byId;
        }

        internal void CheckGrantTotals()
        {
            foreach (var total in grantTotals.Values)
            {
                var grant = total.Grant;
                if (ExceedsGrant(grant, total.Allocated, out var excess))
                {
                    Report(FundingRule.AllocationsExceedGrant, grant, "grants/" + grant.Id,
                        $"The {total.Count} allocations from grant '{grant.Id}' ({grant.Year}) total {total.Allocated}, {excess} more than the grant of {grant.Amount}.",
                        new FindingFigure("grant", grant.Amount.ToString()),
                        new FindingFigure("allocated", total.Allocated.ToString()),
                        new FindingFigure("excess", excess.ToString()));
                }
            }
        }

        private bool SupportsPriority(Bid bid)
        {
            var named = bid.PriorityIds;
            for (int i = 0; i < named.Count; i++)
            {
                if (priorities is null || priorities.Contains(named[i]))
                {
                    return true;
                }
            }
            var planned = bid.PlanObjectives;
            for (int i = 0; i < planned.Count; i++)
            {
                if (objectives is null || objectives.Contains(planned[i]))
                {
                    return true;
                }
            }
            return false;
        }

        private string PriorityWording() =>
            policy.Agreement is { } agreement
                ? $"priority of {agreement} and no {(objectives is null ? "" : "listed ")}Police and Crime Plan objective"
                : "Community Safety Agreement priority and no Police and Crime Plan objective";

        private void CheckDuplication(FundingRound round, Bid bid, Grant grant)
        {
            var current = new BidRef(round.Id, bid);
            int year = grant.Year.StartYear;
            var sameProjectKey = new DuplicationKey(year, bid.Applicant.Id, bid.Project, null);
            var anyAreaKey = new DuplicationKey(year, null, bid.Purpose, null);
            var districtKey = bid.Scope.Kind == ScopeKind.Local ? new DuplicationKey(year, null, bid.Purpose, bid.Scope.District) : default;
            BidRef? match = null;
            string? how = null;
            if (byApplicantProject.TryGetValue(sameProjectKey, out var sameProject))
            {
                match = sameProject;
                how = "the same applicant and project name";
            }
            else
            {
                bool found = bid.Scope.Kind == ScopeKind.Local
                    ? byPurposeDistrict.TryGetValue(districtKey, out var samePurpose) || byPurposeCountyWide.TryGetValue(anyAreaKey, out samePurpose)
                    : byPurposeAnyArea.TryGetValue(anyAreaKey, out samePurpose);
                if (found)
                {
                    match = samePurpose;
                    how = "the same purpose for an overlapping area";
                }
            }
            if (match is { } earlier)
            {
                Report(FundingRule.LikelyDuplication, grant, BidSubject(round, bid),
                    $"Bid '{bid.Id}' ({bid.Project}, {bid.Applicant.Name}, {bid.Scope}) has {how} as bid '{earlier.Bid.Id}' ({earlier.Bid.Project}, {earlier.Bid.Applicant.Name}, {earlier.Bid.Scope}) in round '{earlier.RoundId}'.",
                    new FindingFigure("bid", round.Id + "/bids/" + bid.Id),
                    new FindingFigure("matches", earlier.RoundId + "/bids/" + earlier.Bid.Id));
            }
            Remember(byApplicantProject, sameProjectKey, current);
            Remember(byPurposeAnyArea, anyAreaKey, current);
            Remember(bid.Scope.Kind == ScopeKind.Local ? byPurposeDistrict : byPurposeCountyWide, bid.Scope.Kind == ScopeKind.Local ? districtKey : anyAreaKey, current);
        }

        private static void Remember<TKey>(Dictionary<TKey, BidRef> index, TKey key, BidRef bid)
            where TKey : notnull
        {
#if NET
            index.TryAdd(key, bid);
#else
            if (!index.ContainsKey(key))
            {
                index.Add(key, bid);
            }
#endif
        }

        private void Report(FundingRule rule, Grant grant, string subject, string message, params FindingFigure[] figures) =>
            Findings.Add(new Finding(rule.Id, rule.Severity, subject, message, figures, rule.CitesPolicy ? policy.Source : grant.Source));

        private static string AllocationSubject(FundingRound round, Allocation allocation) => round.Id + "/allocations/" + allocation.Id;

        private static string BidSubject(FundingRound round, Bid bid) => round.Id + "/bids/" + bid.Id;

        private static string ReturnSubject(FundingRound round, Allocation allocation, MonitoringReturn monitoring) =>
            AllocationSubject(round, allocation) + "/monitoring-returns/" + Dates.Iso(monitoring.DueOn);
    }

    private sealed class GrantTotal(Grant grant)
    {
        internal Grant Grant { get; } = grant;

        internal MoneyTotal Allocated { get; set; }

        internal int Count { get; set; }
    }

    private readonly struct BidRef(string roundId, Bid bid)
    {
        internal string RoundId { get; } = roundId;

        internal Bid Bid { get; } = bid;
    }

    /// <summary>
    /// A key for the duplication indexes: the financial year, and an applicant with a project name, or a purpose with
    /// an optional district. Texts compare as <see cref="NormalisedText"/> does; hashing and comparing do not allocate.
    /// </summary>
    private readonly struct DuplicationKey(int year, OrganisationId? applicant, string text, string? district)
    {
        internal static readonly IEqualityComparer<DuplicationKey> Comparer = new KeyComparer();

        private int Year { get; } = year;

        private OrganisationId? Applicant { get; } = applicant;

        private string Text { get; } = text;

        private string? District { get; } = district;

        private sealed class KeyComparer : IEqualityComparer<DuplicationKey>
        {
            public bool Equals(DuplicationKey x, DuplicationKey y) =>
                x.Year == y.Year
                && x.Applicant == y.Applicant
                && NormalisedText.Comparer.Equals(x.Text, y.Text)
                && NormalisedText.Comparer.Equals(x.District, y.District);

            public int GetHashCode(DuplicationKey key)
            {
                int hash = unchecked((key.Year * 31) + (key.Applicant?.GetHashCode() ?? 0));
                hash = unchecked((hash * 31) + NormalisedText.Comparer.GetHashCode(key.Text));
                return unchecked((hash * 31) + (key.District is null ? 0 : NormalisedText.Comparer.GetHashCode(key.District)));
            }
        }
    }
}
