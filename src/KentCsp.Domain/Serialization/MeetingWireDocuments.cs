using System.Collections.Generic;
using KentCsp.Domain.Meetings;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shape of the meeting document. Property order here is the order in the JSON; schemaVersion comes first.
// Classifications are written by name ("Unrestricted"); a sub-resolution's letter is a one-letter string ("a").

internal sealed class MeetingDocument
{
    public required int SchemaVersion { get; init; }
    public required OrganisationIdWire BodyId { get; init; }
    public required string BodyName { get; init; }
    public required LocalDate Date { get; init; }
    public required string Venue { get; init; }
    public required AttendanceWire Attendance { get; init; }
    public required List<AgendaItemWire?> Items { get; init; }
    public required SourceDocumentWire Source { get; init; }
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
