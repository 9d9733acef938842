using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Indicators;

/// <summary>
/// The values of one indicator over periods of one kind (monthly, quarterly, by financial or calendar year), compared
/// with the previous period and the same period last year.
/// </summary>
/// <remarks>
/// <para>Values are held in period order, one per period; gaps are allowed and a comparison with a missing period is
/// refused, never guessed. A count takes whole numbers, except in a severity-adjusted series, whose figures are
/// estimates; a percentage is at most 100.</para>
/// <para>A road casualty indicator's series states its <see cref="SeverityBasis"/>; any other series has none. Series
/// on different bases are never compared.</para>
/// <para>Two series are equal when indicator, period kind, basis and values are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorSeries : IEquatable<IndicatorSeries>
{
    private readonly ValueList<IndicatorValue> values;
    private readonly Dictionary<ReportingPeriod, IndicatorValue> byPeriod;

    /// <summary>Creates a series.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="periodKind">The kind of every period in the series.</param>
    /// <param name="basis">Raw or severity-adjusted: required when <paramref name="indicator"/> is severity-classified, otherwise null.</param>
    /// <param name="values">The values, in any order: one per period, each of <paramref name="periodKind"/> and valid for the unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/>, <paramref name="periodKind"/>, <paramref name="values"/> or a value is null.</exception>
    /// <exception cref="ArgumentException">The basis is missing or not wanted; a value (named <c>values[i]</c>) is of another period kind, repeats a period, or does not fit the unit.</exception>
    public IndicatorSeries(IndicatorDefinition indicator, PeriodKind periodKind, SeverityBasis? basis, IEnumerable<IndicatorValue> values)
    {
        Indicator = Preconditions.CheckNotNull(indicator);
        PeriodKind = Preconditions.CheckNotNull(periodKind);
        Preconditions.CheckArgument(
            indicator.IsSeverityClassified == basis is not null,
            nameof(basis),
            indicator.IsSeverityClassified
                ? $"is required: {indicator.Name} counts road casualties by severity, so say whether the figures are raw or severity-adjusted"
                : $"must be null: {indicator.Name} is not a road casualty indicator");
        Basis = basis;
        var items = Preconditions.CheckItems(values);
        byPeriod = new Dictionary<ReportingPeriod, IndicatorValue>(items.Count);
        bool wholeNumbers = indicator.Unit == IndicatorUnit.Count && basis != SeverityBasis.Adjusted;
        bool percentage = indicator.Unit == IndicatorUnit.Percentage;
        // Values given in period order (as the library writes them) are kept as given: sorting them again would change nothing.
        bool inOrder = true;
        for (int i = 0; i < items.Count; i++)
        {
            // Messages are built only when a check fails: a long series is checked without allocating per value.
            var item = items[i];
            if (item.Period.Kind != periodKind)
            {
                Preconditions.ThrowArgument(ValueName(i), $"is for {item.Period} ({item.Period.Kind.Description}), but the series is by {periodKind.Description}");
            }
            if (byPeriod.ContainsKey(item.Period))
            {
                Preconditions.ThrowArgument(ValueName(i), $"repeats the period {item.Period}");
            }
            byPeriod.Add(item.Period, item);
            inOrder = inOrder && (i == 0 || items[i - 1].Period.CompareTo(item.Period) < 0);
            if (wholeNumbers && decimal.Truncate(item.Value) != item.Value)
            {
                Preconditions.ThrowArgument(ValueName(i), $"is {item.Value} for {item.Period}, but {indicator.Name} is a count of whole numbers");
            }
            if (percentage && item.Value > 100m)
            {
                Preconditions.ThrowArgument(ValueName(i), $"is {item.Value} for {item.Period}, but a percentage is at most 100");
            }
        }
        // The list is immutable, so one already in order is shared rather than copied.
        this.values = inOrder ? items : ValueList<IndicatorValue>.Own(items.OrderBy(item => item.Period).ToArray());
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The kind of every period in the series.</summary>
    public PeriodKind PeriodKind { get; }

    /// <summary>Raw or severity-adjusted for a road casualty indicator; otherwise null.</summary>
    public SeverityBasis? Basis { get; }

    /// <summary>The values, earliest period first.</summary>
    public IReadOnlyList<IndicatorValue> Values => values;

    /// <summary>The value for the latest period, or null for an empty series.</summary>
    public IndicatorValue? Latest => values.Count == 0 ? null : values[values.Count - 1];

    /// <summary>Builds a series of one measure (such as KSI) from road casualty figures.</summary>
    /// <param name="indicator">The indicator; must be severity-classified.</param>
    /// <param name="measure">The figure to read from each period: killed, seriously injured, KSI, slightly injured or all.</param>
    /// <param name="figures">The figures: all on one basis and of one period kind, one per period; at least one.</param>
    /// <returns>The series, on the figures' basis.</returns>
    /// <exception cref="ArgumentNullException">An argument or a figure is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is not severity-classified; <paramref name="figures"/> is empty, mixes bases or period kinds, or repeats a period.</exception>
    public static IndicatorSeries FromRoadCasualties(IndicatorDefinition indicator, CasualtyMeasure measure, IEnumerable<RoadCasualtyFigures> figures)
    {
        Preconditions.CheckNotNull(indicator);
        Preconditions.CheckNotNull(measure);
        Preconditions.CheckArgument(indicator.IsSeverityClassified, nameof(indicator), $"must be a road casualty indicator, but {indicator.Name} is not severity-classified");
        var items = Preconditions.CheckItems(figures);
        Preconditions.CheckArgument(items.Count > 0, nameof(figures), "must hold at least one period's figures");
        for (int i = 1; i < items.Count; i++)
        {
            Preconditions.CheckArgument(items[i].Basis == items[0].Basis, $"{nameof(figures)}[{i}]", $"is {items[i].Basis.Description}, but figures[0] is {items[0].Basis.Description}; a series holds one basis");
        }
        return new IndicatorSeries(indicator, items[0].Period.Kind, items[0].Basis, items.Select(item => new IndicatorValue(item.Period, item.Of(measure))));
    }

    /// <summary>Compares figures from two series: the current series at <paramref name="period"/> against the baseline series at <paramref name="baselinePeriod"/>.</summary>
    /// <param name="current">The series holding the later figure.</param>
    /// <param name="period">The later period.</param>
    /// <param name="baseline">The series holding the earlier figure; may be <paramref name="current"/>.</param>
    /// <param name="baselinePeriod">The earlier period.</param>
    /// <returns>The change; or a refusal when the series are of different indicators, bases or period kinds, or a figure is missing.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IndicatorComparison Compare(IndicatorSeries current, ReportingPeriod period, IndicatorSeries baseline, ReportingPeriod baselinePeriod)
    {
        Preconditions.CheckNotNull(current);
        Preconditions.CheckNotNull(period);
        Preconditions.CheckNotNull(baseline);
        Preconditions.CheckNotNull(baselinePeriod);
        if (current.Indicator != baseline.Indicator)
        {
            return IndicatorComparison.Refused(ComparisonRefusalReason.DifferentIndicator, $"{current.Indicator.Name} cannot be compared with {baseline.Indicator.Name}: they are different indicators.");
        }
        if (current.Basis != baseline.Basis)
        {
            return IndicatorComparison.Refused(ComparisonRefusalReason.DifferentBasis, DifferentBasisMessage(current.Indicator.Name, period, current.Basis, baselinePeriod, baseline.Basis));
        }
        if (period.Kind != current.PeriodKind || baselinePeriod.Kind != baseline.PeriodKind || current.PeriodKind != baseline.PeriodKind)
        {
            return IndicatorComparison.Refused(ComparisonRefusalReason.DifferentPeriodKind, $"{current.Indicator.Name}: {period} ({period.Kind.Description}) cannot be compared with {baselinePeriod} ({baselinePeriod.Kind.Description}) across series by {current.PeriodKind.Description} and {baseline.PeriodKind.Description}; compare periods of the same length.");
        }
        if (!current.byPeriod.TryGetValue(period, out var value))
        {
            return IndicatorComparison.Refused(ComparisonRefusalReason.PeriodMissing, $"{current.Indicator.Name}: the series has no value for {period}.");
        }
        if (!baseline.byPeriod.TryGetValue(baselinePeriod, out var baselineValue))
        {
            return IndicatorComparison.Refused(ComparisonRefusalReason.BaselineMissing, $"{current.Indicator.Name}: the series has no value for {baselinePeriod} to compare {period} with.");
        }
        return IndicatorComparison.Compared(new IndicatorChange(current.Indicator, current.Basis, baselineValue, value));
    }

    /// <summary>The value for <paramref name="period"/>, or null when the series has none.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public IndicatorValue? ValueFor(ReportingPeriod period) => byPeriod.TryGetValue(Preconditions.CheckNotNull(period), out var value) ? value : null;

    /// <summary>Compares <paramref name="period"/> with the period before it.</summary>
    /// <param name="period">The later period, of <see cref="PeriodKind"/>.</param>
    /// <returns>The change, or why it could not be computed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <remarks>For the first period of the supported years (e.g. 1000, or 1000-01) there is no period before it: the comparison is refused with <see cref="ComparisonRefusalReason.BaselineMissing"/>.</remarks>
    public IndicatorComparison ChangeFromPreviousPeriod(ReportingPeriod period) => CompareWithOffset(period, -1);

    /// <summary>Compares <paramref name="period"/> with the same period a year earlier.</summary>
    /// <param name="period">The later period, of <see cref="PeriodKind"/>.</param>
    /// <returns>The change, or why it could not be computed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <remarks>For a period in the first supported year there is no period a year earlier: the comparison is refused with <see cref="ComparisonRefusalReason.BaselineMissing"/>.</remarks>
    public IndicatorComparison ChangeFromSamePeriodLastYear(ReportingPeriod period) => CompareWithOffset(period, -Preconditions.CheckNotNull(period).Kind.PeriodsPerYear);

    private IndicatorComparison CompareWithOffset(ReportingPeriod period, int periods)
    {
        Preconditions.CheckNotNull(period);
        if (period.OffsetOrNull(periods) is { } baselinePeriod)
        {
            return Compare(this, period, this, baselinePeriod);
        }
        string which = periods == -1 ? "no period before it" : "no period a year before it";
        return IndicatorComparison.Refused(ComparisonRefusalReason.BaselineMissing,
            $"{Indicator.Name}: {period} has {which} to compare with: {SupportedDates.FirstYear} is the first supported year.");
    }

    // Hand-written: the values by period are a dictionary index built from the values, and a dictionary has no value equality.
    /// <inheritdoc />
    public bool Equals(IndicatorSeries? other) =>
        other is not null && Indicator == other.Indicator && PeriodKind == other.PeriodKind && Basis == other.Basis && values.SequenceEqual(other.values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorSeries);

    /// <inheritdoc />
    public override int GetHashCode() => EqualityHelper.HashSequence(EqualityHelper.Hash(EqualityHelper.Initialize(), Indicator), values);

    /// <summary>Describes the series: "Referrals to MARAC (marac-referrals) by financial quarter: 8 values, 2016/17 Q1 to 2017/18 Q4".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string basis = Basis is null ? string.Empty : $", {Basis.Description}";
        string span = values.Count == 0 ? "no values" : $"{values.Count} values, {values[0].Period} to {values[values.Count - 1].Period}";
        return $"{Indicator} by {PeriodKind.Description}{basis}: {span}";
    }

    /// <summary>Whether two series are equal.</summary>
    /// <param name="left">The first series.</param>
    /// <param name="right">The second series.</param>
    /// <returns>True if equal, or both null.</returns>
    public static bool operator ==(IndicatorSeries? left, IndicatorSeries? right) => left?.Equals(right) ?? right is null;

    /// <summary>Whether two series differ.</summary>
    /// <param name="left">The first series.</param>
    /// <param name="right">The second series.</param>
    /// <returns>True unless equal.</returns>
    public static bool operator !=(IndicatorSeries? left, IndicatorSeries? right) => !(left == right);

    private static string ValueName(int index) => $"{nameof(values)}[{index}]";

    internal static string DifferentBasisMessage(string name, ReportingPeriod period, SeverityBasis? basis, ReportingPeriod baselinePeriod, SeverityBasis? baselineBasis) =>
        $"{name}: {period} is {basis?.Description ?? "not severity-classified"} and {baselinePeriod} is {baselineBasis?.Description ?? "not severity-classified"}; a raw figure and a severity-adjusted one measure different things, so compare figures on the same basis.";
}
