using System.Linq;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>docs/recording.md lists every recording rule with its id, title, severity, meaning and the source it cites.</summary>
public class RecordingDocsTest
{
    [Fact]
    public void RecordingPage_ListsEveryRuleAsTheLibraryDefinesIt()
    {
        string page = RepositoryPaths.ReadText("docs/recording.md");
        foreach (var rule in RecordingRule.All)
        {
            Assert.Contains($"| `{rule.Id}` | {rule.Title} | {rule.Severity.Description} | {rule.Meaning} | {rule.Basis} |\n", page);
        }
        Assert.Equal(RecordingRule.All.Count, page.Split('\n').Count(line => line.StartsWith("| `REC-", System.StringComparison.Ordinal)));
    }
}
