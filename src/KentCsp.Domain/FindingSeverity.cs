using Ardalis.SmartEnum;

namespace KentCsp.Domain;

/// <summary>How serious an explained finding is.</summary>
/// <remarks>
/// <para>The catalogue is closed and ordered by <see cref="SmartEnum{TEnum, TValue}.Value"/>:
/// <see cref="Information"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.
/// <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FindingSeverity : Catalogue<FindingSeverity>
{
    /// <summary>Worth knowing; nothing needs to be done.</summary>
    public static readonly FindingSeverity Information = new(nameof(Information), 1, "information");

    /// <summary>Needs a person to look at it: it may break a rule, or will if nothing is done.</summary>
    public static readonly FindingSeverity Warning = new(nameof(Warning), 2, "warning");

    /// <summary>Breaks a rule: the funding, record or process is not as the rule requires.</summary>
    public static readonly FindingSeverity Error = new(nameof(Error), 3, "error");

    private FindingSeverity(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The severity in words, e.g. "error".</summary>
    public string Description { get; }
}
