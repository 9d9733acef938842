using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Recording;

/// <summary>
/// A Crime Data Integrity inspection of a police force: when it was published, the records it examined, the graded
/// judgement and the published figures, each with its source.
/// </summary>
/// <remarks>
/// <para>The grade is a recorded judgement: it is never derived from <see cref="Accuracy"/>. Figures the publication
/// does not give are null.</para>
/// <para>Two inspections are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CrimeDataIntegrityInspection
{
    /// <summary>Creates an inspection.</summary>
    /// <param name="force">The force inspected, e.g. "Kent Police".</param>
    /// <param name="publishedOn">The date the inspection was published.</param>
    /// <param name="recordsFrom">The first day of the records examined, or null if not stated.</param>
    /// <param name="recordsTo">The last day of the records examined, or null if not stated; not before <paramref name="recordsFrom"/>.</param>
    /// <param name="grade">The graded judgement.</param>
    /// <param name="gradeSource">The document that states the grade.</param>
    /// <param name="accuracy">The overall accuracy as published, or null.</param>
    /// <param name="violentCrimeAccuracy">The accuracy for violent crime as published, or null.</param>
    /// <param name="unrecordedPerYear">The crimes a year estimated to go unrecorded, or null.</param>
    /// <param name="additionalRecordedPerYear">The additional crimes a year estimated to be recorded since the last inspection, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="force"/>, <paramref name="grade"/> or <paramref name="gradeSource"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="force"/> is blank, the records period is reversed, or a count is negative.</exception>
    public CrimeDataIntegrityInspection(
        string force,
        LocalDate publishedOn,
        LocalDate? recordsFrom,
        LocalDate? recordsTo,
        InspectionGrade grade,
        SourceDocument gradeSource,
        PublishedAccuracy? accuracy,
        PublishedAccuracy? violentCrimeAccuracy,
        int? unrecordedPerYear,
        int? additionalRecordedPerYear)
    {
        SupportedDates.CheckCalendar(publishedOn);
        SupportedDates.CheckCalendar(recordsFrom);
        SupportedDates.CheckCalendar(recordsTo);
        Force = Preconditions.CheckNotBlank(force);
        PublishedOn = publishedOn;
        Preconditions.CheckArgument(recordsFrom is null || recordsTo is null || recordsTo >= recordsFrom, nameof(recordsTo), "must not be before recordsFrom");
        RecordsFrom = recordsFrom;
        RecordsTo = recordsTo;
        Grade = Preconditions.CheckNotNull(grade);
        GradeSource = Preconditions.CheckNotNull(gradeSource);
        Accuracy = accuracy;
        ViolentCrimeAccuracy = violentCrimeAccuracy;
        Preconditions.CheckArgument(unrecordedPerYear is null or >= 0, nameof(unrecordedPerYear), "must not be negative");
        Preconditions.CheckArgument(additionalRecordedPerYear is null or >= 0, nameof(additionalRecordedPerYear), "must not be negative");
        UnrecordedPerYear = unrecordedPerYear;
        AdditionalRecordedPerYear = additionalRecordedPerYear;
    }

    /// <summary>The force inspected.</summary>
    public string Force { get; }

    /// <summary>The date the inspection was published.</summary>
    public LocalDate PublishedOn { get; }

    /// <summary>The first day of the records examined, or null if not stated.</summary>
    public LocalDate? RecordsFrom { get; }

    /// <summary>The last day of the records examined, or null if not stated.</summary>
    public LocalDate? RecordsTo { get; }

    /// <summary>The graded judgement.</summary>
    public InspectionGrade Grade { get; }

    /// <summary>The document that states the grade.</summary>
    public SourceDocument GradeSource { get; }

    /// <summary>The overall accuracy as published, or null.</summary>
    public PublishedAccuracy? Accuracy { get; }

    /// <summary>The accuracy for violent crime as published, or null.</summary>
    public PublishedAccuracy? ViolentCrimeAccuracy { get; }

    /// <summary>The crimes a year estimated to go unrecorded, or null.</summary>
    public int? UnrecordedPerYear { get; }

    /// <summary>The additional crimes a year estimated to be recorded since the last inspection, or null.</summary>
    public int? AdditionalRecordedPerYear { get; }

    /// <summary>Formats the inspection: "Kent Police, 2017-06-15: inadequate".</summary>
    /// <returns>The force, publication date and grade.</returns>
    public override string ToString() =>
        $"{Force}, {Dates.Iso(PublishedOn)}: {Grade.Description}";
}
