using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Recording;

/// <summary>An offence an act can amount to: its code, its name and whom it is against.</summary>
/// <remarks>
/// <para>The code is lower-case letters, digits and hyphens, e.g. <c>assault-without-injury</c>. Seriousness is not a
/// property of the offence: it comes from the <see cref="OffenceRanking"/> the count uses.</para>
/// <para>Two offences are equal when code, name and category are equal (ordinal).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Offence
{
    /// <summary>Creates an offence.</summary>
    /// <param name="code">The code, e.g. "assault-without-injury".</param>
    /// <param name="name">The name for a person, e.g. "Assault without injury".</param>
    /// <param name="category">Whom the offence is against.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is malformed or <paramref name="name"/> is blank.</exception>
    public Offence(string code, string name, OffenceCategory category)
    {
        Code = Slug.Check(code);
        Name = Preconditions.CheckNotBlank(name);
        Category = Preconditions.CheckNotNull(category);
    }

    /// <summary>The code, e.g. "assault-without-injury".</summary>
    public string Code { get; }

    /// <summary>The name for a person.</summary>
    public string Name { get; }

    /// <summary>Whom the offence is against.</summary>
    public OffenceCategory Category { get; }

    /// <summary>Formats the offence: its name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
