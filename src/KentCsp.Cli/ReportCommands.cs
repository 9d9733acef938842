using System;
using System.CommandLine;
using System.IO;
using System.Text;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using KentCsp.Reports;
using NodaTime;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp report csa-update|action-plan|funding|reviews|partnership [FILE] [--as-at DATE] -o OUT.html</c>: writes a
/// committee paper as one self-contained HTML page (KentCsp.Reports) and prints the path it wrote. Without a file, the
/// built-in Kent data: the Kent indicators and agreements, the 2017/18 action plan illustration, the 2016/17 funding
/// round, the review register, the partnership record and its meetings. The funding paper judges the round by the
/// funding policy named by <c>--policy POLICY</c>, as <c>funding check</c> does, or by Kent's. The partnership paper reads no file. Exit codes
/// as every command: 1 for a file that is not a valid document, 2 for a bad date or a file that cannot be read or written.
/// </summary>
internal static class ReportCommands
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    internal static Command Build(IClock clock)
    {
        var report = new Command("report", "Write a committee paper as one self-contained HTML page and print its path.");
        var fundingPolicy = FundingCommands.PolicyOption();
        report.Subcommands.Add(Paper(clock, "csa-update", "The Community Safety Agreement update: priorities, themes, proxy indicators and road casualties.",
            "An indicator set document (JSON). Default: the Kent indicators and the changes reported on 19 July 2017.",
            (file, date, error, _) => CliFiles.TryRead(file, KentIndicators.July2017, KentCspJson.DeserializeIndicatorSet, error, out var set)
                ? CommitteeReports.Default.CsaUpdate(KentData.CommunitySafetyAgreements, set, file is null ? KentIndicators.ReportedJuly2017 : Array.Empty<Domain.Indicators.ReportedChange>(), date)
                : null));
        report.Subcommands.Add(Paper(clock, "action-plan", "The action plan: actions by priority with RAG, overdue and unreviewed first, status history.",
            "An action plan document (JSON). Default: the built-in illustration of Kent's 2017/18 action plan.",
            (file, date, error, _) => CliFiles.TryRead(file, KentActionPlans.Illustration2017To18, KentCspJson.DeserializeActionPlan, error, out var plan)
                ? CommitteeReports.Default.ActionPlan(plan, KentPolicies.ActionPlans, date)
                : null));
        report.Subcommands.Add(Paper(clock, "funding", "A funding round: grant, allocations by priority and district, payments, returns, rule findings.",
            "A funding round document (JSON). Default: the built-in Kent 2016/17 round.",
            (file, date, error, parsed) => FundingCommands.TryReadPolicy(parsed.GetValue(fundingPolicy), file, error, out var policy)
                && CliFiles.TryRead(file, KentFunding.Round2016To17, KentCspJson.DeserializeFundingRound, error, out var round)
                ? CommitteeReports.Default.Funding(round, policy, date)
                : null,
            fundingPolicy));
        report.Subcommands.Add(Paper(clock, "reviews", "The domestic homicide review steering group's view: cases by pseudonym, step, deadlines, overdue days.",
            "A review register document (JSON). Default: the built-in Kent register.",
            (file, date, error, _) => CliFiles.TryRead(file, KentReviews.Register, KentCspJson.DeserializeReviewRegister, error, out var register)
                ? CommitteeReports.Default.Reviews(register, ReviewPolicy.Default, date)
                : null));
        report.Subcommands.Add(Paper(clock, "partnership", "The partnership: members on the date, responsible authorities required and present, compliance findings, public meetings.",
            null,
            (file, date, error, _) => CommitteeReports.Default.Partnership(KentData.PartnershipRecord, KentMeetings.All, date)));
        return report;
    }

    // A paper's command: the file argument when the paper reads one, --as-at, the paper's own option when it has one
    // (the funding paper's --policy), and --output; render reads the file and options and returns the page, or null
    // when it has written why it cannot on the error writer.
    private static Command Paper(IClock clock, string name, string description, string? fileDescription, Func<FileInfo?, LocalDate, TextWriter, ParseResult, string?> render, Option? extra = null)
    {
        var command = new Command(name, description);
        Argument<FileInfo?>? file = null;
        if (fileDescription is not null)
        {
            file = new Argument<FileInfo?>("file") { HelpName = "FILE", Description = fileDescription, Arity = ArgumentArity.ZeroOrOne };
            command.Arguments.Add(file);
        }
        var asAt = CliDates.AsAt("The date the paper is drawn up as at, as YYYY-MM-DD. Default: today in the UK.");
        var output = new Option<FileInfo>("--output", "-o")
        {
            HelpName = "OUT",
            Description = "The HTML file to write.",
            Required = true,
        };
        command.Options.Add(asAt);
        if (extra is not null)
        {
            command.Options.Add(extra);
        }
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(asAt), CliDates.AsAtName, clock, error, out var date))
            {
                return KentCspCommand.UsageError;
            }
            string? html = render(file is null ? null : parseResult.GetValue(file), date, error, parseResult);
            if (html is null)
            {
                return KentCspCommand.UsageError;
            }
            var target = parseResult.GetValue(output)!;
            try
            {
                File.WriteAllText(target.FullName, html, Utf8);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"kentcsp: cannot write {target.Name}: {exception.Message}");
                return KentCspCommand.UsageError;
            }
            parseResult.InvocationConfiguration.Output.WriteLine(target.FullName);
            return 0;
        });
        return command;
    }
}
