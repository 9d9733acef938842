using System;
using System.Collections.Generic;
using KentCsp.Domain.Indicators;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>
/// An indicator set of any number of monthly values, built through the public API only and the same for the same
/// size on every run: ten series of one indicator each (counts, percentages, a rate per 1,000, and two road casualty
/// series, one raw and one severity-adjusted), each ending in March 2025, and the raw and adjusted road casualty figures
/// of the last years. Used by the comparison with plain classes and, linked into the project, by its benchmarks.
/// </summary>
/// <remarks>
/// The values are split evenly over the series (the first series takes what is left over); a series of 10,000 months
/// starts in 1192, which the library's supported dates allow. Percentages have one decimal place, rates two, adjusted
/// casualties one; counts are whole.
/// </remarks>
internal static class LargeIndicatorSet
{
    private static readonly IndicatorDefinition[] Indicators =
    [
        new("domestic-abuse-incidents", "Domestic abuse incidents reported", IndicatorUnit.Count, IndicatorPolarity.NoPreferredDirection),
        new("marac-referrals", "Referrals to MARAC", IndicatorUnit.Count, IndicatorPolarity.NoPreferredDirection),
        new("anti-social-behaviour-incidents", "Anti-social behaviour incidents", IndicatorUnit.Count, IndicatorPolarity.LowerIsBetter),
        new("repeat-victims", "Repeat victims of domestic abuse", IndicatorUnit.Percentage, IndicatorPolarity.LowerIsBetter),
        new("shoplifting-rate", "Shoplifting offences per 1,000 population", IndicatorUnit.RatePerThousand, IndicatorPolarity.LowerIsBetter),
        new("road-casualties-ksi", "People killed or seriously injured in road collisions (KSI)", IndicatorUnit.Count, IndicatorPolarity.LowerIsBetter, isSeverityClassified: true),
        new("road-casualties-seriously-injured", "People seriously injured in road collisions", IndicatorUnit.Count, IndicatorPolarity.LowerIsBetter, isSeverityClassified: true),
        new("victim-satisfaction", "Victims satisfied with the service & its follow-up", IndicatorUnit.Percentage, IndicatorPolarity.HigherIsBetter),
        new("youth-diversion-referrals", "Referrals to youth diversion – all routes", IndicatorUnit.Count, IndicatorPolarity.HigherIsBetter),
        new("hate-crime-reports", "Hate crime reports", IndicatorUnit.Count, IndicatorPolarity.NoPreferredDirection),
    ];

    private static readonly ReportingPeriod LastMonth = ReportingPeriod.ForMonth(2025, 3);

    /// <summary>Builds the set.</summary>
    /// <param name="valueCount">The number of values over all the series, at least 10.</param>
    /// <returns>The set.</returns>
    internal static IndicatorSet Build(int valueCount)
    {
        var series = new IndicatorSeries[Indicators.Length];
        int each = valueCount / Indicators.Length;
        for (int s = 0; s < Indicators.Length; s++)
        {
            var indicator = Indicators[s];
            int months = s == 0 ? valueCount - (each * (Indicators.Length - 1)) : each;
            var first = LastMonth.Offset(1 - months);
            var values = new IndicatorValue[months];
            for (int j = 0; j < months; j++)
            {
                values[j] = new IndicatorValue(first.Offset(j), Value(s, j));
            }
            SeverityBasis? basis = !indicator.IsSeverityClassified ? null : indicator.Id == "road-casualties-ksi" ? SeverityBasis.Raw : SeverityBasis.Adjusted;
            series[s] = new IndicatorSeries(indicator, PeriodKind.Month, basis, values);
        }

        var figures = new List<RoadCasualtyFigures>();
        for (int year = 2015; year <= 2024; year++)
        {
            int k = year - 2015;
            figures.Add(new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(year), SeverityBasis.Raw, 50 + k, 540 + (k * 17), 5_200 - (k * 40)));
        }
        for (int year = 2022; year <= 2024; year++)
        {
            int k = year - 2022;
            figures.Add(new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(year), SeverityBasis.Adjusted, 60 + k, 690.4m + k, 5_049.6m - k));
        }
        return new IndicatorSet(Indicators, series, figures);
    }

    private static decimal Value(int s, int j) => Indicators[s].Unit.Name switch
    {
        nameof(IndicatorUnit.Percentage) => (j * 7 + s) % 1_000 / 10m,
        nameof(IndicatorUnit.RatePerThousand) => 1m + (j * 13 % 800 / 100m),
        _ when Indicators[s].IsSeverityClassified && s == 6 => (j * 29 % 400) / 10m,
        _ => 1_000 + ((j * 37) + (s * 101)) % 500,
    };
}
