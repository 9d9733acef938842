using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using NodaTime;

namespace KentCsp.Cli;

/// <summary>
/// The command tree of <c>kentcsp</c>. Commands are thin: they pick built-in data or read a file, call the library and
/// print. Exit codes, the same for every command: 0 success (a valid document, no error findings); 1 an invalid
/// document, error-level findings (<c>funding check</c>, <c>partnership</c>), a round that cannot be exported
/// (<c>funding export-360giving</c>) or an overdue action (<c>plan</c>); 2 a command line that cannot be parsed, a file
/// that cannot be read, or an unknown meeting date; 70 an unexpected internal error. Errors are one line on standard
/// error; <c>--verbose</c> adds the stack trace of an internal error.
/// </summary>
internal static class KentCspCommand
{
    /// <summary>Exit code for an invalid document or error-level findings.</summary>
    internal const int Invalid = 1;

    /// <summary>Exit code for a command line that cannot be parsed, or input that cannot be read.</summary>
    internal const int UsageError = 2;

    /// <summary>Exit code for an unexpected internal error (EX_SOFTWARE of sysexits.h): a defect, never bad input.</summary>
    internal const int InternalError = 70;

    /// <summary>The exit codes as the help and the documentation give them.</summary>
    internal const string ExitCodes =
        "Exit codes: 0 valid or clean; 1 invalid document or error findings; 2 usage error or unreadable input; 70 unexpected internal error (the stack trace with --verbose).";

    /// <summary>
    /// Runs the command line <paramref name="args"/> with nothing on standard input: a file argument of <c>-</c> reads an
    /// empty document.
    /// </summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, IClock clock) =>
        Run(args, Stream.Null, output, error, clock);

