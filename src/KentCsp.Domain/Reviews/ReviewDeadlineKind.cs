using Ardalis.SmartEnum;

namespace KentCsp.Domain.Reviews;

/// <summary>Which deadline of the <see cref="ReviewTimetable"/> a case is working to.</summary>
/// <remarks>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewDeadlineKind : Catalogue<ReviewDeadlineKind>
{
    /// <summary>The decision on whether to review, due after the notification.</summary>
    public static readonly ReviewDeadlineKind Decision = new(nameof(Decision), 1, "decision");

    /// <summary>The completion of the review, due after the decision to review.</summary>
    public static readonly ReviewDeadlineKind Completion = new(nameof(Completion), 2, "completion");

    private ReviewDeadlineKind(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The kind in words: "decision" or "completion".</summary>
    public string Description { get; }
}
