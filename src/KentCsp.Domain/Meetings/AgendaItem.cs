using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Meetings;

/// <summary>
/// One item of a meeting as its minutes record it: the minute number, the agenda item code, the title, whether it is
/// restricted, the numbered discussion points, the resolutions, and the reports put to it.
/// </summary>
/// <remarks>
/// <para><see cref="MinuteNumber"/> is the number the minutes give the item (148), positive; a
/// <see cref="Meeting"/> checks that its items' numbers increase. <see cref="Code"/> is the agenda's own item number,
/// free text ("A3", "B1", "10.1"), as OParl's agenda item <c>number</c> and Modern.gov write it.</para>
/// <para><see cref="DiscussionPoints"/> are the numbered paragraphs of the minute, paragraph 1 first; their numbers
/// are their positions. A minute that records only a summary has one point, and one that records only its decision
/// has none. Texts are stored with surrounding white space removed.</para>
/// <para>A <see cref="Meetings.Classification.Restricted"/> item is left out of <see cref="Meeting.PublicView"/> with
/// all its reports; an unrestricted item keeps only its unrestricted reports there.</para>
/// <para>Two items are equal when every member is equal, lists in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AgendaItem
{
    private readonly ValueList<string> discussionPoints;
    private readonly ValueList<Resolution> resolutions;
    private readonly ValueList<Report> reports;

    /// <summary>Creates an agenda item.</summary>
    /// <param name="minuteNumber">The minute number, e.g. 152; more than zero.</param>
    /// <param name="code">The agenda's item code, e.g. "B4".</param>
    /// <param name="title">The item's title.</param>
    /// <param name="classification">Whether the item is open to the public.</param>
    /// <param name="discussionPoints">The numbered paragraphs of the minute, in order; may be empty.</param>
    /// <param name="resolutions">What was resolved, in order; may be empty.</param>
    /// <param name="reports">The reports put to the item, in order; may be empty.</param>
    /// <param name="source">The minutes, at this minute (e.g. locator "minute 152").</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="minuteNumber"/> is not positive, a text is blank, or a list has a null or blank element; the parameter name locates the element (e.g. <c>discussionPoints[3]</c>).</exception>
    public AgendaItem(
        int minuteNumber,
        string code,
        string title,
        Classification classification,
        IEnumerable<string> discussionPoints,
        IEnumerable<Resolution> resolutions,
        IEnumerable<Report> reports,
        SourceDocument source)
    {
        Preconditions.CheckArgument(minuteNumber > 0, nameof(minuteNumber), $"must be more than 0, but was {minuteNumber}");
        MinuteNumber = minuteNumber;
        Code = Preconditions.CheckNotBlank(code);
        Title = Preconditions.CheckNotBlank(title);
        Classification = Preconditions.CheckNotNull(classification);
        this.discussionPoints = TextList.Check(discussionPoints, nameof(discussionPoints));
        this.resolutions = Preconditions.CheckItems(resolutions);
        this.reports = Preconditions.CheckItems(reports);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The minute number.</summary>
    public int MinuteNumber { get; }

    /// <summary>The agenda's item code, e.g. "B4".</summary>
    public string Code { get; }

    /// <summary>The item's title.</summary>
    public string Title { get; }

    /// <summary>Whether the item is open to the public.</summary>
    public Classification Classification { get; }

    /// <summary>The numbered paragraphs of the minute; paragraph <c>n</c> is at index <c>n - 1</c>.</summary>
    public IReadOnlyList<string> DiscussionPoints => discussionPoints;

    /// <summary>What was resolved, in order.</summary>
    public IReadOnlyList<Resolution> Resolutions => resolutions;

    /// <summary>The reports put to the item, in order.</summary>
    public IReadOnlyList<Report> Reports => reports;

    /// <summary>The minutes, at this minute.</summary>
    public SourceDocument Source { get; }

    /// <summary>Whether the item or any of its reports is restricted.</summary>
    public bool ContainsRestrictedContent
    {
        get
        {
            if (!Classification.IsPublic)
            {
                return true;
            }
            foreach (var report in reports)
            {
                if (!report.Classification.IsPublic)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Formats the item as the minutes head it: "152. Kent Community Safety Partnership Terms of Reference Update (Item B4)".</summary>
    /// <returns>The minute number, title and item code.</returns>
    public override string ToString() => $"{MinuteNumber}. {Title} (Item {Code})";

    /// <summary>This item with its restricted reports left out; the item itself if it has none.</summary>
    internal AgendaItem WithoutRestrictedReports()
    {
        var kept = new List<Report>(reports.Count);
        foreach (var report in reports)
        {
            if (report.Classification.IsPublic)
            {
                kept.Add(report);
            }
        }
        return kept.Count == reports.Count
            ? this
            : new AgendaItem(MinuteNumber, Code, Title, Classification, discussionPoints, resolutions, kept, Source);
    }
}
