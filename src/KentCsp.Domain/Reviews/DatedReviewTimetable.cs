using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>A <see cref="ReviewTimetable"/> and the date from which it applies: cases notified on or after that date are judged by it.</summary>
/// <remarks>
/// <para>A case is judged by the guidance in force when it was notified, so the date compares with
/// <see cref="ReviewNotification.NotifiedOn"/>. One entry of a <see cref="ReviewTimetables"/> set; it applies until
/// the next entry's date.</para>
/// <para>Two entries are equal when their dates and timetables are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DatedReviewTimetable
{
    /// <summary>Creates an entry.</summary>
    /// <param name="inForceFrom">The first notification date the timetable applies to.</param>
    /// <param name="timetable">The timetable.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> is null.</exception>
    public DatedReviewTimetable(LocalDate inForceFrom, ReviewTimetable timetable)
    {
        SupportedDates.CheckCalendar(inForceFrom);
        InForceFrom = inForceFrom;
        Timetable = Preconditions.CheckNotNull(timetable);
    }

    /// <summary>The first notification date the timetable applies to.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The timetable.</summary>
    public ReviewTimetable Timetable { get; }

    /// <summary>Formats the entry: "from 2017-01-01: Multi-agency Statutory Guidance … section 5, Timescales".</summary>
    /// <returns>The date and the timetable's source.</returns>
    public override string ToString() => $"from {Dates.Iso(InForceFrom)}: {Timetable.Source}";
}
