using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// The published name of a review: the pseudonym given to the victim and a year, written "Elizabeth/2015".
/// </summary>
/// <remarks>
/// <para>Reviews are published anonymised: the pseudonym stands in for the victim's name, which the library never
/// holds. The pseudonym is one to forty letters, spaces, hyphens and apostrophes, starting with a letter; the year has
/// four digits and is no earlier than 2011 (s.9 of the Domestic Violence, Crime and Victims Act 2004 came into force
/// on 13 April 2011).</para>
/// <para>Two names are equal when the pseudonyms (ordinal, case-sensitive) and years are equal. Ordering is not
/// defined.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewCaseName
{
    /// <summary>The earliest year a review can bear.</summary>
    public const int MinYear = 2011;

    /// <summary>The latest year a review can bear.</summary>
    public const int MaxYear = 9999;

    private const int MaxPseudonymLength = 40;

    /// <summary>Creates a name.</summary>
    /// <param name="pseudonym">The pseudonym, e.g. "Elizabeth".</param>
    /// <param name="year">The year, e.g. 2015.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pseudonym"/> is null.</exception>
    /// <exception cref="ArgumentException">The pseudonym or year is malformed.</exception>
    public ReviewCaseName(string pseudonym, int year)
    {
        Preconditions.CheckNotNull(pseudonym);
        if (PseudonymError(pseudonym) is { } error)
        {
            Preconditions.ThrowArgument(nameof(pseudonym), error);
        }
        Preconditions.CheckArgument(year is >= MinYear and <= MaxYear, nameof(year), $"must be from {MinYear} to {MaxYear}, but was {year}");
        Pseudonym = pseudonym;
        Year = year;
    }

    /// <summary>The pseudonym, e.g. "Elizabeth".</summary>
    public string Pseudonym { get; }

    /// <summary>The year, e.g. 2015.</summary>
    public int Year { get; }

    /// <summary>Reads a name written "Elizabeth/2015".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is not a pseudonym, a slash and a year.</exception>
    public static ReviewCaseName Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        if (!TryParse(text, out var name, out string? error))
        {
            Preconditions.ThrowArgument(nameof(text), error!);
        }
        return name;
    }

    /// <summary>Reads a name written "Elizabeth/2015", without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="name">The name, when the text is valid.</param>
    /// <returns>True if the text is a valid name.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ReviewCaseName? name) => TryParse(text, out name, out _);

    /// <summary>The name as published: "Elizabeth/2015".</summary>
    /// <returns>The pseudonym, a slash and the year.</returns>
    public override string ToString() => Pseudonym + "/" + Year.ToString(CultureInfo.InvariantCulture);

    private static bool TryParse(string? text, [NotNullWhen(true)] out ReviewCaseName? name, out string? error)
    {
        name = null;
        error = "must be a pseudonym, a slash and a four-digit year, e.g. \"Elizabeth/2015\", but was \"" + text + "\"";
        if (text is null)
        {
            return false;
        }
        int slash = text.IndexOf('/');
        if (slash < 0 || slash != text.LastIndexOf('/'))
        {
            return false;
        }
        string pseudonym = text.Substring(0, slash);
        string yearText = text.Substring(slash + 1);
        if (yearText.Length != 4 || !IsDigits(yearText))
        {
            return false;
        }
        if (PseudonymError(pseudonym) is { } pseudonymError)
        {
            error = $"has a pseudonym that {pseudonymError}";
            return false;
        }
        int year = int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < MinYear)
        {
            error = $"has the year {year}, but no review can bear a year before {MinYear}";
            return false;
        }
        name = new ReviewCaseName(pseudonym, year);
        error = null;
        return true;
    }

    private static bool IsDigits(string text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    private static string? PseudonymError(string pseudonym)
    {
        if (pseudonym.Length == 0 || pseudonym.Length > MaxPseudonymLength)
        {
            return $"must be 1 to {MaxPseudonymLength} characters, but was {Preconditions.Quote(pseudonym)}";
        }
        if (!char.IsLetter(pseudonym[0]) || !char.IsLetter(pseudonym[pseudonym.Length - 1]))
        {
            return $"must start and end with a letter, but was {Preconditions.Quote(pseudonym)}";
        }
        foreach (char c in pseudonym)
        {
            if (!char.IsLetter(c) && c != ' ' && c != '-' && c != '\'')
            {
                return $"must be letters, spaces, hyphens and apostrophes, but was {Preconditions.Quote(pseudonym)}";
            }
        }
        return null;
    }
}
