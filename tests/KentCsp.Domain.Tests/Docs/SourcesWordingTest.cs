using System;
using System.IO;
using System.Linq;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The docs say what the sources say: the words of the Working Group update, the letters of the rules, every document kind.</summary>
public class SourcesWordingTest
{
    private static string Flat(string text) => string.Join(" ", text.Split(['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void ReviewsPage_QuotesWhatTheDhrContributionWasFor()
    {
        // Working Group update, 15 March 2017, section 3.2: "the cost of facilitating the statutory DHR process including
        // independent chairs" — not "mainly for independent chairs".
        string page = Flat(RepositoryPaths.ReadText("docs/reviews.md"));
        Assert.Contains("\"the cost of facilitating the statutory DHR process including independent chairs\"", page);
        Assert.DoesNotContain("mainly for independent chairs", page);
    }

    [Fact]
    public void NoPage_NamesTheGeneralRulesAsAToH()
    {
        // The Home Office Crime Recording Rules have General Rules A to J.
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").Append(Path.Combine(RepositoryPaths.Root, "README.md"));
        var wrong = pages.Where(page => Flat(File.ReadAllText(page)).Contains("General Rules A–H", StringComparison.Ordinal)).Select(Path.GetFileName);
        Assert.Empty(wrong);
        Assert.Contains("General Rules A–J", Flat(RepositoryPaths.ReadText("docs/recording.md")));
    }

    [Fact]
    public void JsonFormatPage_ListsEveryDocumentKindWithItsReader()
    {
        string page = RepositoryPaths.ReadText("docs/json-format.md");
        foreach (var kind in DocumentKind.All)
        {
            Assert.Contains($"| `{kind.WireName}` |", page);
        }
        foreach (var reader in typeof(KentCspJson).GetMethods().Where(method => method.Name.StartsWith("Deserialize", StringComparison.Ordinal)).Select(method => method.Name).Distinct())
        {
            Assert.Contains(reader.EndsWith("Async", StringComparison.Ordinal) ? $"KentCspJson.{reader}(Stream)" : $"KentCspJson.{reader}(string)", page);
        }
    }

    [Fact]
    public void Readme_CallsNoBuiltFeaturePlanned()
    {
        Assert.DoesNotContain("planned", RepositoryPaths.ReadText("README.md"), StringComparison.OrdinalIgnoreCase);
    }
}
