using Ardalis.SmartEnum;

namespace KentCsp.Domain.Indicators;

/// <summary>A figure read from <see cref="RoadCasualtyFigures"/>: one severity, killed or seriously injured (KSI), or all casualties.</summary>
/// <remarks>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CasualtyMeasure : Catalogue<CasualtyMeasure>
{
    /// <summary>People killed.</summary>
    public static readonly CasualtyMeasure Killed = new(nameof(Killed), 1, "killed", "road-casualties-killed", "People killed in road collisions");

    /// <summary>People seriously injured.</summary>
    public static readonly CasualtyMeasure SeriouslyInjured = new(nameof(SeriouslyInjured), 2, "seriously injured", "road-casualties-seriously-injured", "People seriously injured in road collisions");

    /// <summary>People killed or seriously injured (KSI): killed plus seriously injured.</summary>
    public static readonly CasualtyMeasure KilledOrSeriouslyInjured = new(nameof(KilledOrSeriouslyInjured), 3, "killed or seriously injured", "road-casualties-ksi", "People killed or seriously injured in road collisions (KSI)");

    /// <summary>People slightly injured.</summary>
    public static readonly CasualtyMeasure SlightlyInjured = new(nameof(SlightlyInjured), 4, "slightly injured", "road-casualties-slightly-injured", "People slightly injured in road collisions");

    /// <summary>All casualties: killed, seriously and slightly injured.</summary>
    public static readonly CasualtyMeasure AllCasualties = new(nameof(AllCasualties), 5, "all casualties", "road-casualties-all", "All road casualties");

    private CasualtyMeasure(string name, int value, string description, string indicatorId, string indicatorName)
        : base(name, value)
    {
        Description = description;
        Indicator = new IndicatorDefinition(indicatorId, indicatorName, IndicatorUnit.Count, IndicatorPolarity.LowerIsBetter, isSeverityClassified: true);
    }

    /// <summary>The value in words, e.g. "killed".</summary>
    public string Description { get; }

    /// <summary>
    /// The indicator for this measure: a severity-classified count where lower is better, e.g.
    /// "road-casualties-ksi", "People killed or seriously injured in road collisions (KSI)".
    /// </summary>
    public IndicatorDefinition Indicator { get; }
}
