using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// The settings a partnership applies to its reviews: the timetables (<see cref="ReviewTimetables"/>, dated, or one
/// <see cref="ReviewTimetable"/> the caller sets for every case), and the date the Victims and Prisoners Act 2024 s.19
/// comes into force, which decides whether a case is a DHR or a DARDR.
/// </summary>
/// <remarks>
/// <para>A case is judged by the timetable of the guidance in force on the date it was notified
/// (<see cref="Timetables"/>): by default the December 2016 revision for cases notified from 1 January 2017
/// (an <b>unconfirmed</b> date), and for earlier cases no timetable, so their deadlines are not judged
/// (<see cref="ReviewNotJudged"/>). A timetable the caller sets with <see cref="WithTimetable"/> overrides the dated
/// set for every case.</para>
/// <para>Section 19 received Royal Assent on 24 May 2024 but was still prospective in every source read, so the
/// <see cref="Default"/> has no commencement date and every case is a <see cref="ReviewRegime.DomesticHomicideReview"/>.
/// Set <see cref="DardrCommencement"/> once the commencement regulations are made.</para>
/// <para>A case's regime follows the date it was notified: notified on or after the commencement date, it is a DARDR.
/// <b>Unconfirmed</b>: the transitional provisions of the commencement regulations are not known; this is the
/// library's rule until they are.</para>
/// <para>The type is immutable: each <c>With…</c> method returns a new policy. Two policies are equal when every
/// member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewPolicy
{
    /// <summary>The date of Royal Assent to the Victims and Prisoners Act 2024: s.19 cannot come into force before it.</summary>
    public static LocalDate RoyalAssent2024 { get; } = new(2024, 5, 24);

    private ReviewPolicy(ReviewTimetables timetables, ReviewTimetable? timetableOverride, LocalDate? dardrCommencement)
    {
        Timetables = timetables;
        TimetableOverride = timetableOverride;
        DardrCommencement = dardrCommencement;
    }

    /// <summary>The default: <see cref="ReviewTimetables.Default"/> with no override, and s.19 not commenced.</summary>
    public static ReviewPolicy Default { get; } = new(ReviewTimetables.Default, null, null);

    /// <summary>The timetables by the date a case was notified.</summary>
    /// <value>The default is <see cref="ReviewTimetables.Default"/>: the December 2016 revision from 1 January 2017 (unconfirmed), nothing earlier.</value>
    public ReviewTimetables Timetables { get; }

    /// <summary>The timetable the caller set for every case, whatever its notification date, or null to judge each case by <see cref="Timetables"/>.</summary>
    /// <value>The default is null.</value>
    public ReviewTimetable? TimetableOverride { get; }

    /// <summary>The date the Victims and Prisoners Act 2024 s.19 comes into force, or null while it has not been commenced.</summary>
    /// <value>The default is null: not commenced in any source read.</value>
    public LocalDate? DardrCommencement { get; }

    /// <summary>Returns a policy that judges every case by <paramref name="timetable"/>, whatever its notification date, or by <see cref="Timetables"/> again.</summary>
    /// <param name="timetable">The timetable for every case, or null to remove the override.</param>
    /// <returns>The new policy.</returns>
    public ReviewPolicy WithTimetable(ReviewTimetable? timetable) => new(Timetables, timetable, DardrCommencement);

    /// <summary>Returns a policy with other dated timetables.</summary>
    /// <param name="timetables">The timetables by notification date.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetables"/> is null.</exception>
    public ReviewPolicy WithTimetables(ReviewTimetables timetables) => new(Preconditions.CheckNotNull(timetables), TimetableOverride, DardrCommencement);

    /// <summary>The timetable a case notified on <paramref name="notifiedOn"/> is judged by: <see cref="TimetableOverride"/> if set, else the entry of <see cref="Timetables"/> in force on that date.</summary>
    /// <param name="notifiedOn">The notification date.</param>
    /// <returns>The timetable, or <see cref="ReviewNotJudged"/> when none is known for that date.</returns>
    public ReviewTimetableOnDate TimetableOn(LocalDate notifiedOn)
    {
        SupportedDates.CheckCalendar(notifiedOn);
        return TimetableOverride is { } timetable ? ReviewTimetableOnDate.Judged(timetable) : Timetables.On(notifiedOn);
    }

    /// <summary>The timetable a case is judged by, by the date it was notified (see <see cref="TimetableOn"/>).</summary>
    /// <param name="case">The case.</param>
    /// <returns>The timetable, or <see cref="ReviewNotJudged"/> when none is known for the notification date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public ReviewTimetableOnDate TimetableFor(ReviewCase @case) => TimetableOn(Preconditions.CheckNotNull(@case).Notification.NotifiedOn);

    /// <summary>Returns a policy with s.19 commenced on <paramref name="commencement"/>, or not commenced.</summary>
    /// <param name="commencement">The commencement date, or null for not commenced.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="commencement"/> is before Royal Assent (24 May 2024).</exception>
    public ReviewPolicy WithDardrCommencement(LocalDate? commencement)
    {
        SupportedDates.CheckCalendar(commencement);
        if (commencement is { } date)
        {
            Preconditions.CheckArgument(date >= RoyalAssent2024, nameof(commencement),
                $"({Dates.Iso(date)}) must not be before the Act received Royal Assent ({Dates.Iso(RoyalAssent2024)})");
        }
        return new(Timetables, TimetableOverride, commencement);
    }

    /// <summary>The regime for a case notified on <paramref name="notifiedOn"/>.</summary>
    /// <param name="notifiedOn">The notification date.</param>
    /// <returns>A DARDR if s.19 is in force on that date, otherwise a DHR.</returns>
    public ReviewRegime RegimeOn(LocalDate notifiedOn)
    {
        SupportedDates.CheckCalendar(notifiedOn);
        return DardrCommencement is { } commencement && notifiedOn >= commencement
            ? ReviewRegime.DomesticAbuseRelatedDeathReview
            : ReviewRegime.DomesticHomicideReview;
    }

    /// <summary>The regime of a case, by the date it was notified.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The regime.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public ReviewRegime RegimeOf(ReviewCase @case) => RegimeOn(Preconditions.CheckNotNull(@case).Notification.NotifiedOn);

    /// <summary>The name a case is shown under: the regime's abbreviation and the published name, e.g. "DHR Elizabeth/2015".</summary>
    /// <param name="case">The case.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public string DisplayName(ReviewCase @case) => RegimeOf(@case).Abbreviation + " " + @case.Name;

    /// <summary>Checks a notification against the criteria of the regime in force on its date.</summary>
    /// <param name="notification">The notification.</param>
    /// <returns>The assessment, one finding per criterion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notification"/> is null.</exception>
    public CriteriaAssessment Assess(ReviewNotification notification)
    {
        Preconditions.CheckNotNull(notification);
        return ReviewCriteria.Assess(notification.Circumstances, RegimeOn(notification.NotifiedOn));
    }
}
