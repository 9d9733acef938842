using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.ActionPlans;

/// <summary>The update a Working Group review records for one action: a note, the progress made, and any change of status.</summary>
/// <remarks>Two updates are equal when every member is equal (strings ordinal).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ActionUpdate
{
    /// <summary>Creates an update.</summary>
    /// <param name="actionId">The action updated.</param>
    /// <param name="note">What the review heard, in a sentence.</param>
    /// <param name="progressPercent">How far the action is delivered, 0 to 100.</param>
    /// <param name="newStatus">The status the action takes at the review, or null if it keeps its status.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actionId"/> or <paramref name="note"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is malformed, the note is blank, or <paramref name="progressPercent"/> is outside 0 to 100.</exception>
    public ActionUpdate(string actionId, string note, int progressPercent, ActionStatus? newStatus)
    {
        ActionId = Slug.Check(actionId);
        Note = Preconditions.CheckNotBlank(note);
        Preconditions.CheckArgument(progressPercent is >= 0 and <= 100, nameof(progressPercent), $"must be from 0 to 100, but was {progressPercent}");
        ProgressPercent = progressPercent;
        NewStatus = newStatus;
    }

    /// <summary>The action updated.</summary>
    public string ActionId { get; }

    /// <summary>What the review heard.</summary>
    public string Note { get; }

    /// <summary>How far the action is delivered, 0 to 100.</summary>
    public int ProgressPercent { get; }

    /// <summary>The status the action takes at the review, or null if it keeps its status.</summary>
    public ActionStatus? NewStatus { get; }

    /// <summary>Formats the update: "dhrs: 50% (ongoing)".</summary>
    /// <returns>The action, progress and any new status.</returns>
    public override string ToString() =>
        $"{ActionId}: {ProgressPercent}%" + (NewStatus is { } status ? $" ({status.Description})" : "");
}
