using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>
/// The funding organisation a 360Giving export names on every grant, when the publisher wants it to differ from the
/// partnership that holds each round's grant: its organisation identifier and its name.
/// </summary>
/// <remarks>
/// <para>The identifier is written as <c>fundingOrganization[0].id</c>. The 360Giving Data Standard asks for an
/// identifier from a register listed on org-id.guide (<c>GB-LAE-KEN</c> for Kent County Council, <c>GB-CHC-…</c> for a
/// charity) and, where no register fits, one in the publisher's own <c>360G-</c> prefix. The identifier must not be
/// blank or contain white space (a line feed in it is a critical finding of the Data Quality Tool, DQT-007); whether
/// its prefix is on the register is a quality check (DQT-002), not a refusal.</para>
/// <para>Two funders are equal when their identifiers and names are equal (ordinal).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThreeSixtyGivingFunder
{
    /// <summary>Creates a funder.</summary>
    /// <param name="id">The organisation identifier, e.g. "GB-LAE-KEN".</param>
    /// <param name="name">The organisation's name, e.g. "Kent County Council".</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is empty, longer than the library's identifier limit or contains white space; or
    /// <paramref name="name"/> is blank.
    /// </exception>
    public ThreeSixtyGivingFunder(string id, string name)
    {
        Id = Preconditions.CheckIdentifier(id);
        Name = Preconditions.CheckNotBlank(name);
    }

    /// <summary>The organisation identifier, e.g. "GB-LAE-KEN".</summary>
    public string Id { get; }

    /// <summary>The organisation's name.</summary>
    public string Name { get; }

    /// <summary>Formats the funder: "Kent County Council (GB-LAE-KEN)".</summary>
    /// <returns>The name and identifier.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
