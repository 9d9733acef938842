using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.ActionPlans;

/// <summary>The record of how a plan was refreshed from the previous year's: each action carried forward, dropped or added, with the reason.</summary>
/// <remarks>Invariant: one entry per action. Two records are equal when the years and entries (in order) are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record PlanRefresh
{
    private readonly ValueList<RefreshEntry> entries;

    /// <summary>Creates a refresh record.</summary>
    /// <param name="fromYear">The financial year of the plan refreshed.</param>
    /// <param name="entries">One entry per action; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">Two entries are for the same action.</exception>
    public PlanRefresh(FinancialYear fromYear, IEnumerable<RefreshEntry> entries)
    {
        FromYear = fromYear;
        this.entries = Preconditions.CheckItems(entries);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < this.entries.Count; i++)
        {
            Preconditions.CheckArgument(seen.Add(this.entries[i].ActionId), $"entries[{i}]", $"repeats the action '{this.entries[i].ActionId}'");
        }
    }

    /// <summary>The financial year of the plan refreshed.</summary>
    public FinancialYear FromYear { get; }

    /// <summary>One entry per action: carried forward, dropped or added, with the reason.</summary>
    public IReadOnlyList<RefreshEntry> Entries => entries;

    /// <summary>Formats the record: "refreshed from 2016/17: 5 entries".</summary>
    /// <returns>The year and number of entries.</returns>
    public override string ToString() => $"refreshed from {FromYear}: {entries.Count} entries";
}
