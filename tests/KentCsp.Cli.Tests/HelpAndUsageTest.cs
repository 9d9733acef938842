using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.RegularExpressions;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary>
/// What a new user and a script see of the command line: one name for the date things are judged at, help that fits 100
/// columns, optional arguments shown as optional with distinct placeholders, and a parse error that names the help to read.
/// </summary>
public class HelpAndUsageTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private const int MaxColumns = 100;

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRun.Run(Clock, args);

    /// <summary>Every command of the tree by its path of names ("" for the root), whether it has an action or not.</summary>
    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string>();
        foreach (string path in Walk(KentCspCommand.Build(Clock), ""))
        {
            data.Add(path);
        }
        return data;
    }

    private static IEnumerable<string> Walk(Command command, string path)
    {
        yield return path;
        foreach (var subcommand in command.Subcommands)
        {
            foreach (string each in Walk(subcommand, path.Length == 0 ? subcommand.Name : path + " " + subcommand.Name))
            {
                yield return each;
            }
        }
    }

    private static string Help(string path)
    {
        var (code, output, error) = Run([.. path.Split(' ', System.StringSplitOptions.RemoveEmptyEntries), "--help"]);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        return output;
    }

    private static string UsageLine(string help)
    {
        var lines = help.Split('\n');
        int at = System.Array.IndexOf(lines, "Usage:");
        Assert.True(at >= 0, "the help has no Usage: section");
        return lines[at + 1].Trim();
    }

    [Fact]
    public void FundingCheck_AsAt_JudgesOnThatDate()
    {
        var (code, output, error) = Run("funding", "check", "--as-at", "2017-03-31");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("  Checked on 2017-03-31 against ", output);
    }

    [Fact]
    public void FundingCheck_AsOf_StillAcceptedAsAHiddenAlias()
    {
        var (code, output, error) = Run("funding", "check", "--as-of", "2017-03-31");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("  Checked on 2017-03-31 against ", output);
        Assert.Equal(output, Run("funding", "check", "--as-at", "2017-03-31").Output);
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Help_NeverShowsAsOf(string path)
    {
        Assert.DoesNotContain("--as-of", Help(path));
    }

    [Fact]
    public void Help_FundingCheck_ShowsAsAtWithADatePlaceholder()
    {
        string help = Help("funding check");
        Assert.Contains("\n  --as-at <DATE>  ", help);
        Assert.Equal("kentcsp funding check [<FILE>] [options]", UsageLine(help));
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Help_EveryCommand_FitsIn100Columns(string path)
    {
        var wide = Help(path).Split('\n').Where(line => line.Length > MaxColumns).ToList();
        Assert.True(wide.Count == 0, $"{wide.Count} lines wider than {MaxColumns} columns, the widest {wide.DefaultIfEmpty("").Max(line => line.Length)}:\n{string.Join("\n", wide)}");
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Help_EveryCommand_PlaceholdersAreUpperCaseAndDistinct(string path)
    {
        string help = Help(path);
        var placeholders = Regex.Matches(UsageLine(help), "<([^>]*)>").Select(match => match.Groups[1].Value).ToList();
        var options = help.Split('\n').SkipWhile(line => line != "Options:").TakeWhile(line => line.Length > 0)
            .Select(line => Regex.Match(line, @"^  -\S*(?:, -\S*)* <([^>]*)>")).Where(match => match.Success).Select(match => match.Groups[1].Value);
        placeholders.AddRange(options);
        Assert.All(placeholders, placeholder => Assert.Matches("^[A-Z][A-Z0-9-]*$", placeholder));
        Assert.Equal(placeholders.Distinct().Count(), placeholders.Count);
    }

    [Fact]
    public void Help_Root_ShowsOptionalFilesAsOptional()
    {
        string help = Help("");
        foreach (string command in new[] { "reviews", "plan", "count", "indicators", "morile" })
        {
            Assert.Contains($"\n  {command} [<FILE>] ", help);
        }
        Assert.Contains("\n  meeting <MEETING> ", help);
        Assert.Contains("\n  validate [<KIND>] <FILE> ", help);
        Assert.Contains("\n  json <DOCUMENT> ", help);
    }

    [Fact]
    public void Help_CsaDiff_NamesOlderAndNewerWithTheEditionsInTheirDescriptions()
    {
        string help = Help("csa diff");
        Assert.Equal("kentcsp csa diff <OLDER> <NEWER> [options]", UsageLine(help));
        Assert.Matches(@"\n  <OLDER>  The earlier edition: Kent's 2017 or 2023, or a FILE of an edition \(kind csa;", help);
        Assert.Matches(@"\n  <NEWER>  The later edition: Kent's 2017 or 2023, or a FILE of an edition \(kind csa\)\.", help);
    }

    [Fact]
    public void Help_Root_Snapshot() => Snapshot.VerifyText(Help(""));

    [Fact]
    public void Help_FundingCheck_Snapshot() => Snapshot.VerifyText(Help("funding check"));

    [Fact]
    public void Help_CsaDiff_Snapshot() => Snapshot.VerifyText(Help("csa diff"));

    [Fact]
    public void Help_Count_Snapshot() => Snapshot.VerifyText(Help("count"));

    [Theory]
    [InlineData("Run 'kentcsp funding check --help' for usage.", "funding", "check", "--as-at")]
    [InlineData("Run 'kentcsp funding check --help' for usage.", "funding", "check", "a.json", "b.json")]
    [InlineData("Run 'kentcsp csa diff --help' for usage.", "csa", "diff", "2017")]
    [InlineData("Run 'kentcsp report funding --help' for usage.", "report", "funding")]
    [InlineData("Run 'kentcsp funding --help' for usage.", "funding")]
    [InlineData("Run 'kentcsp --help' for usage.", "bogus")]
    [InlineData("Run 'kentcsp --help' for usage.", "--no-such-option")]
    public void ParseError_ErrorThenTheHelpOfTheCommandThatFailed(string expected, params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length >= 2, $"expected the errors and then the help line, but standard error was: {error}");
        Assert.All(lines.Take(lines.Length - 1), line => Assert.StartsWith("kentcsp: ", line));
        Assert.Equal(expected, lines[^1]);
    }
}
