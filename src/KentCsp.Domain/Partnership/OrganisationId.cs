using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Partnership;

/// <summary>
/// An organisation identifier: a scheme (a register, e.g. <c>GB-LAE</c> for English local authorities on
/// org-id.guide, or a publisher's own <c>360G-…</c> prefix) and the identifier within it.
/// </summary>
/// <remarks>
/// <para>Both parts are free text so that any register can be used; neither may be blank, contain white space or be
/// longer than 200 characters (no register comes near it; the limit keeps a hostile document cheap to refuse). Two
/// identifiers are equal when both parts are equal (ordinal, case-sensitive). Ordering is not defined.</para>
/// <para><see cref="ToString"/> joins the parts with a hyphen, as org-id.guide writes them (<c>GB-LAE-KEN</c>).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record OrganisationId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="scheme">The register or prefix, e.g. "GB-LAE" or "360G-kentcsp".</param>
    /// <param name="identifier">The identifier within the scheme.</param>
    /// <exception cref="ArgumentNullException">A part is null.</exception>
    /// <exception cref="ArgumentException">A part is blank, contains white space or is longer than 200 characters.</exception>
    public OrganisationId(string scheme, string identifier)
    {
        Scheme = CheckPart(scheme, nameof(scheme));
        Identifier = CheckPart(identifier, nameof(identifier));
    }

    /// <summary>The register or prefix.</summary>
    public string Scheme { get; }

    /// <summary>The identifier within <see cref="Scheme"/>.</summary>
    public string Identifier { get; }

    // Each character is looked at once, and the message (with a short excerpt of the value) is built only on failure.
    private static string CheckPart(string value, string paramName) => Preconditions.CheckIdentifier(value, paramName);

    /// <summary>The scheme and identifier joined by a hyphen, e.g. "GB-LAE-KEN".</summary>
    /// <returns>The identifier as org-id.guide writes it.</returns>
    public override string ToString() => Scheme + "-" + Identifier;
}
