using System;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>
/// The elected local policing body of an area, which may make crime and disorder reduction grants (PRSRA 2011 s.9):
/// the funder of a partnership's grant.
/// </summary>
/// <remarks>
/// <para>The body is recorded by what holds its functions (<see cref="Kind"/>), so that a grant from a commissioner
/// and one from a mayor or council leader holding the same functions are modelled alike. A local policing body is not
/// a responsible authority (CDA 1998 s.5(1)), so <see cref="Organisation"/> has no authority kind.</para>
/// <para>Two bodies are equal when their organisations, kinds and areas are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record LocalPolicingBody
{
    /// <summary>Creates a local policing body.</summary>
    /// <param name="organisation">The body (or its office) as an organisation, e.g. the Office of the Kent Police and Crime Commissioner.</param>
    /// <param name="kind">Who holds the functions.</param>
    /// <param name="area">The police area, e.g. "Kent".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is recorded as a responsible authority, or <paramref name="area"/> is blank.</exception>
    public LocalPolicingBody(Organisation organisation, LocalPolicingBodyKind kind, string area)
    {
        Organisation = Preconditions.CheckNotNull(organisation);
        Preconditions.CheckArgument(
            organisation.AuthorityKind is null,
            nameof(organisation),
            $"'{organisation.Name}' is recorded as a responsible authority ({organisation.AuthorityKind}); a local policing body is not one (CDA 1998 s.5(1))");
        Kind = Preconditions.CheckNotNull(kind);
        Area = Preconditions.CheckNotBlank(area);
    }

    /// <summary>The body as an organisation.</summary>
    public Organisation Organisation { get; }

    /// <summary>Who holds the functions.</summary>
    public LocalPolicingBodyKind Kind { get; }

    /// <summary>The police area.</summary>
    public string Area { get; }

    /// <summary>Formats the body: its organisation's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Organisation.Name;
}
