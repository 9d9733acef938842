using System.Collections.Generic;
using KentCsp.Domain.ActionPlans;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shape of the action plan document. Property order here is the order in the JSON; schemaVersion comes first.

internal sealed class ActionPlanDocument
{
    public required int SchemaVersion { get; init; }
    public required OrganisationIdWire PartnershipId { get; init; }
    public required string EditionLabel { get; init; }
    public required FinancialYear Year { get; init; }
    public bool? Illustration { get; init; }
    public required List<PriorityPlanWire?> Priorities { get; init; }
    public required List<PlanActionWire?> Actions { get; init; }
    public required List<WorkingGroupReviewWire?> Reviews { get; init; }
    public PlanRefreshWire? Refreshed { get; init; }
    public required SourceDocumentWire Source { get; init; }
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
