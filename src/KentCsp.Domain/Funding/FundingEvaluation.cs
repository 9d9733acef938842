using System;
using System.Collections.Generic;
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
    private readonly Dictionary<string, Dictionary<string, AllocationState>> states;

    internal FundingEvaluation(LocalDate asOf, Finding[] findings, Dictionary<string, Dictionary<string, AllocationState>> states)
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
        Preconditions.CheckArgument(round!.TryGetValue(allocationId, out var state), nameof(allocationId), $"'{allocationId}' is not an allocation in round '{roundId}'");
        return state!;
    }
}
