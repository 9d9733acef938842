using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Recording;

/// <summary>The configurable parts of crime recording: the time allowed between the report and recording.</summary>
/// <remarks>
/// <para>The National Crime Recording Standard requires a crime to be recorded within 24 hours of the report; that is
/// <see cref="Default"/>. Recording later is flagged (finding <c>REC-001</c>, <see cref="RecordingRule.RecordedLate"/>), not refused.</para>
/// <para>Two policies are equal when their windows are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RecordingPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="recordingWindow">The longest time allowed from report to recording; positive.</param>
    /// <exception cref="ArgumentException"><paramref name="recordingWindow"/> is zero or negative.</exception>
    public RecordingPolicy(Duration recordingWindow)
    {
        Preconditions.CheckArgument(recordingWindow > Duration.Zero, nameof(recordingWindow), "must be positive");
        RecordingWindow = recordingWindow;
    }

    /// <summary>The National Crime Recording Standard's policy: recorded within 24 hours of the report.</summary>
    public static RecordingPolicy Default { get; } = new(Duration.FromHours(24));

    /// <summary>The longest time allowed from report to recording.</summary>
    /// <value>24 hours in <see cref="Default"/>.</value>
    public Duration RecordingWindow { get; }

    /// <summary>Whether an incident recorded as crime was recorded within the window. Incidents not recorded are timely.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>False only for a recorded incident recorded later than <see cref="RecordingWindow"/> after the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    public bool IsTimely(Incident incident) =>
        Preconditions.CheckNotNull(incident).Decision.Kind != RecordingDecisionKind.Recorded || incident.TimeToDecision <= RecordingWindow;

    /// <summary>Formats the policy: "recorded within 24 h 0 min".</summary>
    /// <returns>The window.</returns>
    public override string ToString() => "recorded within " + FormatDuration(RecordingWindow);

    internal static string FormatDuration(Duration duration) => $"{(duration.Days * 24) + duration.Hours} h {duration.Minutes} min";
}
