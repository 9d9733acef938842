using System;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>How a date field of a grant reads, as the Data Quality Tool parses it (quality-checks.md §1.8).</summary>
internal enum ToolDateOutcome
{
    /// <summary>A date that exists.</summary>
    Valid,

    /// <summary>Not in the form YYYY-MM-DD: left to schema validation.</summary>
    Mismatch,

    /// <summary>In the form, but no such day: 2021-02-29, 2020-09-31, year 0000.</summary>
    Impossible,
}

/// <summary>
/// The text tests the 360Giving quality checks share, each as the Data Quality Tool applies it (quality-checks.md
/// §1.8 and §2). Every test takes time linear in the length of its text.
/// </summary>
internal static class ThreeSixtyGivingQualityText
{
    // Python's strptime("%Y-%m-%d") pattern: re.match (anchored at the start, alternatives tried in order, no
    // backtracking into a shorter whole), then "unconverted data remains" if the match stops short of the end.
    private static readonly Regex DatePattern = new(
        @"^(?<y>\d\d\d\d)-(?<m>1[0-2]|0[1-9]|[1-9])-(?<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // RecipientOrgCompanyNumber: ^\w{8}$ ($ also before one final line feed, in Python as in .NET).
    private static readonly Regex CompanyPattern = new(@"^\w{8}$", RegexOptions.CultureInvariant);

    // GeoCodePostcode: a loose UK postcode shape, ignoring case, with optional spaces around and inside.
    private static readonly Regex PostcodePattern = new(
        @"^\s*[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// Reads a date field: everything from the first upper-case <c>T</c> is dropped, then the rest must be
    /// <c>YYYY-M-D</c> (month and day with or without a leading zero; a day may have a leading space).
    /// </summary>
    internal static ToolDateOutcome ReadDate(string text, out LocalDate date)
    {
        date = default;
        int t = text.IndexOf('T');
        string day = t >= 0 ? text.Substring(0, t) : text;
        var match = DatePattern.Match(day);
        if (!match.Success || match.Length != day.Length)
        {
            return ToolDateOutcome.Mismatch;
        }
        int year = Digits(match.Groups["y"].Value);
        int month = Digits(match.Groups["m"].Value);
        int dayOfMonth = Digits(match.Groups["d"].Value.Trim());
        // Python's datetime has no year 0 (MINYEAR is 1); a day past the month's end is "day is out of range".
        if (year < 1 || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return ToolDateOutcome.Impossible;
        }
        date = new LocalDate(year, month, dayOfMonth);
        return ToolDateOutcome.Valid;
    }

    // The value of a run of decimal digits of any script (Python's \d and int() accept them all).
    private static int Digits(string text)
    {
        int value = 0;
        foreach (char c in text)
        {
            value = (value * 10) + CharUnicodeInfo.GetDecimalDigitValue(c);
        }
        return value;
    }

    /// <summary>
    /// The charity number test: 6 or 7 characters that Python's <c>int()</c> reads as a whole number (surrounding white
    /// space, one sign and underscores between digits are allowed, as <c>int()</c> allows them).
    /// </summary>
    internal static bool LooksLikeCharityNumber(string text)
    {
        int length = CodePoints(text);
        return (length == 6 || length == 7) && IsPythonInteger(text);
    }

    /// <summary>RecipientOrgCharityNumber's form: the charity number test after two leading letters are removed.</summary>
    internal static bool LooksLikeCharityNumberAfterLetters(string text)
    {
        // Python's value[:2].isalpha(): one or two characters, every one a letter.
        int head = Math.Min(2, text.Length);
        bool letters = head > 0;
        for (int i = 0; i < head; i++)
        {
            letters &= char.IsLetter(text[i]);
        }
        return LooksLikeCharityNumber(letters ? text.Substring(head) : text);
    }

    /// <summary>The company number test: exactly 8 word characters (letters, digits, underscore).</summary>
    internal static bool LooksLikeCompanyNumber(string text) => CompanyPattern.IsMatch(text);

    /// <summary>GeoCodePostcode's test: the whole code is shaped like a UK postcode.</summary>
    internal static bool LooksLikePostcode(string text) => PostcodePattern.IsMatch(text);

    /// <summary>
    /// LooksLikeEmail's test: somewhere in the text, <c>[\w.-]+@[\w.-]+\.[\w.-]+</c>. Found without a regular
    /// expression, so that the time stays linear: the run of word characters, dots and hyphens after an <c>@</c> must
    /// hold a dot with at least one such character on each side, and the character before the <c>@</c> must be one.
    /// </summary>
    internal static bool ContainsEmailLikeText(string text)
    {
        for (int at = text.IndexOf('@'); at >= 0; at = text.IndexOf('@', at + 1))
        {
            if (at == 0 || !IsEmailCharacter(text[at - 1]))
            {
                continue;
            }
            int start = at + 1;
            int end = start;
            while (end < text.Length && IsEmailCharacter(text[end]))
            {
                end++;
            }
            // A dot at position p of the run, with 1 <= p - start and p <= end - 2.
            for (int p = start + 1; p <= end - 2; p++)
            {
                if (text[p] == '.')
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The length of <paramref name="text"/> in Unicode code points, as Python's <c>len</c> counts.</summary>
    internal static int CodePoints(string text)
    {
        int count = text.Length;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }
        return count;
    }

    private static bool IsEmailCharacter(char c) => c == '.' || c == '-' || IsWordCharacter(c);

    // Python's \w: a letter or digit of any script, or an underscore.
    private static bool IsWordCharacter(char c) => c == '_' || char.IsLetterOrDigit(c);

    // Python's int(text): optional white space, an optional sign, decimal digits with single underscores between them.
    private static bool IsPythonInteger(string text)
    {
        string body = text.Trim();
        int i = 0;
        if (body.Length > 0 && (body[0] == '+' || body[0] == '-'))
        {
            i = 1;
        }
        if (i >= body.Length || !char.IsDigit(body[i]))
        {
            return false;
        }
        for (; i < body.Length; i++)
        {
            if (char.IsDigit(body[i]))
            {
                continue;
            }
            if (body[i] == '_' && i + 1 < body.Length && char.IsDigit(body[i + 1]) && char.IsDigit(body[i - 1]))
            {
                continue;
            }
            return false;
        }
        return true;
    }
}
