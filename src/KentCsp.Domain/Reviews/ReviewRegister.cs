using System;
using System.Collections.Generic;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Reviews;

/// <summary>A partnership's review cases: what its review steering group oversees.</summary>
/// <remarks>
/// <para>Names ("Elizabeth/2015") and references are unique within the register.</para>
/// <para>The type is immutable; <see cref="WithCase"/> returns a new register. Two registers are equal when the
/// partnership and the cases, in order, are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewRegister
{
    private readonly ValueList<ReviewCase> cases;

    /// <summary>Creates a register.</summary>
    /// <param name="partnershipId">The partnership that holds the reviews.</param>
    /// <param name="cases">The cases; names and references unique.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A case is null, or two cases share a name or reference; the parameter name locates it, e.g. <c>cases[2].name</c>.</exception>
    public ReviewRegister(OrganisationId partnershipId, IEnumerable<ReviewCase> cases)
    {
        PartnershipId = Preconditions.CheckNotNull(partnershipId);
        this.cases = Preconditions.CheckItems(cases);
        var names = new Dictionary<ReviewCaseName, int>();
        var references = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < this.cases.Count; i++)
        {
            var @case = this.cases[i];
            if (names.TryGetValue(@case.Name, out int other))
            {
                Preconditions.ThrowArgument($"cases[{i}].name", $"repeats '{@case.Name}', already used by cases[{other}]");
            }
            if (references.TryGetValue(@case.Reference, out other))
            {
                Preconditions.ThrowArgument($"cases[{i}].reference", $"repeats '{@case.Reference}', already used by cases[{other}]");
            }
            names.Add(@case.Name, i);
            references.Add(@case.Reference, i);
        }
    }

    /// <summary>The partnership that holds the reviews.</summary>
    public OrganisationId PartnershipId { get; }

    /// <summary>The cases, in the order given.</summary>
    public IReadOnlyList<ReviewCase> Cases => cases;

    /// <summary>Finds a case by its published name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The case, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ReviewCase? Find(ReviewCaseName name)
    {
        Preconditions.CheckNotNull(name);
        return cases.Find(@case => @case.Name == name);
    }

    /// <summary>Returns a register with <paramref name="case"/> added, or in place of the case with the same name.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The new register, with this register's <see cref="Provenance"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="ArgumentException">Another case already has the reference.</exception>
    public ReviewRegister WithCase(ReviewCase @case)
    {
        Preconditions.CheckNotNull(@case);
        var updated = new List<ReviewCase>(cases);
        int index = updated.FindIndex(existing => existing.Name == @case.Name);
        if (index >= 0)
        {
            updated[index] = @case;
        }
        else
        {
            updated.Add(@case);
        }
        return new ReviewRegister(PartnershipId, updated) { Provenance = Provenance };
    }

    /// <summary>Formats the register: "360G-kentcsp-kcsp: 1 case".</summary>
    /// <returns>The partnership and count.</returns>
    public override string ToString() => $"{PartnershipId}: {(cases.Count == 1 ? "1 case" : cases.Count + " cases")}";

    /// <summary>
    /// Where the register comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>Null unless set with <see cref="WithProvenance"/>; written to JSON as the <c>provenance</c> member.</value>
    public ProvenanceRecord? Provenance { get; private init; }

    /// <summary>Returns the register with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the register comes from, or null for nothing recorded.</param>
    /// <returns>A new register with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public ReviewRegister WithProvenance(ProvenanceRecord? provenance) => this with { Provenance = provenance };
}
