using System.IO;
using KentCsp.Cli;
using NodaTime;

namespace KentCsp.Cli.Tests;

/// <summary>Runs the <c>kentcsp</c> command tree in memory, with standard input if given, and writes temporary input files.</summary>
internal static class CliRun
{
    public static (int Code, string Output, string Error) Run(IClock clock, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = KentCspCommand.Run(args, output, error, clock);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>As <see cref="Run(IClock, string[])"/>, with <paramref name="stdin"/> as standard input.</summary>
    public static (int Code, string Output, string Error) Run(IClock clock, Stream stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = KentCspCommand.Run(args, stdin, output, error, clock);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// The lines of standard error without the last one when it is the pointer to help a parse error ends with ("Run
    /// 'kentcsp … --help' for usage."): the errors themselves.
    /// </summary>
    public static string[] ErrorsBeforeTheHelpLine(string error)
    {
        var lines = error.TrimEnd('\n').Split('\n');
        return lines.Length > 1 && System.Text.RegularExpressions.Regex.IsMatch(lines[^1], "^Run 'kentcsp( [a-z0-9-]+)* --help' for usage\\.$")
            ? lines[..^1]
            : lines;
    }

    public static string TempPath() => Path.Combine(Path.GetTempPath(), $"kentcsp-test-{System.Guid.NewGuid():N}.json");

    public static string WriteTemp(string text)
    {
        string path = TempPath();
        File.WriteAllText(path, text);
        return path;
    }
}
