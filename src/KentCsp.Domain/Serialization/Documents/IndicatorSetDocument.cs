using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Indicators;

namespace KentCsp.Domain.Serialization;

// The wire shape of the indicator set document: definitions, series and road casualty figures. Property order here is
// the order in the JSON; schemaVersion comes first. Periods are written as their labels ("2017/18 Q1").

internal sealed class IndicatorSetDocument
{
    public required int SchemaVersion { get; init; }
    // Absent from schema version 1 documents; required in version 2, where it must be "indicators".
    public string? Kind { get; init; }
    public required List<IndicatorDefinitionWire?> Indicators { get; init; }
    public required List<IndicatorSeriesWire?> Series { get; init; }
    public required List<RoadCasualtyFiguresWire?> RoadCasualties { get; init; }
    // Written only when the object carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
}

internal sealed class IndicatorDefinitionWire
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required IndicatorUnit Unit { get; init; }
    public required IndicatorPolarity Polarity { get; init; }

    // Written only when true.
    public bool? SeverityClassified { get; init; }
}

internal sealed class IndicatorSeriesWire
{
    public required string IndicatorId { get; init; }
    public required PeriodKind PeriodKind { get; init; }
    public SeverityBasis? Basis { get; init; }
    public required List<IndicatorValueWire?> Values { get; init; }
}

internal sealed class IndicatorValueWire
{
    public required ReportingPeriod Period { get; init; }
    public required decimal Value { get; init; }
}

internal sealed class RoadCasualtyFiguresWire
{
    public required ReportingPeriod Period { get; init; }
    public required SeverityBasis Basis { get; init; }
    public required decimal Killed { get; init; }
    public required decimal SeriouslyInjured { get; init; }
    public required decimal SlightlyInjured { get; init; }

    // Written for readers; optional on reading, and checked against killed + seriouslyInjured when given.
    public decimal? KilledOrSeriouslyInjured { get; init; }
}

/// <summary>The indicator set document: <see cref="IndicatorSet"/> to its wire document and back.</summary>
internal static partial class WireMapper
{
    internal static IndicatorSetDocument ToDocument(IndicatorSet set) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.IndicatorSet.WireName,
        Indicators = set.Indicators.Select(indicator => (IndicatorDefinitionWire?)new IndicatorDefinitionWire
        {
            Id = indicator.Id,
            Name = indicator.Name,
            Unit = indicator.Unit,
            Polarity = indicator.Polarity,
            SeverityClassified = indicator.IsSeverityClassified ? true : null,
        }).ToList(),
        Series = set.Series.Select(series => (IndicatorSeriesWire?)new IndicatorSeriesWire
        {
            IndicatorId = series.Indicator.Id,
            PeriodKind = series.PeriodKind,
            Basis = series.Basis,
            Values = series.Values.Select(value => (IndicatorValueWire?)new IndicatorValueWire { Period = value.Period, Value = value.Value }).ToList(),
        }).ToList(),
        RoadCasualties = set.RoadCasualties.Select(figures => (RoadCasualtyFiguresWire?)new RoadCasualtyFiguresWire
        {
            Period = figures.Period,
            Basis = figures.Basis,
            Killed = figures.Killed,
            SeriouslyInjured = figures.SeriouslyInjured,
            SlightlyInjured = figures.SlightlyInjured,
            KilledOrSeriouslyInjured = figures.KilledOrSeriouslyInjured,
        }).ToList(),
        Provenance = ToWire(set.Provenance),
    };

    internal static IndicatorSet FromDocument(IndicatorSetDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.IndicatorSet, "$");
        var indicators = Elements(document.Indicators, "$.indicators", (wire, path) =>
            Build(path, () => new IndicatorDefinition(wire.Id, wire.Name, wire.Unit, wire.Polarity, wire.SeverityClassified ?? false)));
        var byId = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            byId[indicator.Id] = indicator;
        }
        var series = Elements(document.Series, "$.series", (wire, path) =>
        {
            if (!byId.TryGetValue(wire.IndicatorId, out var indicator))
            {
                throw JsonErrors.At(path + ".indicatorId", $"'{wire.IndicatorId}' is not an indicator the document defines in $.indicators.");
            }
            var values = BuildEach(wire.Values, path + ".values", static value => new IndicatorValue(value.Period, value.Value));
            return Build(path, () => new IndicatorSeries(indicator, wire.PeriodKind, wire.Basis, values));
        });
        var figures = Elements(document.RoadCasualties, "$.roadCasualties", (wire, path) =>
        {
            var built = Build(path, () => new RoadCasualtyFigures(wire.Period, wire.Basis, wire.Killed, wire.SeriouslyInjured, wire.SlightlyInjured));
            CheckFigure(wire.KilledOrSeriouslyInjured, built.KilledOrSeriouslyInjured, path + ".killedOrSeriouslyInjured");
            return built;
        });
        var provenance = FromWire(document.Provenance, "$.provenance");
        return Build("$", () => new IndicatorSet(indicators, series, figures)).WithProvenance(provenance);
    }
}
