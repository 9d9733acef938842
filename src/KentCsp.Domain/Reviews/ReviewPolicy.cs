using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// The settings a partnership applies to its reviews: the <see cref="ReviewTimetable"/>, and the date the Victims and
/// Prisoners Act 2024 s.19 comes into force, which decides whether a case is a DHR or a DARDR.
/// </summary>
/// <remarks>
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

    private ReviewPolicy(ReviewTimetable timetable, LocalDate? dardrCommencement)
    {
        Timetable = timetable;
        DardrCommencement = dardrCommencement;
    }

    /// <summary>The default: <see cref="ReviewTimetable.Default"/>, and s.19 not commenced.</summary>
    public static ReviewPolicy Default { get; } = new(ReviewTimetable.Default, null);

    /// <summary>The timetable.</summary>
    /// <value>The default is <see cref="ReviewTimetable.Default"/> (unconfirmed defaults from the 2016 guidance).</value>
    public ReviewTimetable Timetable { get; }

    /// <summary>The date the Victims and Prisoners Act 2024 s.19 comes into force, or null while it has not been commenced.</summary>
    /// <value>The default is null: not commenced in any source read.</value>
    public LocalDate? DardrCommencement { get; }

    /// <summary>Returns a policy with another timetable.</summary>
    /// <param name="timetable">The timetable.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> is null.</exception>
    public ReviewPolicy WithTimetable(ReviewTimetable timetable) => new(Preconditions.CheckNotNull(timetable), DardrCommencement);

    /// <summary>Returns a policy with s.19 commenced on <paramref name="commencement"/>, or not commenced.</summary>
    /// <param name="commencement">The commencement date, or null for not commenced.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="commencement"/> is before Royal Assent (24 May 2024).</exception>
    public ReviewPolicy WithDardrCommencement(LocalDate? commencement)
    {
        if (commencement is { } date)
        {
            Preconditions.CheckArgument(date >= RoyalAssent2024, nameof(commencement),
                $"({Dates.Iso(date)}) must not be before the Act received Royal Assent ({Dates.Iso(RoyalAssent2024)})");
        }
        return new(Timetable, commencement);
    }

    /// <summary>The regime for a case notified on <paramref name="notifiedOn"/>.</summary>
    /// <param name="notifiedOn">The notification date.</param>
    /// <returns>A DARDR if s.19 is in force on that date, otherwise a DHR.</returns>
    public ReviewRegime RegimeOn(LocalDate notifiedOn) =>
        DardrCommencement is { } commencement && notifiedOn >= commencement
            ? ReviewRegime.DomesticAbuseRelatedDeathReview
            : ReviewRegime.DomesticHomicideReview;

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
