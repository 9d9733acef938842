using System;
using System.Collections.Generic;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.ActionPlans;

/// <summary>
/// The action plan that delivers one edition of a Community Safety Agreement in one financial year: per priority an aim
/// and planned outcomes, the actions, the Working Group's reviews, and how the plan was refreshed from the year before.
/// </summary>
/// <remarks>
/// <para>Invariants: priority plans are unique by priority; action identifiers are unique; every action serves a
/// priority the plan has a priority plan for; reviews are in date order, at most one a day, and update only actions
/// of the plan. <see cref="For"/> also checks every priority and cross-cutting theme against the edition.</para>
/// <para>The type is immutable: <see cref="Refresh"/> and the <c>With…</c> methods return a new plan, and
/// <see cref="Review"/> returns an <see cref="ActionPlanChange"/>: the new plan, or a refusal with its reason. Two plans are equal when every member is equal (lists in order).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ActionPlan
{
    private readonly ValueList<PriorityPlan> priorities;
    private readonly ValueList<PlanAction> actions;
    private readonly ValueList<WorkingGroupReview> reviews = ValueList<WorkingGroupReview>.Empty;

    /// <summary>Creates a plan without checking it against the edition (for an edition the library does not hold); prefer <see cref="For"/>.</summary>
    /// <param name="partnershipId">The partnership whose agreement the plan delivers.</param>
    /// <param name="editionLabel">The label of the agreement edition, e.g. "2017".</param>
    /// <param name="year">The financial year the plan is for.</param>
    /// <param name="priorities">The aim and planned outcomes for each priority; copied.</param>
    /// <param name="actions">The actions; copied.</param>
    /// <param name="source">The document that records the plan.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">The label is blank, two priority plans are for one priority, two actions share an identifier, or an action serves a priority the plan has no priority plan for.</exception>
    public ActionPlan(
        OrganisationId partnershipId,
        string editionLabel,
        FinancialYear year,
        IEnumerable<PriorityPlan> priorities,
        IEnumerable<PlanAction> actions,
        SourceDocument source)
    {
        PartnershipId = Preconditions.CheckNotNull(partnershipId);
        EditionLabel = Preconditions.CheckNotBlank(editionLabel);
        Year = year;
        this.priorities = Preconditions.CheckItems(priorities);
        this.actions = Preconditions.CheckItems(actions);
        Source = Preconditions.CheckNotNull(source);
        var priorityIds = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < this.priorities.Count; i++)
        {
            Preconditions.CheckArgument(priorityIds.Add(this.priorities[i].PriorityId), $"priorities[{i}].priorityId", $"repeats '{this.priorities[i].PriorityId}'");
        }
        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < this.actions.Count; i++)
        {
            var action = this.actions[i];
            Preconditions.CheckArgument(actionIds.Add(action.Id), $"actions[{i}].id", $"repeats '{action.Id}'");
            Preconditions.CheckArgument(priorityIds.Contains(action.PriorityId), $"actions[{i}].priorityId", $"'{action.PriorityId}' has no priority plan in this plan");
        }
    }

    private const string IllustrationReason = "Put together from what reports say about a plan, not the plan itself.";

    private ActionPlan(ActionPlan plan, ValueList<PlanAction> actions, ValueList<WorkingGroupReview> reviews, PlanRefresh? refresh, ProvenanceRecord? provenance)
    {
        PartnershipId = plan.PartnershipId;
        EditionLabel = plan.EditionLabel;
        Year = plan.Year;
        priorities = plan.priorities;
        this.actions = actions;
        Source = plan.Source;
        var index = new Dictionary<string, PlanAction>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            index.Add(action.Id, action);
        }
        for (int i = 0; i < reviews.Count; i++)
        {
            var review = reviews[i];
            if (i > 0)
            {
                var before = reviews[i - 1].HeldOn;
                Preconditions.CheckArgument(review.HeldOn > before, $"reviews[{i}].heldOn", $"({Dates.Iso(review.HeldOn)}) must be after the review before it ({Dates.Iso(before)})");
            }
            for (int k = 0; k < review.Updates.Count; k++)
            {
                string id = review.Updates[k].ActionId;
                Preconditions.CheckArgument(index.ContainsKey(id), $"reviews[{i}].updates[{k}].actionId", $"'{id}' is not an action of this plan");
            }
        }
        this.reviews = reviews;
        Refreshed = refresh;
        Provenance = provenance;
    }

    /// <summary>Creates a plan for an edition of the agreement, checking every priority and cross-cutting theme against it.</summary>
    /// <param name="edition">The agreement edition the plan delivers.</param>
    /// <param name="year">The financial year the plan is for.</param>
    /// <param name="priorities">The aim and planned outcomes for each priority; copied.</param>
    /// <param name="actions">The actions; copied.</param>
    /// <param name="source">The document that records the plan.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">As for the constructor, or a priority plan or action names a priority, or an action a cross-cutting theme, that is not in <paramref name="edition"/>.</exception>
    public static ActionPlan For(
        CommunitySafetyAgreementEdition edition,
        FinancialYear year,
        IEnumerable<PriorityPlan> priorities,
        IEnumerable<PlanAction> actions,
        SourceDocument source)
    {
        Preconditions.CheckNotNull(edition);
        var plan = new ActionPlan(edition.PartnershipId, edition.Label, year, priorities, actions, source);
        var priorityIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var priority in edition.Priorities)
        {
            priorityIds.Add(priority.Id);
        }
        var themeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in edition.CrossCuttingThemes)
        {
            themeIds.Add(theme.Id);
        }
        for (int i = 0; i < plan.priorities.Count; i++)
        {
            string id = plan.priorities[i].PriorityId;
            Preconditions.CheckArgument(priorityIds.Contains(id), $"priorities[{i}].priorityId", $"'{id}' is not a priority of {edition}");
        }
        for (int i = 0; i < plan.actions.Count; i++)
        {
            var action = plan.actions[i];
            for (int k = 0; k < action.ThemeIds.Count; k++)
            {
                Preconditions.CheckArgument(themeIds.Contains(action.ThemeIds[k]), $"actions[{i}].themeIds[{k}]", $"'{action.ThemeIds[k]}' is not a cross-cutting theme of {edition}");
            }
        }
        return plan;
    }

    /// <summary>The partnership whose agreement the plan delivers.</summary>
    public OrganisationId PartnershipId { get; }

    /// <summary>The label of the agreement edition the plan delivers.</summary>
    public string EditionLabel { get; }

    /// <summary>The financial year the plan is for.</summary>
    public FinancialYear Year { get; }

    /// <summary>The aim and planned outcomes for each priority.</summary>
    public IReadOnlyList<PriorityPlan> Priorities => priorities;

    /// <summary>The actions, in the plan's order.</summary>
    public IReadOnlyList<PlanAction> Actions => actions;

    /// <summary>The Working Group's reviews, oldest first.</summary>
    public IReadOnlyList<WorkingGroupReview> Reviews => reviews;

    /// <summary>How the plan was refreshed from the previous year's, or null for a plan not made by <see cref="Refresh"/>.</summary>
    public PlanRefresh? Refreshed { get; }

    /// <summary>
    /// Where the plan comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>Null unless set with <see cref="WithProvenance"/> or <see cref="WithIllustration"/>; written to JSON as the <c>provenance</c> member.</value>
    public ProvenanceRecord? Provenance { get; private init; }

    /// <summary>Whether the plan as a whole is an illustration: its <see cref="Provenance"/> is <see cref="ProvenanceKind.Illustrative"/>.</summary>
    /// <value>False unless set with <see cref="WithIllustration"/> or an illustrative <see cref="WithProvenance"/>.</value>
    public bool IsIllustration => Provenance?.Whole.Kind == ProvenanceKind.Illustrative;

    /// <summary>The document that records the plan.</summary>
    public SourceDocument Source { get; }

    /// <summary>Finds an action by its identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="action">The action, when found.</param>
    /// <returns>True if the plan has an action with that identifier.</returns>
    public bool TryGetAction(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PlanAction? action)
    {
        foreach (var candidate in actions)
        {
            if (string.Equals(candidate.Id, id, StringComparison.Ordinal))
            {
                action = candidate;
                return true;
            }
        }
        action = null;
        return false;
    }

    /// <summary>Returns the plan with these reviews, as recorded; the actions' status histories are left as they are.</summary>
    /// <param name="reviews">The reviews, oldest first; copied.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviews"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">The reviews are not in date order (at most one a day) or update an action not in the plan.</exception>
    public ActionPlan WithReviews(IEnumerable<WorkingGroupReview> reviews) =>
        new(this, actions, Preconditions.CheckItems(reviews), Refreshed, Provenance);

    /// <summary>Returns the plan with a record of how it was refreshed, or none.</summary>
    /// <param name="refresh">The record, or null.</param>
    /// <returns>The new plan.</returns>
    public ActionPlan WithRefresh(PlanRefresh? refresh) => new(this, actions, reviews, refresh, Provenance);

    /// <summary>
    /// Returns the plan marked as an illustration, or not: a shorthand for <see cref="WithProvenance"/> with an
    /// illustrative provenance ("put together from what reports say about a plan, not the plan itself"), or with none.
    /// </summary>
    /// <param name="isIllustration">True for an illustration; false clears an illustrative provenance (any other is kept).</param>
    /// <returns>The plan with <see cref="IsIllustration"/> set.</returns>
    public ActionPlan WithIllustration(bool isIllustration) =>
        isIllustration == IsIllustration ? this
        : WithProvenance(isIllustration ? ProvenanceRecord.Of(global::KentCsp.Domain.Provenance.Illustrative(IllustrationReason)) : null);

    /// <summary>Returns the plan with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the plan comes from, or null for nothing recorded.</param>
    /// <returns>A new plan with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public ActionPlan WithProvenance(ProvenanceRecord? provenance) => this with { Provenance = provenance };

    /// <summary>Records a Working Group review: adds it after the existing reviews, and gives each action whose update changes its status that status on the review's date.</summary>
    /// <param name="review">The review, after the last one.</param>
    /// <param name="transitions">The table of status changes to follow, e.g. <see cref="ActionPlanPolicy.StatusTransitions"/>; null for <see cref="ActionStatusTransitions.Default"/> (an <b>unconfirmed default</b>).</param>
    /// <returns>The changed plan, or a refusal that leaves the plan as it was: <see cref="ActionPlanRefusalReason.ReviewOutOfOrder"/> when the review is not after the last one, <see cref="ActionPlanRefusalReason.UnknownAction"/> when an update names an action not in the plan, <see cref="ActionPlanRefusalReason.DateOutOfOrder"/> when a status would change before that action's last status change, <see cref="ActionPlanRefusalReason.StatusChangeNotAllowed"/> when the table does not allow a new status (e.g. complete to not started).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    public ActionPlanChange Review(WorkingGroupReview review, ActionStatusTransitions? transitions = null)
    {
        Preconditions.CheckNotNull(review);
        if (reviews.Count > 0 && review.HeldOn <= reviews[reviews.Count - 1].HeldOn)
        {
            return ActionPlanChange.Refused(this, ActionPlanRefusalReason.ReviewOutOfOrder,
                $"{Refusing(review)}: it is not after the last review ({Dates.Iso(reviews[reviews.Count - 1].HeldOn)}); reviews are recorded in date order, at most one a day.");
        }
        var updated = actions.ToArray();
        // Each action is found by identifier in one lookup built for the review, so a review costs time linear in the
        // plan's actions plus its updates, not their product.
        var positions = new Dictionary<string, int>(updated.Length, StringComparer.Ordinal);
        for (int i = 0; i < updated.Length; i++)
        {
            positions.Add(updated[i].Id, i);
        }
        for (int k = 0; k < review.Updates.Count; k++)
        {
            var update = review.Updates[k];
            if (!positions.TryGetValue(update.ActionId, out int at))
            {
                return ActionPlanChange.Refused(this, ActionPlanRefusalReason.UnknownAction,
                    $"{Refusing(review)}: update {k + 1} is for '{update.ActionId}', which is not an action of this plan.");
            }
            if (update.NewStatus is { } status)
            {
                var change = updated[at].WithStatus(new StatusChange(review.HeldOn, status), transitions);
                if (change.TryPickT1(out var refused, out var changed))
                {
                    return ActionPlanChange.Refused(this, refused.Reason, $"{Refusing(review)}: {refused.Message}");
                }
                updated[at] = changed.Action;
            }
        }
        return ActionPlanChange.Changed(this, new ActionPlan(this, ValueList<PlanAction>.Own(updated), reviews.Append(review), Refreshed, Provenance));
    }

    // The start of a refusal's message, built only when a review is refused.
    private string Refusing(WorkingGroupReview review) => $"{this}: cannot record the review of {Dates.Iso(review.HeldOn)}";

    /// <summary>
    /// Refreshes the plan for a later year: actions not started, in progress or ongoing are carried forward with their
    /// histories, complete and removed actions are dropped, and <paramref name="newActions"/> are added; the new plan's
    /// <see cref="Refreshed"/> records each action and why. Reviews are not carried forward.
    /// </summary>
    /// <param name="year">The financial year of the refreshed plan, after <see cref="Year"/>.</param>
    /// <param name="newActions">The actions to add; copied.</param>
    /// <param name="source">The document that records the refreshed plan.</param>
    /// <returns>The refreshed plan.</returns>
    /// <remarks>Kent Community Safety Agreement Update, 19 July 2017, sections 3.3–3.4: completed actions "have been
    /// removed from the updated plan"; ongoing actions "will remain within the document"; "new actions have been added".</remarks>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="year"/> is not after <see cref="Year"/>, a new action repeats the identifier of a carried one, or serves a priority the plan has no priority plan for.</exception>
    public ActionPlan Refresh(FinancialYear year, IEnumerable<PlanAction> newActions, SourceDocument source)
    {
        Preconditions.CheckArgument(year > Year, nameof(year), $"({year}) must be after the year of the plan refreshed ({Year})");
        var added = Preconditions.CheckItems(newActions);
        var kept = new List<PlanAction>(actions.Count + added.Count);
        var entries = new List<RefreshEntry>(actions.Count + added.Count);
        foreach (var action in actions)
        {
            var status = action.Status;
            if (status.IsClosed)
            {
                string reason = status == ActionStatus.Complete
                    ? $"complete: completed actions are removed from the {year} plan"
                    : $"removed: the action was taken out of the plan during {Year}";
                entries.Add(new RefreshEntry(action.Id, action.Description, RefreshOutcome.Dropped, status, reason));
            }
            else
            {
                kept.Add(action);
                entries.Add(new RefreshEntry(action.Id, action.Description, RefreshOutcome.CarriedForward, status, $"{status.Description}: open actions remain in the {year} plan"));
            }
        }
        var keptIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in kept)
        {
            keptIds.Add(action.Id);
        }
        for (int i = 0; i < added.Count; i++)
        {
            Preconditions.CheckArgument(!keptIds.Contains(added[i].Id), $"newActions[{i}].id", $"repeats '{added[i].Id}', an action carried forward");
            kept.Add(added[i]);
            entries.Add(new RefreshEntry(added[i].Id, added[i].Description, RefreshOutcome.Added, added[i].Status, $"new in the {year} plan"));
        }
        var plan = new ActionPlan(PartnershipId, EditionLabel, year, priorities, kept, source);
        return new ActionPlan(plan, plan.actions, ValueList<WorkingGroupReview>.Empty, new PlanRefresh(Year, entries), Provenance);
    }

    /// <summary>Formats the plan: "Action plan 2017/18 for Community Safety Agreement 2017".</summary>
    /// <returns>The year and edition, marked when an illustration.</returns>
    public override string ToString() =>
        $"Action plan {Year} for Community Safety Agreement {EditionLabel}" + (IsIllustration ? " (illustration)" : "");

    /// <summary>Returns a builder holding this plan's parts (everything, reviews, refresh record and provenance included), to build a changed copy.</summary>
    /// <returns>A new builder; changing it does not change this plan.</returns>
    public ActionPlanBuilder ToBuilder() => new(this);
}
