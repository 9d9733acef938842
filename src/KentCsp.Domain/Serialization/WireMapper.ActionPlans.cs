using System.Linq;
using KentCsp.Domain.ActionPlans;

namespace KentCsp.Domain.Serialization;

/// <summary>The action plan document: <see cref="ActionPlan"/> to <see cref="ActionPlanDocument"/> and back.</summary>
internal static partial class WireMapper
{
    internal static ActionPlanDocument ToDocument(ActionPlan plan) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        PartnershipId = ToWire(plan.PartnershipId),
        EditionLabel = plan.EditionLabel,
        Year = plan.Year,
        Illustration = plan.IsIllustration ? true : null,
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
    };

    internal static ActionPlan FromDocument(ActionPlanDocument document)
    {
        CheckSchemaVersion(document.SchemaVersion);
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
        var plan = Build("$", () => new ActionPlan(partnershipId, document.EditionLabel, document.Year, priorities, actions, source));
        return Build("$", () => plan.WithReviews(reviews).WithRefresh(refresh).WithIllustration(document.Illustration == true));
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
