using Ardalis.SmartEnum;

namespace KentCsp.Domain.Reviews;

/// <summary>What the partnership decided on a notification: to hold a review or not.</summary>
/// <remarks>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewDecisionOutcome : Catalogue<ReviewDecisionOutcome>
{
    /// <summary>The partnership will hold a review.</summary>
    public static readonly ReviewDecisionOutcome Review = new(nameof(Review), 1, "review");

    /// <summary>The partnership will not hold a review; the decision records its reasons.</summary>
    public static readonly ReviewDecisionOutcome NoReview = new(nameof(NoReview), 2, "no review");

    private ReviewDecisionOutcome(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The outcome in words: "review" or "no review".</summary>
    public string Description { get; }
}
