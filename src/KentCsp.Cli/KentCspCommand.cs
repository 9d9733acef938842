using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using NodaTime;

namespace KentCsp.Cli;

/// <summary>
/// The command tree of <c>kentcsp</c>. Commands are thin: they pick built-in data or read a file, call the library and
/// print. Exit codes: 0 success; 1 an invalid document (<c>validate</c>), error-level findings (<c>funding check</c>) or
/// a round that cannot be exported (<c>funding export-360giving</c>), or a partnership with error-level findings
/// (<c>partnership</c>); 2 a command line that cannot be parsed, or a file that cannot be read or (for <c>funding</c> and
/// <c>meeting</c>, <c>reviews</c>, <c>plan</c>, <c>count</c>, <c>indicators</c> and <c>morile</c>) is not a valid document, or an unknown meeting date;
/// <c>plan</c> exits 1 when an action is overdue. Errors are one line on standard error.
/// </summary>
internal static class KentCspCommand
{
    /// <summary>Exit code for a command line that cannot be parsed.</summary>
    internal const int UsageError = 2;

    /// <summary>The time zone in which "today" is taken for the summary.</summary>
    internal static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    internal static int Run(string[] args, TextWriter output, TextWriter error, IClock clock)
    {
        var root = Build(clock);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            error.WriteLine($"kentcsp: {OneLine(parseResult.Errors[0].Message)} (see 'kentcsp --help')");
            return UsageError;
        }
        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static RootCommand Build(IClock clock)
    {
        var root = new RootCommand("The Kent Community Safety Partnership in the KentCsp.Domain model. With no command, prints a summary of the built-in Kent data.");
        root.SetAction(parseResult => WriteSummary(parseResult, clock));

        var summary = new Command("summary", "Print a summary of the built-in Kent data: the partnership, its responsible authorities and the current Community Safety Agreement.");
        summary.SetAction(parseResult => WriteSummary(parseResult, clock));
        root.Subcommands.Add(summary);

        var document = new Argument<string>("document")
        {
            Description = "The built-in document to write: " + string.Join(", ", DocumentKinds.BuiltInNames) + ".",
        };
        document.AcceptOnlyFromAmong(DocumentKinds.BuiltInNames.ToArray());
        var json = new Command("json", "Write a built-in document in the library's JSON format.");
        json.Arguments.Add(document);
        json.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Output.WriteLine(DocumentKinds.Write(parseResult.GetValue(document)!));
            return 0;
        });
        root.Subcommands.Add(json);

        var kindOrFile = new Argument<string>("kind")
        {
            Description = "The kind of document, which may be left out: the document names its kind (schema version 2) or is "
                + "recognised by its members (schema version 1). Kinds: " + DocumentKinds.Describe() + ".",
        };
        var file = new Argument<FileInfo?>("file") { Description = "The JSON file to read.", Arity = ArgumentArity.ZeroOrOne };
        var validate = new Command("validate", "Read a JSON document and report whether it is valid; exit code 1 if it is not. "
            + "'kentcsp validate FILE' finds the kind; 'kentcsp validate KIND FILE' reads the file as that kind.");
        validate.Arguments.Add(kindOrFile);
        validate.Arguments.Add(file);
        validate.SetAction(parseResult =>
        {
            string first = parseResult.GetValue(kindOrFile)!;
            var second = parseResult.GetValue(file);
            return second is null
                ? DocumentKinds.Validate(null, new FileInfo(first), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error)
                : DocumentKinds.Validate(first, second, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
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
        return root;
    }

    private static string OneLine(string message) =>
        string.Join(" ", message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int WriteSummary(ParseResult parseResult, IClock clock)
    {
        var today = clock.GetCurrentInstant().InZone(London).Date;
        SummaryReport.Write(parseResult.InvocationConfiguration.Output, today);
        return 0;
    }
}
