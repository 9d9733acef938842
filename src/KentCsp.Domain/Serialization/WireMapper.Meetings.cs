using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Meetings;

namespace KentCsp.Domain.Serialization;

/// <summary>The meeting document: <see cref="Meeting"/> to <see cref="MeetingDocument"/> and back.</summary>
internal static partial class WireMapper
{
    internal static MeetingDocument ToDocument(Meeting meeting) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
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
    };

    internal static Meeting FromDocument(MeetingDocument document)
    {
        CheckSchemaVersion(document.SchemaVersion);
        var bodyId = FromWire(document.BodyId, "$.bodyId");
        var attendance = FromWire(document.Attendance, "$.attendance");
        var items = Elements(document.Items, "$.items", (wire, path) => FromWire(wire, path));
        var source = FromWire(document.Source, "$.source");
        return Build("$", () => new Meeting(bodyId, document.BodyName, document.Date, document.Venue, attendance, items, source));
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
                throw JsonErrors.At(at + ".letter", $"must be one lower-case letter from a to z, e.g. \"a\", but was \"{part.Letter}\".");
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
