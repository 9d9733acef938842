using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KentCsp.Domain;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using Xunit;

namespace KentCsp.Reports.Tests;

/// <summary>
/// The papers on large generated data (<see cref="PapersAtScale"/>): an action plan of 1,000 actions, a funding round of
/// 10,000 bids and 20 years of monthly indicator values. Each paper shows every action or allocation once, in the
/// order the library gives, every chart with a text alternative and a table of the same figures, and counts equal to
/// the library's own. The sizes are fixed, so each test's time is bounded by them; time itself is measured by the
/// render benchmarks (docs/reports.md, "Performance"), never here. The page's length is checked to grow linearly: a
/// paper whose text grew faster than its data (a row repeated per row) fails here.
/// </summary>
public sealed class PapersAtScaleTest
{
    private static readonly HtmlParser Parser = new();

    private static readonly Lazy<ActionPlan> Plan = new(() => PapersAtScale.LargeActionPlan());
    private static readonly Lazy<FundingRound> Round = new(() => PapersAtScale.LargeFundingRound());
    private static readonly Lazy<Domain.Indicators.IndicatorSet> Indicators = new(() => PapersAtScale.LargeIndicators());

    /// <summary>The large papers by name: those of the five with data that grows.</summary>
    public static readonly string[] Names = ["csa-update", "action-plan", "funding"];

    public static IEnumerable<object[]> NameData() => Names.Select(name => new object[] { name });

    /// <summary>A paper on the large data.</summary>
    internal static string Paper(string name) => name switch
    {
        "csa-update" => PapersAtScale.CsaUpdatePaper(CommitteeReports.Default, Indicators.Value),
        "action-plan" => PapersAtScale.ActionPlanPaper(CommitteeReports.Default, Plan.Value),
        "funding" => PapersAtScale.FundingPaper(CommitteeReports.Default, Round.Value),
        _ => throw new ArgumentException("no large data for the paper " + name, nameof(name)),
    };

