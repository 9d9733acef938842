using System.Linq;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>docs/funding.md lists every funding rule with its id, title, severity, meaning and the source it cites.</summary>
public class FundingDocsTest
{
    [Fact]
    public void FundingPage_ListsEveryRuleAsTheLibraryDefinesIt()
    {
        string page = RepositoryPaths.ReadText("docs/funding.md");
        foreach (var rule in FundingRule.All)
        {
            string source = rule.CitesPolicy ? "the funding policy (`FundingPolicy.Source`)" : "the grant (`Grant.Source`)";
            Assert.Contains($"| `{rule.Id}` | {rule.Title} | {rule.Severity.Description} | {rule.Meaning} | {source} |\n", page);
        }
        Assert.Equal(FundingRule.All.Count, page.Split('\n').Count(line => line.StartsWith("| `FUND-", System.StringComparison.Ordinal)));
    }
}
