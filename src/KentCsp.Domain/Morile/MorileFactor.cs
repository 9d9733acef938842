using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Morile;

/// <summary>
/// One factor of a <see cref="MorileScheme"/>: its identifier and name, the group it belongs to (harm, likelihood or
/// organisational position), the scores an assessor may give it and the weight its score is multiplied by.
/// </summary>
/// <remarks>
/// <para>The identifier is a lower-case letter followed by letters and digits (<c>harmPhysical</c>): it is the member
/// name under <c>scores</c> in a MoRiLE JSON document, so an error names it as <c>$.assessments[2].scores.harmPhysical</c>.</para>
/// <para>Allowed scores are a set of decimal values, none negative, kept in ascending order; a range of whole numbers is
/// written with <see cref="WholeNumbers"/>. Scores are compared by value (<c>1.0</c> is <c>1</c>). The weight is
/// greater than zero. Everything is <see cref="decimal"/>: there is no binary floating point.</para>
/// <para>Two factors are equal when identifier, name, group, allowed scores and weight are equal (ordinal text, decimal values).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MorileFactor
{
    /// <summary>The most values <see cref="WholeNumbers"/> gives.</summary>
    private const int MaximumRun = 1001;

    private readonly ValueList<decimal> allowedScores;

    /// <summary>Creates a factor.</summary>
    /// <param name="id">The identifier, e.g. "harmPhysical"; at most 200 characters.</param>
    /// <param name="name">The name for a person, e.g. "Physical harm"; at most 1,000 characters.</param>
    /// <param name="group">The group the factor belongs to.</param>
    /// <param name="allowedScores">The scores an assessor may give; at least one, none negative, no value twice.</param>
    /// <param name="weight">What a score is multiplied by in its group's sum; greater than zero.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is malformed or too long, <paramref name="name"/> is blank or too long,
    /// <paramref name="allowedScores"/> is empty or holds a negative or repeated value, or <paramref name="weight"/> is not
    /// greater than zero.</exception>
    public MorileFactor(string id, string name, MorileFactorGroup group, IEnumerable<decimal> allowedScores, decimal weight)
    {
        Id = MorileText.CheckFactorId(id);
        Name = Preconditions.CheckNotBlank(name, Preconditions.MaxNameLength, nameof(name));
        Group = Preconditions.CheckNotNull(group);
        Preconditions.CheckNotNull(allowedScores);
        var scores = new List<decimal>(allowedScores);
        Preconditions.CheckArgument(scores.Count > 0, nameof(allowedScores), "must list at least one score");
        // One pass with a set (decimal equality and hashing ignore trailing zeros, so 1.0 repeats 1): linear in the number
        // of scores, and a message is built only for the score that fails.
        var seen = new HashSet<decimal>();
        for (int i = 0; i < scores.Count; i++)
        {
            if (scores[i] < 0m)
            {
                Preconditions.ThrowArgument($"{nameof(allowedScores)}[{i}]", $"must not be negative, but was {MorileText.Number(scores[i])}");
            }
            if (!seen.Add(scores[i]))
            {
                Preconditions.ThrowArgument($"{nameof(allowedScores)}[{i}]", $"repeats the score {MorileText.Number(scores[i])}");
            }
        }
        scores.Sort();
        this.allowedScores = ValueList<decimal>.Own(scores.ToArray());
        Preconditions.CheckArgument(weight > 0m, nameof(weight), $"must be greater than zero, but was {MorileText.Number(weight)}");
        Weight = weight;
    }

    /// <summary>The identifier, e.g. "harmPhysical"; the member name under <c>scores</c> in JSON.</summary>
    public string Id { get; }

    /// <summary>The name for a person, e.g. "Physical harm".</summary>
    public string Name { get; }

    /// <summary>The group the factor belongs to.</summary>
    public MorileFactorGroup Group { get; }

    /// <summary>The scores an assessor may give, in ascending order.</summary>
    public IReadOnlyList<decimal> AllowedScores => allowedScores;

    /// <summary>What a score is multiplied by in its group's sum.</summary>
    public decimal Weight { get; }

    /// <summary>The highest allowed score.</summary>
    public decimal MaximumScore => allowedScores[allowedScores.Count - 1];

    /// <summary>The whole numbers from <paramref name="minimum"/> to <paramref name="maximum"/>, for <c>allowedScores</c>.</summary>
    /// <param name="minimum">The lowest score; not negative.</param>
    /// <param name="maximum">The highest score; at least <paramref name="minimum"/>, and at most 1,000 more.</param>
    /// <returns>The scores, ascending.</returns>
    /// <exception cref="ArgumentException"><paramref name="minimum"/> is negative, or <paramref name="maximum"/> is below it or more than 1,000 above it.</exception>
    public static IReadOnlyList<decimal> WholeNumbers(int minimum, int maximum)
    {
        Preconditions.CheckArgument(minimum >= 0, nameof(minimum), $"must not be negative, but was {minimum}");
        Preconditions.CheckArgument(maximum >= minimum, nameof(maximum), $"must be at least the minimum ({minimum}), but was {maximum}");
        Preconditions.CheckArgument((long)maximum - minimum < MaximumRun, nameof(maximum), $"must be at most {MaximumRun - 1} more than the minimum ({minimum}), but was {maximum}");
        var scores = new decimal[maximum - minimum + 1];
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = minimum + i;
        }
        return ValueList<decimal>.Own(scores);
    }

    /// <summary>Whether <paramref name="score"/> is one of the allowed scores (compared by value).</summary>
    /// <param name="score">The score.</param>
    /// <returns>True if the factor allows it.</returns>
    public bool Allows(decimal score) => allowedScores.Contains(score);

    /// <summary>The allowed scores in words: "0, 0.5, 1" or "whole numbers from 0 to 4".</summary>
    /// <returns>The allowed scores.</returns>
    public string DescribeAllowedScores() => MorileText.Values(allowedScores);

    /// <summary>Formats the factor: "Physical harm (harmPhysical)".</summary>
    /// <returns>The name and identifier.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
