using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>The police's written notification to the partnership of a death that may call for a review: the first step of every case.</summary>
/// <remarks>
/// <para>Under the 2016 statutory guidance the police notify the community safety partnership in writing; the record
/// keeps the force that notified, the date the notification was received, and the facts the criteria turn on.</para>
/// <para>Two notifications are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewNotification
{
    /// <summary>Creates a notification.</summary>
    /// <param name="notifiedBy">The police force that notified the partnership in writing, e.g. "Kent Police".</param>
    /// <param name="notifiedOn">The date the written notification was received.</param>
    /// <param name="circumstances">The facts of the death that the criteria turn on.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="notifiedBy"/> is empty or white space.</exception>
    public ReviewNotification(string notifiedBy, LocalDate notifiedOn, ReviewCircumstances circumstances)
    {
        SupportedDates.CheckCalendar(notifiedOn);
        NotifiedBy = Preconditions.CheckNotBlank(notifiedBy);
        NotifiedOn = notifiedOn;
        Circumstances = Preconditions.CheckNotNull(circumstances);
    }

    /// <summary>The police force that notified the partnership.</summary>
    public string NotifiedBy { get; }

    /// <summary>The date the written notification was received.</summary>
    public LocalDate NotifiedOn { get; }

    /// <summary>The facts of the death that the criteria turn on.</summary>
    public ReviewCircumstances Circumstances { get; }

    /// <summary>Formats the notification: "notified by Kent Police on 2015-05-11".</summary>
    /// <returns>The force and date.</returns>
    public override string ToString() => $"notified by {NotifiedBy} on {Dates.Iso(NotifiedOn)}";
}
