using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.ActionPlans;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shape of the action plan document. Property order here is the order in the JSON; schemaVersion comes first.

internal sealed class ActionPlanDocument
{
    public required int SchemaVersion { get; init; }
    // Absent from schema version 1 documents; required in version 2, where it must be "plan".
    public string? Kind { get; init; }
    public required OrganisationIdWire PartnershipId { get; init; }
    public required string EditionLabel { get; init; }
    public required FinancialYear Year { get; init; }
    // Read only: documents written before the provenance member marked an illustration with "illustration": true.
    public bool? Illustration { get; init; }
    public required List<PriorityPlanWire?> Priorities { get; init; }
    public required List<PlanActionWire?> Actions { get; init; }
    public required List<WorkingGroupReviewWire?> Reviews { get; init; }
    public PlanRefreshWire? Refreshed { get; init; }
    public required SourceDocumentWire Source { get; init; }
    // Written only when the object carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
}

internal sealed class PriorityPlanWire
{
    public required string PriorityId { get; init; }
    public required string Aim { get; init; }
    public required List<string?> Outcomes { get; init; }
}

internal sealed class PlanActionWire
{
    public required string Id { get; init; }
    public required string PriorityId { get; init; }
    public required string Description { get; init; }
    public required string Lead { get; init; }
    public required List<string?> Partners { get; init; }
    public required string Measure { get; init; }
    public required LocalDate StartOn { get; init; }
    public LocalDate? DueOn { get; init; }
    public required List<ActionMilestoneWire?> Milestones { get; init; }
    public required List<StatusChangeWire?> StatusHistory { get; init; }
    public required List<string?> ThemeIds { get; init; }
    public required List<FundedProjectLinkWire?> FundedProjects { get; init; }
}

internal sealed class ActionMilestoneWire
{
    public required string Description { get; init; }
    public required LocalDate DueOn { get; init; }
}

internal sealed class StatusChangeWire
{
    public required LocalDate On { get; init; }
    public required ActionStatus Status { get; init; }
}

internal sealed class FundedProjectLinkWire
{
    public required string RoundId { get; init; }
    public required string BidId { get; init; }
}

internal sealed class WorkingGroupReviewWire
{
    public required LocalDate HeldOn { get; init; }
    public required List<ActionUpdateWire?> Updates { get; init; }
}

internal sealed class ActionUpdateWire
{
    public required string ActionId { get; init; }
    public required string Note { get; init; }
    public required int ProgressPercent { get; init; }
    public ActionStatus? NewStatus { get; init; }
}

internal sealed class PlanRefreshWire
{
    public required FinancialYear FromYear { get; init; }
    public required List<RefreshEntryWire?> Entries { get; init; }
}

internal sealed class RefreshEntryWire
{
    public required string ActionId { get; init; }
    public required string Description { get; init; }
    public required RefreshOutcome Outcome { get; init; }
    public required ActionStatus Status { get; init; }
    public required string Reason { get; init; }
}

