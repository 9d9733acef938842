using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Interop;

/// <summary>
/// Writes a partnership as it stands on a date in the Popolo data specification (popoloproject.com): one JSON object
/// with <c>organizations</c>, <c>posts</c> and <c>memberships</c> arrays, snake_case members as Popolo names them.
/// </summary>
/// <remarks>
/// <para>Organisations: the partnership (<c>classification</c> "community safety partnership"), each sub-group
/// ("sub-group", with <c>parent_id</c> the body it reports to and <c>description</c> its purpose), then each member
/// organisation whose seat lasts on the date ("responsible authority" when it has an authority kind, "organisation"
/// otherwise). Each carries its identifier in <c>identifiers</c> as <c>scheme</c> and <c>identifier</c>; its Popolo
/// <c>id</c> is the identifier as org-id.guide writes it (<c>GB-LAE-KEN</c>).</para>
/// <para>Memberships: one for each seat that lasts on the date, the member organisation as <c>member</c>
/// (<c>@type</c> "Organization"), <c>organization_id</c> the partnership. <c>role</c> says the capacity in which it
/// sits, and for a responsible authority the provision of the Crime and Disorder Act 1998 and the statutory name of the
/// kind on the date: "responsible authority (s.5(1)(e) clinical commissioning group)"; otherwise "co-operating body
/// (s.5(2))", "participating body (s.5(3))" or "invitee". A seat with a <see cref="Membership.Post"/> gets a post in
/// the partnership (<c>label</c> the post, <c>role</c> as the membership's) and the membership a <c>post_id</c>;
/// <see cref="Membership.OnBehalfOf"/> is written as <c>on_behalf_of_id</c>. <c>start_date</c> is
/// <see cref="Membership.From"/>; <c>end_date</c> is the member's last day, the day before
/// <see cref="Membership.Until"/>, because Popolo's end date is the day the relationship ended, not the first day
/// after it. Dates the model does not hold are left out, never guessed; the model holds whole days, so no date is
/// written with reduced precision.</para>
/// <para>The model holds posts, not people's names, so no <c>persons</c> are written. Provenance, Terms of Reference,
/// meeting dates and compliance findings have no Popolo member and are not written.</para>
/// <para>Refused with <see cref="ArgumentException"/>, nothing written: a date on which the record does not know the
/// membership (<see cref="PartnershipRecord.MembersOn"/>); a date before 30 September 1998, when s.5 of the Act came
/// into force (SI 1998/2327, art 2(1)(a)) and before which no partnership existed; a membership that starts before that
/// day, outside the partnership's life; a responsible authority seat whose kind the law did not make a responsible
/// authority on the date (e.g. a police authority after 21 November 2012), whose role would be false; and a member
/// organisation with the identifier of the partnership or a sub-group. The parameter name locates the member, e.g.
/// <c>record.partnership.members[3]</c>.</para>
/// <para>The output is deterministic: UTF-8 without a byte-order mark, two-space indent, <c>\n</c> line ends, no
/// trailing newline, members in the order described. It is written with <see cref="Utf8JsonWriter"/>, without
/// reflection, so it is safe to trim and compile ahead of time.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class PopoloExport
{
    /// <summary>The Popolo classification of the partnership: "community safety partnership".</summary>
    public const string PartnershipClassification = "community safety partnership";

    /// <summary>The Popolo classification of a sub-group: "sub-group".</summary>
    public const string SubGroupClassification = "sub-group";

    /// <summary>The Popolo classification of a member organisation that has an authority kind: "responsible authority".</summary>
    public const string ResponsibleAuthorityClassification = "responsible authority";

    /// <summary>The Popolo classification of any other member organisation: "organisation".</summary>
    public const string OrganisationClassification = "organisation";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keep '£', '–' and other non-ASCII text readable; control characters and quotes are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the partnership of a record as it stands on a date, as Popolo JSON (UTF-8).</summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="record">The record; its <see cref="PartnershipRecord.MembershipKnownFrom"/> limits the dates it can answer for.</param>
    /// <param name="asAt">The date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be written to, or the record does not know the membership on <paramref name="asAt"/>, or the partnership cannot be exported on it (see remarks of <see cref="PopoloExport"/>); nothing is written.</exception>
    public static void Write(Stream utf8Json, PartnershipRecord record, LocalDate asAt)
    {
        SupportedDates.CheckCalendar(asAt);
        Preconditions.CheckNotNull(utf8Json);
        CheckWritable(utf8Json);
        Preconditions.CheckNotNull(record);
        var known = record.MembersOn(asAt);
        if (known.TryPickT1(out var notKnown, out _))
        {
            Preconditions.ThrowArgument(nameof(asAt), $"({Dates.Iso(asAt)}) cannot be exported: {notKnown.Reason}");
        }
        WriteChecked(utf8Json, record.Partnership, asAt, "record.partnership");
    }

    /// <summary>Writes a partnership as it stands on a date, as Popolo JSON (UTF-8), taking its memberships' dates as its whole history.</summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="partnership">The partnership.</param>
    /// <param name="asAt">The date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="partnership"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be written to, or the partnership cannot be exported on <paramref name="asAt"/> (see remarks of <see cref="PopoloExport"/>); nothing is written.</exception>
    public static void Write(Stream utf8Json, CommunitySafetyPartnership partnership, LocalDate asAt)
    {
        SupportedDates.CheckCalendar(asAt);
        Preconditions.CheckNotNull(utf8Json);
        CheckWritable(utf8Json);
        Preconditions.CheckNotNull(partnership);
        WriteChecked(utf8Json, partnership, asAt, nameof(partnership));
    }

    private static void CheckWritable(Stream utf8Json)
    {
        if (!utf8Json.CanWrite)
        {
            Preconditions.ThrowArgument(nameof(utf8Json), "is a stream that cannot be written to.");
        }
    }

    /// <summary>The partnership of a record as it stands on a date, as Popolo JSON text.</summary>
    /// <param name="record">The record; its <see cref="PartnershipRecord.MembershipKnownFrom"/> limits the dates it can answer for.</param>
    /// <param name="asAt">The date.</param>
    /// <returns>The JSON text, as <see cref="Write(Stream, PartnershipRecord, LocalDate)"/> writes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The record does not know the membership on <paramref name="asAt"/>, or the partnership cannot be exported on it (see remarks of <see cref="PopoloExport"/>).</exception>
    public static string ToJson(PartnershipRecord record, LocalDate asAt)
    {
        SupportedDates.CheckCalendar(asAt);
        using var stream = new MemoryStream();
        Write(stream, record, asAt);
        return Text(stream);
    }

    /// <summary>A partnership as it stands on a date, as Popolo JSON text.</summary>
    /// <param name="partnership">The partnership.</param>
    /// <param name="asAt">The date.</param>
    /// <returns>The JSON text, as <see cref="Write(Stream, CommunitySafetyPartnership, LocalDate)"/> writes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partnership"/> is null.</exception>
    /// <exception cref="ArgumentException">The partnership cannot be exported on <paramref name="asAt"/> (see remarks of <see cref="PopoloExport"/>).</exception>
    public static string ToJson(CommunitySafetyPartnership partnership, LocalDate asAt)
    {
        SupportedDates.CheckCalendar(asAt);
        using var stream = new MemoryStream();
        Write(stream, partnership, asAt);
        return Text(stream);
    }

    /// <summary>The role a seat is written with on a date, e.g. "responsible authority (s.5(1)(b) chief officer of police)".</summary>
    /// <param name="membership">The seat.</param>
    /// <param name="asAt">The date; it fixes the statutory name of a responsible authority's kind.</param>
    /// <returns>The role; null for a responsible authority seat whose kind is not a responsible authority on the date.</returns>
    internal static string? RoleOn(Membership membership, LocalDate asAt)
    {
        var role = membership.Role;
        if (role == MembershipRole.ResponsibleAuthority)
        {
            var kind = membership.Organisation.AuthorityKind!;
            return kind.DesignationOn(asAt) is { } designation ? $"{role.Description} ({kind.StatutoryReference} {designation.Name})" : null;
        }
        if (role == MembershipRole.CooperatingBody)
        {
            return role.Description + " (s.5(2))";
        }
        if (role == MembershipRole.ParticipatingBody)
        {
            return role.Description + " (s.5(3))";
        }
        return role.Description;
    }

    private static void WriteChecked(Stream utf8Json, CommunitySafetyPartnership partnership, LocalDate asAt, string path)
    {
        var section5 = ResponsibleAuthorityKind.Section5InForceFrom;
        if (asAt < section5)
        {
            Preconditions.ThrowArgument(nameof(asAt), $"({Dates.Iso(asAt)}) is before {Dates.Iso(section5)}, when s.5 of the Crime and Disorder Act 1998 came into force ({ResponsibleAuthorityKind.Section5Commencement}); no partnership existed then");
        }
        var bodies = new HashSet<OrganisationId> { partnership.Id };
        foreach (var group in partnership.SubGroups)
        {
            bodies.Add(group.Id);
        }
        var members = partnership.Members;
        var seats = new List<Seat>(members.Count);
        for (int i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (!member.IsCurrentOn(asAt))
            {
                continue;
            }
            if (member.From is { } from && from < section5)
            {
                Preconditions.ThrowArgument($"{path}.members[{i}]", $"({member.Organisation.Name}, {member.Organisation.Id}) starts on {Dates.Iso(from)}, outside the life of {partnership.Name}: no partnership existed before {Dates.Iso(section5)}, when s.5 of the Crime and Disorder Act 1998 came into force ({ResponsibleAuthorityKind.Section5Commencement})");
            }
            string? role = RoleOn(member, asAt);
            if (role is null)
            {
                var kind = member.Organisation.AuthorityKind!;
                Preconditions.ThrowArgument($"{path}.members[{i}]", $"({member.Organisation.Name}, {member.Organisation.Id}) sits as a responsible authority of kind {kind.Name} ({kind.StatutoryReference}), which the law did not make a responsible authority on {Dates.Iso(asAt)}");
            }
            if (bodies.Contains(member.Organisation.Id))
            {
                Preconditions.ThrowArgument($"{path}.members[{i}]", $"({member.Organisation.Name}) has the identifier {member.Organisation.Id}, which is the partnership's or a sub-group's; Popolo identifiers must differ");
            }
            seats.Add(new Seat(member, role));
        }

        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("organizations");
        WriteOrganisation(writer, partnership.Id, partnership.Name, PartnershipClassification, parentId: null, description: null);
        foreach (var group in partnership.SubGroups)
        {
            WriteOrganisation(writer, group.Id, group.Name, SubGroupClassification, group.ReportsTo, group.Purpose);
        }
        foreach (var seat in seats)
        {
            var organisation = seat.Membership.Organisation;
            string classification = organisation.AuthorityKind is null ? OrganisationClassification : ResponsibleAuthorityClassification;
            WriteOrganisation(writer, organisation.Id, organisation.Name, classification, parentId: null, description: null);
        }
        writer.WriteEndArray();

        string partnershipId = partnership.Id.ToString();
        writer.WriteStartArray("posts");
        foreach (var seat in seats)
        {
            if (seat.Membership.Post is { } post)
            {
                writer.WriteStartObject();
                writer.WriteString("id", PostId(partnershipId, seat.Membership));
                writer.WriteString("label", post);
                writer.WriteString("role", seat.Role);
                writer.WriteString("organization_id", partnershipId);
                writer.WriteEndObject();
            }
        }
        writer.WriteEndArray();

        writer.WriteStartArray("memberships");
        foreach (var seat in seats)
        {
            var membership = seat.Membership;
            string memberId = membership.Organisation.Id.ToString();
            writer.WriteStartObject();
            writer.WriteString("id", partnershipId + "/membership/" + memberId);
            writer.WriteString("role", seat.Role);
            writer.WriteStartObject("member");
            writer.WriteString("@type", "Organization");
            writer.WriteString("id", memberId);
            writer.WriteEndObject();
            writer.WriteString("organization_id", partnershipId);
            if (membership.Post is not null)
            {
                writer.WriteString("post_id", PostId(partnershipId, membership));
            }
            if (membership.OnBehalfOf is { } onBehalfOf)
            {
                writer.WriteString("on_behalf_of_id", onBehalfOf.ToString());
            }
            if (membership.From is { } start)
            {
                writer.WriteString("start_date", Dates.Iso(start));
            }
            if (membership.Until is { } until)
            {
                writer.WriteString("end_date", Dates.Iso(until.PlusDays(-1)));
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string PostId(string partnershipId, Membership membership) => partnershipId + "/post/" + membership.Organisation.Id;

    private static void WriteOrganisation(Utf8JsonWriter writer, OrganisationId id, string name, string classification, OrganisationId? parentId, string? description)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id.ToString());
        writer.WriteString("name", name);
        writer.WriteString("classification", classification);
        if (parentId is not null)
        {
            writer.WriteString("parent_id", parentId.ToString());
        }
        if (description is not null)
        {
            writer.WriteString("description", description);
        }
        writer.WriteStartArray("identifiers");
        writer.WriteStartObject();
        writer.WriteString("identifier", id.Identifier);
        writer.WriteString("scheme", id.Scheme);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Text(MemoryStream stream) => Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);

    private readonly struct Seat(Membership membership, string role)
    {
        public Membership Membership { get; } = membership;

        public string Role { get; } = role;
    }
}
