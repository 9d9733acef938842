using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Recording;

namespace KentCsp.Domain.Serialization;

/// <summary>The indicator set document: <see cref="IndicatorSet"/> to its wire document and back.</summary>
internal static partial class WireMapper
{
    internal static IndicatorSetDocument ToDocument(IndicatorSet set) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
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
    };

    internal static IndicatorSet FromDocument(IndicatorSetDocument document)
    {
        CheckSchemaVersion(document.SchemaVersion);
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
            var values = Elements(wire.Values, path + ".values", (value, valuePath) => Build(valuePath, () => new IndicatorValue(value.Period, value.Value)));
            return Build(path, () => new IndicatorSeries(indicator, wire.PeriodKind, wire.Basis, values));
        });
        var figures = Elements(document.RoadCasualties, "$.roadCasualties", (wire, path) =>
        {
            var built = Build(path, () => new RoadCasualtyFigures(wire.Period, wire.Basis, wire.Killed, wire.SeriouslyInjured, wire.SlightlyInjured));
            CheckFigure(wire.KilledOrSeriouslyInjured, built.KilledOrSeriouslyInjured, path + ".killedOrSeriouslyInjured");
            return built;
        });
        return Build("$", () => new IndicatorSet(indicators, series, figures));
    }
}
