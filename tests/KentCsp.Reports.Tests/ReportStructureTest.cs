using System;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace KentCsp.Reports.Tests;

/// <summary>
/// Every paper, parsed as HTML5 (AngleSharp): its sections are there, every chart is an SVG with a text alternative
/// and a table of the same figures, nothing in it asks for anything outside the page, and the provenance and sources
/// are shown.
/// </summary>
public sealed class ReportStructureTest
{
    private static readonly HtmlParser Parser = new();

    private static IDocument Parse(string html) => Parser.ParseDocument(html);

    [Theory]
    [MemberData(nameof(Papers.NameData), MemberType = typeof(Papers))]
    public void BuiltIn_IsOneEnglishPageWithItsSectionsProvenanceAndSources(string name)
    {
        var document = Parse(Papers.BuiltIn(name));

        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("style"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Contains("19 July 2017", document.QuerySelector(".as-at")!.TextContent, StringComparison.Ordinal);
        string[] expected = name switch
        {
            "csa-update" => ["agreement-heading", "indicators-heading", "road-heading", "not-known-heading"],
            "action-plan" => ["summary-heading", "actions-heading", "findings-heading"],
            "funding" => ["grant-heading", "allocations-heading", "payments-heading", "findings-heading"],
            "reviews" => ["cases-heading", "steps-heading"],
            _ => ["members-heading", "authorities-heading", "compliance-heading", "meetings-heading"],
        };
        foreach (string heading in expected.Append("provenance-heading"))
        {
            Assert.True(document.GetElementById(heading) is not null, $"{name}: no section headed #{heading}");
        }
        Assert.NotEmpty(document.QuerySelectorAll("table.marks tbody tr"));
        Assert.NotEmpty(document.QuerySelectorAll("footer.sources li"));
    }

    [Theory]
    [MemberData(nameof(Papers.NameData), MemberType = typeof(Papers))]
    public void BuiltInAndGenerated_EveryChartHasATextAlternativeAndATableOfTheSameFigures(string name)
    {
        foreach (string html in new[] { Papers.BuiltIn(name), Papers.Generated(name) })
        {
            var document = Parse(html);
            foreach (var figure in document.QuerySelectorAll("figure.chart"))
            {
                var svg = figure.QuerySelector("svg");
                Assert.NotNull(svg);
                Assert.Equal("img", svg!.GetAttribute("role"));
                string title = svg.QuerySelector("title")?.TextContent ?? "";
                string description = svg.QuerySelector("desc")?.TextContent ?? "";
                Assert.False(string.IsNullOrWhiteSpace(title), $"{name}: chart {figure.Id} has no title");
                var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
                Assert.All(labelledBy, id => Assert.NotNull(document.GetElementById(id)));

                var bars = svg.QuerySelectorAll("rect.bar").Select(bar => (bar.GetAttribute("data-label") ?? "", bar.GetAttribute("data-value") ?? "")).ToList();
                var rows = figure.QuerySelectorAll("table tbody tr")
                    .Select(row => (row.QuerySelector("th")!.TextContent, row.QuerySelector("td")!.TextContent)).ToList();
                Assert.NotEmpty(bars);
                Assert.Equal(bars, rows);
                Assert.All(rows, row => Assert.Contains(row.Item1 + " " + row.Item2, description, StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Papers.NameData), MemberType = typeof(Papers))]
    public void BuiltInAndGenerated_RequestNothingOutsideThePage(string name)
    {
        foreach (string html in new[] { Papers.BuiltIn(name), Papers.Generated(name) })
        {
            var document = Parse(html);
            Assert.Empty(document.QuerySelectorAll("script, link, iframe, img, object, embed, video, audio, source, use, image, base"));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    bool fetches = attribute.Name is "src" or "href" or "xlink:href" or "srcset" or "action" or "poster" or "data";
                    Assert.False(fetches, $"{name}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\"> asks for something outside the page");
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.Ordinal), $"{name}: <{element.LocalName}> has a script handler {attribute.Name}");
                }
            }
            string styles = document.QuerySelector("style")!.TextContent;
            Assert.DoesNotContain("url(", styles, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", styles, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Styles_PrintOnA4WithPageBreaksBetweenSectionsAndRowsKeptWhole()
    {
        string styles = Parse(Papers.BuiltIn("funding")).QuerySelector("style")!.TextContent;

        Assert.Contains("@media print", styles, StringComparison.Ordinal);
        Assert.Contains("size: A4", styles, StringComparison.Ordinal);
        Assert.Contains("main > section { break-before: page", styles, StringComparison.Ordinal);
        Assert.Contains("tr { break-inside: avoid", styles, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group", styles, StringComparison.Ordinal);
    }

    [Fact]
    public void Partnership_MeetingWithRestrictedContent_ShowsNoRestrictedItemOrReportAndSaysHowManyWereLeftOut()
    {
        string html = Papers.Generated("partnership");
        var document = Parse(html);

        foreach (string restricted in new[] { "Domestic Homicide Review Briefing for Case A/2023", "Counter Terrorism Update", "named premises", "The panel's findings", "current threat level" })
        {
            Assert.DoesNotContain(restricted, document.Body!.TextContent, StringComparison.Ordinal);
        }
        var agenda = document.QuerySelectorAll("ol.agenda li").Select(item => item.TextContent).ToList();
        Assert.Equal(["Anti-social behaviour & \"hot spots\" – update", "Terms of Reference"], agenda);
        Assert.Contains("2 restricted items and 2 restricted reports left out", document.QuerySelector(".meetings .mark")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Reviews_BuiltIn_MarksTheIllustrativeDatesOfTheCaseAndShowsOnlyItsPseudonym()
    {
        var document = Parse(Papers.BuiltIn("reviews"));

        var row = document.QuerySelector(".cases tbody tr")!;
        Assert.StartsWith("Elizabeth/2015", row.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(row.QuerySelectorAll(".mark-badge.mark-illustrative"));
        Assert.Contains(document.QuerySelectorAll("table.marks .mark-badge"), badge => badge.TextContent == "illustrative");
    }

    [Fact]
    public void Reviews_RegisterWithoutProvenance_SaysTheDataCarriesNoMarks()
    {
        var document = Parse(Papers.Generated("reviews"));

        Assert.Empty(document.QuerySelectorAll("table.marks"));
        Assert.Contains("carries no provenance marks", document.QuerySelector(".provenance")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionPlan_BuiltIn_IsMarkedIllustrativeAndListsOverdueActionsFirst()
    {
        var document = Parse(Papers.Generated("action-plan"));
        var builtIn = Parse(Papers.BuiltIn("action-plan"));

        Assert.NotNull(builtIn.QuerySelector(".masthead .mark-illustrative"));
        foreach (var table in document.QuerySelectorAll(".actions table"))
        {
            var flagged = table.QuerySelectorAll("tbody tr").Select(row => row.QuerySelector(".flag") is not null).ToList();
            Assert.Equal(flagged.OrderByDescending(flag => flag), flagged);
        }
        Assert.Equal(4, document.QuerySelectorAll("#rag-counts table tbody tr").Length);
    }

    [Fact]
    public void CsaUpdate_BuiltIn_SaysNoFiguresAreHeldAndGivesTheReportsWords()
    {
        var document = Parse(Papers.BuiltIn("csa-update"));

        Assert.NotEmpty(document.QuerySelectorAll(".agreement ol li"));
        Assert.Contains("No indicator figures are held", document.QuerySelector(".indicators")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Domain.Kent.KentIndicators.ReportedJuly2017.Count, document.QuerySelectorAll(".indicators table tbody tr").Length);
        var notKnown = document.QuerySelectorAll(".not-known-list li").Select(item => item.TextContent).ToList();
        Assert.Contains(notKnown, item => item.StartsWith("Road casualties: no figures are held", StringComparison.Ordinal));
    }

    [Fact]
    public void CsaUpdate_Generated_DrawsRawAndAdjustedRoadCasualtiesInSeparateChartsAndRefusesToCompareThem()
    {
        var document = Parse(Papers.Generated("csa-update"));

        var ksiCharts = document.QuerySelectorAll("figure.chart").Where(figure => figure.Id!.StartsWith("ksi-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["ksi-raw", "ksi-adjusted"], ksiCharts.Select(figure => figure.Id!).ToList());
        Assert.All(ksiCharts, chart => Assert.Single(chart.QuerySelectorAll("svg title"), title => title.TextContent.EndsWith(chart.Id == "ksi-raw" ? "raw" : "severity-adjusted", StringComparison.Ordinal)));
        Assert.Contains(document.QuerySelectorAll(".road-casualties li"), item => item.TextContent.Contains("not compared", StringComparison.Ordinal));
        Assert.NotEmpty(document.QuerySelectorAll(".indicators figure.chart"));
        Assert.Contains(document.QuerySelectorAll(".indicators .changes li"), item => item.TextContent.StartsWith("Against the same period last year", StringComparison.Ordinal));
    }

    [Fact]
    public void CsaUpdate_BeforeAnyEditionIsHeld_SaysTheAgreementIsNotKnown()
    {
        string html = CommitteeReports.Default.CsaUpdate(Domain.Kent.KentData.CommunitySafetyAgreements, Papers.IllustrativeIndicators(), [], new NodaTime.LocalDate(2005, 1, 1));
        var document = Parse(html);

        Assert.Contains("Not known", document.QuerySelector(".agreement")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll(".not-known-list li"), item => item.TextContent.StartsWith("The agreement in force: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_AreHtmlEncoded()
    {
        var round = Domain.Tests.TestSupport.FundingBuilders.EveryMember();
        var document = Parse(CommitteeReports.Default.Funding(round, Domain.Kent.KentPolicies.Funding, new NodaTime.LocalDate(2018, 3, 1)));

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.All(document.QuerySelectorAll(".allocations tbody th"), cell => Assert.Empty(cell.Children));
    }
}
