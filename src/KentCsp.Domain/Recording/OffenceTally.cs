namespace KentCsp.Domain.Recording;

/// <summary>How many crimes of one offence a <see cref="CrimeTally"/> counted.</summary>
/// <remarks>Two entries are equal when offence and number are equal.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record OffenceTally
{
    internal OffenceTally(Offence offence, int crimes)
    {
        Offence = offence;
        Crimes = crimes;
    }

    /// <summary>The offence counted: the principal crime of each of these crimes.</summary>
    public Offence Offence { get; }

    /// <summary>The number of crimes counted as this offence; at least one.</summary>
    public int Crimes { get; }

    /// <summary>Formats the entry: "32 × Assault without injury".</summary>
    /// <returns>The number and the offence name.</returns>
    public override string ToString() => $"{Crimes} × {Offence.Name}";
}
