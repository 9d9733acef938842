using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain;

/// <summary>
/// A document that a fact in the model comes from: a report, a set of minutes, a statute or a piece of guidance.
/// Built-in data and explained findings cite one so that a person can check the figure against the original.
/// </summary>
/// <remarks>
/// <para>Two citations are equal when their titles (ordinal comparison), dates and locators are equal.</para>
/// <para>Titles and locators are stored with surrounding white space removed.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record SourceDocument
{
    /// <summary>Creates a citation.</summary>
    /// <param name="title">The document's title as it names itself, e.g. "Kent Community Safety Agreement Update".</param>
    /// <param name="date">The date the document bears (a meeting date for minutes and reports), if it has one.</param>
    /// <param name="locator">Where in the document, e.g. "minute 152" or "section 3.1"; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or white space, or <paramref name="locator"/> is white space.</exception>
    public SourceDocument(string title, LocalDate? date = null, string? locator = null)
    {
        SupportedDates.CheckCalendar(date);
        Title = Preconditions.CheckNotBlank(title);
        Date = date;
        Locator = locator is null ? null : Preconditions.CheckNotBlank(locator);
    }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>The date the document bears, or null where it has none.</summary>
    public LocalDate? Date { get; }

    /// <summary>Where in the document the fact stands, or null for the document as a whole.</summary>
    public string? Locator { get; }

    /// <summary>Returns a new citation to another place in the same document.</summary>
    /// <param name="locator">Where in the document, e.g. "minute 152".</param>
    /// <returns>A citation with this title and date and the given locator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="locator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="locator"/> is empty or white space.</exception>
    public SourceDocument At(string locator) => new(Title, Date, Preconditions.CheckNotBlank(locator));

    /// <summary>Formats the citation for a person: the title, then the ISO date and locator where present.</summary>
    /// <returns>For example "Kent Community Safety Partnership minutes, 2017-07-19, minute 152".</returns>
    public override string ToString()
    {
        var text = Title;
        if (Date is { } date)
        {
            text += ", " + Dates.Iso(date);
        }
        if (Locator is not null)
        {
            text += ", " + Locator;
        }
        return text;
    }
}
