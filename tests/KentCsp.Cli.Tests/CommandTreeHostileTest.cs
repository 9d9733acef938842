using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary>
/// Every command of <c>kentcsp</c> that does something, found by walking the command tree, run through
/// <see cref="KentCspCommand.Run"/> with hostile input: each file argument given every document of a small hostile
/// corpus (and every kind's valid document), each date option dates at and past the supported ends and malformed ones,
/// each other option and argument its good values and bad ones, and unknown options. Every run must exit 0, 1 or 2 —
/// never 70, an internal error — and write at most a few short lines to standard error, none holding a control
/// character or a terminal escape. A command with an argument or option the walk has no inputs for fails the test by name.
/// </summary>
public sealed class CommandTreeHostileTest : IDisposable
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"kentcsp-hostile-{Guid.NewGuid():N}");

    public CommandTreeHostileTest() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A value for an argument or option: the family it belongs to, and the text given on the command line.</summary>
    private sealed record Value(string Family, string Text);

    private static readonly string[] GoodDates = ["1000-01-01", "2017-07-19", "9998-12-31"];

    private static readonly Value[] Dates =
    [
        .. GoodDates.Select(date => new Value("date", date)),
        new("date", "0001-01-01"), new("date", "0999-12-31"), new("date", "9999-12-31"), new("date", "2017-02-29"),
        new("malformed date", "19/07/2017"), new("malformed date", "2017-7-19"), new("malformed date", ""), new("malformed date", "\u001b[2J2017-07-19"),
        new("malformed date", "99999-01-01"), new("malformed date", "-0001-01-01"),
    ];

    private static readonly Value[] Texts =
    [
        new("bad text", ""), new("bad text", "nonsense"), new("bad text", "\u001b[31m\u0007"), new("bad text", new string('x', 5_000)),
        new("number", "-1"), new("number", "99999999999999999999"), new("number", "1e400"),
    ];

    private static readonly Value[] Periods =
    [
        new("period", "2017/18"), new("period", "2017-07"), new("period", "1000/01"), new("period", "9998/99"), new("period", "9999/00"),
        new("period", "0999/00"), new("period", "2017/19"), new("number", "-1"), new("number", "2147483648/49"), .. Texts,
    ];

    [Fact]
    public void EveryCommand_HostileInput_ExitsZeroOneOrTwoWithAShortSafeError()
    {
        var clock = Stopwatch.StartNew();
        var files = WriteFiles();
        var counts = new SurfaceCounts("kentcsp commands");
        var failures = new List<string>();
        var unadapted = new List<string>();
        var commands = Walk(KentCspCommand.Build(Clock), []).ToList();
        Assert.Contains(commands, command => command.Path == "funding check");
        Assert.Contains(commands, command => command.Path == "plan");

        foreach (var (path, command, recursive) in commands)
        {
            var slots = new List<(string Name, bool Required, bool IsOption, Value[] Values)>();
            foreach (var argument in command.Arguments)
            {
                var values = ValuesFor(argument.Name, argument.ValueType, argument.GetCompletions(CompletionContext.Empty).Select(item => item.Label), files);
                if (values is null)
                {
                    unadapted.Add($"{Show(path)}: argument {argument.Name} ({argument.ValueType.Name})");
                    continue;
                }
                slots.Add((argument.Name, argument.Arity.MinimumNumberOfValues > 0, false, values));
            }
            foreach (var option in command.Options.Concat(recursive))
            {
                var values = option.ValueType == typeof(bool) ? [new Value("flag", "")] : ValuesFor(option.Name, option.ValueType, option.GetCompletions(CompletionContext.Empty).Select(item => item.Label), files);
                if (values is null)
                {
                    unadapted.Add($"{Show(path)}: option {option.Name} ({option.ValueType.Name})");
                    continue;
                }
                slots.Add((option.Name, option.Required, true, values));
            }

            foreach (var (family, args) in Cases(path, slots))
            {
                var output = new StringWriter { NewLine = "\n" };
                var error = new StringWriter { NewLine = "\n" };
                int code = KentCspCommand.Run(args, output, error, Clock);
                string? failure = Check(code, error.ToString());
                counts.Add(Show(path), family, code == 0);
                if (failure is not null)
                {
                    failures.Add($"kentcsp {string.Join(" ", args.Select(arg => Quote(arg)))}: {failure}");
                }
            }
        }
        counts.Write(failures.Count + unadapted.Count, clock.Elapsed);
        Assert.True(unadapted.Count == 0 && failures.Count == 0,
            $"{unadapted.Count} arguments and options this test has no inputs for (give them some): {string.Join("; ", unadapted)}\n{failures.Count} failures:\n{string.Join("\n", failures.Take(30))}");
    }

    [Fact]
    public void Walk_FindsEveryCommandThatDoesSomething()
    {
        var paths = Walk(KentCspCommand.Build(Clock), []).Select(command => command.Path).ToList();

        Assert.Equal(
            ["", "summary", "json", "validate", "funding check", "funding export-360giving", "funding check-360giving", "csa", "csa diff", "partnership", "meeting", "reviews", "plan", "count", "indicators", "morile", "export popolo", "export oparl", "schema", "report csa-update", "report action-plan", "report funding", "report reviews", "report partnership"],
            paths);
    }

    /// <summary>Every command with an action, by its path of names ("" for the root), with the recursive options of its ancestors.</summary>
    private static IEnumerable<(string Path, Command Command, List<Option> Recursive)> Walk(Command command, List<Option> inherited)
    {
        string path = command is RootCommand ? "" : command.Name;
        var recursive = inherited.Concat(command.Options.Where(option => option.Recursive || option is HelpOption)).ToList();
        if (command.Action is not null)
        {
            yield return (path, command, inherited);
        }
        foreach (var subcommand in command.Subcommands)
        {
            foreach (var (subpath, each, options) in Walk(subcommand, recursive))
            {
                yield return ((path.Length == 0 ? "" : path + " ") + subpath, each, options);
            }
        }
    }

    /// <summary>The inputs for an argument or option, by its name and then its type; null when there are none.</summary>
    private static Value[]? ValuesFor(string name, Type type, IEnumerable<string> completions, Value[] files)
    {
        var accepted = completions.Select(text => new Value("accepted value", text)).ToArray();
        return name switch
        {
            "--as-at" or "--as-of" or "--issued" => Dates,
            "--period" => Periods,
            "--format" => [new Value("format", "table"), new Value("format", "json"), new Value("bad format", "xml"), new Value("bad format", "JSON"), .. Texts],
            "--output" => [new Value("output", "OUT"), new Value("output", "MISSING/OUT"), new Value("output", "DIR"), new Value("output", "")],
            "--help" or "--version" => [new Value("flag", "")],
            "--publisher-prefix" => [new Value("prefix", "360G-example"), new Value("bad prefix", "example"), new Value("bad prefix", "360G-"), new Value("bad prefix", "360G-a/b"), .. Texts],
            "--publisher-name" or "--funder-name" or "--programme-title" => [new Value("name", "Example Council"), .. Texts],
            "--funder-id" or "--programme-code" => [new Value("identifier", "GB-LAE-EXA"), new Value("bad identifier", "GB LAE"), .. Texts],
            "--base-url" => [new Value("url", "https://example.org/oparl/"), new Value("url", "http://example.org"), new Value("bad url", "ftp://example.org/"), new Value("bad url", "https://example.org/?q=1"), new Value("bad url", "oparl/"), .. Texts],
            "meeting" => [new Value("accepted value", "2017-07-19"), .. Dates, .. files],
            "older" or "newer" => [.. accepted, .. Texts, .. files],
            "kind" => [.. KentCsp.Domain.Serialization.DocumentKind.All.Select(kind => new Value("accepted value", kind.WireName)), .. Texts, .. files],
            _ when type == typeof(FileInfo) => files,
            _ when type == typeof(string) && accepted.Length > 0 => [.. accepted, .. Texts],
            _ => null,
        };
    }

    /// <summary>
    /// The command lines for a command: each slot through its values with the others at their defaults (a required
    /// argument's first value; nothing for the rest); each file crossed with each good date; and unknown options.
    /// </summary>
    private IEnumerable<(string Family, string[] Args)> Cases(string path, List<(string Name, bool Required, bool IsOption, Value[] Values)> slots)
    {
        var prefix = path.Length == 0 ? [] : path.Split(' ');
        string[] Line(params (int Slot, Value Value)[] given)
        {
            var args = new List<string>(prefix);
            for (int i = 0; i < slots.Count; i++)
            {
                var slot = slots[i];
                var value = given.FirstOrDefault(each => each.Slot == i).Value ?? (slot.Required ? slot.Values[0] : null);
                if (value is null)
                {
                    continue;
                }
                if (slot.IsOption)
                {
                    args.Add(slot.Name);
                    if (value.Family != "flag")
                    {
                        args.Add(Resolve(value.Text));
                    }
                }
                else
                {
                    args.Add(Resolve(value.Text));
                }
            }
            return args.ToArray();
        }

        for (int i = 0; i < slots.Count; i++)
        {
            foreach (var value in slots[i].Values)
            {
                yield return (value.Family, Line((i, value)));
            }
        }
        int file = slots.FindIndex(slot => !slot.IsOption && slot.Values.Any(value => value.Family.EndsWith("document", StringComparison.Ordinal)));
        int date = slots.FindIndex(slot => slot.IsOption && slot.Values == Dates);
        if (file >= 0 && date >= 0)
        {
            foreach (var document in slots[file].Values.Where(value => value.Family is "valid document" or "edge-dated document"))
            {
                foreach (string good in GoodDates)
                {
                    yield return (document.Family + " + date", Line((file, document), (date, new Value("date", good))));
                }
            }
        }
        foreach (string unknown in new[] { "--no-such-option", "-z", "--as-at=2017-07-19=x", "\u001b[2J" })
        {
            yield return ("unknown option", [.. Line(), unknown]);
        }
    }

    private string Resolve(string text) => text switch
    {
        "OUT" => Path.Combine(folder, "out.json"),
        "MISSING/OUT" => Path.Combine(folder, "missing", "out.json"),
        "DIR" => folder,
        _ when text.StartsWith("FILE:", StringComparison.Ordinal) => Path.Combine(folder, text.Substring(5)),
        _ => text,
    };

    private static string? Check(int code, string error)
    {
        if (code is not (0 or 1 or 2))
        {
            return $"exit code {code}: {Quote(error.Length > 600 ? error.Substring(0, 600) : error)}";
        }
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length > 4)
        {
            return $"{lines.Length} lines on standard error: {Quote(error.Substring(0, Math.Min(600, error.Length)))}";
        }
        if (lines.FirstOrDefault(line => line.Length > 1_000) is { } longLine)
        {
            return $"a line of {longLine.Length} characters on standard error: {Quote(longLine.Substring(0, 200))}";
        }
        if (lines.FirstOrDefault(line => line.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u009b')) is { } unsafeLine)
        {
            return $"a control character on standard error: {Quote(unsafeLine.Length > 300 ? unsafeLine.Substring(0, 300) : unsafeLine)}";
        }
        return null;
    }

    private static string Show(string path) => path.Length == 0 ? "(no command)" : path;

    private static string Quote(string text) =>
        Regex.Replace(text.Length > 300 ? text.Substring(0, 300) + "…" : text, @"\p{Cc}", match => $"\\u{(int)match.Value[0]:X4}");

    /// <summary>
    /// Writes the file corpus: every kind's valid document, each with all its dates at an end of the supported range
    /// and past it, and hostile files (empty, a byte-order mark alone, bare values, cut short, deeply nested, a string
    /// over the limit, a lone surrogate, bytes that are not UTF-8, a NUL, huge numbers); and names a missing file and a folder.
    /// </summary>
    private Value[] WriteFiles()
    {
        var files = new List<Value>();
        int n = 0;
        void Add(string family, byte[] bytes)
        {
            string name = $"{n++:D3}.json";
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
            files.Add(new Value(family, "FILE:" + name));
        }
        void AddText(string family, string text) => Add(family, Encoding.UTF8.GetBytes(text));

        var everyDate = new Regex("\"\\d{4}-\\d{2}-\\d{2}\"", RegexOptions.CultureInvariant);
        var everyAmount = new Regex(@"(?<=""(amount|amountRequested|amountAwarded)"": )[\d.]+", RegexOptions.CultureInvariant);
        // The built-in documents, and Kent's agreement history, which holds built-in editions rather than being one.
        var documents = KentBuiltIns.All.Select(builtIn => KentBuiltIns.Serialize(builtIn.Value)).Append(KentCspJson.Serialize(KentData.CommunitySafetyAgreements));
        foreach (string? json in documents)
        {
            if (json is null)
            {
                continue;
            }
            AddText("valid document", json);
            foreach (string date in new[] { "1000-01-01", "9998-12-31" })
            {
                AddText("edge-dated document", everyDate.Replace(json, "\"" + date + "\""));
            }
            foreach (string date in new[] { "0001-01-01", "9999-12-31" })
            {
                AddText("out-of-range document", everyDate.Replace(json, "\"" + date + "\""));
            }
            if (everyAmount.IsMatch(json))
            {
                AddText("number", everyAmount.Replace(json, "1e400"));
                AddText("number", everyAmount.Replace(json, "999999999999.99"));
            }
            AddText("truncation", json.Substring(0, json.Length / 2));
        }
        AddText("empty", "");
        AddText("byte-order mark", "\uFEFF");
        AddText("bare value", "[]");
        AddText("bare value", "null");
        AddText("bare value", "\"\u001b[2J\"");
        AddText("deep nesting", new string('[', 100_000));
        AddText("long string", "{\"schemaVersion\": 2, \"kind\": \"incident\", \"id\": \"" + new string('k', 1024 * 1024 + 1) + "\"}");
        AddText("lone surrogate", "{\"schemaVersion\": 2, \"kind\": \"\ud800\"}");
        Add("invalid UTF-8", [(byte)'{', 0xFF, 0xFE, (byte)'}']);
        AddText("NUL", "{\"schemaVersion\": 2,\0 \"kind\": \"meeting\"}");
        AddText("control characters", "{\"schemaVersion\": 2, \"kind\": \"\u001b]0;title\u0007\"}");
        files.Add(new Value("missing file", "FILE:no-such-file.json"));
        files.Add(new Value("folder", "DIR"));
        return files.ToArray();
    }
}
