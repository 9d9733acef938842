using System;
using System.Collections.Generic;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Meetings;

/// <summary>
/// A meeting of a partnership or one of its sub-groups as its minutes record it: the body, date, venue, attendance,
/// and the agenda items in order, with their discussion, resolutions and reports.
/// </summary>
/// <remarks>
/// <para>The body is identified by <see cref="BodyId"/> (for the Kent Community Safety Partnership,
/// <c>KentData.KcspId</c>) and named by <see cref="BodyName"/>, so that a sub-group such as the KCSP Working Group
/// can be named too.</para>
/// <para>The constructor checks that minute numbers strictly increase through <see cref="Items"/> (so each is unique;
/// gaps are allowed, as when a restricted item is left out) and that no item code is repeated, and names the
/// offending item (e.g. <c>items[3].minuteNumber</c>) when they do not.</para>
/// <para><see cref="PublicView"/> returns the meeting as it may be issued to the public: every restricted item and
/// every restricted report left out, everything else kept in order.</para>
/// <para>The type is immutable. Two meetings are equal when every member is equal, lists in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Meeting
{
    private readonly ValueList<AgendaItem> items;

    /// <summary>Creates a meeting.</summary>
    /// <param name="bodyId">The identifier of the partnership or sub-group that met.</param>
    /// <param name="bodyName">Its name, e.g. "Kent Community Safety Partnership".</param>
    /// <param name="date">The date of the meeting.</param>
    /// <param name="venue">Where it was held, as the minutes give it ("online" for a remote meeting).</param>
    /// <param name="attendance">Who was present, in attendance, or sent apologies.</param>
    /// <param name="items">The agenda items in order, minute numbers strictly increasing and item codes unique.</param>
    /// <param name="source">The minutes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, an item is null, a minute number is repeated or out of order, or an item code is repeated; the parameter name locates the item.</exception>
    public Meeting(
        OrganisationId bodyId,
        string bodyName,
        LocalDate date,
        string venue,
        Attendance attendance,
        IEnumerable<AgendaItem> items,
        SourceDocument source)
    {
        SupportedDates.CheckCalendar(date);
        BodyId = Preconditions.CheckNotNull(bodyId);
        BodyName = Preconditions.CheckNotBlank(bodyName);
        Date = date;
        Venue = Preconditions.CheckNotBlank(venue);
        Attendance = Preconditions.CheckNotNull(attendance);
        this.items = Preconditions.CheckItems(items);
        Source = Preconditions.CheckNotNull(source);

        var codes = new Dictionary<string, int>(this.items.Count, StringComparer.Ordinal);
        for (int i = 0; i < this.items.Count; i++)
        {
            var item = this.items[i];
            if (i > 0 && item.MinuteNumber <= this.items[i - 1].MinuteNumber)
            {
                int previous = this.items[i - 1].MinuteNumber;
                Preconditions.ThrowArgument(
                    $"items[{i}].minuteNumber",
                    item.MinuteNumber == previous
                        ? $"repeats {item.MinuteNumber}, already used by items[{i - 1}]; minute numbers are unique within a meeting"
                        : $"is {item.MinuteNumber}, not after {previous} at items[{i - 1}]; minute numbers increase through a meeting");
            }
            if (codes.TryGetValue(item.Code, out int first))
            {
                Preconditions.ThrowArgument($"items[{i}].code", $"repeats '{item.Code}', already used by items[{first}]; item codes are unique within a meeting");
            }
            codes.Add(item.Code, i);
        }
    }

    /// <summary>The identifier of the partnership or sub-group that met.</summary>
    public OrganisationId BodyId { get; }

    /// <summary>The name of the partnership or sub-group that met.</summary>
    public string BodyName { get; }

    /// <summary>The date of the meeting.</summary>
    public LocalDate Date { get; }

    /// <summary>Where the meeting was held.</summary>
    public string Venue { get; }

    /// <summary>Who was present, in attendance, or sent apologies.</summary>
    public Attendance Attendance { get; }

    /// <summary>The agenda items, in order of minute number.</summary>
    public IReadOnlyList<AgendaItem> Items => items;

    /// <summary>The minutes.</summary>
    public SourceDocument Source { get; }

    /// <summary>Whether any item, or any report of an item, is restricted.</summary>
    /// <value>False for every meeting that <see cref="PublicView"/> returns.</value>
    public bool ContainsRestrictedContent
    {
        get
        {
            foreach (var item in items)
            {
                if (item.ContainsRestrictedContent)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Finds an item by its minute number.</summary>
    /// <param name="minuteNumber">The minute number, e.g. 152.</param>
    /// <returns>The item, or null if the meeting has none with that number.</returns>
    public AgendaItem? FindItem(int minuteNumber)
    {
        int low = 0;
        int high = items.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int found = items[middle].MinuteNumber;
            if (found == minuteNumber)
            {
                return items[middle];
            }
            if (found < minuteNumber)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return null;
    }

    /// <summary>
    /// The meeting as it may be issued to the public: every <see cref="Classification.Restricted"/> item left out with
    /// its reports, and every restricted report of an unrestricted item left out. Everything else — the body, date,
    /// venue, attendance, source, and each unrestricted item with its discussion and resolutions — is kept, in order.
    /// </summary>
    /// <returns>A meeting for which <see cref="ContainsRestrictedContent"/> is false; this meeting itself if it has no restricted content.</returns>
    public Meeting PublicView()
    {
        if (!ContainsRestrictedContent)
        {
            return this;
        }
        var kept = new List<AgendaItem>(items.Count);
        foreach (var item in items)
        {
            if (item.Classification.IsPublic)
            {
                kept.Add(item.WithoutRestrictedReports());
            }
        }
        return new Meeting(BodyId, BodyName, Date, Venue, Attendance, kept, Source);
    }

    /// <summary>Formats the meeting: "Kent Community Safety Partnership, 2017-07-19".</summary>
    /// <returns>The body's name and the ISO date.</returns>
    public override string ToString() => $"{BodyName}, {Dates.Iso(Date)}";

    /// <summary>
    /// Where the meeting comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>Null unless set with <see cref="WithProvenance"/>; written to JSON as the <c>provenance</c> member.</value>
    public ProvenanceRecord? Provenance { get; private init; }

    /// <summary>Returns the meeting with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the meeting comes from, or null for nothing recorded.</param>
    /// <returns>A new meeting with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public Meeting WithProvenance(ProvenanceRecord? provenance) => this with { Provenance = provenance };

    /// <summary>Returns a builder holding this meeting's parts (everything, provenance included), to build a changed copy.</summary>
    /// <returns>A new builder; changing it does not change this meeting.</returns>
    public MeetingBuilder ToBuilder() => new(this);
}
