using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>
/// Every C# block in the README, the package README and docs/*.md is compiled code: it follows a
/// <c>&lt;!-- snippet: name --&gt;</c> line (a <c>#region name</c> in this folder) or a <c>&lt;!-- file: path --&gt;</c>
/// line (a whole file), and must match it exactly.
/// </summary>
public class DocSnippetsTest
{
    private static readonly Regex Block = new(@"(?:<!-- (?<kind>snippet|file): (?<name>[^ ]+) -->\n)?```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
    private static readonly Regex Region = new(@"^(?<indent>[ \t]*)#region (?<name>\S+)\n(?<code>.*?)^[ \t]*#endregion", RegexOptions.Singleline | RegexOptions.Multiline);

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string> { "README.md", "src/KentCsp.Domain/package-readme.md" };
        foreach (var page in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add("docs/" + Path.GetFileName(page));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_CSharpBlocksAreCompiledCode(string page)
    {
        var regions = Regions();
        string text = RepositoryPaths.ReadText(page);
        foreach (Match block in Block.Matches(text))
        {
            string code = block.Groups["code"].Value;
            Assert.True(block.Groups["kind"].Success, $"{page}: a C# block has no snippet or file marker:\n{code}");
            string name = block.Groups["name"].Value;
            string expected = block.Groups["kind"].Value == "file"
                ? RepositoryPaths.ReadText(name)
                : regions.TryGetValue(name, out var region) ? region : throw new Xunit.Sdk.XunitException($"{page}: no #region {name} in tests/KentCsp.Domain.Tests/Docs");
            Assert.Equal(expected, code);
        }
    }

    [Fact]
    public void Pages_AreFound()
    {
        Assert.Contains("docs/getting-started.md", ((IEnumerable<object[]>)Pages()).Select(row => (string)row[0]));
    }

    private static Dictionary<string, string> Regions()
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Tests, "Docs"), "*.cs"))
        {
            foreach (Match match in Region.Matches(File.ReadAllText(file).Replace("\r\n", "\n")))
            {
                regions.Add(match.Groups["name"].Value, Dedent(match.Groups["code"].Value, match.Groups["indent"].Value.Length));
            }
        }
        return regions;
    }

    private static string Dedent(string code, int indent) =>
        string.Concat(code.Split('\n').Select(line => line.Length >= indent ? line.Substring(indent) : line.TrimStart())
            .Select((line, i) => i == 0 ? line : "\n" + line));
}
