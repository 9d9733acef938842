using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Morile;

/// <summary>
/// A MoRiLE assessment of one issue under a <see cref="MorileScheme"/>: a score for every factor and a confidence
/// level, giving the issue's risk score with a breakdown by group.
/// </summary>
/// <remarks>
/// <para>Every factor of the scheme is scored exactly once, with one of its allowed scores. A group's score is the sum
/// of its factors' score × weight; <see cref="RiskScore"/> combines the three group scores as the scheme's
/// <see cref="MorileScheme.Combination"/> says. The arithmetic is exact <see cref="decimal"/> arithmetic.</para>
/// <para>The issue identifier is lower-case letters, digits and hyphens (<c>anti-social-behaviour</c>).</para>
/// <para>Two assessments are equal when scheme, issue, scores (by value) and confidence level are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MorileAssessment
{
    private readonly ValueList<MorileFactorScore> scores;
    private readonly ValueList<MorileGroupScore> groups;

    /// <summary>Creates an assessment.</summary>
    /// <param name="scheme">The scheme the issue is scored under.</param>
    /// <param name="issueId">The issue's identifier, e.g. "anti-social-behaviour".</param>
    /// <param name="issueName">The issue's name for a person, e.g. "Anti-social behaviour".</param>
    /// <param name="scores">A score for every factor of the scheme, by factor identifier, each exactly once.</param>
    /// <param name="confidence">The identifier of one of the scheme's confidence levels, e.g. "high".</param>
    /// <exception cref="ArgumentNullException">An argument or a factor identifier is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="issueId"/> is malformed or <paramref name="issueName"/> blank;
    /// a score names a factor the scheme does not have, names a factor twice or is not one of the factor's allowed scores;
    /// a factor has no score (each named as <c>scores.harmPhysical</c>); or <paramref name="confidence"/> is not a level of the scheme.</exception>
    public MorileAssessment(MorileScheme scheme, string issueId, string issueName, IEnumerable<KeyValuePair<string, decimal>> scores, string confidence)
    {
        Scheme = Preconditions.CheckNotNull(scheme);
        IssueId = Slug.Check(issueId);
        IssueName = Preconditions.CheckNotBlank(issueName);
        Preconditions.CheckNotNull(scores);
        var given = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var pair in scores)
        {
            string key = Preconditions.CheckNotNull(pair.Key, $"{nameof(scores)} key");
            string path = $"{nameof(scores)}.{key}";
            var factor = scheme.FindFactor(key);
            if (factor is null)
            {
                Preconditions.ThrowArgument(path, $"is not a factor of scheme '{scheme.Id}'; expected one of: {string.Join(", ", scheme.Factors.Select(f => f.Id))}");
            }
            Preconditions.CheckArgument(!given.ContainsKey(key), path, "is scored more than once");
            Preconditions.CheckArgument(
                factor.Allows(pair.Value),
                path,
                $"is {MorileText.Number(pair.Value)}, but {factor.Name} allows {factor.DescribeAllowedScores()}");
            given.Add(key, pair.Value);
        }
        var factorScores = new MorileFactorScore[scheme.Factors.Count];
        for (int i = 0; i < factorScores.Length; i++)
        {
            var factor = scheme.Factors[i];
            if (!given.TryGetValue(factor.Id, out decimal score))
            {
                Preconditions.ThrowArgument($"{nameof(scores)}.{factor.Id}", $"is missing: every factor of scheme '{scheme.Id}' must be scored ({factor.Name}: {factor.DescribeAllowedScores()})");
            }
            factorScores[i] = new MorileFactorScore(factor, score);
        }
        this.scores = ValueList<MorileFactorScore>.Own(factorScores);
        Preconditions.CheckNotNull(confidence);
        Confidence = scheme.FindConfidenceLevel(confidence)
            ?? throw new ArgumentRefusedException(nameof(confidence), $"'{confidence}' is not a confidence level of scheme '{scheme.Id}'; expected one of: {string.Join(", ", scheme.ConfidenceLevels.Select(level => level.Id))}.");
        groups = ValueList<MorileGroupScore>.Own(MorileFactorGroup.All
            .Select(group => new MorileGroupScore(group, factorScores.Where(s => s.Factor.Group == group).ToArray()))
            .ToArray());
        RiskScore = scheme.Combination.Combine(groups.Select(group => group.Score));
    }

    /// <summary>The scheme the issue is scored under.</summary>
    public MorileScheme Scheme { get; }

    /// <summary>The issue's identifier, e.g. "anti-social-behaviour".</summary>
    public string IssueId { get; }

    /// <summary>The issue's name for a person.</summary>
    public string IssueName { get; }

    /// <summary>The factor scores, in the scheme's order of factors.</summary>
    public IReadOnlyList<MorileFactorScore> Scores => scores;

    /// <summary>The confidence level stated.</summary>
    public MorileConfidenceLevel Confidence { get; }

    /// <summary>The breakdown by group, in the order harm, likelihood, organisational position.</summary>
    public IReadOnlyList<MorileGroupScore> Groups => groups;

    /// <summary>The risk score: the group scores combined as the scheme says, exact.</summary>
    public decimal RiskScore { get; }

    /// <summary>The score given to one factor.</summary>
    /// <param name="factorId">The factor identifier, e.g. "harmPhysical".</param>
    /// <returns>The score, or null if the scheme has no such factor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factorId"/> is null.</exception>
    public decimal? ScoreOf(string factorId)
    {
        Preconditions.CheckNotNull(factorId);
        return scores.Find(s => string.Equals(s.Factor.Id, factorId, StringComparison.Ordinal))?.Score;
    }

    /// <summary>Explains the risk score from the group scores: "risk 199.5 = harm 19 × likelihood 3 × organisational position 3.5".</summary>
    /// <returns>The risk score and how it is made.</returns>
    public string Explain() =>
        $"risk {MorileText.Number(RiskScore)} = " + string.Join(Scheme.Combination.Symbol, groups.Select(group => group.ToString()));

    /// <summary>Formats the assessment: "Anti-social behaviour (anti-social-behaviour): risk 84, confidence High (3)".</summary>
    /// <returns>The issue, risk score and confidence.</returns>
    public override string ToString() => $"{IssueName} ({IssueId}): risk {MorileText.Number(RiskScore)}, confidence {Confidence}";
}
