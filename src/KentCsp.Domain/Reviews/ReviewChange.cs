using System;
using KentCsp.Domain.Utility;
using OneOf;

namespace KentCsp.Domain.Reviews;

/// <summary>The result of asking a <see cref="ReviewCase"/> to change: either the changed case, or a refusal with its reason.</summary>
/// <remarks>
/// <para>Handle both cases with <c>Match</c>. A change is never default: it is only made by the methods of
/// <see cref="ReviewCase"/>. A refusal carries the case unchanged.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewChange : OneOfBase<ReviewChanged, ReviewRefused>
{
    private ReviewChange(OneOf<ReviewChanged, ReviewRefused> input)
        : base(input)
    {
    }

    /// <summary>Whether the change was made.</summary>
    public bool IsChanged => IsT0;

    /// <summary>The case after the request: the changed case, or the unchanged one after a refusal.</summary>
    public ReviewCase Case => Match(changed => changed.Case, refused => refused.Case);

    internal static ReviewChange Changed(ReviewChanged changed) => new(changed);

    internal static ReviewChange Refused(ReviewRefused refused) => new(refused);

    /// <summary>Describes the result for people.</summary>
    /// <returns>"Elizabeth/2015: signed off → with the Quality Assurance Panel" or "refused: …".</returns>
    public override string ToString() => Match(changed => changed.ToString(), refused => refused.ToString());
}

/// <summary>A change that was made: the case before and after.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewChanged
{
    internal ReviewChanged(ReviewCase previous, ReviewCase @case)
    {
        Previous = previous;
        Case = @case;
    }

    /// <summary>The case before the change; it is unchanged.</summary>
    public ReviewCase Previous { get; }

    /// <summary>The changed case.</summary>
    public ReviewCase Case { get; }

    /// <summary>Describes the change: "Elizabeth/2015: signed off → with the Quality Assurance Panel".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Case.Name}: {Previous.Step.Description} → {Case.Step.Description}";
}

/// <summary>A change that was refused, with the reason a person can read. The case is unchanged.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewRefused
{
    internal ReviewRefused(ReviewCase @case, ReviewRefusalReason reason, string message)
    {
        Case = @case;
        Reason = reason;
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The case, unchanged.</summary>
    public ReviewCase Case { get; }

    /// <summary>Why the change was refused.</summary>
    public ReviewRefusalReason Reason { get; }

    /// <summary>The refusal explained, e.g. "Elizabeth/2015 cannot be published: it is at step 'signed off'; a report is published only once the Quality Assurance Panel has approved it.".</summary>
    public string Message { get; }

    /// <summary>Describes the refusal: "refused: message".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "refused: " + Message;
}