    /// <summary>
    /// Runs the command line <paramref name="args"/>, with <paramref name="input"/> as standard input, which a file
    /// argument of <c>-</c> reads. Never throws for bad input: an invalid document gives
    /// <see cref="Invalid"/> (or the command's own code), a usage error <see cref="UsageError"/>, and any other exception
    /// <see cref="InternalError"/> with one line on <paramref name="error"/> (and the stack trace with <c>--verbose</c>).
    /// </summary>
    internal static int Run(string[] args, Stream input, TextWriter output, TextWriter error, IClock clock)
    {
        bool verbose = Array.IndexOf(args, VerboseName) >= 0;
        using var standardInput = CliFiles.UseStandardInput(input);
        try
        {
            var root = Build(clock);
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                // The errors (three at most, so that a wrong line stays a few lines), then the help of the command that
                // failed to parse: the deepest command the line names.
                foreach (string message in parseResult.Errors.Select(parseError => Printable(OneLine(parseError.Message))).Distinct().Take(MaxParseErrors))
                {
                    error.WriteLine($"kentcsp: {message}");
                }
                error.WriteLine($"Run '{CliHelp.PathOf(parseResult.CommandResult.Command)} --help' for usage.");
                return UsageError;
            }
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InvalidDocumentException exception)
        {
            error.WriteLine(exception.Message);
            return Invalid;
        }
        catch (Exception exception)
        {
            return ReportInternalError(exception, error, verbose);
        }
    }

    /// <summary>
    /// Reports an exception no command expected: one line naming its type and message (made safe to print), the stack
    /// trace only when <paramref name="verbose"/>; gives <see cref="InternalError"/>.
    /// </summary>
    internal static int ReportInternalError(Exception exception, TextWriter error, bool verbose)
    {
        try
        {
            error.WriteLine($"kentcsp: internal error: {exception.GetType().Name}: {Printable(OneLine(exception.Message))} (run with {VerboseName} for details)");
            if (verbose)
            {
                error.WriteLine(exception.ToString());
            }
        }
        catch (Exception)
        {
            // Standard error itself failed: there is nowhere left to report it, and the exit code still says what happened.
        }
        return InternalError;
    }

    private const string VerboseName = "--verbose";

    /// <summary>The most parse errors a command line reports; the help line follows them.</summary>
    private const int MaxParseErrors = 3;

    internal static RootCommand Build(IClock clock)
    {
        var root = new RootCommand("The Kent Community Safety Partnership in the KentCsp.Domain model. With no command, prints a summary of the built-in Kent data. " + ExitCodes);
        root.Options.Add(new Option<bool>(VerboseName) { Description = "On an unexpected internal error, print the stack trace too.", Recursive = true });
        root.SetAction(parseResult => WriteSummary(parseResult, clock));

        var summary = new Command("summary", "Print a summary of the built-in Kent data: members, responsible authorities, current agreement.");
        summary.SetAction(parseResult => WriteSummary(parseResult, clock));
        root.Subcommands.Add(summary);

        var document = new Argument<string>("document")
        {
            HelpName = "DOCUMENT",
            Description = "The built-in document to write: " + string.Join(", ", DocumentKinds.BuiltInNames) + ".",
        };
        document.AcceptOnlyFromAmong(DocumentKinds.BuiltInNames.ToArray());
        var json = new Command("json", "Write a built-in document in the library's JSON format.");
        json.Arguments.Add(document);
        json.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            using (var utf8Json = new TextWriterStream(output))
            {
                DocumentKinds.Write(parseResult.GetValue(document)!, utf8Json);
            }
            output.WriteLine();
            return 0;
        });
        root.Subcommands.Add(json);

        var kindOrFile = new Argument<string>("kind")
        {
            HelpName = "KIND",
            Description = "The kind of document, which may be left out: the document names its kind (schema version 2) or is "
                + "recognised by its members (schema version 1). Kinds: " + DocumentKinds.Describe() + ".",
        };
        var file = new Argument<FileInfo?>("file") { HelpName = "FILE", Description = "The JSON file to read; '-' reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var validate = new Command("validate", "Report whether a JSON document is valid (exit code 1 if not); with a KIND, read it as that kind.");
        // The kind comes first but may be left out: 'kentcsp validate FILE' finds it.
        CliHelp.SetUsage(validate, "[<KIND>] <FILE>");
        validate.Arguments.Add(kindOrFile);
        validate.Arguments.Add(file);
        var validateFormat = CliFormat.Option();
        validate.Options.Add(validateFormat);
        validate.SetAction(parseResult =>
        {
            string first = parseResult.GetValue(kindOrFile)!;
            var second = parseResult.GetValue(file);
            if (second is null && first.Length == 0)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("kentcsp: validate needs a file: 'kentcsp validate FILE' or 'kentcsp validate KIND FILE'.");
                return UsageError;
            }
            return second is null
                ? DocumentKinds.Validate(null, new FileInfo(first), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, parseResult.GetValue(validateFormat))
                : DocumentKinds.Validate(first, second, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, parseResult.GetValue(validateFormat));
        });
        root.Subcommands.Add(validate);

        root.Subcommands.Add(FundingCommands.Build(clock));
        root.Subcommands.Add(AgreementCommands.Build(clock));
        root.Subcommands.Add(PartnershipCommands.Build(clock));
        root.Subcommands.Add(MeetingCommands.Build());
        root.Subcommands.Add(ReviewCommands.Build(clock));
        root.Subcommands.Add(PlanCommands.Build(clock));
        root.Subcommands.Add(RecordingCommands.Build());
        root.Subcommands.Add(IndicatorCommands.Build());
        root.Subcommands.Add(MorileCommands.Build());
        root.Subcommands.Add(ExportCommands.Build(clock));
        root.Subcommands.Add(SchemaCommand.Build());
        root.Subcommands.Add(ReportCommands.Build(clock));
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new CliHelp();
        }
        return root;
    }

    // A message with its control characters written as \uXXXX and cut at 300 characters, so that it cannot move the
    // cursor, change colours or fill the screen.
    private static string Printable(string message)
    {
        var text = new System.Text.StringBuilder();
        foreach (char c in message)
        {
            if (text.Length >= 300)
            {
                return text.Append('…').ToString();
            }
            _ = char.IsControl(c) ? text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)) : text.Append(c);
        }
        return text.ToString();
    }

    private static string OneLine(string message) =>
        string.Join(" ", message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int WriteSummary(ParseResult parseResult, IClock clock)
    {
        var today = KentCsp.Domain.UkCalendar.Today(clock);
        SummaryReport.Write(parseResult.InvocationConfiguration.Output, today);
        return 0;
    }
}
