using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Cli;

/// <summary>
/// <c>kentcsp meeting DATE|FILE [--public]</c>: prints the minutes of a built-in meeting (by date) or of a meeting
/// document; with <c>--public</c>, only what may be issued to the public, and how much was withheld.
/// </summary>
internal static class MeetingCommands
{
    internal static Command Build()
    {
        var meetingArgument = new Argument<string>("meeting")
        {
            HelpName = "MEETING",
            Description = "The date of a built-in meeting, as YYYY-MM-DD (" + string.Join(", ", KentMeetings.All.Select(meeting => Iso(meeting.Date))) + "), or a meeting document (JSON, as 'kentcsp json meeting-2017-07-19' writes).",
        };
        var publicOption = new Option<bool>("--public")
        {
            Description = "Print only what may be issued to the public: restricted items (with their papers) and restricted papers are left out, and how many of each is said.",
        };
        var command = new Command("meeting", "Print the minutes of a meeting: attendance, then each item with its papers, discussion and resolutions.");
        command.Arguments.Add(meetingArgument);
        command.Options.Add(publicOption);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!TryMeeting(parseResult.GetValue(meetingArgument)!, error, out var meeting))
            {
                return KentCspCommand.UsageError;
            }
            Write(output, meeting, parseResult.GetValue(publicOption));
            CliText.WriteProvenance(output, meeting.Provenance);
            return 0;
        });
        return command;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// A built-in meeting by its date, or a meeting document read from the file <paramref name="text"/> names (<c>-</c>:
    /// standard input); false, with one line on <paramref name="error"/>, for an unknown date or a file that is not there.
    /// </summary>
    internal static bool TryMeeting(string text, TextWriter error, out Meeting meeting)
    {
        meeting = null!;
        var date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            var found = KentMeetings.All.FirstOrDefault(candidate => candidate.Date == date.Value);
            if (found is null)
            {
                error.WriteLine($"kentcsp: no built-in meeting on {text}; built-in meetings: {string.Join(", ", KentMeetings.All.Select(candidate => Iso(candidate.Date)))}.");
                return false;
            }
            meeting = found;
            return true;
        }
        if (text != CliFiles.StandardInputName && !File.Exists(text))
        {
            error.WriteLine($"kentcsp: '{CliText.Quote(text)}' is neither a date written as YYYY-MM-DD nor a meeting document file.");
            return false;
        }
        return CliFiles.TryRead(new FileInfo(text), KentCspJson.DeserializeMeeting, error, out meeting);
    }

    private static void Write(TextWriter output, Meeting full, bool publicOnly)
    {
        var meeting = publicOnly ? full.PublicView() : full;
        output.WriteLine($"{meeting.BodyName}: meeting of {Iso(meeting.Date)}");
        output.WriteLine($"  Venue: {meeting.Venue}");
        output.WriteLine($"  Source: {meeting.Source}");
        if (publicOnly)
        {
            int items = full.Items.Count - meeting.Items.Count;
            int reports = full.Items.Sum(item => item.Reports.Count) - meeting.Items.Sum(item => item.Reports.Count);
            output.WriteLine($"  Public view: {CliText.Count(items, "restricted item")} and {CliText.Count(reports, "paper")} withheld.");
        }
        output.WriteLine();

        WriteAttendees(output, "Present", meeting.Attendance.Present);
        WriteAttendees(output, "In attendance", meeting.Attendance.InAttendance);
        WriteAttendees(output, "Apologies", meeting.Attendance.Apologies);

        foreach (var item in meeting.Items)
        {
            output.WriteLine();
            output.WriteLine(item.Classification.IsPublic ? item.ToString() : $"{item} [restricted]");
            foreach (var report in item.Reports)
            {
                string restricted = report.Classification.IsPublic ? "" : " [restricted]";
                string classification = report.ClassificationText is null ? "" : $", {report.ClassificationText}";
                output.WriteLine($"  Paper{restricted}: {report}{classification}; by {string.Join("; ", report.By)}");
            }
            for (int i = 0; i < item.DiscussionPoints.Count; i++)
            {
                output.WriteLine($"  {i + 1}. {item.DiscussionPoints[i]}");
            }
            foreach (var resolution in item.Resolutions)
            {
                output.WriteLine($"  {resolution.Text}");
                foreach (var part in resolution.Parts)
                {
                    output.WriteLine($"    {part}");
                }
            }
        }
    }

    private static void WriteAttendees(TextWriter output, string heading, System.Collections.Generic.IReadOnlyList<Attendee> attendees)
    {
        if (attendees.Count == 0)
        {
            output.WriteLine($"{heading}: none recorded");
            return;
        }
        output.WriteLine($"{heading} ({attendees.Count})");
        foreach (var attendee in attendees)
        {
            output.WriteLine(attendee.Organisation is { } organisation ? $"  {attendee} - {organisation.Name}" : $"  {attendee}");
        }
    }
}
