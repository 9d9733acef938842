using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary>
/// Every <c>kentcsp</c> command shown in a code block of README.md and docs/*.md runs as written, on the files in
/// <c>samples/</c>: it exits 0 or 1 (1 is an error finding, an invalid document or an overdue action; 2 would be a
/// command line the tool cannot parse or a file it cannot read), writes nothing to standard error, and with
/// <c>--format json</c> writes one JSON document naming the command. Paths under <c>samples/</c> are read from the
/// repository root; a file a command writes (<c>-o</c>, or <c>&gt; FILE</c>) goes to a temporary folder.
/// </summary>
public class DocumentedCommandsTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private const string DotnetRun = "dotnet run --project src/KentCsp.Cli";

    /// <summary>
    /// Commands the pages show that do not run as written, each with the reason. They are checked for what the page
    /// says they do instead.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, (int Code, string Reason)> Exceptions = new Dictionary<string, (int, string)>
    {
        // A page shows this to show what a command line that cannot be parsed prints.
        ["kentcsp funding check --as-at"] = (2, "the example of a command line that cannot be parsed (exit code 2)"),
        // Transcripts of output for a round and a register built by the tests, whose output the pages show verbatim
        // (the register's by ReviewDocsTest); no file of that name exists.
        ["kentcsp funding check round.json --as-at 2018-03-31"] = (2, "a transcript of a round built in a test: round.json does not exist"),
        ["kentcsp reviews register.json --as-at 2024-08-15"] = (2, "a transcript of a register built in a test, checked by ReviewDocsTest: register.json does not exist"),
    };

    public static TheoryData<string, string> DocumentedCommands()
    {
        var data = new TheoryData<string, string>();
        foreach (var (page, command) in CommandsOfThePages())
        {
            data.Add(page, command);
        }
        return data;
    }

    [Fact]
    public void ThePages_ShowCommandsThatTakeTheSamples()
    {
        var commands = CommandsOfThePages().Select(entry => entry.Command).ToList();
        Assert.True(commands.Count >= 30, $"only {commands.Count} commands found in the pages");
        Assert.True(commands.Count(command => command.Contains("samples/", StringComparison.Ordinal)) >= 10, "fewer than 10 commands name a sample");
        foreach (string listed in Exceptions.Keys)
        {
            Assert.Contains(listed, commands);
        }
    }

    [Theory]
    [MemberData(nameof(DocumentedCommands))]
    public void DocumentedCommand_RunsAsWritten(string page, string command)
    {
        var (args, redirectTo) = Arguments(command, out string temp);
        try
        {
            var (code, output, error) = CliRun.Run(Clock, args);

            if (Exceptions.TryGetValue(command, out var exception))
            {
                Assert.True(code == exception.Code, $"{page}: '{command}' ({exception.Reason}) exited {code}: {error}");
                return;
            }
            Assert.True(code is 0 or 1, $"{page}: '{command}' exited {code}: {error}");
            Assert.True(error.Length == 0, $"{page}: '{command}' wrote to standard error: {error}");
            if (redirectTo is not null)
            {
                File.WriteAllText(Path.Combine(temp, redirectTo), output);
            }
            if (Option(args, "--format") == "json")
            {
                using var document = JsonDocument.Parse(output);
                Assert.Equal(CommandName(args), document.RootElement.GetProperty("command").GetString());
            }
            int outputOption = Array.FindIndex(args, arg => arg is "-o" or "--output");
            if (outputOption >= 0 && code == 0)
            {
                Assert.True(File.Exists(args[outputOption + 1]), $"{page}: '{command}' wrote no {args[outputOption + 1]}");
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    public static TheoryData<string, string, string> SampleRows()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (file, kind, command) in SamplesTable())
        {
            data.Add(file, kind, command);
        }
        return data;
    }

    [Fact]
    public void SamplesReadme_ListsEveryFileInTheFolderOnce()
    {
        var listed = SamplesTable().Select(row => row.File).ToList();
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples"), "*.json")
            .Select(path => Path.GetFileName(path)!)
            .Where(name => !name.EndsWith(".received.json", StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal);
        Assert.Equal(files, listed.OrderBy(name => name, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SampleRows))]
    public void Sample_ItsCommandInTheReadme_RunsWithJsonOutputWhereTheCommandHasIt(string file, string kind, string command)
    {
        string path = Path.Combine(RepositoryPaths.Root, "samples", file);
        using (var sample = JsonDocument.Parse(File.ReadAllText(path)))
        {
            Assert.Equal(kind, sample.RootElement.GetProperty("kind").GetString());
        }
        Assert.Contains("samples/" + file, command, StringComparison.Ordinal);
        var (args, _) = Arguments(command, out string temp);
        try
        {
            string[] words = args.TakeWhile(arg => !arg.StartsWith("-", StringComparison.Ordinal) && !arg.Contains(Path.DirectorySeparatorChar)).ToArray();
            var (_, help, _) = CliRun.Run(Clock, [.. words, "--help"]);
            bool json = help.Contains("--format", StringComparison.Ordinal);
            string[] run = json ? [.. args, "--format", "json"] : args;

            var (code, output, error) = CliRun.Run(Clock, run);

            Assert.True(code is 0 or 1, $"'{string.Join(" ", run)}' exited {code}: {error}");
            Assert.Equal("", error);
            if (json)
            {
                using var document = JsonDocument.Parse(output);
                Assert.Equal(string.Join(" ", words), document.RootElement.GetProperty("command").GetString());
            }
            else
            {
                Assert.NotEqual("", output);
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(SampleRows))]
    public void Sample_IsValid(string file, string kind, string command)
    {
        _ = command;
        var (code, output, error) = CliRun.Run(Clock, "validate", Path.Combine(RepositoryPaths.Root, "samples", file));

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.StartsWith($"valid {kind} document: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_SplitLikeAShell()
    {
        var (args, redirect) = Arguments("kentcsp json funding-policy > policy.json   # a comment", out string temp);
        Directory.Delete(temp, recursive: true);
        Assert.Equal(["json", "funding-policy"], args);
        Assert.Equal("policy.json", redirect);

        (args, redirect) = Arguments("kentcsp funding export-360giving samples/funding.json --publisher-name \"Example CSP\" -o grants.json | jq '.x'", out temp);
        Assert.Equal(["funding", "export-360giving", Path.Combine(RepositoryPaths.Root, "samples/funding.json"), "--publisher-name", "Example CSP", "-o", Path.Combine(temp, "grants.json")], args);
        Assert.Null(redirect);
        Directory.Delete(temp, recursive: true);
    }

    /// <summary>Every command line in a fenced code block of README.md and docs/*.md, continuation lines joined.</summary>
    private static IEnumerable<(string Page, string Command)> CommandsOfThePages()
    {
        var pages = new[] { "README.md" }.Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md")
            .Select(path => "docs/" + Path.GetFileName(path)).OrderBy(name => name, StringComparer.Ordinal));
        foreach (string page in pages)
        {
            bool inBlock = false;
            string? pending = null;
            foreach (string raw in RepositoryPaths.ReadText(page).Split('\n'))
            {
                string line = raw.Trim();
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inBlock = !inBlock;
                    continue;
                }
                if (!inBlock)
                {
                    continue;
                }
                if (pending is not null)
                {
                    pending += " " + line.TrimEnd('\\').Trim();
                    if (!line.EndsWith('\\'))
                    {
                        yield return (page, pending);
                        pending = null;
                    }
                    continue;
                }
                string? command = line.StartsWith("$ kentcsp", StringComparison.Ordinal) ? line[2..]
                    : line == "kentcsp" || line.StartsWith("kentcsp ", StringComparison.Ordinal) ? line
                    : line == DotnetRun || line.StartsWith(DotnetRun + " -- ", StringComparison.Ordinal) ? "kentcsp" + line[DotnetRun.Length..].Replace(" -- ", " ", StringComparison.Ordinal)
                    : null;
                if (command is null)
                {
                    continue;
                }
                command = WithoutComment(command);
                if (command.EndsWith('\\'))
                {
                    pending = command.TrimEnd('\\').Trim();
                    continue;
                }
                yield return (page, command);
            }
        }
    }

    /// <summary>The line up to a <c>#</c> comment that is not inside quotes.</summary>
    private static string WithoutComment(string line)
    {
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && i > 0 && line[i - 1] == ' ')
            {
                return line[..i].TrimEnd();
            }
        }
        return line.TrimEnd();
    }

    /// <summary>
    /// The arguments of a command line after <c>kentcsp</c>, split as a shell splits them; the part after a pipe is
    /// left out, a <c>&gt; FILE</c> redirection is returned apart, a path under <c>samples/</c> is made absolute from the
    /// repository root, and the file of <c>-o</c> is put in a new temporary folder (<paramref name="temp"/>).
    /// </summary>
    private static (string[] Args, string? RedirectTo) Arguments(string command, out string temp)
    {
        temp = Path.Combine(Path.GetTempPath(), "kentcsp-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        foreach (char c in command + " ")
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (c == ' ')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        Assert.Equal("kentcsp", words[0]);
        words.RemoveAt(0);
        int pipe = words.IndexOf("|");
        if (pipe >= 0)
        {
            words.RemoveRange(pipe, words.Count - pipe);
        }
        string? redirectTo = null;
        int redirect = words.IndexOf(">");
        if (redirect >= 0)
        {
            redirectTo = words[redirect + 1];
            words.RemoveRange(redirect, words.Count - redirect);
        }
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].StartsWith("samples/", StringComparison.Ordinal))
            {
                words[i] = Path.Combine(RepositoryPaths.Root, words[i]);
            }
            else if (words[i] is "-o" or "--output" && i + 1 < words.Count)
            {
                words[i + 1] = Path.Combine(temp, Path.GetFileName(words[i + 1]));
                i++;
            }
        }
        return (words.ToArray(), redirectTo);
    }

    private static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>The command's words before its first file, option or value: "funding check", "csa diff".</summary>
    private static string CommandName(string[] args) =>
        string.Join(" ", args.TakeWhile(arg => Regex.IsMatch(arg, "^[a-z][a-z0-9-]*$") && !arg.Contains(Path.DirectorySeparatorChar)).Take(2)
            .Where((arg, index) => index == 0 || arg is "check" or "diff" or "export-360giving" or "check-360giving"));

    /// <summary>The rows of the table in samples/README.md: file, kind and command, each in back quotes.</summary>
    private static IEnumerable<(string File, string Kind, string Command)> SamplesTable()
    {
        var row = new Regex("^\\| `([^`]+)` \\| `([^`]+)` \\| `([^`]+)` \\|$");
        foreach (string line in RepositoryPaths.ReadText("samples/README.md").Split('\n'))
        {
            var match = row.Match(line);
            if (match.Success)
            {
                yield return (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
            }
        }
    }
}
