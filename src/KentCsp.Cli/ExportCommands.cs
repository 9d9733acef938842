using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using KentCsp.Domain;
using KentCsp.Domain.Interop;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp export popolo [FILE] [--as-at DATE] [-o FILE]</c>: the partnership as it stands on a date in the Popolo
/// data specification, one JSON document on standard output or in a file. Exit codes: 0 written; 1 an invalid document or
/// a partnership the library refuses to export on that date (e.g. its membership is not known then); 2 a usage error or
/// unreadable input.
/// <c>kentcsp export oparl DATE|FILE --base-url URL [-o FILE]</c>: the public record of a built-in meeting (by date) or of
/// a meeting document in OParl 1.1. Exit codes: 0 written; 1 an invalid document or a meeting the library refuses to
/// export; 2 a usage error, unreadable input, or a base URL that is not an absolute http or https URL.
/// </summary>
internal static class ExportCommands
{
    /// <summary>The standards and versions the help names.</summary>
    internal const string PopoloStandard = "Popolo data specification (popoloproject.com; schemas draft-03, CC BY 4.0)";

    /// <summary>The OParl version and the licence of its schemas, as the help names them.</summary>
    internal const string OParlStandard = "OParl 1.1 (oparl.org; schemas CC BY-SA 4.0)";

    internal static Command Build(IClock clock)
    {
        var export = new Command("export", "Write built-in data or a document in an open standard: 'popolo' for the " + PopoloStandard + ".");
        export.Description += " 'oparl' for " + OParlStandard + ".";
        export.Subcommands.Add(BuildPopolo(clock));
        export.Subcommands.Add(BuildOParl());
        return export;
    }

    private static Command BuildPopolo(IClock clock)
    {
        var file = new Argument<FileInfo?>("file")
        {
            HelpName = "FILE",
            Description = "A partnership or partnership-record document (JSON, as 'kentcsp json' writes). Default: the built-in Kent partnership record.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asAt = CliDates.AsAt("The date the partnership is exported as at, as YYYY-MM-DD. Default: today in the UK.");
        var output = OutputOption();
        var command = new Command("popolo",
            "Write the partnership as it stands on a date in the " + PopoloStandard + ": organizations (the partnership, its sub-groups "
            + "with parent_id, each member organisation), posts and memberships with the statutory role of each seat. A date on which a "
            + "partnership record does not know the membership is refused (exit code 1).");
        command.Arguments.Add(file);
        command.Options.Add(asAt);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!CliDates.TryParse(parseResult.GetValue(asAt), CliDates.AsAtName, clock, error, out var date))
            {
                return KentCspCommand.UsageError;
            }
            var path = parseResult.GetValue(file);
            if (!TryReadPartnership(path, error, out var record, out var partnership))
            {
                return KentCspCommand.UsageError;
            }
            string json;
            try
            {
                json = record is not null ? PopoloExport.ToJson(record, date) : PopoloExport.ToJson(partnership!, date);
            }
            catch (ArgumentException exception)
            {
                error.WriteLine($"kentcsp: cannot export {(path is null ? "the built-in partnership" : path.Name)} as Popolo: {exception.Message}");
                return KentCspCommand.Invalid;
            }
            return Emit(json, parseResult.GetValue(output), parseResult.InvocationConfiguration.Output, error);
        });
        return command;
    }

    private static Command BuildOParl()
    {
        var meetingArgument = new Argument<string>("meeting")
        {
            HelpName = "MEETING",
            Description = "The date of a built-in meeting, as YYYY-MM-DD (" + string.Join(", ", KentMeetings.All.Select(meeting => LocalDatePattern.Iso.Format(meeting.Date)))
                + "), or a meeting document (JSON, as 'kentcsp json meeting-2017-07-19' writes).",
        };
        var baseUrl = new Option<string>("--base-url")
        {
            HelpName = "URL",
            Description = "The absolute http or https URL every OParl object's id is built under, e.g. https://example.org/oparl/ (no query or fragment).",
            Required = true,
        };
        var output = OutputOption();
        var command = new Command("oparl",
            "Write the public record of a meeting in " + OParlStandard + ": the Meeting with its agenda items (number, order, "
            + "resolutionText), the Organization that met and those attendees represent, and a Person for each member present "
            + "or other attendee, with Memberships. Restricted items and papers are never written. A base URL that is not an "
            + "absolute http or https URL is refused (exit code 2).");
        command.Arguments.Add(meetingArgument);
        command.Options.Add(baseUrl);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            string url = parseResult.GetValue(baseUrl)!;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                error.WriteLine($"kentcsp: --base-url must be an absolute http or https URL, such as https://example.org/oparl/, but was '{CliText.Quote(url)}'.");
                return KentCspCommand.UsageError;
            }
            string text = parseResult.GetValue(meetingArgument)!;
            if (!MeetingCommands.TryMeeting(text, error, out var meeting))
            {
                return KentCspCommand.UsageError;
            }
            string json;
            try
            {
                json = OParlExport.ToJson(meeting, uri);
            }
            catch (ArgumentRefusedException exception) when (exception.ParamName == "baseUrl")
            {
                error.WriteLine($"kentcsp: --base-url {CliText.Quote(exception.Reason, 300)}");
                return KentCspCommand.UsageError;
            }
            catch (ArgumentException exception)
            {
                error.WriteLine($"kentcsp: cannot export the meeting {CliText.Quote(meeting.ToString())} as OParl: {CliText.Quote(exception.Message, 300)}");
                return KentCspCommand.Invalid;
            }
            return Emit(json, parseResult.GetValue(output), parseResult.InvocationConfiguration.Output, error);
        });
        return command;
    }

    private static Option<FileInfo?> OutputOption() => new("--output", "-o") { HelpName = "OUT", Description = "Write the JSON to this file instead of standard output." };

    // A partnership record or a bare partnership; with no file, the built-in Kent record.
    private static bool TryReadPartnership(FileInfo? file, TextWriter error, out PartnershipRecord? record, out CommunitySafetyPartnership? partnership)
    {
        record = null;
        partnership = null;
        if (file is null)
        {
            record = KentData.PartnershipRecord;
            return true;
        }
        if (!CliFiles.TryReadBytes(file, error, out ArraySegment<byte> utf8))
        {
            return false;
        }
        var result = KentCspJson.ReadDocument(utf8.AsSpan());
        if (!result.TryPickT0(out var document, out var failure))
        {
            throw new InvalidDocumentException($"{CliFiles.NameOf(file)}: {failure.Message}", new System.Text.Json.JsonException(failure.Message));
        }
        switch (document)
        {
            case KentCspDocument<PartnershipRecord> read:
                record = read.Value;
                return true;
            case KentCspDocument<CommunitySafetyPartnership> read:
                partnership = read.Value;
                return true;
            default:
                error.WriteLine($"kentcsp: {CliFiles.NameOf(file)} is a {document.Kind.WireName} document; 'export popolo' reads a partnership or partnership-record document.");
                return false;
        }
    }

    // One JSON document and a line end, to standard output or the file named with -o.
    private static int Emit(string json, FileInfo? target, TextWriter output, TextWriter error)
    {
        if (target is null)
        {
            output.WriteLine(json);
            return 0;
        }
        try
        {
            File.WriteAllText(target.FullName, json + "\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"kentcsp: cannot write {target.Name}: {exception.Message}");
            return KentCspCommand.UsageError;
        }
    }
}
