using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Morile;

/// <summary>
/// Issues assessed under one <see cref="MorileScheme"/>, ranked by risk score into priorities: for example one
/// district's MoRiLE outcomes for its strategic assessment.
/// </summary>
/// <remarks>
/// <para><b>Order and rank.</b> Issues are ranked by risk score, highest first. Issues with equal risk scores share a
/// rank and the next rank skips (standard competition ranking: 1, 2, 2, 4). Within equal risk scores, issues are
/// listed by confidence score, highest first, then by issue identifier (ordinal). The result does not depend on the
/// order the assessments are given in.</para>
/// <para><b>Checks.</b> At least one assessment; every assessment is under the ranking's scheme (assessments under
/// different schemes cannot be ranked together: their scores are not comparable); no issue is assessed twice.</para>
/// <para>Two rankings are equal when title, scheme, illustration mark and ranked issues are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MorileRanking
{
    private readonly ValueList<MorileRankedIssue> issues;

    /// <summary>Creates a ranking.</summary>
    /// <param name="title">What is ranked, e.g. "Pilot district 1" or "Thanet strategic assessment 2017".</param>
    /// <param name="scheme">The scheme every assessment is under.</param>
    /// <param name="assessments">The assessments, in any order; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank; <paramref name="assessments"/> is empty or
    /// holds a null; an assessment is under another scheme; or an issue is assessed twice (each named as <c>assessments[2]</c>).</exception>
    public MorileRanking(string title, MorileScheme scheme, IEnumerable<MorileAssessment> assessments)
    {
        Title = Preconditions.CheckNotBlank(title);
        Scheme = Preconditions.CheckNotNull(scheme);
        var given = Preconditions.CheckItems(assessments);
        Preconditions.CheckArgument(given.Count > 0, nameof(assessments), "must list at least one assessment");
        var issueIds = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < given.Count; i++)
        {
            string path = $"{nameof(assessments)}[{i}]";
            var other = given[i].Scheme;
            if (other != scheme)
            {
                string which = string.Equals(other.Id, scheme.Id, StringComparison.Ordinal)
                    ? $"a different version of scheme '{scheme.Id}'"
                    : $"scheme '{other.Id}'";
                Preconditions.ThrowArgument(path, $"({given[i].IssueId}) is assessed under {which}, but the ranking's scheme is '{scheme.Id}'; assessments under different schemes cannot be ranked together");
            }
            Preconditions.CheckArgument(issueIds.Add(given[i].IssueId), path, $"assesses the issue '{given[i].IssueId}' again; each issue is assessed once");
        }
        var ordered = given
            .OrderByDescending(assessment => assessment.RiskScore)
            .ThenByDescending(assessment => assessment.Confidence.Score)
            .ThenBy(assessment => assessment.IssueId, StringComparer.Ordinal)
            .ToArray();
        var ranked = new MorileRankedIssue[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            int rank = i > 0 && ordered[i].RiskScore == ordered[i - 1].RiskScore ? ranked[i - 1].Rank : i + 1;
            ranked[i] = new MorileRankedIssue(rank, ordered[i]);
        }
        issues = ValueList<MorileRankedIssue>.Own(ranked);
    }

    private const string IllustrationReason = "Made up to show a feature: the scores are not real assessments.";

    /// <summary>What is ranked, e.g. "Pilot district 1".</summary>
    public string Title { get; }

    /// <summary>The scheme every assessment is under.</summary>
    public MorileScheme Scheme { get; }

    /// <summary>The issues in ranked order: risk score descending, then confidence score descending, then issue identifier.</summary>
    public IReadOnlyList<MorileRankedIssue> Issues => issues;

    /// <summary>
    /// Where the ranking comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>Null unless set with <see cref="WithProvenance"/> or <see cref="WithIllustration"/>; written to JSON as the <c>provenance</c> member.</value>
    public ProvenanceRecord? Provenance { get; private init; }

    /// <summary>Whether the ranking as a whole is an illustration: its <see cref="Provenance"/> is <see cref="ProvenanceKind.Illustrative"/>.</summary>
    /// <value>False unless set with <see cref="WithIllustration"/> or an illustrative <see cref="WithProvenance"/>.</value>
    public bool IsIllustration => Provenance?.Whole.Kind == ProvenanceKind.Illustrative;

    /// <summary>The rank of an issue.</summary>
    /// <param name="issueId">The issue identifier.</param>
    /// <returns>The rank (1 for the highest risk), or null if the ranking does not assess the issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issueId"/> is null.</exception>
    public int? RankOf(string issueId)
    {
        Preconditions.CheckNotNull(issueId);
        return issues.Find(issue => string.Equals(issue.Assessment.IssueId, issueId, StringComparison.Ordinal))?.Rank;
    }

    /// <summary>
    /// Returns the ranking marked as an illustration, or not: a shorthand for <see cref="WithProvenance"/> with an
    /// illustrative provenance ("Made up to show a feature: the scores are not real assessments"), or with none.
    /// </summary>
    /// <param name="isIllustration">True for an illustration; false clears an illustrative provenance (any other is kept).</param>
    /// <returns>The ranking with <see cref="IsIllustration"/> set.</returns>
    public MorileRanking WithIllustration(bool isIllustration) =>
        isIllustration == IsIllustration ? this
        : WithProvenance(isIllustration ? ProvenanceRecord.Of(global::KentCsp.Domain.Provenance.Illustrative(IllustrationReason)) : null);

    /// <summary>Returns the ranking with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the ranking comes from, or null for nothing recorded.</param>
    /// <returns>A new ranking with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public MorileRanking WithProvenance(ProvenanceRecord? provenance) => this with { Provenance = provenance };

    /// <summary>Formats the ranking: "Pilot district 1: 5 issues under Illustrative MoRiLE scheme (kent-illustrative)".</summary>
    /// <returns>The title, the number of issues and the scheme.</returns>
    public override string ToString() => $"{Title}: {issues.Count} {(issues.Count == 1 ? "issue" : "issues")} under {Scheme}";
}
