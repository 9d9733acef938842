using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Indicators;
using NodaTime;
using static KentCsp.Reports.TemplateModel;

namespace KentCsp.Reports;

public sealed partial class CommitteeReports
{
    /// <summary>
    /// The Community Safety Agreement update: the priorities and cross-cutting themes of the edition in force on
    /// <paramref name="asAt"/> (<see cref="AgreementHistory.InForceOn"/>, or why it is not known); each indicator series
    /// as a chart over its periods that ended by <paramref name="asAt"/>, with the library's exact statements of the
    /// change from the previous period and from the same period last year; the changes the sources report in words;
    /// road casualties by severity with KSI, one chart for each severity basis (raw and severity-adjusted figures are
    /// never drawn in one chart, nor compared); and a list of what is not known.
    /// </summary>
    /// <param name="agreements">The partnership's Community Safety Agreement editions.</param>
    /// <param name="indicators">The indicator set: series and road casualty figures.</param>
    /// <param name="reportedChanges">Changes the sources state in words (no figures); those whose source is dated after <paramref name="asAt"/> are left out.</param>
    /// <param name="asAt">The date of the update.</param>
    /// <returns>The paper, one HTML page.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public string CsaUpdate(AgreementHistory agreements, IndicatorSet indicators, IEnumerable<ReportedChange> reportedChanges, LocalDate asAt)
    {
        CheckNotNull(agreements, nameof(agreements));
        CheckNotNull(indicators, nameof(indicators));
        CheckNotNull(reportedChanges, nameof(reportedChanges));
        var sources = new Sources();
        sources.Add(indicators.Provenance);
        var notKnown = new List<string>();
        var provenance = new Provenances().Add(indicators.Provenance);

        var onDate = agreements.InForceOn(asAt);
        Node? edition = null;
        if (onDate.TryPickT0(out var inForce, out _))
        {
            sources.Add(inForce.Source);
            sources.Add(inForce.Provenance);
            provenance.Add(inForce.Provenance, "agreement");
            edition = new Node
            {
                ["label"] = inForce.Label,
                ["in_force"] = inForce.InForceFrom is { } from ? "in force from " + Date(from) : "in force by " + Date(inForce.InForceBy),
                ["source"] = inForce.Source.ToString(),
                ["priorities"] = inForce.Priorities.Select(Item).ToList(),
                ["themes"] = inForce.CrossCuttingThemes.Select(Item).ToList(),
            };
        }
        else
        {
            notKnown.Add("The agreement in force: " + onDate);
        }

        int chart = 0;
        var series = new List<Node>();
        foreach (var one in indicators.Series)
        {
            var values = one.Values.Where(value => value.Period.End <= asAt).ToList();
            string heading = $"{one.Indicator.Name}, by {one.PeriodKind.Description}" + (one.Basis is null ? string.Empty : ", " + one.Basis.Description);
            if (values.Count == 0)
            {
                notKnown.Add($"{heading}: no figure for a period ended by {Date(asAt)}.");
                continue;
            }
            var at = values[values.Count - 1].Period;
            var changes = new List<Node> { Change(one.PeriodKind.PeriodsPerYear == 1 ? "the previous year" : "the previous period", one.ChangeFromPreviousPeriod(at)) };
            if (one.PeriodKind.PeriodsPerYear != 1)
            {
                changes.Add(Change("the same period last year", one.ChangeFromSamePeriodLastYear(at)));
            }
            chart++;
            series.Add(new Node
            {
                ["heading"] = heading,
                ["id"] = one.Indicator.Id,
                ["unit"] = one.Indicator.Unit.Description,
                ["polarity"] = one.Indicator.Polarity.Description,
                ["latest_period"] = at.Label,
                ["latest"] = Number(values[values.Count - 1].Value),
                ["changes"] = changes,
                ["chart"] = Charts.Bars("series-" + chart.ToString(CultureInfo.InvariantCulture), heading, "Period", Capitalise(one.Indicator.Unit.Description),
                    values.Select(value => new ChartPoint(value.Period.Label, value.Value, Number(value.Value))).ToList()),
            });
        }
        foreach (var indicator in indicators.Indicators.Where(indicator => indicators.Series.All(one => one.Indicator != indicator)))
        {
            notKnown.Add($"{indicator.Name}: no figures are held; only what the sources say in words, where they say it.");
        }

        var reported = reportedChanges.Where(change => change.Source.Date is not { } date || date <= asAt).Select(change =>
        {
            sources.Add(change.Source);
            return new Node
            {
                ["indicator"] = change.Indicator.Name,
                ["direction"] = change.Direction.Description + (change.MoreThan is null ? string.Empty : " by more than " + change.MoreThan),
                ["words"] = change.Words,
                ["source"] = change.Source.ToString(),
            };
        }).ToList();

        var figures = indicators.RoadCasualties.Where(one => one.Period.End <= asAt)
            .OrderBy(one => one.Period).ThenBy(one => one.Basis.Value).ToList();
        var roadRows = figures.Select(one => new Node
        {
            ["period"] = one.Period.Label,
            ["basis"] = one.Basis.Description,
            ["killed"] = Number(one.Killed),
            ["serious"] = Number(one.SeriouslyInjured),
            ["ksi"] = Number(one.KilledOrSeriouslyInjured),
            ["slight"] = Number(one.SlightlyInjured),
            ["total"] = Number(one.Total),
        }).ToList();
        var roadCharts = SeverityBasis.All.Where(basis => figures.Any(one => one.Basis == basis)).Select(basis => (object?)Charts.Bars(
            "ksi-" + basis.Name.ToLowerInvariant(), $"Killed or seriously injured, {basis.Description}", "Period", "KSI casualties",
            figures.Where(one => one.Basis == basis).Select(one => new ChartPoint(one.Period.Label, one.KilledOrSeriouslyInjured, Number(one.KilledOrSeriouslyInjured))).ToList())).ToList();
        var roadComparisons = new List<string>();
        foreach (var one in figures)
        {
            foreach (var baseline in figures.Where(other => other.Period == one.Period.SamePeriodLastYear))
            {
                roadComparisons.Add(one.CompareWith(baseline, CasualtyMeasure.KilledOrSeriouslyInjured).Match(
                    change => $"KSI {one.Period} against {baseline.Period} ({one.Basis.Description}): {Describe(change)}",
                    refused => $"KSI {one.Period} ({one.Basis.Description}) against {baseline.Period} ({baseline.Basis.Description}): not compared \u2014 {refused.Message}"));
            }
        }
        if (figures.Count == 0)
        {
            notKnown.Add($"Road casualties: no figures are held for a period ended by {Date(asAt)}.");
        }

        var body = new Node
        {
            ["edition"] = edition,
            ["series"] = series,
            ["reported"] = reported,
            ["road_rows"] = roadRows,
            ["road_charts"] = roadCharts,
            ["road_comparisons"] = roadComparisons,
            ["not_known"] = notKnown,
        };
        return Page(ReportTemplates.CsaUpdate, "Community Safety Agreement update", "Priorities, themes and proxy indicators of " + agreements.PartnershipId, asAt, body, provenance, sources);
    }

    private static Node Item(AgreementItem item) => new() { ["id"] = item.Id, ["title"] = item.Title };

    private static Node Change(string against, IndicatorComparison comparison) => comparison.Match(
        change => new Node
        {
            ["against"] = against,
            ["baseline"] = $"{change.Baseline.Period}, {Number(change.Baseline.Value)}",
            ["statement"] = Describe(change),
            ["compared"] = true,
        },
        refused => new Node
        {
            ["against"] = against,
            ["baseline"] = null,
            ["statement"] = "not compared \u2014 " + refused.Message,
            ["compared"] = false,
        });

    // The library's statement of the change, its percentage where it has one, and its judgement: as the command line words it.
    private static string Describe(IndicatorChange change)
    {
        string percentage = change.PercentageChange is { } value
            ? string.Format(CultureInfo.InvariantCulture, " ({0}{1:0.0}%)", value > 0m ? "+" : string.Empty, value)
            : string.Empty;
        return $"{change.Statement}{percentage}, {change.Judgement.Description}";
    }
}
