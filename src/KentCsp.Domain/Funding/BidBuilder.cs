using System;
using System.Collections.Generic;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>
/// Builds a <see cref="Bid"/> one named part at a time: the identifier, the applicant, the project and its purpose,
/// the amount requested, the priorities and plan objectives supported, the scope and the date submitted.
/// </summary>
/// <remarks>
/// <para>Start from nothing (<c>new BidBuilder()</c>) or from an existing bid (<see cref="Bid.ToBuilder"/>: a copy to
/// change). The lists of priorities and plan objectives start empty, and the amount requested and the date submitted
/// start null (the record does not give them); the identifier, the applicant, the project, the purpose and the scope
/// have no default.</para>
/// <para>Two lists name two different things, each by identifier: <see cref="Bid.PriorityIds"/> are Community Safety
/// Agreement priorities (<see cref="Agreement.AgreementItem.Id"/>), and <see cref="Bid.PlanObjectives"/> are Police and
/// Crime Plan objectives: the police and crime objectives set out in the local policing body's plan (Crime and Disorder
/// Act 1998 s.6(1A)), not in the partnership's agreement.</para>
/// <para>Apart from a date's calendar (below), the parts are not checked as they are set: <see cref="Build"/> checks them once, by calling the
/// <see cref="Bid"/> constructor, so a refusal is exactly the constructor's (the same exception, parameter name and
/// message). Each <c>With…</c> and <c>Add…</c> method changes this builder and returns it; a list given to a
/// <c>With…</c> method is copied when it is given, and the bid built is immutable.</para>
/// <para>A date is the one part checked when it is set: a date in a calendar other than ISO is refused at once, naming
/// the parameter, as by every member of the library that takes a date.</para>
/// </remarks>
/// <threadsafety>This type is mutable and not thread-safe: use one builder from one thread at a time.</threadsafety>
public sealed class BidBuilder
{
    private string? id;
    private Organisation? applicant;
    private string? project;
    private string? purpose;
    private Money? amountRequested;
    private List<string>? priorityIds = [];
    private List<string>? planObjectives = [];
    private ProjectScope? scope;
    private LocalDate? submittedOn;

    /// <summary>Creates a builder with no parts: both lists empty, nothing else set.</summary>
    public BidBuilder()
    {
    }

    internal BidBuilder(Bid bid)
    {
        id = bid.Id;
        applicant = bid.Applicant;
        project = bid.Project;
        purpose = bid.Purpose;
        amountRequested = bid.AmountRequested;
        priorityIds = [.. bid.PriorityIds];
        planObjectives = [.. bid.PlanObjectives];
        scope = bid.Scope;
        submittedOn = bid.SubmittedOn;
    }

    /// <summary>Sets the identifier.</summary>
    /// <param name="id">The identifier, unique within the round, e.g. "licence-to-kill".</param>
    /// <returns>This builder.</returns>
    public BidBuilder WithId(string id)
    {
        this.id = id;
        return this;
    }

    /// <summary>Sets who asks for the money.</summary>
    /// <param name="applicant">The applicant; the recipient if funded.</param>
    /// <returns>This builder.</returns>
    public BidBuilder WithApplicant(Organisation applicant)
    {
        this.applicant = applicant;
        return this;
    }

    /// <summary>Sets the project's name.</summary>
    /// <param name="project">The name, e.g. "Licence to Kill".</param>
    /// <returns>This builder.</returns>
    public BidBuilder WithProject(string project)
    {
        this.project = project;
        return this;
    }

    /// <summary>Sets what the project does.</summary>
    /// <param name="purpose">The purpose, in a sentence.</param>
    /// <returns>This builder.</returns>
    public BidBuilder WithPurpose(string purpose)
    {
        this.purpose = purpose;
        return this;
    }

    /// <summary>Sets the amount asked for, or clears it.</summary>
    /// <param name="amountRequested">The amount, or null if the record does not give it; never £0.00.</param>
    /// <returns>This builder.</returns>
    public BidBuilder WithAmountRequested(Money? amountRequested)
    {
        this.amountRequested = amountRequested;
        return this;
    }

    /// <summary>Replaces the Community Safety Agreement priorities the bid supports.</summary>
    /// <param name="priorityIds">The priorities' identifiers; copied.</param>
    /// <returns>This builder.</returns>
    public BidBuilder WithPriorityIds(IEnumerable<string> priorityIds)
    {
        this.priorityIds = priorityIds is null ? null : [.. priorityIds];
        return this;
    }

    /// <summary>Adds a Community Safety Agreement priority the bid supports.</summary>
    /// <param name="priorityId">The priority's identifier, e.g. "road-safety".</param>
    /// <returns>This builder.</returns>
    public BidBuilder AddPriorityId(string priorityId)
    {
        (priorityIds ??= []).Add(priorityId);
        return this;
    }

    /// <summary>Replaces the Police and Crime Plan objectives the bid supports.</summary>
    /// <param name="planObjectives">The objectives' identifiers; copied.</param>
    /// <returns>This builder.</returns>
    public BidBuilder WithPlanObjectives(IEnumerable<string> planObjectives)
    {
        this.planObjectives = planObjectives is null ? null : [.. planObjectives];
        return this;
    }

    /// <summary>Adds a Police and Crime Plan objective the bid supports.</summary>
    /// <param name="planObjective">The objective's identifier.</param>
    /// <returns>This builder.</returns>
    public BidBuilder AddPlanObjective(string planObjective)
    {
        (planObjectives ??= []).Add(planObjective);
        return this;
    }

    /// <summary>Sets the area the project serves.</summary>
    /// <param name="scope">The scope, e.g. <see cref="ProjectScope.CountyWide"/>.</param>
    /// <returns>This builder.</returns>
    public BidBuilder WithScope(ProjectScope scope)
    {
        this.scope = scope;
        return this;
    }

    /// <summary>Sets when the bid was made, or clears it.</summary>
    /// <param name="submittedOn">The date, or null if the record does not say.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentRefusedException">The date is not in the ISO calendar; refused at once, as everywhere in the library.</exception>
    public BidBuilder WithSubmittedOn(LocalDate? submittedOn)
    {
        this.submittedOn = SupportedDates.CheckCalendar(submittedOn);
        return this;
    }

    /// <summary>Builds the bid from the parts given, checked by the <see cref="Bid"/> constructor.</summary>
    /// <returns>A new, immutable bid; each call returns a new one.</returns>
    /// <exception cref="ArgumentNullException">The identifier, the applicant, the project, the purpose, the scope or a list is not set (or set to null); the parameter name is the constructor's.</exception>
    /// <exception cref="ArgumentException">The constructor refuses the parts: an identifier is malformed or repeated, a text is blank, or the amount requested is £0.00.</exception>
    public Bid Build() =>
        new(id!, applicant!, project!, purpose!, amountRequested, priorityIds!, planObjectives!, scope!, submittedOn);
}
