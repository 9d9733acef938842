using System.Collections.Generic;

namespace KentCsp.Domain.Tests.TestSupport.PlainDocuments;

// Plain classes in exactly the shape of the indicator set document the library writes (docs/json-format.md,
// docs/schemas/indicators.schema.json): mutable, no validation, no domain types. Property order is the order of the
// JSON; values are decimal (read and written with the decimal places they were given), periods and catalogue names are
// strings ("2017-05", "2017/18 Q1"). The library's optional provenance member is not modelled: the generated sets carry
// none.

/// <summary>The indicator set document as a plain class.</summary>
public sealed class PlainIndicatorSet
{
    public int SchemaVersion { get; set; }
    public string Kind { get; set; } = null!;
    public List<PlainIndicatorDefinition> Indicators { get; set; } = null!;
    public List<PlainIndicatorSeries> Series { get; set; } = null!;
    public List<PlainRoadCasualtyFigures> RoadCasualties { get; set; } = null!;
}

/// <summary>An indicator's definition.</summary>
public sealed class PlainIndicatorDefinition
{
    public string Id { get; set; } = null!;
    public string Name { get; set; } = null!;
    public string Unit { get; set; } = null!;
    public string Polarity { get; set; } = null!;
    public bool? SeverityClassified { get; set; }
}

/// <summary>A series of one indicator's values.</summary>
public sealed class PlainIndicatorSeries
{
    public string IndicatorId { get; set; } = null!;
    public string PeriodKind { get; set; } = null!;
    public string? Basis { get; set; }
    public List<PlainIndicatorValue> Values { get; set; } = null!;
}

/// <summary>One period's value.</summary>
public sealed class PlainIndicatorValue
{
    public string Period { get; set; } = null!;
    public decimal Value { get; set; }
}

/// <summary>One period's road casualty figures on one basis.</summary>
public sealed class PlainRoadCasualtyFigures
{
    public string Period { get; set; } = null!;
    public string Basis { get; set; } = null!;
    public decimal Killed { get; set; }
    public decimal SeriouslyInjured { get; set; }
    public decimal SlightlyInjured { get; set; }
    public decimal? KilledOrSeriouslyInjured { get; set; }
}
