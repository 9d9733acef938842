using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// The review timetable as a dated policy: each <see cref="ReviewTimetable"/> with the date from which it applies. A
/// case is judged by the timetable in force on the date it was notified; before the first entry, its deadlines are not
/// judged (<see cref="ReviewNotJudged"/>).
/// </summary>
/// <remarks>
/// <para>The statutory guidance on domestic homicide reviews was issued in 2011 and revised in December 2016. The
/// December 2016 revision gives the timescales of <see cref="ReviewTimetable.Default"/> (section 5, "Timescales";
/// themselves <b>unconfirmed</b>). No timescales are known for the 2011 guidance, so the <see cref="Default"/> set
/// has one entry, the December 2016 revision, and a case notified before it applies is not judged — neither a deadline
/// met nor one missed — unless the caller supplies a timetable for it (<see cref="With"/>, or
/// <see cref="ReviewPolicy.WithTimetable"/> for every case). The draft revision consulted on in May–July 2024 was not
/// in force in any source read and has no entry.</para>
/// <para>The date the December 2016 revision applies from is <b>unconfirmed</b>: the sources give the month of the
/// revision, not a day. The default, <see cref="December2016RevisionDefaultInForceFrom"/>, is 1 January 2017, the first
/// day by which the revision had certainly been issued, so that no case is judged by guidance that may not yet have
/// applied to it: a case notified in December 2016 is not judged. Set another date with
/// <see cref="StatutoryGuidance"/>.</para>
/// <para>The type is immutable: <see cref="With"/> returns a new set. Two sets are equal when their entries, in order,
/// are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewTimetables
{
    private readonly ValueList<DatedReviewTimetable> entries;

    /// <summary>Creates a set of dated timetables.</summary>
    /// <param name="entries">The entries, in order of <see cref="DatedReviewTimetable.InForceFrom"/>, each date later than the one before; may be empty (no case is judged).</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry is null, or not later than the one before it; the parameter name locates it, e.g. <c>entries[1].inForceFrom</c>.</exception>
    public ReviewTimetables(IEnumerable<DatedReviewTimetable> entries)
    {
        this.entries = Preconditions.CheckItems(entries);
        for (int i = 1; i < this.entries.Count; i++)
        {
            var entry = this.entries[i];
            var before = this.entries[i - 1];
            if (entry.InForceFrom <= before.InForceFrom)
            {
                Preconditions.ThrowArgument($"entries[{i}].inForceFrom",
                    $"({Dates.Iso(entry.InForceFrom)}) must be later than entries[{i - 1}].inForceFrom ({Dates.Iso(before.InForceFrom)}); entries are in date order, one per date");
            }
        }
    }

    /// <summary>The month of the December 2016 revision of the statutory guidance: it cannot apply before the first day of that month.</summary>
    public static LocalDate December2016RevisionMonth { get; } = new(2016, 12, 1);

    /// <summary>The default date from which the December 2016 revision applies: 1 January 2017. <b>Unconfirmed</b>; see the remarks.</summary>
    public static LocalDate December2016RevisionDefaultInForceFrom { get; } = new(2017, 1, 1);

    /// <summary>The default set: <see cref="ReviewTimetable.Default"/> (the December 2016 revision) for cases notified from <see cref="December2016RevisionDefaultInForceFrom"/>; earlier cases are not judged.</summary>
    public static ReviewTimetables Default { get; } = StatutoryGuidance(December2016RevisionDefaultInForceFrom);

    /// <summary>The entries, in date order.</summary>
    public IReadOnlyList<DatedReviewTimetable> Entries => entries;

    /// <summary>The statutory guidance's timetables, with the December 2016 revision applying from <paramref name="december2016RevisionInForceFrom"/>.</summary>
    /// <param name="december2016RevisionInForceFrom">The first notification date the December 2016 revision applies to; not before 1 December 2016.</param>
    /// <returns>A set with <see cref="ReviewTimetable.Default"/> from that date; earlier cases are not judged.</returns>
    /// <exception cref="ArgumentException"><paramref name="december2016RevisionInForceFrom"/> is before December 2016.</exception>
    public static ReviewTimetables StatutoryGuidance(LocalDate december2016RevisionInForceFrom)
    {
        SupportedDates.CheckCalendar(december2016RevisionInForceFrom);
        if (december2016RevisionInForceFrom < December2016RevisionMonth)
        {
            Preconditions.ThrowArgument(nameof(december2016RevisionInForceFrom),
                $"({Dates.Iso(december2016RevisionInForceFrom)}) must not be before the month of the revision (December 2016)");
        }
        return new ReviewTimetables([new DatedReviewTimetable(december2016RevisionInForceFrom, ReviewTimetable.Default)]);
    }

    /// <summary>Returns a set with <paramref name="entry"/> added, in date order; an entry from the same date is replaced.</summary>
    /// <param name="entry">The timetable and the date it applies from, e.g. a local protocol's timescales for cases notified under the 2011 guidance.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public ReviewTimetables With(DatedReviewTimetable entry)
    {
        Preconditions.CheckNotNull(entry);
        var result = new List<DatedReviewTimetable>(entries.Count + 1);
        bool placed = false;
        foreach (var existing in entries)
        {
            if (!placed && entry.InForceFrom <= existing.InForceFrom)
            {
                result.Add(entry);
                placed = true;
                if (existing.InForceFrom == entry.InForceFrom)
                {
                    continue;
                }
            }
            result.Add(existing);
        }
        if (!placed)
        {
            result.Add(entry);
        }
        return new ReviewTimetables(result);
    }

    /// <summary>The timetable a case notified on <paramref name="notifiedOn"/> is judged by: the latest entry in force by that date.</summary>
    /// <param name="notifiedOn">The notification date.</param>
    /// <returns>The timetable, or <see cref="ReviewNotJudged"/> when the date is before every entry.</returns>
    public ReviewTimetableOnDate On(LocalDate notifiedOn)
    {
        SupportedDates.CheckCalendar(notifiedOn);
        ReviewTimetable? found = null;
        foreach (var entry in entries)
        {
            if (entry.InForceFrom > notifiedOn)
            {
                break;
            }
            found = entry.Timetable;
        }
        return found is null
            ? ReviewTimetableOnDate.NotJudged(new ReviewNotJudged(notifiedOn))
            : ReviewTimetableOnDate.Judged(found);
    }
}
