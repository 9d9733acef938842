using System;
using System.Collections.Generic;

namespace KentCsp.Domain.Funding;

/// <summary>
/// Compares texts as the duplication rule reads them: letters and digits only, ignoring case, with every run of other
/// characters (spaces, punctuation) counting as one separator and separators at either end ignored. "Stop the
/// Scammers!" equals "stop  the scammers". Neither comparing nor hashing allocates.
/// </summary>
internal sealed class NormalisedText : IEqualityComparer<string>
{
    internal static readonly NormalisedText Comparer = new();

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }
        if (x is null || y is null)
        {
            return false;
        }
        var left = new Reader(x);
        var right = new Reader(y);
        while (true)
        {
            int a = left.Next();
            int b = right.Next();
            if (a != b)
            {
                return false;
            }
            if (a < 0)
            {
                return true;
            }
        }
    }

    public int GetHashCode(string text)
    {
        var reader = new Reader(text);
#if NET
        // System.HashCode is seeded per process, so texts cannot be crafted to collide and make the indexes quadratic.
        var hash = default(HashCode);
        for (int c = reader.Next(); c >= 0; c = reader.Next())
        {
            hash.Add(c);
        }
        return hash.ToHashCode();
#else
        // netstandard2.0 has no seeded hash; this polynomial is fine for ordinary text but can be made to collide.
        int hash = 17;
        for (int c = reader.Next(); c >= 0; c = reader.Next())
        {
            hash = unchecked((hash * 31) + c);
        }
        return hash;
#endif
    }

    /// <summary>Reads the normalised characters of a text: lower-case letters and digits, and ' ' for each inner run of anything else; -1 at the end.</summary>
    private struct Reader
    {
        private readonly string text;
        private int position;
        private bool started;

        internal Reader(string text)
        {
            this.text = text;
            position = 0;
            started = false;
        }

        internal int Next()
        {
            if (position < text.Length && !char.IsLetterOrDigit(text[position]))
            {
                while (position < text.Length && !char.IsLetterOrDigit(text[position]))
                {
                    position++;
                }
                if (position < text.Length && started)
                {
                    // An inner run of separators reads as one space; the letter after it comes on the next call.
                    return ' ';
                }
            }
            if (position >= text.Length)
            {
                return -1;
            }
            started = true;
            return char.ToLowerInvariant(text[position++]);
        }
    }
}
