using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>
/// The grant programme a 360Giving export names on every grant, when the publisher runs its grants under a programme
/// of its own: the programme's code and title.
/// </summary>
/// <remarks>
/// <para>Written as <c>grantProgramme[0]</c> with <c>code</c> and <c>title</c> only, in place of the programme the
/// export otherwise makes from each round's grant (the local policing body's grant: its identifier, the partnership and
/// year as the title, and its amount, funder and purpose as the description).</para>
/// <para>Two programmes are equal when their codes and titles are equal (ordinal).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThreeSixtyGivingProgramme
{
    /// <summary>Creates a programme.</summary>
    /// <param name="code">The programme's code, e.g. "csp-small-grants".</param>
    /// <param name="title">The programme's title, e.g. "Community safety small grants".</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="code"/> is empty, longer than the library's identifier limit or contains white space; or
    /// <paramref name="title"/> is blank.
    /// </exception>
    public ThreeSixtyGivingProgramme(string code, string title)
    {
        Code = Preconditions.CheckIdentifier(code);
        Title = Preconditions.CheckNotBlank(title);
    }

    /// <summary>The programme's code.</summary>
    public string Code { get; }

    /// <summary>The programme's title.</summary>
    public string Title { get; }

    /// <summary>Formats the programme: "Community safety small grants (csp-small-grants)".</summary>
    /// <returns>The title and code.</returns>
    public override string ToString() => $"{Title} ({Code})";
}
