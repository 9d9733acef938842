using System.Collections.Generic;
using KentCsp.Domain.Recording;

namespace KentCsp.Domain.Serialization;

// The wire shape of the indicator set document: definitions, series and road casualty figures. Property order here is
// the order in the JSON; schemaVersion comes first. Periods are written as their labels ("2017/18 Q1").

internal sealed class IndicatorSetDocument
{
    public required int SchemaVersion { get; init; }
    public required List<IndicatorDefinitionWire?> Indicators { get; init; }
    public required List<IndicatorSeriesWire?> Series { get; init; }
    public required List<RoadCasualtyFiguresWire?> RoadCasualties { get; init; }
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
