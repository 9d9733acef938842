using System;
using System.Collections.Generic;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>
/// A crime and disorder reduction grant from a local policing body to a partnership for one financial year
/// (PRSRA 2011 s.9), with its purpose and conditions.
/// </summary>
/// <remarks>
/// <para>The identifier is lower-case letters, digits and hyphens, e.g. <c>kcsp-2016-17</c>; it is the grant programme
/// code in a 360Giving export.</para>
/// <para>Two grants are equal when every member is equal, conditions in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Grant
{
    private readonly ValueList<GrantCondition> conditions;

    /// <summary>Creates a grant.</summary>
    /// <param name="id">The stable identifier, e.g. "kcsp-2016-17".</param>
    /// <param name="funder">The local policing body making the grant.</param>
    /// <param name="recipient">The partnership (or other person) receiving it.</param>
    /// <param name="year">The financial year the grant is for.</param>
    /// <param name="amount">The amount; more than £0.00.</param>
    /// <param name="purpose">What the grant is for, in the funder's terms.</param>
    /// <param name="conditions">The conditions attached, each at most once.</param>
    /// <param name="source">The document that records the grant.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a lower-case identifier, <paramref name="amount"/> is zero, <paramref name="purpose"/> is blank, or a condition is null or repeated.</exception>
    public Grant(string id, LocalPolicingBody funder, Organisation recipient, FinancialYear year, Money amount, string purpose, IEnumerable<GrantCondition> conditions, SourceDocument source)
    {
        Id = Slug.Check(id);
        Funder = Preconditions.CheckNotNull(funder);
        Recipient = Preconditions.CheckNotNull(recipient);
        Year = year;
        Preconditions.CheckArgument(!amount.IsZero, nameof(amount), "must be more than £0.00");
        Amount = amount;
        Purpose = Preconditions.CheckNotBlank(purpose);
        this.conditions = Preconditions.CheckItems(conditions);
        var seen = new HashSet<GrantCondition>();
        foreach (var condition in this.conditions)
        {
            Preconditions.CheckArgument(seen.Add(condition), nameof(conditions), $"list {condition.Name} more than once");
        }
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>The local policing body making the grant.</summary>
    public LocalPolicingBody Funder { get; }

    /// <summary>The partnership receiving it.</summary>
    public Organisation Recipient { get; }

    /// <summary>The financial year the grant is for; allocations from it are made within this year.</summary>
    public FinancialYear Year { get; }

    /// <summary>The amount of the grant.</summary>
    public Money Amount { get; }

    /// <summary>What the grant is for.</summary>
    public string Purpose { get; }

    /// <summary>The conditions attached, in the order given.</summary>
    public IReadOnlyList<GrantCondition> Conditions => conditions;

    /// <summary>The document that records the grant.</summary>
    public SourceDocument Source { get; }

    /// <summary>Whether the grant carries <paramref name="condition"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>True if it is attached.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is null.</exception>
    public bool HasCondition(GrantCondition condition) => conditions.Contains(Preconditions.CheckNotNull(condition));

    /// <summary>Formats the grant: "kcsp-2016-17: £39,661.00 for 2016/17".</summary>
    /// <returns>The id, amount and year.</returns>
    public override string ToString() => $"{Id}: {Amount} for {Year}";
}
