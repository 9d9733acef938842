using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Meetings;

/// <summary>Who the minutes record at a meeting: members present, others in attendance, and apologies.</summary>
/// <remarks>
/// <para>Each list keeps the minutes' order. A name (ordinal comparison) appears at most once across the three lists.
/// Apologies are empty where the minutes give none.</para>
/// <para>Two attendances are equal when their lists are equal, in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Attendance
{
    private readonly ValueList<Attendee> present;
    private readonly ValueList<Attendee> inAttendance;
    private readonly ValueList<Attendee> apologies;

    /// <summary>Creates an attendance record.</summary>
    /// <param name="present">The members present, in the minutes' order.</param>
    /// <param name="inAttendance">Others in attendance (officers, guests), in the minutes' order.</param>
    /// <param name="apologies">Those who sent apologies; empty where the minutes give none.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list has a null element, or a name appears twice; the parameter name locates the second (e.g. <c>inAttendance[2].name</c>).</exception>
    public Attendance(IEnumerable<Attendee> present, IEnumerable<Attendee> inAttendance, IEnumerable<Attendee> apologies)
    {
        this.present = Preconditions.CheckItems(present);
        this.inAttendance = Preconditions.CheckItems(inAttendance);
        this.apologies = Preconditions.CheckItems(apologies);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        Check(seen, this.present, nameof(present));
        Check(seen, this.inAttendance, nameof(inAttendance));
        Check(seen, this.apologies, nameof(apologies));
    }

    /// <summary>An attendance record with nobody in it, for minutes that give none.</summary>
    public static Attendance None { get; } = new([], [], []);

    /// <summary>The members present, in the minutes' order.</summary>
    public IReadOnlyList<Attendee> Present => present;

    /// <summary>Others in attendance, in the minutes' order.</summary>
    public IReadOnlyList<Attendee> InAttendance => inAttendance;

    /// <summary>Those who sent apologies; empty where the minutes give none.</summary>
    public IReadOnlyList<Attendee> Apologies => apologies;

    /// <summary>Formats the counts: "19 present, 4 in attendance, 0 apologies".</summary>
    /// <returns>The number in each list.</returns>
    public override string ToString() =>
        $"{present.Count} present, {inAttendance.Count} in attendance, {apologies.Count} {(apologies.Count == 1 ? "apology" : "apologies")}";

    private static void Check(Dictionary<string, string> seen, ValueList<Attendee> attendees, string list)
    {
        for (int i = 0; i < attendees.Count; i++)
        {
            string at = $"{list}[{i}]";
            if (seen.TryGetValue(attendees[i].Name, out var first))
            {
                Preconditions.ThrowArgument($"{at}.name", $"repeats '{attendees[i].Name}', already listed at {first}; a person appears once in an attendance record");
            }
            seen.Add(attendees[i].Name, at);
        }
    }
}
