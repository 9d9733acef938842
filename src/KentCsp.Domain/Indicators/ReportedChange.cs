using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Indicators;

/// <summary>
/// A change as a report states it, without figures: "KSI has gone up by more than a third". Figures can be checked
/// against it with <see cref="IsConsistentWith"/>.
/// </summary>
/// <remarks>Two reported changes are equal when every member is equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReportedChange
{
    /// <summary>Creates a reported change.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="direction">Which way the report says it moved: up or down.</param>
    /// <param name="moreThan">The proportion the report says it moved by more than (one third for "more than a third"), or null when the report gives only a direction.</param>
    /// <param name="words">The report's words.</param>
    /// <param name="source">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/>, <paramref name="direction"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="direction"/> is <see cref="ChangeDirection.Unchanged"/>, or <paramref name="words"/> is blank.</exception>
    public ReportedChange(IndicatorDefinition indicator, ChangeDirection direction, Fraction? moreThan, string words, SourceDocument source)
    {
        Indicator = Preconditions.CheckNotNull(indicator);
        Preconditions.CheckNotNull(direction);
        Preconditions.CheckArgument(direction != ChangeDirection.Unchanged, nameof(direction), "must be Up or Down");
        Direction = direction;
        MoreThan = moreThan;
        Words = Preconditions.CheckNotBlank(words);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>Which way the report says the indicator moved.</summary>
    public ChangeDirection Direction { get; }

    /// <summary>The proportion the report says it moved by more than, or null.</summary>
    public Fraction? MoreThan { get; }

    /// <summary>The report's words.</summary>
    public string Words { get; }

    /// <summary>The report.</summary>
    public SourceDocument Source { get; }

    /// <summary>Whether <paramref name="change"/> bears the statement out: same indicator, same direction and, when a proportion is stated, strictly more than it.</summary>
    /// <param name="change">The change computed from figures.</param>
    /// <returns>True if the figures agree with the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public bool IsConsistentWith(IndicatorChange change)
    {
        Preconditions.CheckNotNull(change);
        return change.Indicator.Id == Indicator.Id
            && change.Direction == Direction
            && (MoreThan is null || change.CompareWith(MoreThan) > 0);
    }

    /// <summary>Describes the statement: "People killed or seriously injured in road collisions (KSI): up by more than 1/3 — “…”".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Indicator.Name}: {Direction.Description}{(MoreThan is null ? string.Empty : $" by more than {MoreThan}")} — \u201c{Words}\u201d";
}
