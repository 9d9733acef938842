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