/// <summary>The action plan document: <see cref="ActionPlan"/> to <see cref="ActionPlanDocument"/> and back.</summary>
internal static partial class WireMapper
{
    internal static ActionPlanDocument ToDocument(ActionPlan plan) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.ActionPlan.WireName,
        PartnershipId = ToWire(plan.PartnershipId),
        EditionLabel = plan.EditionLabel,
        Year = plan.Year,
        Priorities = plan.Priorities.Select(priority => (PriorityPlanWire?)new PriorityPlanWire
        {
            PriorityId = priority.PriorityId,
            Aim = priority.Aim,
            Outcomes = priority.Outcomes.Select(outcome => (string?)outcome).ToList(),
        }).ToList(),
        Actions = plan.Actions.Select(action => (PlanActionWire?)new PlanActionWire
        {
            Id = action.Id,
            PriorityId = action.PriorityId,
            Description = action.Description,
            Lead = action.Lead,
            Partners = action.Partners.Select(partner => (string?)partner).ToList(),
            Measure = action.Measure,
            StartOn = action.StartOn,
            DueOn = action.DueOn,
            Milestones = action.Milestones.Select(milestone => (ActionMilestoneWire?)new ActionMilestoneWire { Description = milestone.Description, DueOn = milestone.DueOn }).ToList(),
            StatusHistory = action.StatusHistory.Select(change => (StatusChangeWire?)new StatusChangeWire { On = change.On, Status = change.Status }).ToList(),
            ThemeIds = action.ThemeIds.Select(id => (string?)id).ToList(),
            FundedProjects = action.FundedProjects.Select(link => (FundedProjectLinkWire?)new FundedProjectLinkWire { RoundId = link.RoundId, BidId = link.BidId }).ToList(),
        }).ToList(),
        Reviews = plan.Reviews.Select(review => (WorkingGroupReviewWire?)new WorkingGroupReviewWire
        {
            HeldOn = review.HeldOn,
            Updates = review.Updates.Select(update => (ActionUpdateWire?)new ActionUpdateWire
            {
                ActionId = update.ActionId,
                Note = update.Note,
                ProgressPercent = update.ProgressPercent,
                NewStatus = update.NewStatus,
            }).ToList(),
        }).ToList(),
        Refreshed = plan.Refreshed is { } refresh ? new PlanRefreshWire
        {
            FromYear = refresh.FromYear,
            Entries = refresh.Entries.Select(entry => (RefreshEntryWire?)new RefreshEntryWire
            {
                ActionId = entry.ActionId,
                Description = entry.Description,
                Outcome = entry.Outcome,
                Status = entry.Status,
                Reason = entry.Reason,
            }).ToList(),
        } : null,
        Source = ToWire(plan.Source),
        Provenance = ToWire(plan.Provenance),
    };

    internal static ActionPlan FromDocument(ActionPlanDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.ActionPlan, "$");
        var partnershipId = FromWire(document.PartnershipId, "$.partnershipId");
        var priorities = Elements(document.Priorities, "$.priorities", (wire, path) =>
        {
            var outcomes = NotNull(wire.Outcomes, path + ".outcomes");
            return Build(path, () => new PriorityPlan(wire.PriorityId, wire.Aim, outcomes));
        });
        var actions = Elements(document.Actions, "$.actions", FromWire);
        var reviews = Elements(document.Reviews, "$.reviews", (wire, path) =>
        {
            var updates = Elements(wire.Updates, path + ".updates", (update, updatePath) =>
                Build(updatePath, () => new ActionUpdate(update.ActionId, update.Note, update.ProgressPercent, update.NewStatus)));
            return Build(path, () => new WorkingGroupReview(wire.HeldOn, updates));
        });
        PlanRefresh? refresh = null;
        if (document.Refreshed is { } refreshed)
        {
            var entries = Elements(refreshed.Entries, "$.refreshed.entries", (wire, path) =>
                Build(path, () => new RefreshEntry(wire.ActionId, wire.Description, wire.Outcome, wire.Status, wire.Reason)));
            refresh = Build("$.refreshed", () => new PlanRefresh(refreshed.FromYear, entries));
        }
        var source = FromWire(document.Source, "$.source");
        var provenance = FromWire(document.Provenance, document.Illustration, "$.provenance", "Marked as an illustration: put together from what reports say about a plan, not the plan itself.");
        var plan = Build("$", () => new ActionPlan(partnershipId, document.EditionLabel, document.Year, priorities, actions, source));
        return Build("$", () => plan.WithReviews(reviews).WithRefresh(refresh).WithProvenance(provenance));
    }

    private static PlanAction FromWire(PlanActionWire wire, string path)
    {
        var partners = NotNull(wire.Partners, path + ".partners");
        var milestones = Elements(wire.Milestones, path + ".milestones", (milestone, milestonePath) =>
            Build(milestonePath, () => new ActionMilestone(milestone.Description, milestone.DueOn)));
        var history = Elements(wire.StatusHistory, path + ".statusHistory", (change, changePath) => new StatusChange(change.On, change.Status));
        var themeIds = NotNull(wire.ThemeIds, path + ".themeIds");
        var links = Elements(wire.FundedProjects, path + ".fundedProjects", (link, linkPath) =>
            Build(linkPath, () => new FundedProjectLink(link.RoundId, link.BidId)));
        return Build(path, () => new PlanAction(wire.Id, wire.PriorityId, wire.Description, wire.Lead, partners, wire.Measure, wire.StartOn, wire.DueOn, milestones, history, themeIds, links));
    }
}
