using Ardalis.SmartEnum;

namespace KentCsp.Domain.Indicators;

/// <summary>Whether a change is an improvement, judged by the indicator's <see cref="IndicatorPolarity"/>.</summary>
/// <remarks>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ChangeJudgement : Catalogue<ChangeJudgement>
{
    /// <summary>The value moved in the preferred direction.</summary>
    public static readonly ChangeJudgement Improved = new(nameof(Improved), 1, "improved");

    /// <summary>The value moved against the preferred direction.</summary>
    public static readonly ChangeJudgement Worsened = new(nameof(Worsened), 2, "worsened");

    /// <summary>The value did not move.</summary>
    public static readonly ChangeJudgement Unchanged = new(nameof(Unchanged), 3, "unchanged");

    /// <summary>The indicator has no preferred direction.</summary>
    public static readonly ChangeJudgement NotJudged = new(nameof(NotJudged), 4, "not judged");

    private ChangeJudgement(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The value in words, e.g. "improved".</summary>
    public string Description { get; }
}
