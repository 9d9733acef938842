using OneOf;

namespace KentCsp.Domain.Indicators;

/// <summary>The answer to comparing two indicator figures: the change, or why they were not compared.</summary>
/// <remarks>Handle both cases with <c>Match</c> or <c>Switch</c>. Comparisons are made by <see cref="IndicatorSeries"/> and <see cref="RoadCasualtyFigures"/>.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorComparison : OneOfBase<IndicatorChange, ComparisonRefused>
{
    private IndicatorComparison(OneOf<IndicatorChange, ComparisonRefused> input)
        : base(input)
    {
    }

    /// <summary>Whether the figures were compared.</summary>
    public bool IsCompared => IsT0;

    internal static IndicatorComparison Compared(IndicatorChange change) => new(change);

    internal static IndicatorComparison Refused(ComparisonRefusalReason reason, string message) => new(new ComparisonRefused(reason, message));

    /// <summary>Describes the answer: the change, or the reason for refusing.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Match(change => change.ToString(), refused => refused.Message);
}
