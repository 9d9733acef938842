using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Meetings;

/// <summary>
/// A decision recorded in the minutes: "RESOLVED that the KCSP note the Mental Health Update …", optionally followed
/// by lettered parts a, b, c….
/// </summary>
/// <remarks>
/// <para><see cref="Text"/> is the resolution as the minutes print it, including its opening words ("RESOLVED that
/// the KCSP:"); it is never blank, and is stored with surrounding white space removed. Where the resolution has
/// lettered parts, <see cref="Text"/> is the words that introduce them and <see cref="Parts"/> holds the parts, whose
/// letters must run a, b, c… without a gap.</para>
/// <para>Two resolutions are equal when their texts (ordinal) and parts, in order, are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Resolution
{
    private readonly ValueList<SubResolution> parts;

    /// <summary>Creates a resolution without lettered parts.</summary>
    /// <param name="text">The resolution as the minutes print it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    public Resolution(string text)
        : this(text, [])
    {
    }

    /// <summary>Creates a resolution with lettered parts.</summary>
    /// <param name="text">The resolution's opening words as the minutes print them, e.g. "RESOLVED that:".</param>
    /// <param name="parts">The lettered parts, lettered a, b, c… in order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, a part is null, or the letters do not run a, b, c… in order; the parameter name locates the part (e.g. <c>parts[2].letter</c>).</exception>
    public Resolution(string text, IEnumerable<SubResolution> parts)
    {
        Text = Preconditions.CheckNotBlank(text);
        this.parts = Preconditions.CheckItems(parts);
        for (int i = 0; i < this.parts.Count; i++)
        {
            char expected = (char)('a' + i);
            char letter = this.parts[i].Letter;
            Preconditions.CheckArgument(
                letter == expected,
                $"parts[{i}].letter",
                $"is '{letter}' but must be '{expected}': lettered parts run a, b, c… in order, so part {i + 1} is '{expected}'");
        }
    }

    /// <summary>The resolution as the minutes print it, or its opening words where it has lettered parts.</summary>
    public string Text { get; }

    /// <summary>The lettered parts, in order a, b, c…; empty where there are none.</summary>
    public IReadOnlyList<SubResolution> Parts => parts;

    /// <summary>Formats the resolution: its text, then each lettered part on its own line.</summary>
    /// <returns>The text and parts, separated by <c>\n</c>.</returns>
    public override string ToString() => parts.Count == 0 ? Text : Text + "\n" + string.Join("\n", (IEnumerable<SubResolution>)parts);
}
