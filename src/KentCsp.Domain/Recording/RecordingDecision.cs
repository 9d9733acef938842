using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Recording;

/// <summary>What was decided about recording an incident as crime, when, and why.</summary>
/// <remarks>
/// <para><see cref="At"/> is the time of recording (or of the decision not to record, or of the cancellation).
/// A decision not to record and a cancellation must give a reason; a decision to record may.</para>
/// <para>Two decisions are equal when kind, time and reason (ordinal) are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RecordingDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="kind">What was decided.</param>
    /// <param name="at">When it was decided: the time of recording for a recorded crime.</param>
    /// <param name="reason">Why, or null; required when not recorded or cancelled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is missing where required, or blank.</exception>
    public RecordingDecision(RecordingDecisionKind kind, Instant at, string? reason)
    {
        Kind = Preconditions.CheckNotNull(kind);
        At = at;
        Preconditions.CheckArgument(reason is not null || !kind.RequiresReason, nameof(reason), $"is required when the incident is {kind.Description}");
        Reason = reason is null ? null : Preconditions.CheckNotBlank(reason);
    }

    /// <summary>What was decided.</summary>
    public RecordingDecisionKind Kind { get; }

    /// <summary>When it was decided.</summary>
    public Instant At { get; }

    /// <summary>Why, or null where no reason is given.</summary>
    public string? Reason { get; }

    /// <summary>Formats the decision: "recorded at 2017-07-19T10:00:00Z".</summary>
    /// <returns>The kind, time and reason.</returns>
    public override string ToString() =>
        Reason is null ? $"{Kind.Description} at {Format(At)}" : $"{Kind.Description} at {Format(At)}: {Reason}";

    internal static string Format(Instant instant) => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);
}
