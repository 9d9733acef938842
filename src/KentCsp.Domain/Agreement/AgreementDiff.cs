using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Agreement;

/// <summary>What changed between two editions of a Community Safety Agreement: every item of both, grouped by lineage.</summary>
/// <remarks>
/// <para>Made by <see cref="CommunitySafetyAgreementEdition.Diff"/>. Every item of either edition appears in exactly one
/// change, so continued items are listed too. Changes follow the later edition's order (priorities, then themes), with
/// retired items last in the earlier edition's order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AgreementDiff
{
    private readonly ValueList<AgreementChange> changes;

    private AgreementDiff(CommunitySafetyAgreementEdition older, CommunitySafetyAgreementEdition newer, AgreementChange[] changes)
    {
        Older = older;
        Newer = newer;
        this.changes = ValueList<AgreementChange>.Own(changes);
    }

    /// <summary>The earlier edition.</summary>
    public CommunitySafetyAgreementEdition Older { get; }

    /// <summary>The later edition.</summary>
    public CommunitySafetyAgreementEdition Newer { get; }

    /// <summary>Every change, in the order described in the remarks.</summary>
    public IReadOnlyList<AgreementChange> Changes => changes;

    /// <summary>The changes of one kind.</summary>
    /// <param name="kind">The kind, e.g. <see cref="LineageKind.Added"/>.</param>
    /// <returns>Those changes, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public IReadOnlyList<AgreementChange> Of(LineageKind kind)
    {
        Preconditions.CheckNotNull(kind);
        return changes.Where(change => change.Kind == kind).ToValueList();
    }

    /// <summary>Describes the diff: one line per change that is not a plain continuation.</summary>
    /// <returns>For example "Community Safety Agreement 2017 → Community Safety Agreement 2023: 9 changes".</returns>
    public override string ToString() => $"{Older} → {Newer}: {changes.Count(change => change.Kind != LineageKind.Continued)} changes";

    internal static AgreementDiff Between(CommunitySafetyAgreementEdition older, CommunitySafetyAgreementEdition newer)
    {
        var before = Items(older);
        var after = Items(newer);
        var olderIndex = new Dictionary<string, int>(before.Length, StringComparer.Ordinal);
        for (int i = 0; i < before.Length; i++)
        {
            olderIndex.Add(before[i].Item.Id, i);
        }

        // Union-find over the items of both editions: earlier items are 0..m-1, later ones m..m+n-1.
        var parent = Enumerable.Range(0, before.Length + after.Length).ToArray();
        for (int j = 0; j < after.Length; j++)
        {
            var item = after[j].Item;
            if (olderIndex.TryGetValue(item.Id, out int same))
            {
                Union(parent, same, before.Length + j);
            }
            foreach (var id in item.DerivedFrom)
            {
                if (olderIndex.TryGetValue(id, out int from))
                {
                    Union(parent, from, before.Length + j);
                }
            }
        }

        var groups = new Dictionary<int, (List<int> Before, List<int> After)>();
        var order = new List<int>();
        for (int j = 0; j < after.Length; j++)
        {
            Group(Find(parent, before.Length + j)).After.Add(j);
        }
        for (int i = 0; i < before.Length; i++)
        {
            Group(Find(parent, i)).Before.Add(i);
        }

        var changes = new AgreementChange[order.Count];
        for (int g = 0; g < order.Count; g++)
        {
            var (was, became) = groups[order[g]];
            var beforeItems = was.Select(i => before[i].Item).ToArray();
            var afterItems = became.Select(j => after[j].Item).ToArray();
            var section = became.Count > 0 ? after[became[0]].Section : before[was[0]].Section;
            changes[g] = new AgreementChange(Kind(beforeItems, afterItems), section, beforeItems, afterItems);
        }
        return new AgreementDiff(older, newer, changes);

        (List<int> Before, List<int> After) Group(int root)
        {
            if (!groups.TryGetValue(root, out var group))
            {
                group = ([], []);
                groups.Add(root, group);
                order.Add(root);
            }
            return group;
        }
    }

    private static LineageKind Kind(AgreementItem[] before, AgreementItem[] after) => (before.Length, after.Length) switch
    {
        (0, _) => LineageKind.Added,
        (_, 0) => LineageKind.Retired,
        (1, 1) => before[0].Id == after[0].Id && before[0].Title == after[0].Title ? LineageKind.Continued : LineageKind.Reworded,
        (_, 1) => LineageKind.Merged,
        (1, _) => LineageKind.Split,
        _ => LineageKind.Restructured,
    };

    private static (AgreementItem Item, AgreementSection Section)[] Items(CommunitySafetyAgreementEdition edition) =>
        edition.Priorities.Select(item => (item, AgreementSection.Priority))
            .Concat(edition.CrossCuttingThemes.Select(item => (item, AgreementSection.CrossCuttingTheme)))
            .ToArray();

    private static int Find(int[] parent, int node)
    {
        while (parent[node] != node)
        {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }

    private static void Union(int[] parent, int left, int right)
    {
        int a = Find(parent, left);
        int b = Find(parent, right);
        if (a != b)
        {
            parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }
}
