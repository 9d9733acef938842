using System;
using System.Collections.Generic;
using System.Text;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.ActionPlans;

/// <summary>Which <see cref="ActionStatus"/> may follow which in an action's status history: the one table every status change is checked against.</summary>
/// <remarks>
/// <para><b>An unconfirmed default.</b> The Kent documents do not say which status changes are allowed. They say only
/// that completed actions are removed from the plan at its yearly refresh and that ongoing actions remain in it
/// (Kent Community Safety Agreement Update, 19 July 2017, sections 3.3–3.4), and that the plan "can be updated and
/// amended during the year as required" (report of 16 November 2023, section 3.4). <see cref="Default"/> fills the
/// gap with the library's own reading:</para>
/// <list type="table">
/// <listheader><term>from</term><description>may be followed by</description></listheader>
/// <item><term>not started</term><description>not started, in progress, ongoing, complete, removed</description></item>
/// <item><term>in progress</term><description>in progress, ongoing, complete, removed</description></item>
/// <item><term>ongoing</term><description>in progress, ongoing, complete, removed</description></item>
/// <item><term>complete</term><description>nothing</description></item>
/// <item><term>removed</term><description>nothing</description></item>
/// </list>
/// <para>An open status may be restated (a review confirms an ongoing action is still ongoing); an action that has
/// started does not go back to not started; a closed status (complete or removed) is final, since the refresh drops
/// the action from the next plan. So Complete → NotStarted, and Complete → Removed → NotStarted, are refused.</para>
/// <para>Every history the library builds or reads obeys <see cref="Default"/>. A partnership whose own rules are
/// stricter forbids more moves with <see cref="Forbidding"/> and holds the result in
/// <see cref="ActionPlanPolicy.StatusTransitions"/>; a table never allows a move the default refuses.</para>
/// <para>Two tables are equal when they allow the same moves.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ActionStatusTransitions
{
    // One row per status, in the order of ActionStatus.All: the statuses that may follow it.
    private readonly ValueList<ValueList<ActionStatus>> next;

    private ActionStatusTransitions(ValueList<ValueList<ActionStatus>> next)
    {
        this.next = next;
    }

    /// <summary>The library's default table: open statuses may be restated or move forward, closed statuses are final. An <b>unconfirmed default</b>; see the remarks.</summary>
    public static ActionStatusTransitions Default { get; } = Declare(
        (ActionStatus.NotStarted, [ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.Ongoing, ActionStatus.Complete, ActionStatus.Removed]),
        (ActionStatus.InProgress, [ActionStatus.InProgress, ActionStatus.Ongoing, ActionStatus.Complete, ActionStatus.Removed]),
        (ActionStatus.Ongoing, [ActionStatus.InProgress, ActionStatus.Ongoing, ActionStatus.Complete, ActionStatus.Removed]),
        (ActionStatus.Complete, []),
        (ActionStatus.Removed, []));

    /// <summary>Whether <paramref name="to"/> may follow <paramref name="from"/>.</summary>
    /// <param name="from">The status before.</param>
    /// <param name="to">The status after.</param>
    /// <returns>True if the table allows the change.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool Allows(ActionStatus from, ActionStatus to)
    {
        var allowed = next[IndexOf(Preconditions.CheckNotNull(from))];
        return allowed.Contains(Preconditions.CheckNotNull(to));
    }

    /// <summary>The statuses that may follow <paramref name="from"/>.</summary>
    /// <param name="from">The status before.</param>
    /// <returns>The statuses, in the order of <see cref="Catalogue{TSelf}.All">ActionStatus.All</see>; empty when nothing may follow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> is null.</exception>
    public IReadOnlyList<ActionStatus> NextStatuses(ActionStatus from) => next[IndexOf(Preconditions.CheckNotNull(from))];

    /// <summary>Returns a stricter table that also refuses the move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The status before.</param>
    /// <param name="to">The status after.</param>
    /// <returns>The new table, or this one when it already refuses the move.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ActionStatusTransitions Forbidding(ActionStatus from, ActionStatus to)
    {
        if (!Allows(from, to))
        {
            return this;
        }
        var copy = next.ToArray();
        var kept = new List<ActionStatus>();
        foreach (var status in next[IndexOf(from)])
        {
            if (status != to)
            {
                kept.Add(status);
            }
        }
        copy[IndexOf(from)] = ValueList<ActionStatus>.Own(kept.ToArray());
        return new ActionStatusTransitions(ValueList<ValueList<ActionStatus>>.Own(copy));
    }

    /// <summary>Explains what may follow <paramref name="from"/>, for messages: "after 'in progress' the status may be in progress, ongoing, complete or removed".</summary>
    internal string Explain(ActionStatus from)
    {
        var allowed = NextStatuses(from);
        if (allowed.Count == 0)
        {
            return $"'{from.Description}' is final: no status may follow it";
        }
        var text = new StringBuilder($"after '{from.Description}' the status may be ");
        for (int i = 0; i < allowed.Count; i++)
        {
            text.Append(i == 0 ? "" : i == allowed.Count - 1 ? " or " : ", ").Append(allowed[i].Description);
        }
        return text.ToString();
    }

    /// <summary>Formats the table: "not started → [not started, in progress, …]; …".</summary>
    /// <returns>Each status and what may follow it.</returns>
    public override string ToString()
    {
        var parts = new string[next.Count];
        for (int i = 0; i < next.Count; i++)
        {
            var names = new string[next[i].Count];
            for (int k = 0; k < names.Length; k++)
            {
                names[k] = next[i][k].Description;
            }
            parts[i] = $"{ActionStatus.All[i].Description} → [{string.Join(", ", names)}]";
        }
        return string.Join("; ", parts);
    }

    private static int IndexOf(ActionStatus status)
    {
        var all = ActionStatus.All;
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i] == status)
            {
                return i;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(status), status, "is not an action status");
    }

    /// <summary>Builds a table from one row per status, each listing what may follow it by name, kept in the order of <see cref="Catalogue{TSelf}.All">ActionStatus.All</see>.</summary>
    private static ActionStatusTransitions Declare(params (ActionStatus From, ActionStatus[] To)[] rows)
    {
        var all = ActionStatus.All;
        var next = new ValueList<ActionStatus>[all.Count];
        foreach (var (from, to) in rows)
        {
            var ordered = new List<ActionStatus>(to);
            ordered.Sort((left, right) => left.Value.CompareTo(right.Value));
            next[IndexOf(from)] = ValueList<ActionStatus>.Own(ordered.ToArray());
        }
        for (int i = 0; i < next.Length; i++)
        {
            next[i] ??= ValueList<ActionStatus>.Empty;
        }
        return new ActionStatusTransitions(ValueList<ValueList<ActionStatus>>.Own(next));
    }
}
