using System.IO;
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

    [Fact]
    public void RecordingPage_SaysAdjustedFiguresEstimateInjuryBasedReportingForAllForces()
    {
        // DfT guide to severity adjustments: adjusted figures estimate the counts "as if all police forces were using
        // injury-based reporting systems" — the newer system, not the older one.
        string page = string.Join(" ", RepositoryPaths.ReadText("docs/recording.md").Split(['\n', ' '], System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("severity-adjusted figures, which estimate the counts \"as if all police forces were using injury-based reporting systems\"", page);
    }

    [Fact]
    public void NoPageOrSource_SaysAdjustedFiguresEstimateTheOlderSystem()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, System.StringComparison.Ordinal));
        var wrong = files
            .Where(file => string.Join(" ", File.ReadAllText(file).Split(['\r', '\n', ' ', '/'], System.StringSplitOptions.RemoveEmptyEntries)).Contains("what the older system would have recorded", System.StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file));
        Assert.Empty(wrong);
    }
}
