using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Partnership;

/// <summary>
/// The name the law gives a kind of responsible authority over a span of dates, e.g. "clinical commissioning group"
/// for the health body from 1 April 2013 to 30 June 2022.
/// </summary>
/// <remarks>
/// <para>The span is half-open: it includes <see cref="From"/> and excludes <see cref="Until"/>, the first day on which
/// the name no longer applies. A null <see cref="From"/> means no first day is set, so the name applies on any date up
/// to <see cref="Until"/>; the built-in kinds all set one, the earliest being 30 September 1998, when s.5 of the Crime
/// and Disorder Act 1998 came into force (<see cref="ResponsibleAuthorityKind.Section5InForceFrom"/>). A null
/// <see cref="Until"/> means the name still applies.</para>
/// <para>Two designations are equal when their names (ordinal), spans and sources are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StatutoryDesignation
{
    /// <summary>Creates a designation.</summary>
    /// <param name="name">The statutory name, e.g. "Integrated Care Board".</param>
    /// <param name="from">The first day the name applies, or null for no first day.</param>
    /// <param name="until">The first day the name no longer applies, or null if it still applies.</param>
    /// <param name="source">The provision or document that fixes the dates.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="until"/> is not after <paramref name="from"/>.</exception>
    public StatutoryDesignation(string name, LocalDate? from, LocalDate? until, SourceDocument source)
    {
        SupportedDates.CheckCalendar(from);
        SupportedDates.CheckCalendar(until);
        Name = Preconditions.CheckNotBlank(name);
        if (from is { } start && until is { } end)
        {
            Preconditions.CheckArgument(end > start, nameof(until), "must be after from");
        }
        From = from;
        Until = until;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The statutory name.</summary>
    public string Name { get; }

    /// <summary>The first day the name applies, or null for no first day (the name applies on any date before <see cref="Until"/>).</summary>
    public LocalDate? From { get; }

    /// <summary>The first day the name no longer applies, or null if it still applies.</summary>
    public LocalDate? Until { get; }

    /// <summary>The provision or document that fixes the dates.</summary>
    public SourceDocument Source { get; }

    /// <summary>Whether the name applies on <paramref name="date"/>.</summary>
    /// <param name="date">The date to ask about.</param>
    /// <returns>True if <see cref="From"/> is null or on or before the date, and <see cref="Until"/> is null or after it.</returns>
    public bool AppliesOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        return (From is not { } from || from <= date) && (Until is not { } until || date < until);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
