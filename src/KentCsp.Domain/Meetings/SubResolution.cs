using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Meetings;

/// <summary>One lettered part of a resolution: "a. note the changes to the draft action plan …".</summary>
/// <remarks>
/// <para>The letter is a lower-case letter from <c>a</c> to <c>z</c>; the text is stored with surrounding white space
/// removed and without the letter or its punctuation ("a." or "a)"). <see cref="Resolution"/> checks that its parts
/// run a, b, c… in order.</para>
/// <para>Two parts are equal when their letters and texts (ordinal) are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record SubResolution
{
    /// <summary>Creates a lettered part of a resolution.</summary>
    /// <param name="letter">The letter, <c>a</c> to <c>z</c>.</param>
    /// <param name="text">What was resolved, as the minutes word it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="letter"/> is not a lower-case letter, or <paramref name="text"/> is blank.</exception>
    public SubResolution(char letter, string text)
    {
        Preconditions.CheckArgument(letter >= 'a' && letter <= 'z', nameof(letter), $"must be a lower-case letter from a to z, but was '{letter}'");
        Letter = letter;
        Text = Preconditions.CheckNotBlank(text);
    }

    /// <summary>The letter, <c>a</c> to <c>z</c>.</summary>
    public char Letter { get; }

    /// <summary>What was resolved, as the minutes word it.</summary>
    public string Text { get; }

    /// <summary>Formats the part: "a. note the changes …".</summary>
    /// <returns>The letter, a full stop and the text.</returns>
    public override string ToString() => $"{Letter}. {Text}";
}
