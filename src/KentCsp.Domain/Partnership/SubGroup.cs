using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Partnership;

/// <summary>A sub-group of a partnership, such as the KCSP Working Group or the DHR Steering Group, with its reporting line.</summary>
/// <remarks>Two sub-groups are equal when every member is equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record SubGroup
{
    /// <summary>Creates a sub-group.</summary>
    /// <param name="id">The sub-group's identifier.</param>
    /// <param name="name">Its name, e.g. "KCSP Working Group".</param>
    /// <param name="purpose">What it does, in a sentence.</param>
    /// <param name="reportsTo">The body it reports to: the partnership or another of its sub-groups.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or the sub-group reports to itself.</exception>
    public SubGroup(OrganisationId id, string name, string purpose, OrganisationId reportsTo)
    {
        Id = Preconditions.CheckNotNull(id);
        Name = Preconditions.CheckNotBlank(name);
        Purpose = Preconditions.CheckNotBlank(purpose);
        ReportsTo = Preconditions.CheckNotNull(reportsTo);
        Preconditions.CheckArgument(reportsTo != id, nameof(reportsTo), $"must be another body, not the sub-group itself ({id})");
    }

    /// <summary>The sub-group's identifier.</summary>
    public OrganisationId Id { get; }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>What it does.</summary>
    public string Purpose { get; }

    /// <summary>The body it reports to.</summary>
    public OrganisationId ReportsTo { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
