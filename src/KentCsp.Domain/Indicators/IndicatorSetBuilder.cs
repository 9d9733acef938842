using System;
using System.Collections.Generic;

namespace KentCsp.Domain.Indicators;

/// <summary>
/// Builds an <see cref="IndicatorSet"/> one named part at a time: the indicator definitions, the series, the road
/// casualty figures and the provenance.
/// </summary>
/// <remarks>
/// <para>Start from nothing (<c>new IndicatorSetBuilder()</c>: an empty set) or from an existing set
/// (<see cref="IndicatorSet.ToBuilder"/>: a copy to change). Every list starts empty and the provenance null.</para>
/// <para>The parts are not checked as they are set: <see cref="Build"/> checks them once, by calling the
/// <see cref="IndicatorSet"/> constructor, so a refusal is exactly the constructor's (the same exception, parameter
/// name and message, e.g. <c>series[2]</c> for a series of an indicator the set does not define). Each <c>With…</c>
/// and <c>Add…</c> method changes this builder and returns it; a list given to a <c>With…</c> method is copied when it
/// is given, and the set built is immutable.</para>
/// </remarks>
/// <threadsafety>This type is mutable and not thread-safe: use one builder from one thread at a time.</threadsafety>
public sealed class IndicatorSetBuilder
{
    private List<IndicatorDefinition>? indicators = [];
    private List<IndicatorSeries>? series = [];
    private List<RoadCasualtyFigures>? roadCasualties = [];
    private ProvenanceRecord? provenance;

    /// <summary>Creates a builder with no parts: every list empty.</summary>
    public IndicatorSetBuilder()
    {
    }

    internal IndicatorSetBuilder(IndicatorSet set)
    {
        indicators = [.. set.Indicators];
        series = [.. set.Series];
        roadCasualties = [.. set.RoadCasualties];
        provenance = set.Provenance;
    }

    /// <summary>Replaces the indicator definitions.</summary>
    /// <param name="indicators">The definitions, each id once; copied.</param>
    /// <returns>This builder.</returns>
    public IndicatorSetBuilder WithIndicators(IEnumerable<IndicatorDefinition> indicators)
    {
        this.indicators = indicators is null ? null : [.. indicators];
        return this;
    }

    /// <summary>Adds an indicator definition after those already given.</summary>
    /// <param name="indicator">The definition.</param>
    /// <returns>This builder.</returns>
    public IndicatorSetBuilder AddIndicator(IndicatorDefinition indicator)
    {
        (indicators ??= []).Add(indicator);
        return this;
    }

    /// <summary>Replaces the series.</summary>
    /// <param name="series">The series, each of a defined indicator; at most one per indicator, period kind and basis; copied.</param>
    /// <returns>This builder.</returns>
    public IndicatorSetBuilder WithSeries(IEnumerable<IndicatorSeries> series)
    {
        this.series = series is null ? null : [.. series];
        return this;
    }

    /// <summary>Adds a series after those already given.</summary>
    /// <param name="series">The series, of an indicator the set defines.</param>
    /// <returns>This builder.</returns>
    public IndicatorSetBuilder AddSeries(IndicatorSeries series)
    {
        (this.series ??= []).Add(series);
        return this;
    }

    /// <summary>Replaces the road casualty figures.</summary>
    /// <param name="roadCasualties">The figures, at most one per period and basis; copied.</param>
    /// <returns>This builder.</returns>
    public IndicatorSetBuilder WithRoadCasualties(IEnumerable<RoadCasualtyFigures> roadCasualties)
    {
        this.roadCasualties = roadCasualties is null ? null : [.. roadCasualties];
        return this;
    }

    /// <summary>Adds road casualty figures after those already given.</summary>
    /// <param name="figures">The figures for one period and basis.</param>
    /// <returns>This builder.</returns>
    public IndicatorSetBuilder AddRoadCasualties(RoadCasualtyFigures figures)
    {
        (roadCasualties ??= []).Add(figures);
        return this;
    }

    /// <summary>Sets where the set comes from, or clears it (see <see cref="IndicatorSet.Provenance"/>).</summary>
    /// <param name="provenance">The provenance, or null for nothing recorded.</param>
    /// <returns>This builder.</returns>
    public IndicatorSetBuilder WithProvenance(ProvenanceRecord? provenance)
    {
        this.provenance = provenance;
        return this;
    }

    /// <summary>Builds the set from the parts given, checked by the <see cref="IndicatorSet"/> constructor.</summary>
    /// <returns>A new, immutable set; each call returns a new one.</returns>
    /// <exception cref="ArgumentNullException">A list is set to null; the parameter name is the constructor's.</exception>
    /// <exception cref="ArgumentException">The constructor refuses the parts: a null element, or an element (named, e.g. <c>series[2]</c>) that repeats an id, a series or a period, or a series of an indicator the set does not define.</exception>
    public IndicatorSet Build()
    {
        var set = new IndicatorSet(indicators!, series!, roadCasualties!);
        return provenance is null ? set : set.WithProvenance(provenance);
    }
}
