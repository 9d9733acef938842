using System;
using System.Buffers;
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
        var states = new Dictionary<string, FundingEvaluation.RoundStates>(roundArray.Count, StringComparer.Ordinal);
        List<Finding> findings;
        using (var run = new Run(asOf, policy, bidCount))
        {
            for (int i = 0; i < roundArray.Count; i++)
            {
                var round = roundArray[i];
                Preconditions.CheckArgument(!states.ContainsKey(round.Id), $"rounds[{i}].id", $"repeats '{round.Id}'");
                states.Add(round.Id, run.EvaluateRound(round));
            }
            run.CheckGrantTotals();
            findings = run.Findings;
        }
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
    /// <remarks>
    /// The working space — the duplication indexes and the per-round arrays — is rented from the shared array pools and
    /// returned when the evaluation ends, so that evaluating a record allocates nothing per bid beyond the findings and
    /// the states of allocations that are not active.
    /// </remarks>
    private sealed class Run : IDisposable
    {
        private readonly LocalDate asOf;
        private string? asOfText;
        private readonly FundingPolicy policy;
        private readonly HashSet<string>? priorities;
        private readonly HashSet<string>? objectives;
        private readonly Dictionary<string, GrantTotal> grantTotals = new(StringComparer.Ordinal);

        // The bids the duplication indexes remember, numbered in the order remembered; the indexes hold the numbers.
        private BidRef[] remembered;
        private int rememberedCount;
        private readonly DuplicationIndex byApplicantProject;
        private readonly DuplicationIndex byPurposeAnyArea;

        // County-wide bids by purpose (no district) and local bids by purpose and district: one index, since a key
        // with a district never equals one without.
        private readonly DuplicationIndex byPurposeArea;

        // Working arrays for one round at a time, by bid and by allocation; rented, and grown when a round is larger.
        private BidDecision?[] standing = [];
        private MoneyTotal[] toBid = [];
        private MoneyTotal[] paid = [];
        private AllocationState[] states = [];

        internal Run(LocalDate asOf, FundingPolicy policy, int bidCount)
        {
            // Sized for every bid up front, so that the indexes never grow.
            remembered = ArrayPool<BidRef>.Shared.Rent(Math.Max(1, bidCount));
            byApplicantProject = new DuplicationIndex(DuplicationKind.ApplicantProject, bidCount);
            byPurposeAnyArea = new DuplicationIndex(DuplicationKind.PurposeAnyArea, bidCount);
            byPurposeArea = new DuplicationIndex(DuplicationKind.PurposeArea, bidCount);
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

        // The evaluation date as findings show it, written when a finding first needs it.
        private string AsOfText => asOfText ??= Dates.Iso(asOf);

        internal FundingEvaluation.RoundStates EvaluateRound(FundingRound round)
        {
            var grant = round.Grant;
            var bids = round.Bids;
            var allocations = round.Allocations;

            var standing = Rent(ref this.standing, bids.Count);
            var decisions = round.Decisions;
            var bidCursor = new Cursor<Bid>(bids);
            for (int d = 0; d < decisions.Count; d++)
            {
                var decision = decisions[d];
                int at = bidCursor.IndexOf(round, decision.BidId);
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

            var toBid = Rent(ref this.toBid, bids.Count);
            bidCursor = new Cursor<Bid>(bids);
            for (int k = 0; k < allocations.Count; k++)
            {
                var allocation = allocations[k];
                int at = bidCursor.IndexOf(round, allocation.BidId);
                toBid[at] += allocation.Amount;
                grantTotal.Allocated += allocation.Amount;
                grantTotal.Count++;
                if (OutsideGrantYear(grant, allocation.AllocatedOn))
                {
                    string allocatedOn = Dates.Iso(allocation.AllocatedOn);
                    string year = grant.Year.ToString();
                    Report(FundingRule.AllocationOutsideGrantYear, grant, AllocationSubject(round, allocation),
                        $"Allocation '{allocation.Id}' of {allocation.Amount} is dated {allocatedOn}, outside {year} ({Dates.Iso(grant.Year.Start)} to {Dates.Iso(grant.Year.End)}), the year of grant '{grant.Id}'.",
                        new FindingFigure("allocated on", allocatedOn),
                        new FindingFigure("financial year", year));
                }
                if (LacksFundingDecision(standing[at]))
                {
                    string state = standing[at] is { } other ? $"its standing decision is '{other.Outcome.Description}'" : "it has no decision";
                    string amount = allocation.Amount.ToString();
                    Report(FundingRule.AllocationWithoutFundingDecision, grant, AllocationSubject(round, allocation),
                        $"Allocation '{allocation.Id}' gives {amount} to bid '{allocation.BidId}', but {state}.",
                        new FindingFigure("allocated", amount),
                        new FindingFigure("decision", standing[at]?.Outcome.Description ?? "none"));
                }
            }

            for (int i = 0; i < bids.Count; i++)
            {
                var bid = bids[i];
                if (round.BidWindow is { } window && bid.SubmittedOn is { } submitted && !window.Contains(submitted))
                {
                    string submittedOn = Dates.Iso(submitted);
                    string windowDates = Dates.Iso(window.Start) + " to " + Dates.Iso(window.End);
                    Report(FundingRule.BidOutsideWindow, grant, BidSubject(round, bid),
                        $"Bid '{bid.Id}' is dated {submittedOn}, outside the bid window {windowDates}.",
                        new FindingFigure("submitted on", submittedOn),
                        new FindingFigure("window", windowDates));
                }
                if (standing[i] is not { } decision)
                {
                    continue;
                }
                if (ExceedsAward(decision, toBid[i], out var award, out var excess))
                {
                    string awarded = award.ToString();
                    string allocated = toBid[i].ToString();
                    string more = excess.ToString();
                    Report(FundingRule.AllocationExceedsAward, grant, BidSubject(round, bid),
                        $"Bid '{bid.Id}' was awarded {awarded} but its allocations total {allocated}, {more} more.",
                        new FindingFigure("awarded", awarded),
                        new FindingFigure("allocated", allocated),
                        new FindingFigure("excess", more));
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
                        string decidedOn = Dates.Iso(decision.DecidedOn);
                        string confirmBy = Dates.Iso(limit);
                        Report(FundingRule.InPrinciplePending, grant, BidSubject(round, bid),
                            $"Bid '{bid.Id}' ({bid.Project}) was funded in principle on {decidedOn} and has no final decision by {AsOfText}, after {confirmBy} ({basis}).",
                            new FindingFigure("decided on", decidedOn),
                            new FindingFigure("confirm by", confirmBy),
                            new FindingFigure("as of", AsOfText));
                    }
                }
            }

            var paid = Rent(ref this.paid, allocations.Count);
            var payments = round.Payments;
            var allocationCursor = new Cursor<Allocation>(allocations);
            for (int p = 0; p < payments.Count; p++)
            {
                var payment = payments[p];
                int at = allocationCursor.IndexOf(round, payment.AllocationId);
                paid[at] += payment.Amount;
            }
            var states = Rent(ref this.states, allocations.Count);
            for (int k = 0; k < allocations.Count; k++)
            {
                states[k] = AllocationState.Active;
                if (paid[k] > allocations[k].Amount)
                {
                    string allocated = allocations[k].Amount.ToString();
                    string paidText = paid[k].ToString();
                    string more = paid[k].SaturatingSubtract(allocations[k].Amount).ToString();
                    Report(FundingRule.PaymentsExceedAllocation, grant, AllocationSubject(round, allocations[k]),
                        $"Payments against allocation '{allocations[k].Id}' total {paidText}, {more} more than the allocation of {allocated}.",
                        new FindingFigure("allocated", allocated),
                        new FindingFigure("paid", paidText),
                        new FindingFigure("excess", more));
                }
            }

            var returns = round.MonitoringReturns;
            allocationCursor = new Cursor<Allocation>(allocations);
            for (int r = 0; r < returns.Count; r++)
            {
                var monitoring = returns[r];
                int at = allocationCursor.IndexOf(round, monitoring.AllocationId);
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
                        string dueOn = Dates.Iso(monitoring.DueOn);
                        string deadline = Dates.Iso(withdrawBy);
                        string receivedOn = Dates.Iso(received);
                        string allocated = allocation.Amount.ToString();
                        Report(FundingRule.MonitoringReturnWithdrawal, grant, ReturnSubject(round, allocation, dueOn),
                            $"The monitoring return for allocation '{allocation.Id}' was due {dueOn} and came back on {receivedOn}, after the second deadline of {deadline}: the allocation of {allocated} is to be withdrawn.",
                            new FindingFigure("due on", dueOn),
                            new FindingFigure("second deadline", deadline),
                            new FindingFigure("received on", receivedOn),
                            new FindingFigure("allocated", allocated));
                    }
                    else if (received > monitoring.DueOn)
                    {
                        string dueOn = Dates.Iso(monitoring.DueOn);
                        string receivedOn = Dates.Iso(received);
                        Report(FundingRule.MonitoringReturnLate, grant, ReturnSubject(round, allocation, dueOn),
                            $"The monitoring return for allocation '{allocation.Id}' was due {dueOn} and came back late, on {receivedOn}.",
                            new FindingFigure("due on", dueOn),
                            new FindingFigure("received on", receivedOn));
                    }
                }
                else if (withdrawAfter is { } withdrawBy && asOf > withdrawBy)
                {
                    states[at] = AllocationState.Withdrawn;
                    string dueOn = Dates.Iso(monitoring.DueOn);
                    string deadline = Dates.Iso(withdrawBy);
                    string allocated = allocation.Amount.ToString();
                    Report(FundingRule.MonitoringReturnWithdrawal, grant, ReturnSubject(round, allocation, dueOn),
                        $"The monitoring return for allocation '{allocation.Id}' was due {dueOn} and is still missing on {AsOfText}, after the second deadline of {deadline}: the allocation of {allocated} is to be withdrawn.",
                        new FindingFigure("due on", dueOn),
                        new FindingFigure("second deadline", deadline),
                        new FindingFigure("as of", AsOfText),
                        new FindingFigure("allocated", allocated));
                }
                else if (withholdAfter is { } withholdBy && asOf > withholdBy)
                {
                    if (states[at] != AllocationState.Withdrawn)
                    {
                        states[at] = AllocationState.Withheld;
                    }
                    string dueOn = Dates.Iso(monitoring.DueOn);
                    string deadline = Dates.IsoOrNoDate(withdrawAfter);
                    string allocated = allocation.Amount.ToString();
                    Report(FundingRule.MonitoringReturnMissing, grant, ReturnSubject(round, allocation, dueOn),
                        $"The monitoring return for allocation '{allocation.Id}' was due {dueOn} and is still missing on {AsOfText}: the allocation of {allocated} is to be withheld until it arrives, and withdrawn if it has not arrived by {deadline}.",
                        new FindingFigure("due on", dueOn),
                        new FindingFigure("as of", AsOfText),
                        new FindingFigure("second deadline", deadline),
                        new FindingFigure("allocated", allocated));
                }
            }

            var repayments = round.Repayments;
            allocationCursor = new Cursor<Allocation>(allocations);
            for (int r = 0; r < repayments.Count; r++)
            {
                var repayment = repayments[r];
                if (repayment.RepaidOn <= asOf)
                {
                    int at = allocationCursor.IndexOf(round, repayment.AllocationId);
                    states[at] = AllocationState.Repaid;
                }
            }

            return FundingEvaluation.RoundStates.Of(round, states);
        }

        /// <summary>Returns the working space to the pools; references are cleared, so the pools keep no record alive.</summary>
        public void Dispose()
        {
            byApplicantProject.Dispose();
            byPurposeAnyArea.Dispose();
            byPurposeArea.Dispose();
            Return(ref remembered, rememberedCount);
            Return(ref standing, standing.Length);
            Return(ref toBid, 0);
            Return(ref paid, 0);
            Return(ref states, states.Length);
        }

        // The working array, at least `count` long, its first `count` elements cleared.
        private static T[] Rent<T>(ref T[] array, int count)
        {
            if (array.Length < count)
            {
                Return(ref array, array.Length);
                array = ArrayPool<T>.Shared.Rent(count);
            }
            Array.Clear(array, 0, count);
            return array;
        }

        // Clears the first `used` elements (those that may hold references) and returns the array to its pool.
        private static void Return<T>(ref T[] array, int used)
        {
            if (array.Length > 0)
            {
                Array.Clear(array, 0, Math.Min(used, array.Length));
                ArrayPool<T>.Shared.Return(array);
                array = [];
            }
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
            int year = grant.Year.StartYear;
            int number = rememberedCount;
            bool local = bid.Scope.Kind == ScopeKind.Local;
            // Each key hashes its texts once; each index is searched and added to in one step.
            var sameProjectKey = new DuplicationKey(year, bid.Applicant.Id, bid.Project, null);
            var anyAreaKey = new DuplicationKey(year, null, bid.Purpose, null);
            // Remembered before the indexes are searched, so that a slot holding this bid's number can be read.
            remembered[number] = new BidRef(round.Id, bid, year);
            int match = -1;
            string? how = null;
            if (byApplicantProject.FindOrRemember(sameProjectKey, number, remembered, out int sameProject))
            {
                match = sameProject;
                how = "the same applicant and project name";
            }
            int samePurpose;
            bool found;
            if (local)
            {
                byPurposeAnyArea.FindOrRemember(anyAreaKey, number, remembered, out _);
                found = byPurposeArea.FindOrRemember(anyAreaKey.InDistrict(bid.Scope.District!), number, remembered, out samePurpose)
                    || byPurposeArea.TryFind(anyAreaKey, remembered, out samePurpose);
            }
            else
            {
                found = byPurposeAnyArea.FindOrRemember(anyAreaKey, number, remembered, out samePurpose);
                byPurposeArea.FindOrRemember(anyAreaKey, number, remembered, out _);
            }
            rememberedCount++;
            if (match < 0 && found)
            {
                match = samePurpose;
                how = "the same purpose for an overlapping area";
            }
            if (match >= 0)
            {
                var earlier = remembered[match];
                Report(FundingRule.LikelyDuplication, grant, BidSubject(round, bid),
                    $"Bid '{bid.Id}' ({bid.Project}, {bid.Applicant.Name}, {bid.Scope}) has {how} as bid '{earlier.Bid.Id}' ({earlier.Bid.Project}, {earlier.Bid.Applicant.Name}, {earlier.Bid.Scope}) in round '{earlier.RoundId}'.",
                    new FindingFigure("bid", round.Id + "/bids/" + bid.Id),
                    new FindingFigure("matches", earlier.RoundId + "/bids/" + earlier.Bid.Id));
            }
        }

        private void Report(FundingRule rule, Grant grant, string subject, string message, params FindingFigure[] figures) =>
            Findings.Add(Finding.Own(rule.Id, rule.Severity, subject, message, figures, rule.CitesPolicy ? policy.Source : grant.Source));

        private static string AllocationSubject(FundingRound round, Allocation allocation) => round.Id + "/allocations/" + allocation.Id;

        private static string BidSubject(FundingRound round, Bid bid) => round.Id + "/bids/" + bid.Id;

        // The subject of a finding on the monitoring return due on `dueOn` (ISO) for `allocation`.
        private static string ReturnSubject(FundingRound round, Allocation allocation, string dueOn) =>
            round.Id + "/allocations/" + allocation.Id + "/monitoring-returns/" + dueOn;
    }

    /// <summary>
    /// Finds entries of a round's bids or allocations by identifier, trying first the entry found last and the one
    /// after it: records usually list decisions, allocations, payments and returns in the order of what they refer to,
    /// so most lookups are a comparison with an entry next to the last, not a hash lookup in the round's index.
    /// </summary>
    private struct Cursor<T>(IReadOnlyList<T> items)
        where T : class
    {
        private readonly IReadOnlyList<T> items = items;
        private int last = -1;

        // The index of the entry with the identifier, which the round's constructor has checked is in the round.
        internal int IndexOf(FundingRound round, string id)
        {
            int at = last;
            if (at >= 0 && string.Equals(IdOf(items[at]), id, StringComparison.Ordinal))
            {
                return at;
            }
            at++;
            if (at < items.Count && string.Equals(IdOf(items[at]), id, StringComparison.Ordinal))
            {
                last = at;
                return at;
            }
            if (typeof(T) == typeof(Bid))
            {
                round.TryGetBidIndex(id, out at);
            }
            else
            {
                round.TryGetAllocationIndex(id, out at);
            }
            last = at;
            return at;
        }

        private static string IdOf(T item) => item is Bid bid ? bid.Id : ((Allocation)(object)item).Id;
    }

    private sealed class GrantTotal(Grant grant)
    {
        internal Grant Grant { get; } = grant;

        internal MoneyTotal Allocated { get; set; }

        internal int Count { get; set; }
    }

    /// <summary>A bid a duplication index remembers: its round, itself, and the first calendar year of its grant's financial year.</summary>
    private readonly struct BidRef(string roundId, Bid bid, int year)
    {
        internal string RoundId { get; } = roundId;

        internal Bid Bid { get; } = bid;

        internal int Year { get; } = year;
    }

    /// <summary>What a duplication index keys a bid by.</summary>
    private enum DuplicationKind
    {
        /// <summary>The year, the applicant and the project name.</summary>
        ApplicantProject,

        /// <summary>The year and the purpose.</summary>
        PurposeAnyArea,

        /// <summary>The year, the purpose and the district (none for a county-wide project).</summary>
        PurposeArea,
    }

    /// <summary>
    /// One duplication index: an open-addressing table of hash codes and bid numbers (at most half full, so probing
    /// stays short), rented from the shared array pool for one evaluation. A slot is eight bytes, so the table is small
    /// and a search touches the remembered bid only when the hash codes agree.
    /// </summary>
    private sealed class DuplicationIndex : IDisposable
    {
        private readonly DuplicationKind kind;
        private readonly int mask;
        private Slot[] slots;

        internal DuplicationIndex(DuplicationKind kind, int capacity)
        {
            this.kind = kind;
            // A power of two at least twice the capacity: the table is never more than half full.
            int size = 8;
            while (size < capacity * 2L)
            {
                size *= 2;
            }
            slots = ArrayPool<Slot>.Shared.Rent(size);
            Array.Clear(slots, 0, size);
            mask = size - 1;
        }

        /// <summary>Finds the bid remembered under <paramref name="key"/>; if there is none, remembers bid <paramref name="number"/> under it.</summary>
        /// <returns>True when an earlier bid was found (its number in <paramref name="earlier"/>).</returns>
        internal bool FindOrRemember(in DuplicationKey key, int number, BidRef[] bids, out int earlier)
        {
            for (int at = key.Hash & mask; ; at = (at + 1) & mask)
            {
                ref var slot = ref slots[at];
                if (slot.Entry == 0)
                {
                    slot.Hash = key.Hash;
                    slot.Entry = number + 1;
                    earlier = -1;
                    return false;
                }
                if (slot.Hash == key.Hash && key.Matches(kind, bids[slot.Entry - 1]))
                {
                    earlier = slot.Entry - 1;
                    return true;
                }
            }
        }

        /// <summary>Finds the bid remembered under <paramref name="key"/>, remembering nothing.</summary>
        /// <returns>True when a bid was found (its number in <paramref name="earlier"/>).</returns>
        internal bool TryFind(in DuplicationKey key, BidRef[] bids, out int earlier)
        {
            for (int at = key.Hash & mask; ; at = (at + 1) & mask)
            {
                var slot = slots[at];
                if (slot.Entry == 0)
                {
                    earlier = -1;
                    return false;
                }
                if (slot.Hash == key.Hash && key.Matches(kind, bids[slot.Entry - 1]))
                {
                    earlier = slot.Entry - 1;
                    return true;
                }
            }
        }

        public void Dispose()
        {
            if (slots.Length > 0)
            {
                ArrayPool<Slot>.Shared.Return(slots);
                slots = [];
            }
        }

        private struct Slot
        {
            internal int Hash;

            // The bid's number plus one; zero for an empty slot.
            internal int Entry;
        }
    }

    /// <summary>
    /// A key for the duplication indexes: the financial year, and an applicant with a project name, or a purpose with
    /// an optional district. Texts compare as <see cref="NormalisedText"/> does; hashing and comparing do not allocate.
    /// </summary>
    private readonly struct DuplicationKey
    {
        private DuplicationKey(int year, OrganisationId? applicant, string text, string? district, int hash)
        {
            Year = year;
            Applicant = applicant;
            Text = text;
            District = district;
            Hash = hash;
        }

        internal DuplicationKey(int year, OrganisationId? applicant, string text, string? district)
        {
            Year = year;
            Applicant = applicant;
            Text = text;
            District = district;
            // Hashed once, when the key is made: a bid's key is looked up in more than one index.
            int hash = unchecked((year * 31) + (applicant?.GetHashCode() ?? 0));
            hash = unchecked((hash * 31) + NormalisedText.Comparer.GetHashCode(text));
            Hash = unchecked((hash * 31) + (district is null ? 0 : NormalisedText.Comparer.GetHashCode(district)));
        }

        internal int Hash { get; }

        private int Year { get; }

        private OrganisationId? Applicant { get; }

        private string Text { get; }

        private string? District { get; }

        /// <summary>
        /// This key, which has no district, with <paramref name="district"/>: the hash code is this one's with the
        /// district's added, as the constructor would make it, without hashing the text again.
        /// </summary>
        internal DuplicationKey InDistrict(string district) =>
            new(Year, Applicant, Text, district, unchecked(Hash + NormalisedText.Comparer.GetHashCode(district)));

        /// <summary>Whether this key equals the key <paramref name="bid"/> is remembered under in an index of <paramref name="kind"/>.</summary>
        internal bool Matches(DuplicationKind kind, in BidRef bid) =>
            Year == bid.Year
            && kind switch
            {
                DuplicationKind.ApplicantProject => Applicant == bid.Bid.Applicant.Id && District is null && NormalisedText.Comparer.Equals(Text, bid.Bid.Project),
                DuplicationKind.PurposeAnyArea => Applicant is null && District is null && NormalisedText.Comparer.Equals(Text, bid.Bid.Purpose),
                _ => Applicant is null && NormalisedText.Comparer.Equals(Text, bid.Bid.Purpose) && NormalisedText.Comparer.Equals(District, bid.Bid.Scope.District),
            };
    }
}
