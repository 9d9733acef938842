using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace KentCsp.Cli;

/// <summary>
/// The help of <c>kentcsp</c> and of each command (<c>--help</c>, <c>-h</c>, <c>-?</c>): the description, the usage line,
/// the arguments, the options and the subcommands, in System.CommandLine's layout and notation (<c>&lt;FILE&gt;</c> a value
/// to give, <c>[&lt;FILE&gt;]</c> one that may be left out), wrapped to at most <see cref="MaxWidth"/> columns whatever the
/// console's width (narrower on a narrower terminal). Each value has an upper-case placeholder of its own: an argument's
/// or option's <see cref="Argument.HelpName"/>, else <see cref="Placeholders"/> by the option's name, else its name. An
/// optional argument is bracketed in the list of subcommands too, where System.CommandLine's own help shows it as required.
/// Aliases in <see cref="HiddenAliases"/> are accepted but never shown.
/// </summary>
internal sealed class CliHelp : SynchronousCommandLineAction
{
    /// <summary>The widest line the help writes.</summary>
    internal const int MaxWidth = 100;

    /// <summary>The narrowest terminal the help narrows to; below it lines are left at <see cref="MaxWidth"/>.</summary>
    private const int MinWidth = 40;

    /// <summary>The widest first column (usage label) before a row's description moves to the next line.</summary>
    private const int MaxLabelWidth = 32;

    /// <summary>The command's name in usage lines and messages, whatever the process is called.</summary>
    internal const string ProgramName = "kentcsp";

    /// <summary>Former names of options, still accepted for a release so that scripts keep working, and left out of the help.</summary>
    internal static readonly IReadOnlyCollection<string> HiddenAliases = ["--as-of"];

    /// <summary>The placeholder of an option's value by the option's name, for options that set no <see cref="Option.HelpName"/>.</summary>
    private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
    {
        ["--as-at"] = "DATE",
        ["--issued"] = "DATE",
        ["--output"] = "OUT",
    };

    private static readonly ConditionalWeakTable<Command, string> Usages = new();

    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <summary>
    /// Shows <paramref name="arguments"/> in place of <paramref name="command"/>'s arguments in its usage line and in the list
    /// of its parent's subcommands: for a command whose first argument may be left out when only one is given.
    /// </summary>
    internal static void SetUsage(Command command, string arguments) => Usages.AddOrUpdate(command, arguments);

