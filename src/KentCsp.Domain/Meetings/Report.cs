using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Meetings;

/// <summary>
/// A paper put to a meeting, with the heading a report to the partnership carries: by, to, date, classification,
/// subject, summary and recommendations.
/// </summary>
/// <remarks>
/// <para><see cref="By"/> lists the authors as the report names them ("Shafick Peerbux - Head of Community Safety,
/// KCC"), at least one. <see cref="To"/> is the body addressed, without the date, which is <see cref="Date"/>.
/// <see cref="ClassificationText"/> is the report's own "Classification:" line ("For Information"), or null where it
/// prints none; whether the paper may be issued to the public is <see cref="Classification"/>, and
/// <see cref="Meeting.PublicView"/> leaves out every <see cref="Meetings.Classification.Restricted"/> paper.
/// <see cref="Recommendations"/> are the report's recommendations in order, without the report's paragraph numbers;
/// a report for information may have none. Texts are stored with surrounding white space removed.</para>
/// <para>Two reports are equal when every member is equal, lists in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Report
{
    private readonly ValueList<string> by;
    private readonly ValueList<string> recommendations;

    /// <summary>Creates a report.</summary>
    /// <param name="by">The authors, each as the report names them; at least one.</param>
    /// <param name="to">The body the report is addressed to, e.g. "Kent Community Safety Partnership".</param>
    /// <param name="date">The date of the meeting the report is for.</param>
    /// <param name="subject">The subject line.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="recommendations">The recommendations, in order; may be empty.</param>
    /// <param name="classificationText">The report's "Classification:" line, e.g. "For Information", or null where it prints none.</param>
    /// <param name="classification">Whether the paper may be issued to the public.</param>
    /// <param name="source">The document this record of the report comes from (usually the report itself).</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="classificationText"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is empty, or a text or list element is null or blank; the parameter name locates the element (e.g. <c>recommendations[1]</c>).</exception>
    public Report(
        IEnumerable<string> by,
        string to,
        LocalDate date,
        string subject,
        string summary,
        IEnumerable<string> recommendations,
        string? classificationText,
        Classification classification,
        SourceDocument source)
    {
        SupportedDates.CheckCalendar(date);
        this.by = TextList.Check(by, nameof(by));
        Preconditions.CheckArgument(this.by.Count > 0, nameof(by), "must name at least one author");
        To = Preconditions.CheckNotBlank(to);
        Date = date;
        Subject = Preconditions.CheckNotBlank(subject);
        Summary = Preconditions.CheckNotBlank(summary);
        this.recommendations = TextList.Check(recommendations, nameof(recommendations));
        ClassificationText = classificationText is null ? null : Preconditions.CheckNotBlank(classificationText);
        Classification = Preconditions.CheckNotNull(classification);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The authors, each as the report names them.</summary>
    public IReadOnlyList<string> By => by;

    /// <summary>The body the report is addressed to.</summary>
    public string To { get; }

    /// <summary>The date of the meeting the report is for.</summary>
    public LocalDate Date { get; }

    /// <summary>The subject line.</summary>
    public string Subject { get; }

    /// <summary>The summary.</summary>
    public string Summary { get; }

    /// <summary>The recommendations, in order; empty where the report makes none.</summary>
    public IReadOnlyList<string> Recommendations => recommendations;

    /// <summary>The report's own "Classification:" line, e.g. "For Information", or null where it prints none.</summary>
    public string? ClassificationText { get; }

    /// <summary>Whether the paper may be issued to the public.</summary>
    public Classification Classification { get; }

    /// <summary>The document this record of the report comes from.</summary>
    public SourceDocument Source { get; }

    /// <summary>Formats the report: "Kent Community Safety Agreement Update (2017-07-19)".</summary>
    /// <returns>The subject and date.</returns>
    public override string ToString() => $"{Subject} ({Dates.Iso(Date)})";
}
