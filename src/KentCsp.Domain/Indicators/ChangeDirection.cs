using Ardalis.SmartEnum;

namespace KentCsp.Domain.Indicators;

/// <summary>Which way a value moved against its baseline.</summary>
/// <remarks>
/// <para>Equality is by value; the name is the wire key.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ChangeDirection : Catalogue<ChangeDirection>
{
    /// <summary>The value rose.</summary>
    public static readonly ChangeDirection Up = new(nameof(Up), 1, "up");

    /// <summary>The value fell.</summary>
    public static readonly ChangeDirection Down = new(nameof(Down), 2, "down");

    /// <summary>The value is the same.</summary>
    public static readonly ChangeDirection Unchanged = new(nameof(Unchanged), 3, "unchanged");

    private ChangeDirection(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
    }

    /// <summary>The value in words, e.g. "up".</summary>
    public string Description { get; }
}
