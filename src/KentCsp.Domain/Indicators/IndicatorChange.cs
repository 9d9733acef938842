using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Indicators;

/// <summary>
/// The change in an indicator from a baseline period to a later one: the difference, its direction, whether it is an
/// improvement, the percentage and a statement such as "up by more than a third".
/// </summary>
/// <remarks>
/// <para>Every figure is exact except <see cref="PercentageChange"/>, which is rounded to one place for display.
/// Thresholds are tested exactly with <see cref="CompareWith"/>, <see cref="IsUpByMoreThan"/> and
/// <see cref="IsDownByMoreThan"/>: a rise from 300 to 400 is exactly a third, never "more than a third".</para>
/// <para>A change is only made by <see cref="IndicatorSeries"/> and <see cref="RoadCasualtyFigures"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorChange
{
    internal IndicatorChange(IndicatorDefinition indicator, SeverityBasis? basis, IndicatorValue baseline, IndicatorValue current)
    {
        Indicator = indicator;
        Basis = basis;
        Baseline = baseline;
        Current = current;
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>Raw or severity-adjusted, for a road casualty indicator; otherwise null.</summary>
    public SeverityBasis? Basis { get; }

    /// <summary>The earlier figure compared against.</summary>
    public IndicatorValue Baseline { get; }

    /// <summary>The later figure.</summary>
    public IndicatorValue Current { get; }

    /// <summary>The current value less the baseline value, exactly (negative for a fall).</summary>
    public decimal Difference => Current.Value - Baseline.Value;

    /// <summary>Which way the value moved.</summary>
    public ChangeDirection Direction => Difference > 0m ? ChangeDirection.Up : Difference < 0m ? ChangeDirection.Down : ChangeDirection.Unchanged;

    /// <summary>Whether the change is an improvement, by the indicator's polarity.</summary>
    public ChangeJudgement Judgement
    {
        get
        {
            if (Difference == 0m)
            {
                return ChangeJudgement.Unchanged;
            }
            if (Indicator.Polarity == IndicatorPolarity.NoPreferredDirection)
            {
                return ChangeJudgement.NotJudged;
            }
            bool rose = Difference > 0m;
            return rose == (Indicator.Polarity == IndicatorPolarity.HigherIsBetter) ? ChangeJudgement.Improved : ChangeJudgement.Worsened;
        }
    }

    /// <summary>
    /// The change as a percentage of the baseline, rounded to one decimal place (halves away from zero), e.g. 33.3 for a
    /// rise from 300 to 400; null when the baseline is 0.
    /// </summary>
    public decimal? PercentageChange =>
        Baseline.Value == 0m ? null : Math.Round(Difference * 100m / Baseline.Value, 1, MidpointRounding.AwayFromZero);

    /// <summary>The change in words with the default thresholds, e.g. "up by more than a third".</summary>
    public string Statement => Describe(ChangeWording.Default);

    /// <summary>The change in words with <paramref name="wording"/>'s thresholds.</summary>
    /// <param name="wording">The thresholds to word it with.</param>
    /// <returns>The statement, e.g. "down by a quarter".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wording"/> is null.</exception>
    public string Describe(ChangeWording wording) => Preconditions.CheckNotNull(wording).Describe(Baseline.Value, Current.Value);

    /// <summary>Compares the size of the change, as a proportion of the baseline, with <paramref name="threshold"/>, exactly.</summary>
    /// <param name="threshold">The proportion, e.g. <see cref="Fraction.OneThird"/>.</param>
    /// <returns>Negative if the change is smaller, 0 if exactly the threshold, positive if larger. A change from a baseline of 0 is larger than any threshold; no change is smaller.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threshold"/> is null.</exception>
    public int CompareWith(Fraction threshold)
    {
        Preconditions.CheckNotNull(threshold);
        decimal size = Math.Abs(Difference);
        if (Baseline.Value == 0m)
        {
            return size == 0m ? -1 : 1;
        }
        return threshold.CompareProportion(size, Baseline.Value);
    }

    /// <summary>Whether the value rose by more than <paramref name="threshold"/> of the baseline ("up by more than a third").</summary>
    /// <param name="threshold">The proportion.</param>
    /// <returns>True if the value rose and the rise is strictly larger than the threshold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threshold"/> is null.</exception>
    public bool IsUpByMoreThan(Fraction threshold) => CompareWith(threshold) > 0 && Difference > 0m;

    /// <summary>Whether the value fell by more than <paramref name="threshold"/> of the baseline.</summary>
    /// <param name="threshold">The proportion.</param>
    /// <returns>True if the value fell and the fall is strictly larger than the threshold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threshold"/> is null.</exception>
    public bool IsDownByMoreThan(Fraction threshold) => CompareWith(threshold) > 0 && Difference < 0m;

    /// <summary>Describes the change: "Killed or seriously injured (raw): 2016 825 against 2015 600, up by more than a third (+37.5%)".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string basis = Basis is null ? string.Empty : $" ({Basis.Description})";
        string percentage = PercentageChange is { } value ? FormattableString.Invariant($" ({(value > 0m ? "+" : string.Empty)}{value:0.0}%)") : string.Empty;
        return FormattableString.Invariant($"{Indicator.Name}{basis}: {Current.Period} {Current.Value} against {Baseline.Period} {Baseline.Value}, {Statement}{percentage}");
    }
}
