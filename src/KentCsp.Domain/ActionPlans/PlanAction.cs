using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.ActionPlans;

/// <summary>
/// One action of an action plan: what will be done for a priority, who co-ordinates it and with whom, how delivery is
/// measured and reported, when it starts and is due, its milestones, its dated status history, and the cross-cutting
/// themes and funded projects it links to.
/// </summary>
/// <remarks>
/// <para>Invariants: the due date (where there is one) and every milestone are not before the start date; the status
/// history has at least one entry, never goes back in time (each entry is dated on or after the one before), and
/// changes status only as <see cref="ActionStatusTransitions.Default"/> allows (an <b>unconfirmed default</b>: no
/// status follows complete or removed, and a started action does not go back to not started);
/// theme identifiers and funded-project links are unique. An ongoing action with no end, such as Domestic Homicide
/// Reviews, has no due date.</para>
/// <para>Two actions are equal when every member is equal (strings ordinal, lists in order).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record PlanAction
{
    private readonly ValueList<string> partners;
    private readonly ValueList<ActionMilestone> milestones;
    private readonly ValueList<StatusChange> statusHistory;
    private readonly ValueList<string> themeIds;
    private readonly ValueList<FundedProjectLink> fundedProjects;

    /// <summary>Creates an action.</summary>
    /// <param name="id">The action's stable identifier, e.g. "conference-2017".</param>
    /// <param name="priorityId">The identifier of the priority it serves, e.g. "serious-and-organised-crime".</param>
    /// <param name="description">What will be done.</param>
    /// <param name="lead">The organisation or group that co-ordinates the action or feeds back on it.</param>
    /// <param name="partners">The partners who deliver it with the lead; copied.</param>
    /// <param name="measure">How delivery will be measured and reported.</param>
    /// <param name="startOn">The date the action starts.</param>
    /// <param name="dueOn">The date it is due, or null for ongoing work with no end.</param>
    /// <param name="milestones">The milestones, in order; copied.</param>
    /// <param name="statusHistory">The status history, oldest first, at least one entry; copied.</param>
    /// <param name="themeIds">The identifiers of the cross-cutting themes it supports; copied.</param>
    /// <param name="fundedProjects">The funded projects it links to; copied.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">An identifier is malformed or repeated, a text is blank, <paramref name="dueOn"/> or a milestone is before <paramref name="startOn"/>, or the status history is empty, goes back in time, or has a status that may not follow the one before it (the parameter name is then <c>statusHistory[i].status</c>).</exception>
    public PlanAction(
        string id,
        string priorityId,
        string description,
        string lead,
        IEnumerable<string> partners,
        string measure,
        LocalDate startOn,
        LocalDate? dueOn,
        IEnumerable<ActionMilestone> milestones,
        IEnumerable<StatusChange> statusHistory,
        IEnumerable<string> themeIds,
        IEnumerable<FundedProjectLink> fundedProjects)
    {
        SupportedDates.CheckCalendar(startOn);
        SupportedDates.CheckCalendar(dueOn);
        Id = Slug.Check(id);
        PriorityId = Slug.Check(priorityId);
        Description = Preconditions.CheckNotBlank(description);
        Lead = Preconditions.CheckNotBlank(lead);
        this.partners = TextList.Check(partners, nameof(partners));
        Measure = Preconditions.CheckNotBlank(measure);
        StartOn = startOn;
        if (dueOn is { } due)
        {
            Preconditions.CheckArgument(due >= startOn, nameof(dueOn), $"({Dates.Iso(due)}) must not be before the action starts ({Dates.Iso(startOn)})");
        }
        DueOn = dueOn;
        this.milestones = Preconditions.CheckItems(milestones);
        for (int i = 0; i < this.milestones.Count; i++)
        {
            var milestone = this.milestones[i];
            Preconditions.CheckArgument(milestone.DueOn >= startOn, $"milestones[{i}]", $"is due on {Dates.Iso(milestone.DueOn)}, before the action starts ({Dates.Iso(startOn)})");
        }
        this.statusHistory = Preconditions.CheckItems(statusHistory);
        Preconditions.CheckArgument(this.statusHistory.Count > 0, nameof(statusHistory), "must have at least one entry");
        for (int i = 1; i < this.statusHistory.Count; i++)
        {
            var before = this.statusHistory[i - 1].On;
            var on = this.statusHistory[i].On;
            Preconditions.CheckArgument(on >= before, $"statusHistory[{i}]", $"is dated {Dates.Iso(on)}, before the entry before it ({Dates.Iso(before)}); the history must not go back in time");
            var from = this.statusHistory[i - 1].Status;
            var to = this.statusHistory[i].Status;
            if (!ActionStatusTransitions.Default.Allows(from, to))
            {
                Preconditions.ThrowArgument($"statusHistory[{i}].status",
                    $"'{to.Description}' may not follow '{from.Description}' (statusHistory[{i - 1}]): {ActionStatusTransitions.Default.Explain(from)}");
            }
        }
        this.themeIds = Slug.CheckDistinct(themeIds);
        this.fundedProjects = Preconditions.CheckItems(fundedProjects);
        var links = new HashSet<FundedProjectLink>();
        for (int i = 0; i < this.fundedProjects.Count; i++)
        {
            Preconditions.CheckArgument(links.Add(this.fundedProjects[i]), $"fundedProjects[{i}]", $"repeats '{this.fundedProjects[i]}'");
        }
    }

    /// <summary>The action's stable identifier.</summary>
    public string Id { get; }

    /// <summary>The identifier of the priority it serves.</summary>
    public string PriorityId { get; }

    /// <summary>What will be done.</summary>
    public string Description { get; }

    /// <summary>The organisation or group that co-ordinates the action.</summary>
    public string Lead { get; }

    /// <summary>The partners who deliver it with the lead.</summary>
    public IReadOnlyList<string> Partners => partners;

    /// <summary>How delivery will be measured and reported.</summary>
    public string Measure { get; }

    /// <summary>The date the action starts.</summary>
    public LocalDate StartOn { get; }

    /// <summary>The date it is due, or null for ongoing work with no end.</summary>
    public LocalDate? DueOn { get; }

    /// <summary>The milestones, in order.</summary>
    public IReadOnlyList<ActionMilestone> Milestones => milestones;

    /// <summary>The status history, oldest first; never empty.</summary>
    public IReadOnlyList<StatusChange> StatusHistory => statusHistory;

    /// <summary>The latest status: the last entry of <see cref="StatusHistory"/>.</summary>
    public ActionStatus Status => statusHistory[statusHistory.Count - 1].Status;

    /// <summary>The identifiers of the cross-cutting themes it supports.</summary>
    public IReadOnlyList<string> ThemeIds => themeIds;

    /// <summary>The funded projects it links to.</summary>
    public IReadOnlyList<FundedProjectLink> FundedProjects => fundedProjects;

    /// <summary>The status the action had at the end of <paramref name="date"/>: the last entry dated on or before it, or <see cref="ActionStatus.NotStarted"/> before the first entry.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status.</returns>
    public ActionStatus StatusOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        var status = ActionStatus.NotStarted;
        foreach (var change in statusHistory)
        {
            if (change.On > date)
            {
                break;
            }
            status = change.Status;
        }
        return status;
    }

    /// <summary>Changes the status: adds <paramref name="change"/> to the end of the history, if the table of status changes allows it.</summary>
    /// <param name="change">The change, dated on or after the last entry.</param>
    /// <param name="transitions">The table of status changes to follow, e.g. <see cref="ActionPlanPolicy.StatusTransitions"/>; null for <see cref="ActionStatusTransitions.Default"/>.</param>
    /// <returns>The changed action, or a refusal: <see cref="ActionPlanRefusalReason.DateOutOfOrder"/> when the change is dated before the last entry, <see cref="ActionPlanRefusalReason.StatusChangeNotAllowed"/> when the new status may not follow the current one (e.g. complete to not started).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public PlanActionChange WithStatus(StatusChange change, ActionStatusTransitions? transitions = null)
    {
        Preconditions.CheckNotNull(change);
        var table = transitions ?? ActionStatusTransitions.Default;
        var last = statusHistory[statusHistory.Count - 1];
        if (change.On < last.On)
        {
            return PlanActionChange.Refused(this, ActionPlanRefusalReason.DateOutOfOrder,
                $"{Id}: cannot change the status to '{change.Status.Description}' on {Dates.Iso(change.On)}: that is before its last status change ({Dates.Iso(last.On)}); the history must not go back in time.");
        }
        if (!table.Allows(last.Status, change.Status))
        {
            return PlanActionChange.Refused(this, ActionPlanRefusalReason.StatusChangeNotAllowed,
                $"{Id}: cannot change the status from '{last.Status.Description}' to '{change.Status.Description}': {table.Explain(last.Status)}.");
        }
        return PlanActionChange.Changed(this, new PlanAction(Id, PriorityId, Description, Lead, partners, Measure, StartOn, DueOn, milestones, statusHistory.Append(change), themeIds, fundedProjects));
    }

    /// <summary>Formats the action: "conference-2017: description (in progress)".</summary>
    /// <returns>The identifier, description and latest status.</returns>
    public override string ToString() => $"{Id}: {Description} ({Status.Description})";
}
