using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>
/// The number of crimes one incident counts as, under one counting mode, by offence counted, with the findings: what
/// <see cref="CrimeCounter.Tally(Incident, OffenceRanking, CountingMode, RecordingPolicy)"/> returns when the rule trail
/// is not wanted.
/// </summary>
/// <remarks>
/// <para>A tally agrees with the <see cref="CrimeCount"/> of the same incident, ranking, mode and policy: the same
/// <see cref="Total"/>, as many crimes of each offence as the count's crimes have as their <see cref="CountedCrime.Offence"/>,
/// and the same findings. It holds no crimes and no trail.</para>
/// <para>Two tallies are equal when every member is equal, lists in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CrimeTally
{
    private readonly ValueList<OffenceTally> byOffence;
    private readonly ValueList<Finding> findings;

    internal CrimeTally(string incidentId, CountingMode mode, ValueList<OffenceTally> byOffence, ValueList<Finding> findings)
    {
        IncidentId = incidentId;
        Mode = mode;
        this.byOffence = byOffence;
        this.findings = findings;
        int total = 0;
        foreach (var entry in byOffence)
        {
            total += entry.Crimes;
        }
        Total = total;
    }

    /// <summary>The incident counted.</summary>
    public string IncidentId { get; }

    /// <summary>The counting mode used.</summary>
    public CountingMode Mode { get; }

    /// <summary>The number of crimes.</summary>
    public int Total { get; }

    /// <summary>
    /// The number of crimes of each offence counted (the principal crime of each), most serious first by the ranking
    /// used; only offences counted at least once. Under the former practice, the one crime's offence.
    /// </summary>
    public IReadOnlyList<OffenceTally> ByOffence => byOffence;

    /// <summary>Recording problems found, e.g. late recording: the same as the full count's.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Formats the tally as a count is formatted: "kent-32-victims: 32 crimes (victim-based)".</summary>
    /// <returns>The incident, total and mode.</returns>
    public override string ToString() => $"{IncidentId}: {Total} {(Total == 1 ? "crime" : "crimes")} ({Mode.Description})";
}
