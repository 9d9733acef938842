using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Indicators;

/// <summary>Two indicator figures were not compared, with the reason.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ComparisonRefused
{
    internal ComparisonRefused(ComparisonRefusalReason reason, string message)
    {
        Reason = reason;
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>Why the comparison was refused.</summary>
    public ComparisonRefusalReason Reason { get; }

    /// <summary>The explanation, e.g. "Killed or seriously injured: 2016 is raw and 2015 is severity-adjusted; compare figures on the same basis.".</summary>
    public string Message { get; }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Message;
}