    [Theory]
    [MemberData(nameof(NameData))]
    public void AtScale_EveryChartHasATextAlternativeAndATableOfTheSameFigures(string name)
    {
        var document = Parser.ParseDocument(Paper(name));

        var figures = document.QuerySelectorAll("figure.chart");
        Assert.NotEmpty(figures);
        foreach (var figure in figures)
        {
            var svg = figure.QuerySelector("svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent), $"{name}: chart {figure.Id} has no title");
            Assert.All(svg.GetAttribute("aria-labelledby")!.Split(' '), id => Assert.NotNull(document.GetElementById(id)));
            string description = svg.QuerySelector("desc")!.TextContent;
            var bars = svg.QuerySelectorAll("rect.bar").Select(bar => (bar.GetAttribute("data-label") ?? "", bar.GetAttribute("data-value") ?? "")).ToList();
            var rows = figure.QuerySelectorAll("table tbody tr").Select(row => (row.QuerySelector("th")!.TextContent, row.QuerySelector("td")!.TextContent)).ToList();
            Assert.NotEmpty(bars);
            Assert.Equal(bars, rows);
            Assert.All(rows, row => Assert.Contains(row.Item1 + " " + row.Item2, description, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ActionPlan_AtScale_ShowsEveryActionOnceInTheLibrarysOrderOverdueFirst()
    {
        var plan = Plan.Value;
        var evaluation = ActionPlanRules.Evaluate(plan, PapersAtScale.ActionPlanAsAt, KentPolicies.ActionPlans);
        Assert.Equal(PapersAtScale.ActionCount, plan.Actions.Count);
        // The data exercises every ordering key: overdue, unreviewed, closed and every rating but one are present.
        Assert.Contains(evaluation.Assessments, assessment => assessment.IsOverdue);
        Assert.Contains(evaluation.Assessments, assessment => assessment.IsNotReviewed && !assessment.IsOverdue);
        Assert.Contains(evaluation.Assessments, assessment => assessment.Status == ActionStatus.Complete);
        Assert.Contains(evaluation.Assessments, assessment => assessment.Action.StatusHistory.Count >= 3);

        var document = Parser.ParseDocument(Paper("action-plan"));

        var tables = document.QuerySelectorAll(".actions table");
        Assert.Equal(plan.Priorities.Count, tables.Length);
        var shown = new List<string>();
        var byUrgency = evaluation.ByUrgency;
        for (int t = 0; t < tables.Length; t++)
        {
            string priorityId = plan.Priorities[t].PriorityId;
            var rows = tables[t].QuerySelectorAll("tbody tr");
            var ids = rows.Select(row => row.QuerySelector("th")!.FirstChild!.TextContent.TrimEnd()).ToList();
            Assert.Equal(byUrgency.Where(assessment => assessment.Action.PriorityId == priorityId).Select(assessment => assessment.Action.Id).ToList(), ids);
            var overdue = rows.Select(row => row.QuerySelectorAll(".flag").Any(flag => flag.TextContent == "overdue")).ToList();
            Assert.Equal(overdue.OrderByDescending(flag => flag).ToList(), overdue);
            shown.AddRange(ids);
        }
        Assert.Equal(plan.Actions.Select(action => action.Id).OrderBy(id => id, StringComparer.Ordinal), shown.OrderBy(id => id, StringComparer.Ordinal));

        var rag = document.GetElementById("rag-counts")!.QuerySelectorAll("rect.bar")
            .ToDictionary(bar => bar.GetAttribute("data-label")!, bar => int.Parse(bar.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(RagStatus.All.Count, rag.Count);
        foreach (var status in RagStatus.All)
        {
            string label = char.ToUpperInvariant(status.Description[0]) + status.Description.Substring(1);
            Assert.Equal(evaluation.Assessments.Count(assessment => assessment.Rag.Status == status), rag[label]);
        }
        Assert.Equal(plan.Actions.Count, rag.Values.Sum());
        string summary = document.QuerySelector(".summary p")!.TextContent;
        Assert.Contains($"{evaluation.Assessments.Count(a => a.IsOverdue)} overdue and {evaluation.Assessments.Count(a => a.IsNotReviewed)} not reviewed", summary, StringComparison.Ordinal);
        Assert.Equal(evaluation.Findings.Count, document.QuerySelectorAll(".findings tbody tr").Length);
    }

    [Fact]
    public void Funding_AtScale_ShowsEveryAllocationPaymentAndReturnOnceWithTotalsByPriorityAndDistrict()
    {
        var round = Round.Value;
        var asAt = PapersAtScale.FundingAsAt;
        var evaluation = FundingRules.Evaluate(round, asAt, PapersAtScale.FundingPolicy);
        Assert.Equal(PapersAtScale.BidCount, round.Bids.Count);

        var document = Parser.ParseDocument(Paper("funding"));

        var allocationRows = document.QuerySelectorAll(".allocations > table tbody tr");
        Assert.Equal(round.Allocations.Select(allocation => allocation.Id).ToList(), allocationRows.Select(row => row.QuerySelector("th")!.TextContent).ToList());
        Assert.Equal(
            round.Allocations.Select(allocation => evaluation.StateOf(round.Id, allocation.Id).Description).ToList(),
            allocationRows.Select(row => row.QuerySelectorAll("td").Last().TextContent).ToList());
        var tables = document.QuerySelectorAll(".payments table");
        Assert.Equal(round.Payments.Select(payment => payment.AllocationId).ToList(), tables[0].QuerySelectorAll("tbody th").Select(cell => cell.TextContent).ToList());
        Assert.Equal(round.MonitoringReturns.Select(monitoring => monitoring.AllocationId).ToList(), tables[1].QuerySelectorAll("tbody th").Select(cell => cell.TextContent).ToList());
        int late = round.MonitoringReturns.Count(monitoring => !monitoring.IsReceivedBy(asAt) && monitoring.DueOn < asAt);
        Assert.True(late > 0, "the generated round has no late return");
        Assert.Equal(late, tables[1].QuerySelectorAll(".flag").Count(flag => flag.TextContent == "late"));
        Assert.Equal(evaluation.Findings.Count, document.QuerySelectorAll(".findings tbody tr").Length);

        var byDistrict = Totals(round, bid => bid.Scope.District ?? bid.Scope.Kind.Description);
        var byPriority = Totals(round, bid => string.Join(" + ", bid.PriorityIds));
        Assert.Equal(byDistrict, Bars(document, "allocations-by-district"));
        Assert.Equal(byPriority, Bars(document, "allocations-by-priority"));
        Assert.Equal(round.TotalAllocated, Money.Sum(round.Allocations.Select(allocation => allocation.Amount)));
    }

    [Fact]
    public void CsaUpdate_AtScale_ChartsEveryMonthOfEverySeriesAndEveryYearOfRoadCasualties()
    {
        var indicators = Indicators.Value;
        var document = Parser.ParseDocument(Paper("csa-update"));

        var seriesCharts = document.QuerySelectorAll(".indicators figure.chart");
        Assert.Equal(indicators.Series.Count, seriesCharts.Length);
        for (int i = 0; i < indicators.Series.Count; i++)
        {
            var values = indicators.Series[i].Values;
            Assert.Equal(PapersAtScale.IndicatorYears * 12, values.Count);
            Assert.Equal(values.Select(value => value.Period.Label).ToList(), seriesCharts[i].QuerySelectorAll("rect.bar").Select(bar => bar.GetAttribute("data-label")!).ToList());
        }
        Assert.Equal(2 * indicators.Series.Count, document.QuerySelectorAll(".indicators .changes li").Length);
        Assert.DoesNotContain(document.QuerySelectorAll(".indicators .changes li"), item => item.TextContent.Contains("not compared", StringComparison.Ordinal));

        Assert.Equal(indicators.RoadCasualties.Count, document.QuerySelectorAll(".road-casualties > table tbody tr").Length);
        foreach (string basis in new[] { "raw", "adjusted" })
        {
            Assert.Equal(PapersAtScale.IndicatorYears, document.GetElementById("ksi-" + basis)!.QuerySelectorAll("rect.bar").Length);
        }
    }

    [Theory]
    [MemberData(nameof(NameData))]
    public void AtScale_PageGrowsLinearlyWithItsData(string name)
    {
        // Bytes of page per item of data: an action (with its history), an allocation (with its payment and return),
        // a monthly value. Measured at about half of each bound; a paper that repeated a row per row would exceed it many times over.
        (int items, int bytesPerItem) = name switch
        {
            "action-plan" => (PapersAtScale.ActionCount, 2_000),
            "funding" => (Round.Value.Allocations.Count, 1_000),
            _ => (Indicators.Value.Series.Count * PapersAtScale.IndicatorYears * 12, 700),
        };

        int length = Paper(name).Length;

        Assert.True(length <= items * bytesPerItem, $"{name}: {length} characters for {items} items, more than {bytesPerItem} an item");
    }

    private static List<(string, string)> Totals(FundingRound round, Func<Bid, string> label)
    {
        var order = new List<string>();
        var amounts = new Dictionary<string, List<Money>>(StringComparer.Ordinal);
        foreach (var allocation in round.Allocations)
        {
            string key = label(round.FindBid(allocation.BidId)!);
            if (!amounts.TryGetValue(key, out var list))
            {
                amounts.Add(key, list = new List<Money>());
                order.Add(key);
            }
            list.Add(allocation.Amount);
        }
        return order.Select(key => (key, Money.Sum(amounts[key]).ToString())).ToList();
    }

    private static List<(string, string)> Bars(IDocument document, string id) =>
        document.GetElementById(id)!.QuerySelectorAll("rect.bar").Select(bar => (bar.GetAttribute("data-label")!, bar.GetAttribute("data-value")!)).ToList();
}
