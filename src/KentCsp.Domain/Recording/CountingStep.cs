using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>One step of a crime count's rule trail: the rule applied and what it did, in a sentence.</summary>
/// <remarks>Two steps are equal when rule and message (ordinal) are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CountingStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="rule">The rule applied.</param>
    /// <param name="message">What it did, in a sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is blank.</exception>
    public CountingStep(CountingRule rule, string message)
    {
        Rule = Preconditions.CheckNotNull(rule);
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The rule applied.</summary>
    public CountingRule Rule { get; }

    /// <summary>What it did.</summary>
    public string Message { get; }

    /// <summary>Formats the step: "D: message", or "-: message" for a rule without a letter.</summary>
    /// <returns>The rule letter and message.</returns>
    public override string ToString() => $"{Rule.Section ?? "-"}: {Message}";
}
