namespace KentCsp.Domain.Reviews;

/// <summary>How many cases stand at one step.</summary>
/// <remarks>Two counts are equal when their steps and numbers are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewStepCount
{
    internal ReviewStepCount(ReviewStep step, int count)
    {
        Step = step;
        Count = count;
    }

    /// <summary>The step.</summary>
    public ReviewStep Step { get; }

    /// <summary>The number of cases at the step.</summary>
    public int Count { get; }

    /// <summary>Formats the count: "report completed: 1".</summary>
    /// <returns>The step and number.</returns>
    public override string ToString() => $"{Step.Description}: {Count}";
}
