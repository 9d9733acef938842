using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Indicators;

/// <summary>
/// One road casualty as STATS19 classifies it: the collision date, the injury severity as reported, and the date of
/// death if the casualty died of the injuries. Carries no personal data.
/// </summary>
/// <remarks>
/// <para><see cref="Severity"/> follows the STATS19 definitions: a casualty who died of the injuries less than
/// <see cref="FatalWithinDays"/> days after the collision is killed; one who died later is seriously injured; otherwise
/// the reported injury severity stands. Confirmed suicides are not road casualties and are not recorded.</para>
/// <para>Two casualties are equal when collision date, injury severity and date of death are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RoadCasualty
{
    /// <summary>A death fewer than this many days after the collision makes the casualty killed (STATS19: "died within 30 days").</summary>
    public const int FatalWithinDays = 30;

    /// <summary>Creates a casualty.</summary>
    /// <param name="collisionDate">The date of the collision.</param>
    /// <param name="injurySeverity">The injury severity as reported: <see cref="CasualtySeverity.Serious"/> or <see cref="CasualtySeverity.Slight"/>.</param>
    /// <param name="diedOn">The date the casualty died of the injuries, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="injurySeverity"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="injurySeverity"/> is <see cref="CasualtySeverity.Killed"/> (give <paramref name="diedOn"/> instead), or <paramref name="diedOn"/> is before <paramref name="collisionDate"/>.</exception>
    public RoadCasualty(LocalDate collisionDate, CasualtySeverity injurySeverity, LocalDate? diedOn = null)
    {
        SupportedDates.CheckCalendar(collisionDate);
        SupportedDates.CheckCalendar(diedOn);
        Preconditions.CheckNotNull(injurySeverity);
        Preconditions.CheckArgument(injurySeverity != CasualtySeverity.Killed, nameof(injurySeverity), "must be Serious or Slight: a fatality is recorded by its date of death (diedOn)");
        Preconditions.CheckArgument(diedOn is null || diedOn.Value >= collisionDate, nameof(diedOn), $"({diedOn}) must not be before the collision ({collisionDate})");
        CollisionDate = collisionDate;
        InjurySeverity = injurySeverity;
        DiedOn = diedOn;
    }

    /// <summary>The date of the collision.</summary>
    public LocalDate CollisionDate { get; }

    /// <summary>The injury severity as reported.</summary>
    public CasualtySeverity InjurySeverity { get; }

    /// <summary>The date the casualty died of the injuries, or null.</summary>
    public LocalDate? DiedOn { get; }

    /// <summary>The STATS19 severity: killed if died fewer than 30 days after the collision, seriously injured if died later, otherwise the injury severity.</summary>
    public CasualtySeverity Severity => DiedOn is not { } died
        ? InjurySeverity
        : Period.Between(CollisionDate, died, PeriodUnits.Days).Days < FatalWithinDays ? CasualtySeverity.Killed : CasualtySeverity.Serious;

    /// <summary>Describes the casualty: "2016-05-01, killed (died 2016-05-20)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Dates.Iso(CollisionDate)}, {Severity.Description}{(DiedOn is { } died ? $" (died {Dates.Iso(died)})" : string.Empty)}";
}
