using System;
using System.Collections.Generic;
using KentCsp.Domain.Partnership;

namespace KentCsp.Domain.ActionPlans;

/// <summary>
/// Builds an <see cref="ActionPlan"/> one named part at a time: the partnership, the agreement edition's label, the
/// financial year, the priority plans, the actions, the source, the Working Group's reviews, the record of a refresh
/// and the provenance.
/// </summary>
/// <remarks>
/// <para>Start from nothing (<c>new ActionPlanBuilder()</c>) or from an existing plan (<see cref="ActionPlan.ToBuilder"/>:
/// a copy to change). The priority plans, actions and reviews start empty, and the refresh record and the provenance
/// null; the partnership, the edition's label, the year and the source have no default.</para>
/// <para>The parts are not checked as they are set: <see cref="Build"/> checks them once, by calling the
/// <see cref="ActionPlan"/> constructor and then <see cref="ActionPlan.WithReviews"/> when there are reviews, so a
/// refusal is exactly theirs (the same exception, parameter name and message, e.g. <c>actions[2].priorityId</c>). The
/// one part the constructor cannot refuse is an unset year, since a year is a value: <see cref="Build"/> refuses it,
/// naming <c>year</c>. Like the constructor, <see cref="Build"/> does not check the plan against its agreement edition;
/// <see cref="ActionPlan.For"/> does. Each <c>With…</c> and <c>Add…</c> method changes this builder and returns it; a
/// list given to a <c>With…</c> method is copied when it is given, and the plan built is immutable.</para>
/// </remarks>
/// <threadsafety>This type is mutable and not thread-safe: use one builder from one thread at a time.</threadsafety>
public sealed class ActionPlanBuilder
{
    private OrganisationId? partnershipId;
    private string? editionLabel;
    private FinancialYear? year;
    private List<PriorityPlan>? priorities = [];
    private List<PlanAction>? actions = [];
    private SourceDocument? source;
    private List<WorkingGroupReview>? reviews = [];
    private PlanRefresh? refreshed;
    private ProvenanceRecord? provenance;

    /// <summary>Creates a builder with no parts: every list empty, nothing else set.</summary>
    public ActionPlanBuilder()
    {
    }

    internal ActionPlanBuilder(ActionPlan plan)
    {
        partnershipId = plan.PartnershipId;
        editionLabel = plan.EditionLabel;
        year = plan.Year;
        priorities = [.. plan.Priorities];
        actions = [.. plan.Actions];
        source = plan.Source;
        reviews = [.. plan.Reviews];
        refreshed = plan.Refreshed;
        provenance = plan.Provenance;
    }

    /// <summary>Sets the partnership whose agreement the plan delivers.</summary>
    /// <param name="partnershipId">The partnership's identifier.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithPartnershipId(OrganisationId partnershipId)
    {
        this.partnershipId = partnershipId;
        return this;
    }

    /// <summary>Sets the label of the agreement edition the plan delivers.</summary>
    /// <param name="editionLabel">The label, e.g. "2017".</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithEditionLabel(string editionLabel)
    {
        this.editionLabel = editionLabel;
        return this;
    }

    /// <summary>Sets the financial year the plan is for.</summary>
    /// <param name="year">The year.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithYear(FinancialYear year)
    {
        this.year = year;
        return this;
    }

    /// <summary>Replaces the priority plans.</summary>
    /// <param name="priorities">The aim and planned outcomes for each priority, one per priority; copied.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithPriorities(IEnumerable<PriorityPlan> priorities)
    {
        this.priorities = priorities is null ? null : [.. priorities];
        return this;
    }

    /// <summary>Adds a priority plan after those already given.</summary>
    /// <param name="priority">The aim and planned outcomes for one priority.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder AddPriority(PriorityPlan priority)
    {
        (priorities ??= []).Add(priority);
        return this;
    }

    /// <summary>Replaces the actions.</summary>
    /// <param name="actions">The actions, identifiers unique, each serving a priority of the plan; copied.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithActions(IEnumerable<PlanAction> actions)
    {
        this.actions = actions is null ? null : [.. actions];
        return this;
    }

    /// <summary>Adds an action after those already given.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder AddAction(PlanAction action)
    {
        (actions ??= []).Add(action);
        return this;
    }

    /// <summary>Sets the document that records the plan.</summary>
    /// <param name="source">The document.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithSource(SourceDocument source)
    {
        this.source = source;
        return this;
    }

    /// <summary>Replaces the Working Group's reviews, as recorded; the actions' status histories are left as they are.</summary>
    /// <param name="reviews">The reviews, oldest first, at most one a day; copied.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithReviews(IEnumerable<WorkingGroupReview> reviews)
    {
        this.reviews = reviews is null ? null : [.. reviews];
        return this;
    }

    /// <summary>Adds a Working Group review after those already given, as recorded (see <see cref="ActionPlan.Review"/> to apply one).</summary>
    /// <param name="review">The review.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder AddReview(WorkingGroupReview review)
    {
        (reviews ??= []).Add(review);
        return this;
    }

    /// <summary>Sets the record of how the plan was refreshed from the year before, or clears it.</summary>
    /// <param name="refreshed">The record, or null for a plan not made by <see cref="ActionPlan.Refresh"/>.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithRefreshed(PlanRefresh? refreshed)
    {
        this.refreshed = refreshed;
        return this;
    }

    /// <summary>Sets where the plan comes from, or clears it (see <see cref="ActionPlan.Provenance"/>).</summary>
    /// <param name="provenance">The provenance, or null for nothing recorded.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithProvenance(ProvenanceRecord? provenance)
    {
        this.provenance = provenance;
        return this;
    }

    /// <summary>Builds the plan from the parts given, checked by the <see cref="ActionPlan"/> constructor and <see cref="ActionPlan.WithReviews"/>.</summary>
    /// <returns>A new, immutable plan; each call returns a new one.</returns>
    /// <exception cref="ArgumentNullException">The partnership, the edition's label, the year, the source or a list is not set (or set to null); the parameter name is the constructor's (<c>year</c> for the year, <c>reviews</c> for the reviews).</exception>
    /// <exception cref="ArgumentException">The parts are refused: a blank label, a null element, two priority plans for one priority, two actions with one identifier, an action serving a priority the plan has no priority plan for, or reviews out of date order or updating an action not in the plan.</exception>
    public ActionPlan Build()
    {
        if (year is not { } financialYear)
        {
            throw new ArgumentNullException(nameof(year), $"{nameof(year)} must not be null.");
        }
        var plan = new ActionPlan(partnershipId!, editionLabel!, financialYear, priorities!, actions!, source!);
        if (reviews is not { Count: 0 })
        {
            plan = plan.WithReviews(reviews!);
        }
        if (refreshed is not null)
        {
            plan = plan.WithRefresh(refreshed);
        }
        return provenance is null ? plan : plan.WithProvenance(provenance);
    }
}
