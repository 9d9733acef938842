using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Indicators;

/// <summary>
/// The thresholds a change statement is worded with: "up by more than a third", "down by a quarter", "up by less than a
/// tenth", "doubled".
/// </summary>
/// <remarks>
/// <para>A statement names the largest threshold the change reaches. Reaching it exactly gives "up by a third";
/// passing it gives "up by more than a third"; a change below the smallest gives "up by less than a tenth". A rise by
/// exactly the baseline is "doubled", by more "more than doubled"; a fall to nothing is "down to zero"; a rise from a
/// baseline of zero is "up from zero"; no change is "unchanged". Every comparison is exact (see
/// <see cref="Fraction.CompareProportion"/>).</para>
/// <para>The default thresholds are a tenth, a fifth, a quarter, a third, a half, two thirds and three quarters. Supply
/// others for a report's own wording.</para>
/// <para>Two wordings are equal when their thresholds are equal, in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ChangeWording
{
    private readonly ValueList<ChangeThreshold> thresholds;

    /// <summary>Creates a wording from thresholds, which are sorted smallest first.</summary>
    /// <param name="thresholds">The thresholds: at least one, no two with the same fraction.</param>
    /// <exception cref="ArgumentNullException"><paramref name="thresholds"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="thresholds"/> is empty or repeats a fraction.</exception>
    public ChangeWording(IEnumerable<ChangeThreshold> thresholds)
    {
        var items = Preconditions.CheckItems(thresholds);
        Preconditions.CheckArgument(items.Count > 0, nameof(thresholds), "must hold at least one threshold");
        var seen = new HashSet<Fraction>();
        for (int i = 0; i < items.Count; i++)
        {
            Preconditions.CheckArgument(seen.Add(items[i].Fraction), $"{nameof(thresholds)}[{i}]", $"repeats the fraction {items[i].Fraction}");
        }
        this.thresholds = ValueList<ChangeThreshold>.Own(items.OrderBy(threshold => threshold.Fraction).ToArray());
    }

    /// <summary>The default wording: a tenth, a fifth, a quarter, a third, a half, two thirds, three quarters.</summary>
    public static ChangeWording Default { get; } = new(new[]
    {
        new ChangeThreshold(Fraction.OneTenth, "a tenth"),
        new ChangeThreshold(Fraction.OneFifth, "a fifth"),
        new ChangeThreshold(Fraction.OneQuarter, "a quarter"),
        new ChangeThreshold(Fraction.OneThird, "a third"),
        new ChangeThreshold(Fraction.OneHalf, "a half"),
        new ChangeThreshold(Fraction.TwoThirds, "two thirds"),
        new ChangeThreshold(Fraction.ThreeQuarters, "three quarters"),
    });

    /// <summary>The thresholds, smallest first.</summary>
    public IReadOnlyList<ChangeThreshold> Thresholds => thresholds;

    /// <summary>Words the change from <paramref name="baseline"/> to <paramref name="value"/>, e.g. "up by more than a third".</summary>
    /// <param name="baseline">The earlier value; not negative.</param>
    /// <param name="value">The later value; not negative.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentException">A value is negative.</exception>
    public string Describe(decimal baseline, decimal value)
    {
        if (baseline < 0m)
        {
            Preconditions.ThrowArgument(nameof(baseline), $"must not be negative, but was {baseline}");
        }
        if (value < 0m)
        {
            Preconditions.ThrowArgument(nameof(value), $"must not be negative, but was {value}");
        }
        if (value == baseline)
        {
            return "unchanged";
        }
        if (baseline == 0m)
        {
            return "up from zero";
        }
        bool up = value > baseline;
        decimal difference = up ? value - baseline : baseline - value;
        int againstWhole = Fraction.One.CompareProportion(difference, baseline);
        if (againstWhole >= 0)
        {
            return up ? (againstWhole == 0 ? "doubled" : "more than doubled") : "down to zero";
        }
        string direction = up ? "up" : "down";
        for (int i = thresholds.Count - 1; i >= 0; i--)
        {
            int comparison = thresholds[i].Fraction.CompareProportion(difference, baseline);
            if (comparison == 0)
            {
                return $"{direction} by {thresholds[i].Words}";
            }
            if (comparison > 0)
            {
                return $"{direction} by more than {thresholds[i].Words}";
            }
        }
        return $"{direction} by less than {thresholds[0].Words}";
    }

    /// <summary>Lists the thresholds: "a tenth, a fifth, …".</summary>
    /// <returns>The words, smallest first.</returns>
    public override string ToString() => string.Join(", ", thresholds.Select(threshold => threshold.Words));
}
