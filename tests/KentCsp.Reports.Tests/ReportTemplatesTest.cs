using System;
using System.Linq;
using AngleSharp.Html.Parser;
using KentCsp.Domain.Kent;
using Xunit;

namespace KentCsp.Reports.Tests;

/// <summary>The templates: built in, replaceable by the caller's own text, refused with the template and line when invalid.</summary>
public sealed class ReportTemplatesTest
{
    [Fact]
    public void Funding_ThroughAReplacementTemplate_UsesIt()
    {
        const string replacement = """
            <section class="council-own"><h2 id="council-heading">Our allocations</h2>
            <ul>{% for allocation in allocations %}<li data-id="{{ allocation.id }}">{{ allocation.project }}: {{ allocation.amount }}</li>{% endfor %}</ul>
            {{ chart_by_priority }}</section>
            """;
        var reports = new CommitteeReports(ReportTemplates.Default.With(ReportTemplates.Funding, replacement));

        var document = new HtmlParser().ParseDocument(Papers.BuiltIn("funding", reports));

        Assert.NotNull(document.GetElementById("council-heading"));
        var items = document.QuerySelectorAll(".council-own li").ToList();
        Assert.Equal(KentFunding.Round2016To17.Allocations.Count, items.Count);
        Assert.Equal("licence-to-kill", items[0].GetAttribute("data-id"));
        Assert.Equal("Licence to Kill: £6,000.00", items[0].TextContent);
        Assert.Null(document.GetElementById("grant-heading"));
        Assert.NotNull(document.QuerySelector("#allocations-by-priority svg"));
        Assert.NotNull(document.GetElementById("provenance-heading"));
        Assert.Equal(replacement, reports.Templates.TextOf(ReportTemplates.Funding));
        Assert.NotEqual(replacement, ReportTemplates.Default.TextOf(ReportTemplates.Funding));
    }

    [Fact]
    public void With_InvalidLiquid_IsRefusedNamingTheTemplateAndTheLine()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => ReportTemplates.Default.With(ReportTemplates.Funding, "<p>fine</p>\n<p>{% for x in allocations %}{{ x.id }}</p>\n"));

        Assert.Contains("'funding' template", exception.Message, StringComparison.Ordinal);
        Assert.Contains("line ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_UnknownName_IsRefusedListingTheNames()
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => ReportTemplates.Default.With("agenda", "<p></p>"));

        Assert.Equal("name", exception.ParamName);
        Assert.Contains("layout, styles, csa-update, action-plan, funding, reviews, partnership", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_WrittenByAReplacementTemplate_AreHtmlEncoded()
    {
        var reports = new CommitteeReports(ReportTemplates.Default.With(ReportTemplates.Funding, "<p id=\"purpose\">{{ grant.purpose }}</p><p id=\"x\">{{ '<script>alert(1)</script>' }}</p>"));

        var document = new HtmlParser().ParseDocument(Papers.BuiltIn("funding", reports));

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Equal("<script>alert(1)</script>", document.GetElementById("x")!.TextContent);
    }

    [Fact]
    public void Default_HasEveryTemplate()
    {
        Assert.All(ReportTemplates.Names, name => Assert.False(string.IsNullOrWhiteSpace(ReportTemplates.Default.TextOf(name))));
    }
}
