using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Indicators;

/// <summary>
/// The proxy indicators a partnership monitors: their definitions, their series and road casualty figures by severity.
/// This is the indicator set document's model.
/// </summary>
/// <remarks>
/// <para>Every series is of an indicator the set defines. There is at most one series per indicator, period kind and
/// basis, and one set of road casualty figures per period and basis.</para>
/// <para>Two sets are equal when indicators, series and figures are equal, in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record IndicatorSet
{
    private readonly ValueList<IndicatorDefinition> indicators;
    private readonly ValueList<IndicatorSeries> series;
    private readonly ValueList<RoadCasualtyFigures> roadCasualties;

    /// <summary>Creates a set.</summary>
    /// <param name="indicators">The indicator definitions, each id once.</param>
    /// <param name="series">The series, each of an indicator in <paramref name="indicators"/>; at most one per indicator, period kind and basis.</param>
    /// <param name="roadCasualties">Road casualty figures, at most one per period and basis.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">An element (named, e.g. <c>series[2]</c>) repeats an id, a series or a period, or a series is of an indicator the set does not define.</exception>
    public IndicatorSet(IEnumerable<IndicatorDefinition> indicators, IEnumerable<IndicatorSeries> series, IEnumerable<RoadCasualtyFigures> roadCasualties)
    {
        this.indicators = Preconditions.CheckItems(indicators);
        var byId = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        for (int i = 0; i < this.indicators.Count; i++)
        {
            Preconditions.CheckArgument(!byId.ContainsKey(this.indicators[i].Id), $"{nameof(indicators)}[{i}]", $"repeats the id '{this.indicators[i].Id}'");
            byId.Add(this.indicators[i].Id, this.indicators[i]);
        }
        this.series = Preconditions.CheckItems(series);
        var seriesKeys = new HashSet<(string, int, int)>();
        for (int i = 0; i < this.series.Count; i++)
        {
            var item = this.series[i];
            string name = $"{nameof(series)}[{i}]";
            Preconditions.CheckArgument(byId.TryGetValue(item.Indicator.Id, out var defined), name, $"is of indicator '{item.Indicator.Id}', which the set does not define");
            Preconditions.CheckArgument(defined == item.Indicator, name, $"defines indicator '{item.Indicator.Id}' differently from the set's definition");
            Preconditions.CheckArgument(
                seriesKeys.Add((item.Indicator.Id, item.PeriodKind.Value, item.Basis?.Value ?? 0)),
                name,
                $"repeats the series of '{item.Indicator.Id}' by {item.PeriodKind.Description}{(item.Basis is null ? string.Empty : $", {item.Basis.Description}")}");
        }
        this.roadCasualties = Preconditions.CheckItems(roadCasualties);
        var figureKeys = new HashSet<(ReportingPeriod, int)>();
        for (int i = 0; i < this.roadCasualties.Count; i++)
        {
            var item = this.roadCasualties[i];
            Preconditions.CheckArgument(figureKeys.Add((item.Period, item.Basis.Value)), $"{nameof(roadCasualties)}[{i}]", $"repeats the {item.Basis.Description} figures for {item.Period}");
        }
    }

    /// <summary>The indicator definitions.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators => indicators;

    /// <summary>The series.</summary>
    public IReadOnlyList<IndicatorSeries> Series => series;

    /// <summary>Road casualty figures by severity.</summary>
    public IReadOnlyList<RoadCasualtyFigures> RoadCasualties => roadCasualties;

    /// <summary>Describes the set: "3 indicators, 2 series, 4 road casualty figures".</summary>
    /// <returns>The counts.</returns>
    public override string ToString() => $"{indicators.Count} indicators, {series.Count} series, {roadCasualties.Count} road casualty figures";

    /// <summary>
    /// Where the set comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>Null unless set with <see cref="WithProvenance"/>; written to JSON as the <c>provenance</c> member.</value>
    public ProvenanceRecord? Provenance { get; private init; }

    /// <summary>Returns the set with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the set comes from, or null for nothing recorded.</param>
    /// <returns>A new set with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public IndicatorSet WithProvenance(ProvenanceRecord? provenance) => this with { Provenance = provenance };

    /// <summary>Returns a builder holding this set's parts (everything, provenance included), to build a changed copy.</summary>
    /// <returns>A new builder; changing it does not change this set.</returns>
    public IndicatorSetBuilder ToBuilder() => new(this);
}
