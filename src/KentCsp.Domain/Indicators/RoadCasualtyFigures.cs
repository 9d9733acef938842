using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Indicators;

/// <summary>
/// Road casualties in a reporting period by STATS19 severity — killed, seriously injured, slightly injured — with the
/// killed or seriously injured total (KSI), raw or severity-adjusted.
/// </summary>
/// <remarks>
/// <para>KSI is killed plus seriously injured, exactly. Raw figures are whole numbers; severity-adjusted figures are
/// estimates and may be fractional (at most <see cref="IndicatorValue.MaxDecimalPlaces"/> places).</para>
/// <para>Figures on different bases are never added or compared: injury-based reporting (CRaSH, COPA, 2012 onwards)
/// classes more casualties as serious, and adjusted figures estimate the counts as if all police forces used it, so a
/// raw figure and an adjusted one differ partly by the way severity was recorded (DfT guide to severity adjustments;
/// KCSP Community Safety Agreement update of 19 July 2017, §4.3).</para>
/// <para>Two sets of figures are equal when period, basis and every count are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RoadCasualtyFigures
{
    /// <summary>Creates figures for a period.</summary>
    /// <param name="period">The period.</param>
    /// <param name="basis">Raw or severity-adjusted.</param>
    /// <param name="killed">People killed; not negative.</param>
    /// <param name="seriouslyInjured">People seriously injured; not negative.</param>
    /// <param name="slightlyInjured">People slightly injured; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative, too large, has too many decimal places, or is fractional on the raw basis.</exception>
    public RoadCasualtyFigures(ReportingPeriod period, SeverityBasis basis, decimal killed, decimal seriouslyInjured, decimal slightlyInjured)
    {
        Period = Preconditions.CheckNotNull(period);
        Basis = Preconditions.CheckNotNull(basis);
        Killed = CheckCount(killed, basis, nameof(killed));
        SeriouslyInjured = CheckCount(seriouslyInjured, basis, nameof(seriouslyInjured));
        SlightlyInjured = CheckCount(slightlyInjured, basis, nameof(slightlyInjured));
        Preconditions.CheckArgument(killed + seriouslyInjured + slightlyInjured <= IndicatorValue.MaxValue, nameof(slightlyInjured), $"makes the total more than {IndicatorValue.MaxValue:N0}");
    }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Raw or severity-adjusted.</summary>
    public SeverityBasis Basis { get; }

    /// <summary>People killed: died of their injuries less than 30 days after the collision.</summary>
    public decimal Killed { get; }

    /// <summary>People seriously injured.</summary>
    public decimal SeriouslyInjured { get; }

    /// <summary>People slightly injured.</summary>
    public decimal SlightlyInjured { get; }

    /// <summary>People killed or seriously injured (KSI): <see cref="Killed"/> + <see cref="SeriouslyInjured"/>.</summary>
    public decimal KilledOrSeriouslyInjured => Killed + SeriouslyInjured;

    /// <summary>All casualties: killed, seriously and slightly injured.</summary>
    public decimal Total => Killed + SeriouslyInjured + SlightlyInjured;

    /// <summary>Counts casualties into raw figures for <paramref name="period"/>, by their STATS19 <see cref="RoadCasualty.Severity"/>.</summary>
    /// <param name="period">The period; every casualty's collision must fall in it.</param>
    /// <param name="casualties">The casualties.</param>
    /// <returns>Raw figures.</returns>
    /// <exception cref="ArgumentNullException">An argument or a casualty is null.</exception>
    /// <exception cref="ArgumentException">A casualty (named <c>casualties[i]</c>) had its collision outside <paramref name="period"/>.</exception>
    public static RoadCasualtyFigures Count(ReportingPeriod period, IEnumerable<RoadCasualty> casualties)
    {
        Preconditions.CheckNotNull(period);
        var items = Preconditions.CheckItems(casualties);
        long killed = 0, serious = 0, slight = 0;
        for (int i = 0; i < items.Count; i++)
        {
            Preconditions.CheckArgument(period.Contains(items[i].CollisionDate), $"{nameof(casualties)}[{i}]", $"was in a collision on {Dates.Iso(items[i].CollisionDate)}, outside {period} ({Dates.Iso(period.Start)} to {Dates.Iso(period.End)})");
            var severity = items[i].Severity;
            if (severity == CasualtySeverity.Killed)
            {
                killed++;
            }
            else if (severity == CasualtySeverity.Serious)
            {
                serious++;
            }
            else
            {
                slight++;
            }
        }
        return new RoadCasualtyFigures(period, SeverityBasis.Raw, killed, serious, slight);
    }

    /// <summary>
    /// Adds figures for shorter periods into figures for <paramref name="period"/>: for example four quarters into a
    /// financial year. The parts must be on one basis and cover the period exactly, without overlap.
    /// </summary>
    /// <param name="period">The period of the sum.</param>
    /// <param name="parts">The figures to add.</param>
    /// <returns>The figures for <paramref name="period"/>, on the parts' basis.</returns>
    /// <exception cref="ArgumentNullException">An argument or a part is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty, mixes bases, has a part (named <c>parts[i]</c>) outside the period or overlapping another, or leaves days of the period uncovered.</exception>
    public static RoadCasualtyFigures Sum(ReportingPeriod period, IEnumerable<RoadCasualtyFigures> parts)
    {
        Preconditions.CheckNotNull(period);
        var items = Preconditions.CheckItems(parts);
        Preconditions.CheckArgument(items.Count > 0, nameof(parts), "must hold at least one period's figures");
        var ordered = items.Select((part, index) => (part, index)).OrderBy(pair => pair.part.Period.Start).ToArray();
        var expectedStart = period.Start;
        decimal killed = 0m, serious = 0m, slight = 0m;
        foreach (var (part, index) in ordered)
        {
            string name = $"{nameof(parts)}[{index}]";
            Preconditions.CheckArgument(part.Basis == items[0].Basis, name, $"is {part.Basis.Description}, but parts[0] is {items[0].Basis.Description}; figures on different bases cannot be added");
            Preconditions.CheckArgument(part.Period.Start >= period.Start && part.Period.End <= period.End, name, $"is for {part.Period}, outside {period}");
            Preconditions.CheckArgument(part.Period.Start >= expectedStart, name, $"is for {part.Period}, which overlaps another part");
            Preconditions.CheckArgument(part.Period.Start == expectedStart, nameof(parts), $"leave {Dates.Iso(expectedStart)} to {Dates.Iso(part.Period.Start.PlusDays(-1))} of {period} uncovered");
            expectedStart = part.Period.End.PlusDays(1);
            killed += part.Killed;
            serious += part.SeriouslyInjured;
            slight += part.SlightlyInjured;
        }
        Preconditions.CheckArgument(expectedStart > period.End, nameof(parts), $"leave {Dates.Iso(expectedStart)} to {Dates.Iso(period.End)} of {period} uncovered");
        return new RoadCasualtyFigures(period, items[0].Basis, killed, serious, slight);
    }

    /// <summary>The figure for <paramref name="measure"/>, e.g. <see cref="KilledOrSeriouslyInjured"/> for <see cref="CasualtyMeasure.KilledOrSeriouslyInjured"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public decimal Of(CasualtyMeasure measure) => Preconditions.CheckNotNull(measure).Name switch
    {
        nameof(CasualtyMeasure.Killed) => Killed,
        nameof(CasualtyMeasure.SeriouslyInjured) => SeriouslyInjured,
        nameof(CasualtyMeasure.KilledOrSeriouslyInjured) => KilledOrSeriouslyInjured,
        nameof(CasualtyMeasure.SlightlyInjured) => SlightlyInjured,
        _ => Total,
    };

    /// <summary>Compares one measure of these figures with the same measure of <paramref name="baseline"/>.</summary>
    /// <param name="baseline">The earlier figures.</param>
    /// <param name="measure">The measure, e.g. <see cref="CasualtyMeasure.KilledOrSeriouslyInjured"/>.</param>
    /// <returns>The change under <paramref name="measure"/>'s <see cref="CasualtyMeasure.Indicator"/>; or a refusal when the bases or period kinds differ.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IndicatorComparison CompareWith(RoadCasualtyFigures baseline, CasualtyMeasure measure)
    {
        Preconditions.CheckNotNull(baseline);
        Preconditions.CheckNotNull(measure);
        if (Basis != baseline.Basis)
        {
            return IndicatorComparison.Refused(ComparisonRefusalReason.DifferentBasis, IndicatorSeries.DifferentBasisMessage(measure.Indicator.Name, Period, Basis, baseline.Period, baseline.Basis));
        }
        if (Period.Kind != baseline.Period.Kind)
        {
            return IndicatorComparison.Refused(ComparisonRefusalReason.DifferentPeriodKind, $"{measure.Indicator.Name}: {Period} ({Period.Kind.Description}) cannot be compared with {baseline.Period} ({baseline.Period.Kind.Description}); compare periods of the same length.");
        }
        return IndicatorComparison.Compared(new IndicatorChange(measure.Indicator, Basis, new IndicatorValue(baseline.Period, baseline.Of(measure)), new IndicatorValue(Period, Of(measure))));
    }

    /// <summary>Describes the figures: "2016 (raw): 50 killed, 775 seriously injured (KSI 825), 5,000 slightly injured".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Period} ({Basis.Description}): {Killed:#,0.######} killed, {SeriouslyInjured:#,0.######} seriously injured (KSI {KilledOrSeriouslyInjured:#,0.######}), {SlightlyInjured:#,0.######} slightly injured");

    private static decimal CheckCount(decimal value, SeverityBasis basis, string paramName)
    {
        IndicatorValue.Check(value, paramName);
        if (basis == SeverityBasis.Raw && decimal.Truncate(value) != value)
        {
            Preconditions.ThrowArgument(paramName, $"is {value}, but raw figures are whole numbers of people");
        }
        return value;
    }
}
