using System;
using System.Linq;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests;

public class FindingTest
{
    private static readonly SourceDocument Source = new("Test policy", locator: "section 1");

    private static Finding Sample(string subject = "round/bids/a") =>
        new("FUND-001", FindingSeverity.Error, subject, "Something is wrong.", [new FindingFigure("grant", "£1.00"), new FindingFigure("allocated", "£2.00")], Source);

    [Fact]
    public void Constructor_KeepsEveryMember()
    {
        var finding = Sample();
        Assert.Equal("FUND-001", finding.RuleId);
        Assert.Same(FindingSeverity.Error, finding.Severity);
        Assert.Equal("round/bids/a", finding.Subject);
        Assert.Equal("Something is wrong.", finding.Message);
        Assert.Equal(["grant = £1.00", "allocated = £2.00"], finding.Figures.Select(figure => figure.ToString()));
        Assert.Equal(Source, finding.Source);
        Assert.Equal("FUND-001 error round/bids/a: Something is wrong.", finding.ToString());
    }

    [Theory]
    [InlineData("fund-001")]
    [InlineData("FUND-1")]
    [InlineData("FUND001")]
    [InlineData("FUND-0001")]
    [InlineData("")]
    [InlineData("-001")]
    [InlineData("FUND-00A")]
    [InlineData("FUND-001\n")]
    [InlineData("FUND-001 ")]
    [InlineData("FÜND-001")]
    [InlineData("FUND_001")]
    public void Constructor_MalformedRuleId_Throws(string ruleId)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new Finding(ruleId, FindingSeverity.Warning, "s", "m", [], Source));
        Assert.Equal("ruleId", exception.ParamName);
    }

    [Fact]
    public void Constructor_FigureNamedTwice_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() =>
            new Finding("FUND-001", FindingSeverity.Warning, "s", "m", [new FindingFigure("a", "1"), new FindingFigure("a", "2")], Source));
        Assert.Equal("figures", exception.ParamName);
    }

    [Theory]
    [InlineData("A-000")]
    [InlineData("FUND-001")]
    [InlineData("REC-999")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ-123")]
    public void Constructor_WellFormedRuleId_IsKept(string ruleId) =>
        Assert.Equal(ruleId, new Finding(ruleId, FindingSeverity.Warning, "s", "m", [], Source).RuleId);

    // Few figures are compared pairwise, many through a set: both refuse the first figure whose name came before.
    [Theory]
    [InlineData(2, 0, 1)]
    [InlineData(4, 1, 3)]
    [InlineData(8, 0, 7)]
    [InlineData(9, 0, 8)]
    [InlineData(9, 3, 4)]
    [InlineData(200, 150, 199)]
    public void Constructor_FigureNamedTwice_NamesTheRepeatedName(int count, int first, int repeat)
    {
        var figures = Enumerable.Range(0, count).Select(i => new FindingFigure("figure " + i, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        figures[repeat] = new FindingFigure("figure " + first, "again");
        var exception = Assert.Throws<ArgumentRefusedException>(() => new Finding("FUND-001", FindingSeverity.Warning, "s", "m", figures, Source));
        Assert.Equal("figures", exception.ParamName);
        Assert.Equal($"name 'figure {first}' more than once.", exception.Reason);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(500)]
    public void Constructor_ManyDistinctFigures_KeepsThemInOrder(int count)
    {
        var figures = Enumerable.Range(0, count).Select(i => new FindingFigure("figure " + i, "value")).ToArray();
        Assert.Equal(figures, new Finding("FUND-001", FindingSeverity.Warning, "s", "m", figures, Source).Figures);
    }

    [Fact]
    public void Constructor_KeepsItsOwnCopyOfTheFigures()
    {
        var figures = new[] { new FindingFigure("a", "1") };
        var finding = new Finding("FUND-001", FindingSeverity.Warning, "s", "m", figures, Source);
        figures[0] = new FindingFigure("b", "2");
        Assert.Equal("a", finding.Figures[0].Name);
    }

    [Fact]
    public void Own_ChecksAsTheConstructorDoes()
    {
        var owned = Finding.Own("FUND-001", FindingSeverity.Error, "round/bids/a", "Something is wrong.", [new FindingFigure("grant", "£1.00"), new FindingFigure("allocated", "£2.00")], Source);
        Assert.Equal(Sample(), owned);
        Assert.Equal("ruleId", Assert.Throws<ArgumentRefusedException>(() => Finding.Own("fund-001", FindingSeverity.Error, "s", "m", [], Source)).ParamName);
        Assert.Equal("figures", Assert.Throws<ArgumentRefusedException>(() => Finding.Own("FUND-001", FindingSeverity.Error, "s", "m", [new FindingFigure("a", "1"), new FindingFigure("a", "2")], Source)).ParamName);
        var nullFigure = Assert.Throws<ArgumentRefusedException>(() => Finding.Own("FUND-001", FindingSeverity.Error, "s", "m", [new FindingFigure("a", "1"), null!], Source));
        Assert.Equal("figures", nullFigure.ParamName);
        Assert.Equal("element 1 is null.", nullFigure.Reason);
        Assert.Equal("figures", Assert.Throws<ArgumentNullException>(() => Finding.Own("FUND-001", FindingSeverity.Error, "s", "m", null!, Source)).ParamName);
    }

    [Fact]
    public void Equality_Contract()
    {
        EqualityAssert.Contract(Sample(), Sample(), Sample("round/bids/b"));
        EqualityAssert.Contract(new FindingFigure("a", "1"), new FindingFigure("a", "1"), new FindingFigure("a", "2"), new FindingFigure("b", "1"));
    }

    [Fact]
    public void Severity_IsOrderedByValue()
    {
        Assert.Equal([FindingSeverity.Information, FindingSeverity.Warning, FindingSeverity.Error], FindingSeverity.All);
    }
}
