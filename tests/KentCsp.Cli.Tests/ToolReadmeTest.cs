using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.RegularExpressions;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary>
/// The tool package's readme (src/KentCsp.Cli/package-readme.md, packed as the KentCsp.Cli package's README.md) names
/// every command of the command tree, each on a list line of its own written <c>`kentcsp PATH`</c> with a description,
/// and names no command the tree lacks: a command added, renamed or removed fails here until the readme follows.
/// </summary>
public class ToolReadmeTest
{
    private const string ReadmePath = "src/KentCsp.Cli/package-readme.md";

    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    // A list line naming a command: "- `kentcsp funding check` — what it does."
    private static readonly Regex ListedCommand = new(@"^\s*- `kentcsp(?<path>(?: [a-z0-9-]+)*)` — \S", RegexOptions.Multiline);

    [Fact]
    public void Readme_ListsEveryCommandOfTheTree()
    {
        var listed = Listed();
        var missing = Paths(KentCspCommand.Build(Clock)).Where(path => !listed.Contains(path)).ToList();

        Assert.True(missing.Count == 0, $"{ReadmePath} does not list: {string.Join(", ", missing.Select(Show))}");
    }

    [Fact]
    public void Readme_ListsNoCommandTheTreeLacks()
    {
        var paths = Paths(KentCspCommand.Build(Clock)).ToHashSet(StringComparer.Ordinal);
        var unknown = Listed().Where(path => !paths.Contains(path)).ToList();

        Assert.True(unknown.Count == 0, $"{ReadmePath} lists commands kentcsp does not have: {string.Join(", ", unknown.Select(Show))}");
    }

    [Fact]
    public void Walk_FindsTheGroupsAndTheirCommands()
    {
        var paths = Paths(KentCspCommand.Build(Clock)).ToList();

        Assert.Contains("", paths);
        Assert.Contains("funding", paths);
        Assert.Contains("funding check-360giving", paths);
        Assert.Contains("report partnership", paths);
    }

    [Fact]
    public void Readme_IsTheToolsOwnNotTheLibrarys()
    {
        string readme = RepositoryPaths.ReadText(ReadmePath);

        Assert.StartsWith("# kentcsp\n", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("```csharp", readme, StringComparison.Ordinal);
    }

    private static string Show(string path) => path.Length == 0 ? "`kentcsp`" : $"`kentcsp {path}`";

    private static HashSet<string> Listed() =>
        ListedCommand.Matches(RepositoryPaths.ReadText(ReadmePath)).Select(match => match.Groups["path"].Value.TrimStart()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every command of the tree by its path of names ("" for the root), groups included.</summary>
    private static IEnumerable<string> Paths(Command command)
    {
        string path = command is RootCommand ? "" : command.Name;
        yield return path;
        foreach (var subcommand in command.Subcommands)
        {
            foreach (var subpath in Paths(subcommand))
            {
                yield return path.Length == 0 ? subpath : path + " " + subpath;
            }
        }
    }
}