    /// <summary>Writes the help of the command the command line names, to its output.</summary>
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        Write(parseResult.CommandResult.Command, output, WidthFor(output));
        return 0;
    }

    /// <summary>The command's path as typed, from the program name: "kentcsp funding check".</summary>
    internal static string PathOf(Command command)
    {
        var names = new List<string>();
        for (Command? at = command; at is not null and not RootCommand; at = at.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Add(at.Name);
        }
        names.Add(ProgramName);
        names.Reverse();
        return string.Join(" ", names);
    }

    /// <summary>Writes the help of <paramref name="command"/> to <paramref name="output"/>, no line wider than <paramref name="width"/>.</summary>
    internal static void Write(Command command, TextWriter output, int width)
    {
        var text = new StringBuilder();
        if (command.Description is { Length: > 0 } description)
        {
            text.Append("Description:\n");
            Indent(text, description, 2, width);
            text.Append('\n');
        }

        text.Append("Usage:\n");
        Indent(text, Usage(command), 2, width, hanging: 4);
        text.Append('\n');

        var arguments = command.Arguments.Where(argument => !argument.Hidden).Select(argument => (Placeholder(argument), argument.Description)).ToList();
        Section(text, "Arguments:", arguments, width);

        var options = command.Options.Concat(Ancestors(command).SelectMany(ancestor => ancestor.Options.Where(option => option.Recursive)))
            .Where(option => !option.Hidden)
            .Distinct()
            .Select(option => (Label(option), option.Description))
            .ToList();
        Section(text, "Options:", options, width);

        var subcommands = command.Subcommands.Where(subcommand => !subcommand.Hidden)
            .Select(subcommand => (subcommand.Name + Arguments(subcommand), subcommand.Description))
            .ToList();
        Section(text, "Commands:", subcommands, width);

        output.Write(text.ToString().Replace("\n", output.NewLine));
    }

    // The width to wrap at: MaxWidth, or a narrower terminal's width when the help goes to the terminal.
    private static int WidthFor(TextWriter output)
    {
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            return MaxWidth;
        }
        try
        {
            int columns = Console.WindowWidth;
            return columns > MinWidth && columns <= MaxWidth ? columns - 1 : MaxWidth;
        }
        catch (Exception exception) when (exception is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return MaxWidth;
        }
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var at = command.Parents.OfType<Command>().FirstOrDefault(); at is not null; at = at.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return at;
        }
    }

    // "kentcsp funding check [<FILE>] [options]"; a command that does nothing without a subcommand: "<COMMAND>".
    private static string Usage(Command command)
    {
        string usage = PathOf(command) + Arguments(command);
        if (command.Subcommands.Count > 0)
        {
            usage += command.Action is null ? " <COMMAND>" : " [command]";
        }
        return usage + " [options]";
    }

    // The arguments of a command as its usage line shows them, each after a space: " <OLDER> <NEWER>", " [<FILE>]".
    private static string Arguments(Command command)
    {
        if (Usages.TryGetValue(command, out string? usage))
        {
            return " " + usage;
        }
        var text = new StringBuilder();
        foreach (var argument in command.Arguments.Where(argument => !argument.Hidden))
        {
            text.Append(' ').Append(argument.Arity.MinimumNumberOfValues == 0 ? "[" + Placeholder(argument) + "]" : Placeholder(argument));
        }
        return text.ToString();
    }

    private static string Placeholder(Argument argument) => $"<{argument.HelpName ?? argument.Name.ToUpperInvariant()}>";

    // "-o, --output <OUT>": the aliases shown (not the Windows-style /h and /?), short ones first, then the value's
    // placeholder; "(REQUIRED)" for a required option.
    private static string Label(Option option)
    {
        var names = option.Aliases.Append(option.Name).Distinct().Where(name => name.StartsWith("-", StringComparison.Ordinal) && !HiddenAliases.Contains(name))
            .OrderBy(name => name.StartsWith("--", StringComparison.Ordinal) ? 1 : 0).ThenBy(name => name, StringComparer.Ordinal);
        string label = string.Join(", ", names);
        if (option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0)
        {
            string placeholder = option.HelpName ?? (Placeholders.TryGetValue(option.Name, out string? known) ? known : option.Name.TrimStart('-').ToUpperInvariant());
            label += $" <{placeholder}>";
        }
        return option.Required ? label + " (REQUIRED)" : label;
    }

    // A heading and two columns: the labels, then the descriptions wrapped beside them; a label too wide for the first
    // column has its description on the lines below.
    private static void Section(StringBuilder text, string heading, List<(string Label, string? Description)> rows, int width)
    {
        if (rows.Count == 0)
        {
            return;
        }
        text.Append(heading).Append('\n');
        int column = rows.Select(row => row.Label.Length).Where(length => length <= MaxLabelWidth).DefaultIfEmpty(MaxLabelWidth).Max();
        int start = 2 + column + 2;
        foreach (var (label, description) in rows)
        {
            var lines = Wrap(description ?? string.Empty, width - start);
            if (label.Length > column)
            {
                Indent(text, label, 2, width, hanging: 4);
                foreach (string line in lines)
                {
                    text.Append(' ', start).Append(line).Append('\n');
                }
                continue;
            }
            for (int i = 0; i < lines.Count; i++)
            {
                text.Append(' ', 2).Append(i == 0 ? label.PadRight(column) : new string(' ', column)).Append(' ', 2).Append(lines[i]).Append('\n');
            }
            if (lines.Count == 0)
            {
                text.Append(' ', 2).Append(label).Append('\n');
            }
        }
        text.Append('\n');
    }

    // The text wrapped at width - indent, each line indented; lines after the first by hanging more.
    private static void Indent(StringBuilder text, string paragraph, int indent, int width, int hanging = 0)
    {
        var lines = Wrap(paragraph, width - indent - hanging);
        for (int i = 0; i < lines.Count; i++)
        {
            text.Append(' ', indent + (i == 0 ? 0 : hanging)).Append(lines[i]).Append('\n');
        }
    }

    /// <summary>
    /// <paramref name="paragraph"/> broken at spaces into lines of at most <paramref name="width"/> characters; a word longer
    /// than that is cut, so that no line is ever wider.
    /// </summary>
    internal static List<string> Wrap(string paragraph, int width)
    {
        width = Math.Max(width, 10);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string rest = word;
            if (line.Length > 0 && line.Length + 1 + rest.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            while (rest.Length > width)
            {
                lines.Add(rest.Substring(0, width));
                rest = rest.Substring(width);
            }
            line.Append(line.Length > 0 ? " " : string.Empty).Append(rest);
        }
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }
}
