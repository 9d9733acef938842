using System;
using System.Collections.Generic;
using Ardalis.SmartEnum;

namespace KentCsp.Domain.Morile;

/// <summary>How a <see cref="MorileScheme"/> combines its three group scores into an issue's risk score.</summary>
/// <remarks>
/// <para>Each group's score is the weighted sum of its factors' scores (score × weight, added up). The combination then
/// joins the three group scores: <see cref="Product"/> multiplies them (harm × likelihood × organisational position),
/// <see cref="Sum"/> adds them. The combination is part of the scheme's data because the real MoRiLE arithmetic is not
/// confirmed in the library's sources.</para>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class MorileCombination : Catalogue<MorileCombination>
{
    /// <summary>Risk = harm × likelihood × organisational position.</summary>
    public static readonly MorileCombination Product = new(nameof(Product), 1, "harm × likelihood × organisational position", " × ");

    /// <summary>Risk = harm + likelihood + organisational position.</summary>
    public static readonly MorileCombination Sum = new(nameof(Sum), 2, "harm + likelihood + organisational position", " + ");

    private MorileCombination(string name, int value, string description, string symbol)
        : base(name, value)
    {
        Description = description;
        Symbol = symbol;
    }

    /// <summary>The formula for a person, e.g. "harm × likelihood × organisational position".</summary>
    public string Description { get; }

    /// <summary>The operator between group scores in an explanation, with spaces: " × " or " + ".</summary>
    internal string Symbol { get; }

    /// <summary>Combines group scores; throws <see cref="OverflowException"/> beyond the range of <see cref="decimal"/>.</summary>
    internal decimal Combine(IEnumerable<decimal> groupScores)
    {
        bool product = this == Product;
        decimal result = product ? 1m : 0m;
        foreach (decimal score in groupScores)
        {
            result = product ? result * score : result + score;
        }
        return result;
    }
}
