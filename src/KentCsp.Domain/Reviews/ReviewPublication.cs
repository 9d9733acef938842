using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>Where and when an approved review was published, anonymised under its pseudonym.</summary>
/// <remarks>Two publications are equal when their dates and places are equal (ordinal).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewPublication
{
    /// <summary>Creates a publication.</summary>
    /// <param name="publishedOn">The date of publication.</param>
    /// <param name="where">Where the anonymised report was published, e.g. a web address.</param>
    /// <exception cref="ArgumentNullException"><paramref name="where"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="where"/> is empty or white space.</exception>
    public ReviewPublication(LocalDate publishedOn, string where)
    {
        SupportedDates.CheckCalendar(publishedOn);
        PublishedOn = publishedOn;
        Where = Preconditions.CheckNotBlank(where);
    }

    /// <summary>The date of publication.</summary>
    public LocalDate PublishedOn { get; }

    /// <summary>Where the report was published.</summary>
    public string Where { get; }

    /// <summary>Formats the publication: "published 2018-03-01 at https://…".</summary>
    /// <returns>The date and place.</returns>
    public override string ToString() => $"published {Dates.Iso(PublishedOn)} at {Where}";
}
