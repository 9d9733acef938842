using System;
using System.Collections.Generic;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Meetings;

/// <summary>
/// Builds a <see cref="Meeting"/> one named part at a time: the body that met, the date, the venue, the attendance,
/// the agenda items, the minutes and the provenance.
/// </summary>
/// <remarks>
/// <para>Start from nothing (<c>new MeetingBuilder()</c>), from a partnership and a date (<see cref="Of"/>: a meeting
/// of this partnership) or from an existing meeting (<see cref="Meeting.ToBuilder"/>: a copy to change). The agenda
/// items start empty, the attendance starts as <see cref="Attendance.None"/> (minutes that give none) and the
/// provenance null; the body, the date, the venue and the source have no default.</para>
/// <para>Apart from a date's calendar (below), the parts are not checked as they are set: <see cref="Build"/> checks them once, by calling the
/// <see cref="Meeting"/> constructor, so a refusal is exactly the constructor's (the same exception, parameter name and
/// message, e.g. <c>items[3].minuteNumber</c>). The one part the constructor cannot refuse is an unset date, since a
/// date is a value: <see cref="Build"/> refuses it, naming <c>date</c>. Each <c>With…</c> and <c>Add…</c> method
/// changes this builder and returns it; a list given to a <c>With…</c> method is copied when it is given, and the
/// meeting built is immutable.</para>
/// <para>A date is the one part checked when it is set: a date in a calendar other than ISO is refused at once, naming
/// the parameter, as by every member of the library that takes a date.</para>
/// </remarks>
/// <threadsafety>This type is mutable and not thread-safe: use one builder from one thread at a time.</threadsafety>
public sealed class MeetingBuilder
{
    private OrganisationId? bodyId;
    private string? bodyName;
    private LocalDate? date;
    private string? venue;
    private Attendance? attendance = Attendance.None;
    private List<AgendaItem>? items = [];
    private SourceDocument? source;
    private ProvenanceRecord? provenance;

    /// <summary>Creates a builder with no parts: no agenda items, no attendance recorded, nothing else set.</summary>
    public MeetingBuilder()
    {
    }

    internal MeetingBuilder(Meeting meeting)
    {
        bodyId = meeting.BodyId;
        bodyName = meeting.BodyName;
        date = meeting.Date;
        venue = meeting.Venue;
        attendance = meeting.Attendance;
        items = [.. meeting.Items];
        source = meeting.Source;
        provenance = meeting.Provenance;
    }

    /// <summary>Starts a meeting of a partnership on a date: the body's identifier and name are the partnership's.</summary>
    /// <param name="partnership">The partnership that met.</param>
    /// <param name="date">The date of the meeting.</param>
    /// <returns>A new builder; the venue and the source must still be set before <see cref="Build"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partnership"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static MeetingBuilder Of(CommunitySafetyPartnership partnership, LocalDate date)
    {
        Preconditions.CheckNotNull(partnership);
        return new MeetingBuilder().WithBody(partnership.Id, partnership.Name).WithDate(date);
    }

    /// <summary>Sets the body that met: a partnership or one of its sub-groups.</summary>
    /// <param name="bodyId">The body's identifier.</param>
    /// <param name="bodyName">Its name, e.g. "Kent Community Safety Partnership".</param>
    /// <returns>This builder.</returns>
    public MeetingBuilder WithBody(OrganisationId bodyId, string bodyName)
    {
        this.bodyId = bodyId;
        this.bodyName = bodyName;
        return this;
    }

    /// <summary>Sets the date of the meeting.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentRefusedException">The date is not in the ISO calendar; refused at once, as everywhere in the library.</exception>
    public MeetingBuilder WithDate(LocalDate date)
    {
        this.date = SupportedDates.CheckCalendar(date);
        return this;
    }

    /// <summary>Sets where the meeting was held.</summary>
    /// <param name="venue">The venue, as the minutes give it ("online" for a remote meeting).</param>
    /// <returns>This builder.</returns>
    public MeetingBuilder WithVenue(string venue)
    {
        this.venue = venue;
        return this;
    }

    /// <summary>Sets who was present, in attendance, or sent apologies.</summary>
    /// <param name="attendance">The attendance.</param>
    /// <returns>This builder.</returns>
    public MeetingBuilder WithAttendance(Attendance attendance)
    {
        this.attendance = attendance;
        return this;
    }

    /// <summary>Replaces the agenda items.</summary>
    /// <param name="items">The items in order, minute numbers strictly increasing and item codes unique; copied.</param>
    /// <returns>This builder.</returns>
    public MeetingBuilder WithItems(IEnumerable<AgendaItem> items)
    {
        this.items = items is null ? null : [.. items];
        return this;
    }

    /// <summary>Adds an agenda item after those already given.</summary>
    /// <param name="item">The item; its minute number must be after the one before it.</param>
    /// <returns>This builder.</returns>
    public MeetingBuilder AddItem(AgendaItem item)
    {
        (items ??= []).Add(item);
        return this;
    }

    /// <summary>Sets the minutes: the document that records the meeting.</summary>
    /// <param name="source">The minutes.</param>
    /// <returns>This builder.</returns>
    public MeetingBuilder WithSource(SourceDocument source)
    {
        this.source = source;
        return this;
    }

    /// <summary>Sets where the meeting comes from, or clears it (see <see cref="Meeting.Provenance"/>).</summary>
    /// <param name="provenance">The provenance, or null for nothing recorded.</param>
    /// <returns>This builder.</returns>
    public MeetingBuilder WithProvenance(ProvenanceRecord? provenance)
    {
        this.provenance = provenance;
        return this;
    }

    /// <summary>Builds the meeting from the parts given, checked by the <see cref="Meeting"/> constructor.</summary>
    /// <returns>A new, immutable meeting; each call returns a new one.</returns>
    /// <exception cref="ArgumentNullException">The body, the date, the venue, the attendance, the source or the list of items is not set (or set to null); the parameter name is the constructor's (<c>date</c> for the date).</exception>
    /// <exception cref="ArgumentException">The constructor refuses the parts: a blank text, a null item, a minute number repeated or out of order, or an item code repeated; the parameter name locates the item.</exception>
    public Meeting Build()
    {
        if (date is not { } on)
        {
            throw new ArgumentNullException(nameof(date), $"{nameof(date)} must not be null.");
        }
        var meeting = new Meeting(bodyId!, bodyName!, on, venue!, attendance!, items!, source!);
        return provenance is null ? meeting : meeting.WithProvenance(provenance);
    }
}
