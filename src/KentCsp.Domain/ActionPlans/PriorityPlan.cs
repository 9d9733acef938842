using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.ActionPlans;

/// <summary>What an action plan sets out for one priority of the Community Safety Agreement: the overall aim and the planned outcomes.</summary>
/// <remarks>
/// <para>Kent's 2017/18 plan gives "the overall aim for each priority, the planned outcomes, what actions will be taken,
/// how delivery will be measured and reported and who will co-ordinate activity" (Kent Community Safety Agreement
/// Update, 19 July 2017, section 3.5).</para>
/// <para>Two priority plans are equal when the identifiers, aims (ordinal) and outcomes (in order) are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record PriorityPlan
{
    private readonly ValueList<string> outcomes;

    /// <summary>Creates a priority plan.</summary>
    /// <param name="priorityId">The priority's identifier in the agreement, e.g. "domestic-abuse".</param>
    /// <param name="aim">The overall aim for the priority.</param>
    /// <param name="outcomes">The planned outcomes, in order; copied.</param>
    /// <exception cref="ArgumentNullException">An argument or an outcome is null.</exception>
    /// <exception cref="ArgumentException">The identifier is malformed, or the aim or an outcome is blank.</exception>
    public PriorityPlan(string priorityId, string aim, IEnumerable<string> outcomes)
    {
        PriorityId = Slug.Check(priorityId);
        Aim = Preconditions.CheckNotBlank(aim);
        this.outcomes = TextList.Check(outcomes, nameof(outcomes));
    }

    /// <summary>The priority's identifier in the agreement.</summary>
    public string PriorityId { get; }

    /// <summary>The overall aim for the priority.</summary>
    public string Aim { get; }

    /// <summary>The planned outcomes, in order.</summary>
    public IReadOnlyList<string> Outcomes => outcomes;

    /// <summary>Formats the priority plan: "domestic-abuse: aim".</summary>
    /// <returns>The priority and aim.</returns>
    public override string ToString() => $"{PriorityId}: {Aim}";
}
