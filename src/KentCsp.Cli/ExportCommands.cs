using System;
using System.CommandLine;
using System.IO;
using KentCsp.Domain.Interop;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using NodaTime;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp export popolo [FILE] [--as-at DATE] [-o FILE]</c>: the partnership as it stands on a date in the Popolo
/// data specification, one JSON document on standard output or in a file. Exit codes: 0 written; 1 an invalid document or
/// a partnership the library refuses to export on that date (e.g. its membership is not known then); 2 a usage error or
/// unreadable input.
/// </summary>
internal static class ExportCommands
{
    /// <summary>The standards and versions the help names.</summary>
    internal const string PopoloStandard = "Popolo data specification (popoloproject.com; schemas draft-03, CC BY 4.0)";

    internal static Command Build(IClock clock)
    {
        var export = new Command("export", "Write built-in data or a document in an open standard: 'popolo' for the " + PopoloStandard + ".");
        export.Subcommands.Add(BuildPopolo(clock));
        return export;
    }

    private static Command BuildPopolo(IClock clock)
    {
        var file = new Argument<FileInfo?>("file")
        {
            Description = "A partnership or partnership-record document (JSON, as 'kentcsp json' writes). Default: the built-in Kent partnership record.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asAt = new Option<string?>("--as-at") { Description = "The date the partnership is exported as at, as YYYY-MM-DD. Default: today in the UK." };
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
            if (!CliDates.TryParse(parseResult.GetValue(asAt), "--as-at", clock, error, out var date))
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

    private static Option<FileInfo?> OutputOption() => new("--output", "-o") { Description = "Write the JSON to this file instead of standard output." };

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
