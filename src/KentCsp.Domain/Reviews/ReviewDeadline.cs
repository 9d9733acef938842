using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Reviews;

/// <summary>A deadline a case is working to: which one, and the date it falls on.</summary>
/// <remarks>Two deadlines are equal when their kinds and dates are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewDeadline
{
    /// <summary>Creates a deadline.</summary>
    /// <param name="kind">Which deadline.</param>
    /// <param name="due">The last day to meet it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public ReviewDeadline(ReviewDeadlineKind kind, LocalDate due)
    {
        SupportedDates.CheckCalendar(due);
        Kind = Preconditions.CheckNotNull(kind);
        Due = due;
    }

    /// <summary>Which deadline.</summary>
    public ReviewDeadlineKind Kind { get; }

    /// <summary>The last day to meet it.</summary>
    public LocalDate Due { get; }

    /// <summary>Formats the deadline: "completion 2015-12-08".</summary>
    /// <returns>The kind and date.</returns>
    public override string ToString() => $"{Kind.Description} {Dates.Iso(Due)}";
}
