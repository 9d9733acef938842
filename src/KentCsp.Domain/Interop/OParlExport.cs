using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Interop;

/// <summary>
/// Writes the public record of a meeting in OParl 1.1 (oparl.org), the open standard for council information: one JSON
/// object holding the OParl <c>Meeting</c> with its agenda items, the <c>Organization</c>s it names, and a
/// <c>Person</c> for each named attendee with the <c>Membership</c>s the minutes show.
/// </summary>
/// <remarks>
/// <para>Only <see cref="Meeting.PublicView"/> is written: OParl publishes public data only, so a restricted item, its
/// title, discussion and resolutions, and every paper (restricted or not, see below) never reach the output. The document
/// is an object with three members, in this order: <c>meeting</c>, the OParl <c>Meeting</c> object, with its
/// <c>AgendaItem</c>s and its <c>Location</c> embedded as OParl's examples embed them; <c>organization</c>, an array of
/// OParl <c>Organization</c> objects, first the body that met (<see cref="Meeting.BodyId"/>, <see cref="Meeting.BodyName"/>),
/// then each organisation an attendee represents (<see cref="Attendee.Organisation"/>) in the order the attendance names
/// them; and <c>person</c>, an array of OParl <c>Person</c> objects, the members present then the others in attendance,
/// each with its <c>Membership</c> embedded. Every object carries <c>id</c> and <c>type</c>, which OParl requires.</para>
/// <para>Identifiers are URLs under the base URL the caller gives, each variable part percent-encoded as a path segment
/// (UTF-8; letters, digits and <c>-._~</c> kept; a segment of only dots encoded): <c>organization/ORG</c> with ORG the
/// identifier as org-id.guide writes it (<c>360G-kentcsp-kcsp</c>); <c>meeting/ORG/DATE</c> for the meeting, ORG the body
/// that met and DATE its ISO date; and under that meeting's URL <c>/location</c>, <c>/agendaItem/MINUTE</c> (the minute
/// number), <c>/person/NAME</c> and <c>/membership/NAME</c>. The model has no identifier for a person, only the name as the
/// minutes print it, so persons and memberships are identified within the meeting: the same person at two meetings has
/// two URLs.</para>
/// <para>Agenda items: <c>number</c> is <see cref="AgendaItem.Code"/>, the agenda's item code as the minutes print it
/// ("B4"); <c>order</c> is the item's position among the items written, from 1; <c>name</c> the title; <c>public</c>
/// true; <c>resolutionText</c> the item's resolutions as the minutes print them, each with its lettered parts on their
/// own lines, resolutions separated by a blank line, and left out where the minute records none. The model holds no
/// outcome apart from the resolution's words, so <c>result</c> is never written.</para>
/// <para>People: a member present has a <c>Membership</c> of the body that met, with <c>role</c> the post the attendance
/// list gives ("Chairman") and <c>onBehalfOf</c> the organisation the minutes say the person represents; someone else in
/// attendance has a <c>Membership</c> of the organisation the minutes name beside them, if any, and the post in
/// <c>status</c>. <c>name</c> is the name exactly as printed ("Mr P M Hill, OBE"): it is not split into title, given name
/// and family name, which the minutes do not mark. The meeting's <c>participant</c> lists everyone present or in
/// attendance. Apologies are not written: OParl has no member for them and they are not participants.</para>
/// <para>The minutes give a date, while OParl's <c>start</c> and <c>end</c> are date-times: both are left out, never
/// guessed. The date is in the meeting's <c>id</c> and its <c>name</c> (<see cref="Meeting.ToString"/>, "Kent Community
/// Safety Partnership, 2017-07-19"). <c>cancelled</c> is false: minutes record a meeting that was held. Discussion points,
/// papers (OParl <c>Paper</c> and <c>File</c> objects need the document's URL, which the model does not hold), the minutes'
/// citation, provenance, <c>created</c> and <c>modified</c> are not written.</para>
/// <para>Refused with <see cref="ArgumentException"/>, nothing written: a base URL that is not an absolute http or https
/// URL, or that has user information, a query or a fragment (identifiers are built by adding path segments); and an
/// attendee's organisation whose identifier is that of another organisation in the document (the body that met, or one
/// named earlier) with a different name, since two OParl objects would share one <c>id</c>. The parameter name locates
/// the attendee, e.g. <c>meeting.attendance.present[3].organisation</c>.</para>
/// <para>The output is deterministic: UTF-8 without a byte-order mark, two-space indent, <c>\n</c> line ends, no
/// trailing newline, members in the order described. It is written with <see cref="Utf8JsonWriter"/>, without
/// reflection, so it is safe to trim and compile ahead of time.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class OParlExport
{
    /// <summary>The OParl version written: "1.1".</summary>
    public const string Version = "1.1";

    /// <summary>The address OParl 1.1 names its object types under: "https://schema.oparl.org/1.1/"; each <c>type</c> is this and the type's name.</summary>
    public const string TypeBase = "https://schema.oparl.org/1.1/";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keep '£', '–' and other non-ASCII text readable; control characters and quotes are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the public record of a meeting as OParl 1.1 JSON (UTF-8).</summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="meeting">The meeting; only its <see cref="Meeting.PublicView"/> is written.</param>
    /// <param name="baseUrl">The absolute http or https URL every object's <c>id</c> is built under, e.g. <c>https://example.org/oparl/</c>; a missing trailing slash is added.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="baseUrl"/> is not an absolute http or https URL, or has user information, a query or a fragment; or two organisations would share an <c>id</c> (see remarks of <see cref="OParlExport"/>); nothing is written.</exception>
    public static void Write(Stream utf8Json, Meeting meeting, Uri baseUrl)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckNotNull(meeting);
        string root = Root(baseUrl);
        var view = meeting.PublicView();
        var organisations = Organisations(view, root);
        string meetingId = root + "meeting/" + Segment(view.BodyId.ToString()) + "/" + Segment(Dates.Iso(view.Date));
        var people = People(view, meetingId, root + "organization/" + Segment(view.BodyId.ToString()), organisations);

        var memberships = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (person.MembershipUrl is { } membership)
            {
                if (!memberships.TryGetValue(person.OrganisationUrl!, out var list))
                {
                    list = [];
                    memberships.Add(person.OrganisationUrl!, list);
                }
                list.Add(membership);
            }
        }

        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        writer.WriteStartObject();
        WriteMeeting(writer, view, meetingId, organisations[0].Url, people);
        writer.WriteStartArray("organization");
        foreach (var organisation in organisations)
        {
            WriteOrganisation(writer, organisation, memberships.TryGetValue(organisation.Url, out var list) ? list : null);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("person");
        foreach (var person in people)
        {
            WritePerson(writer, person);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The public record of a meeting as OParl 1.1 JSON text.</summary>
    /// <param name="meeting">The meeting; only its <see cref="Meeting.PublicView"/> is written.</param>
    /// <param name="baseUrl">The absolute http or https URL every object's <c>id</c> is built under.</param>
    /// <returns>The JSON text, as <see cref="Write(Stream, Meeting, Uri)"/> writes it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="baseUrl"/> is not an absolute http or https URL, or has user information, a query or a fragment; or two organisations would share an <c>id</c> (see remarks of <see cref="OParlExport"/>).</exception>
    public static string ToJson(Meeting meeting, Uri baseUrl)
    {
        using var stream = new MemoryStream();
        Write(stream, meeting, baseUrl);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// The text of a URL path segment: the UTF-8 bytes of <paramref name="text"/> with every byte but the unreserved
    /// characters of RFC 3986 (letters, digits, <c>-._~</c>) written as <c>%XX</c>, and a segment of only dots written
    /// entirely as <c>%2E</c>, so that no segment is read as "." or "..".
    /// </summary>
    internal static string Segment(string text)
    {
        bool dots = text.Length > 0;
        foreach (char c in text)
        {
            if (c != '.')
            {
                dots = false;
                break;
            }
        }
        var builder = new StringBuilder(text.Length + 8);
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            bool unreserved = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '~' || (b == '.' && !dots);
            if (unreserved)
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    // The base URL as text ending in '/', or a refusal naming the parameter.
    private static string Root(Uri baseUrl)
    {
        Preconditions.CheckNotNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != "http" && baseUrl.Scheme != "https"))
        {
            Preconditions.ThrowArgument(nameof(baseUrl), $"must be an absolute http or https URL, such as https://example.org/oparl/, but was {Preconditions.Quote(baseUrl.OriginalString)}");
        }
        if (baseUrl.UserInfo.Length > 0 || baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
        {
            Preconditions.ThrowArgument(nameof(baseUrl), $"must have no user information, query or fragment, since object identifiers are built by adding path segments to it, but was {Preconditions.Quote(baseUrl.OriginalString)}");
        }
        string root = baseUrl.AbsoluteUri;
        return root.EndsWith("/", StringComparison.Ordinal) ? root : root + "/";
    }

    // The body that met, then each organisation an attendee represents, first mention first; one per identifier.
    private static List<OrganisationEntry> Organisations(Meeting meeting, string root)
    {
        var list = new List<OrganisationEntry> { new(meeting.BodyId, meeting.BodyName, root + "organization/" + Segment(meeting.BodyId.ToString())) };
        var byId = new Dictionary<OrganisationId, string> { [meeting.BodyId] = meeting.BodyName };
        Add(meeting.Attendance.Present, "present");
        Add(meeting.Attendance.InAttendance, "inAttendance");
        return list;

        void Add(IReadOnlyList<Attendee> attendees, string listName)
        {
            for (int i = 0; i < attendees.Count; i++)
            {
                if (attendees[i].Organisation is not { } organisation)
                {
                    continue;
                }
                if (byId.TryGetValue(organisation.Id, out var name))
                {
                    if (!string.Equals(name, organisation.Name, StringComparison.Ordinal))
                    {
                        Preconditions.ThrowArgument($"meeting.attendance.{listName}[{i}].organisation", $"({Preconditions.Quote(organisation.Name)}) has the identifier {organisation.Id}, which {Preconditions.Quote(name)} already has; OParl identifiers must differ");
                    }
                    continue;
                }
                byId.Add(organisation.Id, organisation.Name);
                list.Add(new OrganisationEntry(organisation.Id, organisation.Name, root + "organization/" + Segment(organisation.Id.ToString())));
            }
        }
    }

    // Members present (a membership of the body), then others in attendance (a membership of their organisation, if named).
    private static List<PersonEntry> People(Meeting meeting, string meetingId, string bodyUrl, List<OrganisationEntry> organisations)
    {
        var urls = new Dictionary<OrganisationId, string>(organisations.Count);
        foreach (var organisation in organisations)
        {
            urls[organisation.Id] = organisation.Url;
        }
        var attendance = meeting.Attendance;
        var people = new List<PersonEntry>(attendance.Present.Count + attendance.InAttendance.Count);
        foreach (var attendee in attendance.Present)
        {
            string name = Segment(attendee.Name);
            string? onBehalfOf = attendee.Organisation is { } organisation ? urls[organisation.Id] : null;
            people.Add(new PersonEntry(attendee, meetingId + "/person/" + name, meetingId + "/membership/" + name, bodyUrl, attendee.Post, onBehalfOf, status: null));
        }
        foreach (var attendee in attendance.InAttendance)
        {
            string name = Segment(attendee.Name);
            string? organisationUrl = attendee.Organisation is { } organisation ? urls[organisation.Id] : null;
            people.Add(new PersonEntry(attendee, meetingId + "/person/" + name, organisationUrl is null ? null : meetingId + "/membership/" + name, organisationUrl, role: null, onBehalfOf: null, attendee.Post));
        }
        return people;
    }

    private static void WriteMeeting(Utf8JsonWriter writer, Meeting meeting, string meetingId, string bodyUrl, List<PersonEntry> people)
    {
        writer.WriteStartObject("meeting");
        writer.WriteString("id", meetingId);
        writer.WriteString("type", TypeBase + "Meeting");
        writer.WriteString("name", meeting.ToString());
        writer.WriteBoolean("cancelled", false);
        writer.WriteStartObject("location");
        writer.WriteString("id", meetingId + "/location");
        writer.WriteString("type", TypeBase + "Location");
        writer.WriteString("description", meeting.Venue);
        writer.WriteEndObject();
        writer.WriteStartArray("organization");
        writer.WriteStringValue(bodyUrl);
        writer.WriteEndArray();
        if (people.Count > 0)
        {
            writer.WriteStartArray("participant");
            foreach (var person in people)
            {
                writer.WriteStringValue(person.Url);
            }
            writer.WriteEndArray();
        }
        var items = meeting.Items;
        if (items.Count > 0)
        {
            writer.WriteStartArray("agendaItem");
            for (int i = 0; i < items.Count; i++)
            {
                WriteItem(writer, items[i], i + 1, meetingId);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter writer, AgendaItem item, int order, string meetingId)
    {
        writer.WriteStartObject();
        writer.WriteString("id", meetingId + "/agendaItem/" + item.MinuteNumber.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("type", TypeBase + "AgendaItem");
        writer.WriteString("meeting", meetingId);
        writer.WriteString("number", item.Code);
        writer.WriteNumber("order", order);
        writer.WriteString("name", item.Title);
        writer.WriteBoolean("public", item.Classification.IsPublic);
        if (item.Resolutions.Count > 0)
        {
            var text = new StringBuilder();
            foreach (var resolution in item.Resolutions)
            {
                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }
                text.Append(resolution.ToString());
            }
            writer.WriteString("resolutionText", text.ToString());
        }
        writer.WriteEndObject();
    }

    private static void WriteOrganisation(Utf8JsonWriter writer, OrganisationEntry organisation, List<string>? memberships)
    {
        writer.WriteStartObject();
        writer.WriteString("id", organisation.Url);
        writer.WriteString("type", TypeBase + "Organization");
        writer.WriteString("name", organisation.Name);
        if (memberships is not null)
        {
            writer.WriteStartArray("membership");
            foreach (var membership in memberships)
            {
                writer.WriteStringValue(membership);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter writer, PersonEntry person)
    {
        writer.WriteStartObject();
        writer.WriteString("id", person.Url);
        writer.WriteString("type", TypeBase + "Person");
        writer.WriteString("name", person.Attendee.Name);
        if (person.Status is { } status)
        {
            writer.WriteStartArray("status");
            writer.WriteStringValue(status);
            writer.WriteEndArray();
        }
        if (person.MembershipUrl is { } membership)
        {
            writer.WriteStartArray("membership");
            writer.WriteStartObject();
            writer.WriteString("id", membership);
            writer.WriteString("type", TypeBase + "Membership");
            writer.WriteString("person", person.Url);
            writer.WriteString("organization", person.OrganisationUrl!);
            if (person.Role is { } role)
            {
                writer.WriteString("role", role);
            }
            if (person.OnBehalfOf is { } onBehalfOf)
            {
                writer.WriteString("onBehalfOf", onBehalfOf);
            }
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private sealed class OrganisationEntry(OrganisationId id, string name, string url)
    {
        public OrganisationId Id { get; } = id;

        public string Name { get; } = name;

        public string Url { get; } = url;
    }

    // A person written: the membership's URL and organisation are both set or both null.
    private sealed class PersonEntry(Attendee attendee, string url, string? membershipUrl, string? organisationUrl, string? role, string? onBehalfOf, string? status)
    {
        public Attendee Attendee { get; } = attendee;

        public string Url { get; } = url;

        public string? MembershipUrl { get; } = membershipUrl;

        public string? OrganisationUrl { get; } = organisationUrl;

        public string? Role { get; } = role;

        public string? OnBehalfOf { get; } = onBehalfOf;

        public string? Status { get; } = status;
    }
}
