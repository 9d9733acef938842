using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Morile;

/// <summary>
/// A MoRiLE (Management of Risk in Law Enforcement) scoring scheme, supplied as data: the factors in each group with
/// their allowed scores and weights, how the groups combine into a risk score, and the confidence levels.
/// </summary>
/// <remarks>
/// <para>MoRiLE is a matrix scoring each issue on harm (physical, psychological, financial, community, environment,
/// geographic scope, victim vulnerability), likelihood, and organisational position (capacity and capability),
/// producing a risk score, a confidence score and a priority rank. The real MoRiLE score values and weights are
/// <b>not confirmed</b> in the library's sources, so the library ships none: the scheme is data.
/// <see cref="Kent.KentMorile.Scheme"/> is an illustration only.</para>
/// <para><b>Arithmetic.</b> A group's score is the sum over its factors of score × weight; the risk score combines the
/// three group scores as <see cref="Combination"/> says (product or sum). Everything is <see cref="decimal"/>, so
/// nothing is rounded unless a result needs more than 28 significant digits. A scheme whose highest possible risk score
/// would be beyond the range of <see cref="decimal"/> is refused.</para>
/// <para>Every group has at least one factor; factor identifiers and confidence level identifiers are unique. Factors
/// and levels keep the order given.</para>
/// <para>Two schemes are equal when every member is equal, lists in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MorileScheme
{
    private readonly ValueList<MorileFactor> factors;
    private readonly ValueList<MorileConfidenceLevel> confidenceLevels;

    /// <summary>Creates a scheme.</summary>
    /// <param name="id">The identifier, lower-case letters, digits and hyphens, e.g. "force-scheme-2017".</param>
    /// <param name="name">The name for a person.</param>
    /// <param name="combination">How the group scores combine into the risk score.</param>
    /// <param name="factors">The factors, in the order to show them; at least one in each group, identifiers unique.</param>
    /// <param name="confidenceLevels">The confidence levels, in the order to show them; at least one, identifiers unique.</param>
    /// <param name="source">Where the scheme comes from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is malformed, <paramref name="name"/> is blank, a list
    /// holds a null or repeats an identifier, a group has no factor, there is no confidence level, or the highest possible
    /// risk score is beyond the range of <see cref="decimal"/>.</exception>
    public MorileScheme(
        string id,
        string name,
        MorileCombination combination,
        IEnumerable<MorileFactor> factors,
        IEnumerable<MorileConfidenceLevel> confidenceLevels,
        SourceDocument source)
    {
        Id = Slug.Check(id);
        Name = Preconditions.CheckNotBlank(name);
        Combination = Preconditions.CheckNotNull(combination);
        this.factors = Preconditions.CheckItems(factors);
        var factorIds = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < this.factors.Count; i++)
        {
            Preconditions.CheckArgument(factorIds.Add(this.factors[i].Id), $"{nameof(factors)}[{i}]", $"repeats the factor '{this.factors[i].Id}'");
        }
        foreach (var group in MorileFactorGroup.All)
        {
            Preconditions.CheckArgument(this.factors.Any(factor => factor.Group == group), nameof(factors), $"must include at least one {group.Description} factor");
        }
        this.confidenceLevels = Preconditions.CheckItems(confidenceLevels);
        Preconditions.CheckArgument(this.confidenceLevels.Count > 0, nameof(confidenceLevels), "must list at least one confidence level");
        var levelIds = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < this.confidenceLevels.Count; i++)
        {
            Preconditions.CheckArgument(levelIds.Add(this.confidenceLevels[i].Id), $"{nameof(confidenceLevels)}[{i}]", $"repeats the confidence level '{this.confidenceLevels[i].Id}'");
        }
        Source = Preconditions.CheckNotNull(source);
        try
        {
            MaximumRiskScore = Combination.Combine(MorileFactorGroup.All.Select(group => this.factors.Where(f => f.Group == group).Sum(f => f.MaximumScore * f.Weight)));
        }
        catch (OverflowException)
        {
            Preconditions.ThrowArgument(nameof(factors), "allow a risk score beyond the range of decimal numbers; use smaller scores or weights");
        }
    }

    private const string IllustrationReason = "Made up to show a feature: the values and weights are not a scheme in use.";

    /// <summary>The identifier, e.g. "force-scheme-2017".</summary>
    public string Id { get; }

    /// <summary>The name for a person.</summary>
    public string Name { get; }

    /// <summary>How the group scores combine into the risk score.</summary>
    public MorileCombination Combination { get; }

    /// <summary>The factors, in the order given.</summary>
    public IReadOnlyList<MorileFactor> Factors => factors;

    /// <summary>The confidence levels, in the order given.</summary>
    public IReadOnlyList<MorileConfidenceLevel> ConfidenceLevels => confidenceLevels;

    /// <summary>Where the scheme comes from.</summary>
    public SourceDocument Source { get; }

    /// <summary>
    /// Where the scheme comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>Null unless set with <see cref="WithProvenance"/> or <see cref="WithIllustration"/>; written to JSON as the <c>provenance</c> member.</value>
    public ProvenanceRecord? Provenance { get; private init; }

    /// <summary>Whether the scheme as a whole is an illustration: its <see cref="Provenance"/> is <see cref="ProvenanceKind.Illustrative"/>.</summary>
    /// <value>False unless set with <see cref="WithIllustration"/> or an illustrative <see cref="WithProvenance"/>.</value>
    public bool IsIllustration => Provenance?.Whole.Kind == ProvenanceKind.Illustrative;

    /// <summary>The highest risk score an assessment under this scheme can have: every factor at its highest allowed score.</summary>
    public decimal MaximumRiskScore { get; }

    /// <summary>The factors of one group, in the order given.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The group's factors (at least one).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    public IReadOnlyList<MorileFactor> FactorsIn(MorileFactorGroup group)
    {
        Preconditions.CheckNotNull(group);
        return factors.Where(factor => factor.Group == group).ToValueList();
    }

    /// <summary>Finds a factor by identifier.</summary>
    /// <param name="id">The factor identifier, e.g. "harmPhysical".</param>
    /// <returns>The factor, or null if the scheme has none with that identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public MorileFactor? FindFactor(string id)
    {
        Preconditions.CheckNotNull(id);
        return factors.Find(factor => string.Equals(factor.Id, id, StringComparison.Ordinal));
    }

    /// <summary>Finds a confidence level by identifier.</summary>
    /// <param name="id">The level identifier, e.g. "high".</param>
    /// <returns>The level, or null if the scheme has none with that identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public MorileConfidenceLevel? FindConfidenceLevel(string id)
    {
        Preconditions.CheckNotNull(id);
        return confidenceLevels.Find(level => string.Equals(level.Id, id, StringComparison.Ordinal));
    }

    /// <summary>
    /// Returns the scheme marked as an illustration, or not: a shorthand for <see cref="WithProvenance"/> with an
    /// illustrative provenance ("Made up to show a feature: the values and weights are not a scheme in use"), or with none.
    /// </summary>
    /// <param name="isIllustration">True for an illustration; false clears an illustrative provenance (any other is kept).</param>
    /// <returns>The scheme with <see cref="IsIllustration"/> set.</returns>
    public MorileScheme WithIllustration(bool isIllustration) =>
        isIllustration == IsIllustration ? this
        : WithProvenance(isIllustration ? ProvenanceRecord.Of(global::KentCsp.Domain.Provenance.Illustrative(IllustrationReason)) : null);

    /// <summary>Returns the scheme with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the scheme comes from, or null for nothing recorded.</param>
    /// <returns>A new scheme with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public MorileScheme WithProvenance(ProvenanceRecord? provenance) => this with { Provenance = provenance };

    /// <summary>Formats the scheme: "Name (id)".</summary>
    /// <returns>The name and identifier.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
