using System;
using System.Collections.Generic;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>A bid to a funding round: who asks, for which project, for how much, supporting which priorities, for which area.</summary>
/// <remarks>
/// <para>The identifier is lower-case letters, digits and hyphens, unique within the round, e.g.
/// <c>licence-to-kill</c>. <see cref="PriorityIds"/> are the identifiers of Community Safety Agreement priorities
/// (<see cref="Agreement.AgreementItem.Id"/>); <see cref="PlanObjectives"/> name Police and Crime Plan objectives in the
/// same identifier form. <see cref="AmountRequested"/> and <see cref="SubmittedOn"/> are null where the record does not
/// give them.</para>
/// <para>Two bids are equal when every member is equal, lists in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Bid
{
    private readonly ValueList<string> priorityIds;
    private readonly ValueList<string> planObjectives;

    /// <summary>Creates a bid.</summary>
    /// <param name="id">The identifier, unique within the round.</param>
    /// <param name="applicant">Who asks for the money; the recipient if funded.</param>
    /// <param name="project">The project's name, e.g. "Licence to Kill".</param>
    /// <param name="purpose">What the project does, in a sentence.</param>
    /// <param name="amountRequested">The amount asked for, or null if the record does not give it; never £0.00.</param>
    /// <param name="priorityIds">The Community Safety Agreement priorities the bid supports, by identifier.</param>
    /// <param name="planObjectives">The Police and Crime Plan objectives the bid supports, by identifier.</param>
    /// <param name="scope">The area the project serves.</param>
    /// <param name="submittedOn">When the bid was made, or null if the record does not say.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="amountRequested"/> and <paramref name="submittedOn"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is malformed or repeated, a text is blank, or <paramref name="amountRequested"/> is £0.00.</exception>
    public Bid(
        string id,
        Organisation applicant,
        string project,
        string purpose,
        Money? amountRequested,
        IEnumerable<string> priorityIds,
        IEnumerable<string> planObjectives,
        ProjectScope scope,
        NodaTime.LocalDate? submittedOn)
    {
        SupportedDates.CheckCalendar(submittedOn);
        Id = Slug.Check(id);
        Applicant = Preconditions.CheckNotNull(applicant);
        Project = Preconditions.CheckNotBlank(project);
        Purpose = Preconditions.CheckNotBlank(purpose);
        Preconditions.CheckArgument(amountRequested is not { IsZero: true }, nameof(amountRequested), "must be more than £0.00 when given");
        AmountRequested = amountRequested;
        this.priorityIds = Slug.CheckDistinct(priorityIds);
        this.planObjectives = Slug.CheckDistinct(planObjectives);
        Scope = Preconditions.CheckNotNull(scope);
        SubmittedOn = submittedOn;
    }

    /// <summary>The identifier, unique within the round.</summary>
    public string Id { get; }

    /// <summary>Who asks for the money.</summary>
    public Organisation Applicant { get; }

    /// <summary>The project's name.</summary>
    public string Project { get; }

    /// <summary>What the project does.</summary>
    public string Purpose { get; }

    /// <summary>The amount asked for, or null where the record does not give it.</summary>
    public Money? AmountRequested { get; }

    /// <summary>The Community Safety Agreement priorities the bid supports, by identifier.</summary>
    public IReadOnlyList<string> PriorityIds => priorityIds;

    /// <summary>The Police and Crime Plan objectives the bid supports, by identifier.</summary>
    public IReadOnlyList<string> PlanObjectives => planObjectives;

    /// <summary>The area the project serves.</summary>
    public ProjectScope Scope { get; }

    /// <summary>When the bid was made, or null where the record does not say.</summary>
    public NodaTime.LocalDate? SubmittedOn { get; }

    /// <summary>Formats the bid: its project name.</summary>
    /// <returns>The project name.</returns>
    public override string ToString() => Project;

    /// <summary>Returns a builder holding this bid's parts , to build a changed copy.</summary>
    /// <returns>A new builder; changing it does not change this bid.</returns>
    public BidBuilder ToBuilder() => new(this);
}
