using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.ActionPlans;

/// <summary>What a refresh did with one action, and why.</summary>
/// <remarks>Two entries are equal when every member is equal (strings ordinal).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RefreshEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="actionId">The action.</param>
    /// <param name="description">The action's description, kept so that a dropped action can still be named.</param>
    /// <param name="outcome">What the refresh did with it.</param>
    /// <param name="status">The action's status at the refresh.</param>
    /// <param name="reason">Why, in a sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The identifier is malformed or a text is blank.</exception>
    public RefreshEntry(string actionId, string description, RefreshOutcome outcome, ActionStatus status, string reason)
    {
        ActionId = Slug.Check(actionId);
        Description = Preconditions.CheckNotBlank(description);
        Outcome = Preconditions.CheckNotNull(outcome);
        Status = Preconditions.CheckNotNull(status);
        Reason = Preconditions.CheckNotBlank(reason);
    }

    /// <summary>The action.</summary>
    public string ActionId { get; }

    /// <summary>The action's description.</summary>
    public string Description { get; }

    /// <summary>What the refresh did with it.</summary>
    public RefreshOutcome Outcome { get; }

    /// <summary>The action's status at the refresh.</summary>
    public ActionStatus Status { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>Formats the entry: "dhrs carried forward: ...".</summary>
    /// <returns>The action, outcome and reason.</returns>
    public override string ToString() => $"{ActionId} {Outcome.Description}: {Reason}";
}
