using System.Collections.Generic;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Kent;

/// <summary>
/// The proxy indicators the KCSP Working Group monitors, as the report of 19 July 2017 names them, and the changes that
/// report states.
/// </summary>
/// <remarks>
/// <para><b>What the documents say.</b> Report "Kent Community Safety Agreement Update" of 19 July 2017, section 4:
/// the Working Group monitors proxy indicators chosen to represent the priorities. Domestic abuse (4.2): reported
/// incidents, referrals to MARAC and visitors to the domestic abuse one stop shops all show an increase. Road safety
/// (4.3): people killed or seriously injured (KSI) in Kent and Medway have "gone up by more than a third"; the number
/// seriously injured has increased and the number killed has fallen, the serious injuries partly from a change in
/// police reporting that classes some slight injuries as serious. Section 5.1: the Working Group has no indicator for
/// all crime, so none is defined here.</para>
/// <para><b>What the library adds.</b> The report gives no figures, periods or units, so no series is built in; the
/// stated changes are <see cref="ReportedChange"/>s against which a user's own figures can be checked. The domestic
/// abuse indicators have no preferred direction: the report reads the rises as added pressure on services, and more
/// reports can mean more confidence to report. The road casualty indicators are lower-is-better counts
/// (<see cref="CasualtyMeasure.Indicator"/>).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentIndicators
{
    /// <summary>Domestic abuse incidents reported to the police ("domestic-abuse-incidents").</summary>
    public static IndicatorDefinition DomesticAbuseIncidents { get; } =
        new("domestic-abuse-incidents", "Domestic abuse incidents reported", IndicatorUnit.Count, IndicatorPolarity.NoPreferredDirection);

    /// <summary>Referrals to the multi-agency risk assessment conferences ("marac-referrals").</summary>
    public static IndicatorDefinition MaracReferrals { get; } =
        new("marac-referrals", "Referrals to MARAC", IndicatorUnit.Count, IndicatorPolarity.NoPreferredDirection);

    /// <summary>Visitors attending the domestic abuse one stop shops ("one-stop-shop-visitors").</summary>
    public static IndicatorDefinition OneStopShopVisitors { get; } =
        new("one-stop-shop-visitors", "Visitors attending domestic abuse one stop shops", IndicatorUnit.Count, IndicatorPolarity.NoPreferredDirection);

    /// <summary>The indicators of section 4: the three domestic abuse indicators, then KSI, killed and seriously injured.</summary>
    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } = ValueList<IndicatorDefinition>.Own(new[]
    {
        DomesticAbuseIncidents,
        MaracReferrals,
        OneStopShopVisitors,
        CasualtyMeasure.KilledOrSeriouslyInjured.Indicator,
        CasualtyMeasure.Killed.Indicator,
        CasualtyMeasure.SeriouslyInjured.Indicator,
    });

    /// <summary>The changes sections 4.2 and 4.3 of the report of 19 July 2017 state, in the order they state them.</summary>
    public static IReadOnlyList<ReportedChange> ReportedJuly2017 { get; } = ValueList<ReportedChange>.Own(new[]
    {
        new ReportedChange(DomesticAbuseIncidents, ChangeDirection.Up, null, "the number of reported incidents, MARAC referrals and visitors attending domestic abuse one stop shops show an increase", KentSources.CsaUpdate2017July19.At("section 4.2")),
        new ReportedChange(MaracReferrals, ChangeDirection.Up, null, "the number of reported incidents, MARAC referrals and visitors attending domestic abuse one stop shops show an increase", KentSources.CsaUpdate2017July19.At("section 4.2")),
        new ReportedChange(OneStopShopVisitors, ChangeDirection.Up, null, "the number of reported incidents, MARAC referrals and visitors attending domestic abuse one stop shops show an increase", KentSources.CsaUpdate2017July19.At("section 4.2")),
        new ReportedChange(CasualtyMeasure.KilledOrSeriouslyInjured.Indicator, ChangeDirection.Up, Fraction.OneThird, "the number of people killed or seriously injured (KSI) on roads in Kent and Medway has gone up by more than a third", KentSources.CsaUpdate2017July19.At("section 4.3")),
        new ReportedChange(CasualtyMeasure.Killed.Indicator, ChangeDirection.Down, null, "people being killed on the road has fallen", KentSources.CsaUpdate2017July19.At("section 4.3")),
        new ReportedChange(CasualtyMeasure.SeriouslyInjured.Indicator, ChangeDirection.Up, null, "the number of seriously injured has increased", KentSources.CsaUpdate2017July19.At("section 4.3")),
    });

    /// <summary>Every indicator of <see cref="Definitions"/>, with no series or figures: the report gives none.</summary>
    /// <remarks>
    /// Its <see cref="IndicatorSet.Provenance"/> cites section 4 of the report, and marks as inferred what the library
    /// adds: each indicator's unit and preferred direction, which the report does not state.
    /// </remarks>
    public static IndicatorSet July2017 { get; } =
        new IndicatorSet(Definitions, System.Array.Empty<IndicatorSeries>(), System.Array.Empty<RoadCasualtyFigures>()).WithProvenance(BuildProvenance());

    private static ProvenanceRecord BuildProvenance()
    {
        var units = Provenance.Inferred("The report gives no figures and no units; each indicator counts what its name says (incidents, referrals, visitors, people).");
        var domesticAbuse = Provenance.Inferred(
            "The report states no preferred direction: it reads the rises as added pressure on services, and more reports can mean more confidence to report.",
            KentSources.CsaUpdate2017July19.At("section 4.2"));
        var roads = Provenance.Inferred(
            "The report states no preferred direction; fewer people killed or seriously injured is taken to be better.",
            KentSources.CsaUpdate2017July19.At("section 4.3"));
        var fields = new List<FieldProvenance>(2 * Definitions.Count);
        for (int i = 0; i < Definitions.Count; i++)
        {
            fields.Add(new FieldProvenance($"indicators[{i}].unit", units));
        }
        for (int i = 0; i < Definitions.Count; i++)
        {
            fields.Add(new FieldProvenance($"indicators[{i}].polarity", i < 3 ? domesticAbuse : roads));
        }
        return new ProvenanceRecord(Provenance.Sourced(KentSources.CsaUpdate2017July19.At("section 4")), fields);
    }
}
