using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>The crimes one incident counts as, under one counting mode, with the incident-level rule trail and findings.</summary>
/// <remarks>
/// <para><see cref="Steps"/> explain the incident as a whole (whether it was recorded; the former practice);
/// each crime carries its own trail. <see cref="Findings"/> flag recording problems such as lateness.</para>
/// <para>Two counts are equal when every member is equal, lists in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CrimeCount
{
    private readonly CountedCrimeList crimes;
    private readonly ValueList<CountingStep> steps;
    private readonly ValueList<Finding> findings;

    /// <summary>Creates a count.</summary>
    /// <param name="incidentId">The incident counted.</param>
    /// <param name="mode">The counting mode used.</param>
    /// <param name="crimes">The crimes, in order.</param>
    /// <param name="steps">The incident-level rule trail, in order.</param>
    /// <param name="findings">Recording problems found, in order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="incidentId"/> is malformed, or a list holds a null.</exception>
    public CrimeCount(string incidentId, CountingMode mode, IEnumerable<CountedCrime> crimes, IEnumerable<CountingStep> steps, IEnumerable<Finding> findings)
    {
        IncidentId = Slug.Check(incidentId);
        Mode = Preconditions.CheckNotNull(mode);
        this.crimes = CountedCrimeList.Of(Preconditions.CheckItems(crimes));
        this.steps = Preconditions.CheckItems(steps);
        this.findings = Preconditions.CheckItems(findings);
    }

    /// <summary>A count the counter made: the incident and mode are already checked, and the lists are its own.</summary>
    internal CrimeCount(CountedCrimeList crimes, string incidentId, CountingMode mode, List<CountingStep> steps, List<Finding> findings)
    {
        IncidentId = incidentId;
        Mode = mode;
        this.crimes = crimes;
        this.steps = ValueList<CountingStep>.Own(steps.ToArray());
        this.findings = ValueList<Finding>.Own(findings.ToArray());
    }

    /// <summary>The incident counted.</summary>
    public string IncidentId { get; }

    /// <summary>The counting mode used.</summary>
    public CountingMode Mode { get; }

    /// <summary>The crimes, in order (by victim, then offenders).</summary>
    /// <remarks>A crime the counter found is made the first time it is read and kept: reading only
    /// <see cref="Total"/> makes none, and reading one index twice gives the same object.</remarks>
    public IReadOnlyList<CountedCrime> Crimes => crimes;

    /// <summary>The incident-level rule trail.</summary>
    public IReadOnlyList<CountingStep> Steps => steps;

    /// <summary>Recording problems found, e.g. late recording.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>The number of crimes.</summary>
    public int Total => crimes.Count;

    /// <summary>Formats the count: "kent-32-victims: 32 crimes (victim-based)".</summary>
    /// <returns>The incident, total and mode.</returns>
    public override string ToString() => $"{IncidentId}: {Total} {(Total == 1 ? "crime" : "crimes")} ({Mode.Description})";
}
