using KentCsp.Domain.Utility;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Meetings;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shape of the meeting document. Property order here is the order in the JSON; schemaVersion comes first.
// Classifications are written by name ("Unrestricted"); a sub-resolution's letter is a one-letter string ("a").

internal sealed class MeetingDocument
{
    public required int SchemaVersion { get; init; }
    // Absent from schema version 1 documents; required in version 2, where it must be "meeting".
    public string? Kind { get; init; }
    public required OrganisationIdWire BodyId { get; init; }
    public required string BodyName { get; init; }
    public required LocalDate Date { get; init; }
    public required string Venue { get; init; }
    public required AttendanceWire Attendance { get; init; }
    public required List<AgendaItemWire?> Items { get; init; }
    public required SourceDocumentWire Source { get; init; }
    // Written only when the object carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
}

internal sealed class AttendanceWire
{
    public required List<AttendeeWire?> Present { get; init; }
    public required List<AttendeeWire?> InAttendance { get; init; }
    public required List<AttendeeWire?> Apologies { get; init; }
}

internal sealed class AttendeeWire
{
    public required string Name { get; init; }
    public string? Post { get; init; }
    public OrganisationWire? Organisation { get; init; }
}

internal sealed class AgendaItemWire
{
    public required int MinuteNumber { get; init; }
    public required string Code { get; init; }
    public required string Title { get; init; }
    public required Classification Classification { get; init; }
    public required List<string?> DiscussionPoints { get; init; }
    public required List<ResolutionWire?> Resolutions { get; init; }
    public required List<ReportWire?> Reports { get; init; }
    public required SourceDocumentWire Source { get; init; }
}

internal sealed class ResolutionWire
{
    public required string Text { get; init; }
    public required List<SubResolutionWire?> Parts { get; init; }
}

internal sealed class SubResolutionWire
{
    public required string Letter { get; init; }
    public required string Text { get; init; }
}

internal sealed class ReportWire
{
    public required List<string?> By { get; init; }
    public required string To { get; init; }
    public required LocalDate Date { get; init; }
    public required string Subject { get; init; }
    public required string Summary { get; init; }
    public required List<string?> Recommendations { get; init; }
    public string? ClassificationText { get; init; }
    public required Classification Classification { get; init; }
    public required SourceDocumentWire Source { get; init; }
}

/// <summary>The meeting document: <see cref="Meeting"/> to <see cref="MeetingDocument"/> and back.</summary>
internal static partial class WireMapper
{
    internal static MeetingDocument ToDocument(Meeting meeting) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.Meeting.WireName,
        BodyId = ToWire(meeting.BodyId),
        BodyName = meeting.BodyName,
        Date = meeting.Date,
        Venue = meeting.Venue,
        Attendance = new AttendanceWire
        {
            Present = meeting.Attendance.Present.Select(ToWire).ToList(),
            InAttendance = meeting.Attendance.InAttendance.Select(ToWire).ToList(),
            Apologies = meeting.Attendance.Apologies.Select(ToWire).ToList(),
        },
        Items = meeting.Items.Select(item => (AgendaItemWire?)new AgendaItemWire
        {
            MinuteNumber = item.MinuteNumber,
            Code = item.Code,
            Title = item.Title,
            Classification = item.Classification,
            DiscussionPoints = item.DiscussionPoints.Select(point => (string?)point).ToList(),
            Resolutions = item.Resolutions.Select(resolution => (ResolutionWire?)new ResolutionWire
            {
                Text = resolution.Text,
                Parts = resolution.Parts.Select(part => (SubResolutionWire?)new SubResolutionWire
                {
                    Letter = part.Letter.ToString(),
                    Text = part.Text,
                }).ToList(),
            }).ToList(),
            Reports = item.Reports.Select(ToWire).ToList(),
            Source = ToWire(item.Source),
        }).ToList(),
        Source = ToWire(meeting.Source),
        Provenance = ToWire(meeting.Provenance),
    };

    internal static Meeting FromDocument(MeetingDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.Meeting, "$");
        var bodyId = FromWire(document.BodyId, "$.bodyId");
        var attendance = FromWire(document.Attendance, "$.attendance");
        var items = Elements(document.Items, "$.items", (wire, path) => FromWire(wire, path));
        var source = FromWire(document.Source, "$.source");
        var provenance = FromWire(document.Provenance, "$.provenance");
        return Build("$", () => new Meeting(bodyId, document.BodyName, document.Date, document.Venue, attendance, items, source)).WithProvenance(provenance);
    }

    private static AttendeeWire? ToWire(Attendee attendee) => new()
    {
        Name = attendee.Name,
        Post = attendee.Post,
        Organisation = attendee.Organisation is { } organisation ? ToWire(organisation) : null,
    };

    private static ReportWire? ToWire(Report report) => new()
    {
        By = report.By.Select(author => (string?)author).ToList(),
        To = report.To,
        Date = report.Date,
        Subject = report.Subject,
        Summary = report.Summary,
        Recommendations = report.Recommendations.Select(recommendation => (string?)recommendation).ToList(),
        ClassificationText = report.ClassificationText,
        Classification = report.Classification,
        Source = ToWire(report.Source),
    };

    private static Attendance FromWire(AttendanceWire wire, string path)
    {
        var present = Elements(wire.Present, path + ".present", (attendee, at) => FromWire(attendee, at));
        var inAttendance = Elements(wire.InAttendance, path + ".inAttendance", (attendee, at) => FromWire(attendee, at));
        var apologies = Elements(wire.Apologies, path + ".apologies", (attendee, at) => FromWire(attendee, at));
        return Build(path, () => new Attendance(present, inAttendance, apologies));
    }

    private static Attendee FromWire(AttendeeWire wire, string path)
    {
        var organisation = wire.Organisation is { } organisationWire ? FromWire(organisationWire, path + ".organisation") : null;
        return Build(path, () => new Attendee(wire.Name, wire.Post, organisation));
    }

    private static AgendaItem FromWire(AgendaItemWire wire, string path)
    {
        var discussionPoints = NotNull(wire.DiscussionPoints, path + ".discussionPoints");
        var resolutions = Elements(wire.Resolutions, path + ".resolutions", (resolution, at) => FromWire(resolution, at));
        var reports = Elements(wire.Reports, path + ".reports", (report, at) => FromWire(report, at));
        var source = FromWire(wire.Source, path + ".source");
        return Build(path, () => new AgendaItem(wire.MinuteNumber, wire.Code, wire.Title, wire.Classification, discussionPoints, resolutions, reports, source));
    }

    private static Resolution FromWire(ResolutionWire wire, string path)
    {
        var parts = Elements(wire.Parts, path + ".parts", (part, at) =>
        {
            if (part.Letter.Length != 1)
            {
                throw JsonErrors.At(at + ".letter", $"must be one lower-case letter from a to z, e.g. \"a\", but was {Preconditions.Quote(part.Letter)}.");
            }
            return Build(at, () => new SubResolution(part.Letter[0], part.Text));
        });
        return Build(path, () => new Resolution(wire.Text, parts));
    }

    private static Report FromWire(ReportWire wire, string path)
    {
        var by = NotNull(wire.By, path + ".by");
        var recommendations = NotNull(wire.Recommendations, path + ".recommendations");
        var source = FromWire(wire.Source, path + ".source");
        return Build(path, () => new Report(by, wire.To, wire.Date, wire.Subject, wire.Summary, recommendations, wire.ClassificationText, wire.Classification, source));
    }
}
