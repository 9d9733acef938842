using KentCsp.Domain.Utility;
using NodaTime;
using OneOf;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// The answer of <see cref="ReviewTimetables.On"/> and <see cref="ReviewPolicy.TimetableFor"/>: the timetable a case
/// is judged by, or why its deadlines are not judged.
/// </summary>
/// <remarks>Handle both cases with <c>Match</c>. An answer is only made by the library.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewTimetableOnDate : OneOfBase<ReviewTimetable, ReviewNotJudged>
{
    private ReviewTimetableOnDate(OneOf<ReviewTimetable, ReviewNotJudged> input)
        : base(input)
    {
    }

    /// <summary>Whether a timetable is known, so that deadlines are judged.</summary>
    public bool IsJudged => IsT0;

    internal static ReviewTimetableOnDate Judged(ReviewTimetable timetable) => new(timetable);

    internal static ReviewTimetableOnDate NotJudged(ReviewNotJudged notJudged) => new(notJudged);

    /// <summary>Describes the answer: the timetable's source, or "not judged: " and the reason.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Match(timetable => timetable.Source.ToString(), notJudged => notJudged.ToString());
}

/// <summary>
/// A case's deadlines are not judged: no timetable is known for the guidance in force on the date it was notified. This
/// is neither a deadline met nor one missed.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewNotJudged
{
    internal ReviewNotJudged(LocalDate notifiedOn)
    {
        NotifiedOn = notifiedOn;
        Reason = $"no timescales are known for the guidance in force on {Dates.Iso(notifiedOn)}";
    }

    /// <summary>The notification date the timetable was looked up for.</summary>
    public LocalDate NotifiedOn { get; }

    /// <summary>Why the deadlines are not judged, e.g. "no timescales are known for the guidance in force on 2015-05-11".</summary>
    public string Reason { get; }

    /// <summary>Formats the answer: "not judged: " and <see cref="Reason"/>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "not judged: " + Reason;
}
