using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>What <see cref="FundingRules"/> found: every finding at once, and the state of every allocation on the evaluation date.</summary>
/// <remarks>
/// <para>Findings are ordered by rule id, then in the order of the evaluated record. An evaluation with no findings at
/// <see cref="FindingSeverity.Error"/> has <see cref="HasErrors"/> false.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FundingEvaluation
{
    private readonly ValueList<Finding> findings;
    private readonly Dictionary<string, RoundStates> states;

    internal FundingEvaluation(LocalDate asOf, Finding[] findings, Dictionary<string, RoundStates> states)
    {
        AsOf = asOf;
        this.findings = ValueList<Finding>.Own(findings);
        this.states = states;
    }

    /// <summary>The date the rules were evaluated on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Every finding, by rule id and then in record order.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Whether any finding is an <see cref="FindingSeverity.Error"/>.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var finding in findings)
            {
                if (finding.Severity == FindingSeverity.Error)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>The findings of one rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Its findings, in record order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public IReadOnlyList<Finding> FindingsOf(FundingRule rule)
    {
        Preconditions.CheckNotNull(rule);
        var result = new List<Finding>();
        foreach (var finding in findings)
        {
            if (string.Equals(finding.RuleId, rule.Id, StringComparison.Ordinal))
            {
                result.Add(finding);
            }
        }
        return result.ToValueList();
    }

    /// <summary>The state of an allocation on <see cref="AsOf"/>.</summary>
    /// <param name="roundId">The round's identifier.</param>
    /// <param name="allocationId">The allocation's identifier.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The evaluation has no such round or allocation.</exception>
    public AllocationState StateOf(string roundId, string allocationId)
    {
        Preconditions.CheckNotNull(roundId);
        Preconditions.CheckNotNull(allocationId);
        Preconditions.CheckArgument(states.TryGetValue(roundId, out var round), nameof(roundId), $"'{roundId}' is not an evaluated round");
        Preconditions.CheckArgument(round!.TryGetState(allocationId, out var state), nameof(allocationId), $"'{allocationId}' is not an allocation in round '{roundId}'");
        return state!;
    }

    /// <summary>
    /// The state of each allocation of one evaluated round: <see cref="AllocationState.Active"/> unless listed, so that
    /// an evaluation keeps nothing for an allocation in good standing. Allocations are found through the round's own
    /// index.
    /// </summary>
    internal sealed class RoundStates
    {
        private readonly FundingRound round;

        // The states other than active, by the allocation's position in the round; null when every allocation is active.
        private readonly Dictionary<int, AllocationState>? notActive;

        private RoundStates(FundingRound round, Dictionary<int, AllocationState>? notActive)
        {
            this.round = round;
            this.notActive = notActive;
        }

        /// <summary>The states of <paramref name="round"/>'s allocations, from the first <c>round.Allocations.Count</c> elements of <paramref name="states"/>, which are not kept.</summary>
        internal static RoundStates Of(FundingRound round, AllocationState[] states)
        {
            Dictionary<int, AllocationState>? notActive = null;
            for (int k = 0; k < round.Allocations.Count; k++)
            {
                if (states[k] != AllocationState.Active)
                {
                    (notActive ??= []).Add(k, states[k]);
                }
            }
            return new RoundStates(round, notActive);
        }

        /// <summary>The state of an allocation, or false if the round has no allocation with that identifier.</summary>
        internal bool TryGetState(string allocationId, [NotNullWhen(true)] out AllocationState? state)
        {
            if (!round.TryGetAllocationIndex(allocationId, out int at))
            {
                state = null;
                return false;
            }
            state = notActive is not null && notActive.TryGetValue(at, out var other) ? other : AllocationState.Active;
            return true;
        }
    }
}
