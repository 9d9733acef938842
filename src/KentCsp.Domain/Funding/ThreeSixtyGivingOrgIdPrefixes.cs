using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>
/// The organisation identifier prefixes the 360Giving quality checks recognise: the list codes of the org-id register
/// (<c>GB-CHC</c>, <c>GB-COH</c>, …) as they stood on <see cref="Taken"/>, and <c>360G</c>.
/// </summary>
/// <remarks>
/// <para>360Giving's Data Quality Tool downloads the org-id register's list of codes (<c>org-id.guide/download.json</c>)
/// once a day and adds <c>360G</c>; the library ships a dated snapshot instead, so that a check gives the same answer
/// offline and from one day to the next. The snapshot is the <c>code</c> of every list file of the register
/// (github.com/org-id/register, commit f500b45, 31 July 2026), kept in the repository as
/// <c>src/KentCsp.Domain/Funding/OrgIdPrefixes/org-id-prefixes.txt</c> with its source and licence (the Open Database
/// License 1.0; contains information from org-id.guide) and compiled into the library as C# by the script beside it.
/// The register changes: a prefix registered after <see cref="Taken"/> is not recognised until the list is
/// refreshed.</para>
/// <para>The Data Quality Tool's rule (quality-checks.md §1.8): an identifier is recognised when, ignoring case, it
/// starts with one of the codes. No delimiter is required, so <c>GB-CHCX</c> is recognised (by <c>GB-CHC</c>) and so
/// is <c>360giving-x</c> (by <c>360G</c>); the empty string and <c>GB-</c> are not.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static partial class ThreeSixtyGivingOrgIdPrefixes
{
    /// <summary>The prefix the Data Quality Tool adds to the register's codes: 360Giving's own identifiers.</summary>
    public const string ThreeSixtyGivingPrefix = "360G";

    private static readonly ValueList<string> AllCodes = BuildCodes();

    // Every code, lower-cased invariantly (the Data Quality Tool compares lower-case forms), for the case-insensitive match.
    private static readonly HashSet<string> Lower = BuildLower();

    // The distinct lengths of the codes, shortest first: an identifier is matched by looking up its first n characters
    // for each length n, a fixed number of look-ups whatever the size of the list.
    private static readonly int[] Lengths = BuildLengths();

    /// <summary>The day the register's list was taken: 31 July 2026.</summary>
    public static LocalDate Taken { get; } = new(2026, 7, 31);

    /// <summary>Where the list comes from, as the checks' findings would cite it.</summary>
    public static SourceDocument Source { get; } =
        new("org-id register (org-id.guide), list codes at commit f500b45, Open Database License 1.0", new LocalDate(2026, 7, 31));

    /// <summary>The codes: the register's 823 list codes in the order of the snapshot, then <see cref="ThreeSixtyGivingPrefix"/>.</summary>
    /// <value>A read-only list built once.</value>
    public static IReadOnlyList<string> Codes => AllCodes;

    /// <summary>
    /// Whether <paramref name="identifier"/> draws from a recognised register: whether, ignoring case, it starts with
    /// one of <see cref="Codes"/>. Time linear in the identifier's length.
    /// </summary>
    /// <param name="identifier">An organisation identifier, e.g. <c>GB-CHC-1234567</c>.</param>
    /// <returns>True when a code is a prefix of the identifier, ignoring case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
    public static bool IsRecognised(string identifier)
    {
        Preconditions.CheckNotNull(identifier);
        foreach (int length in Lengths)
        {
            if (length > identifier.Length)
            {
                break;
            }
            if (Lower.Contains(identifier.Substring(0, length).ToLowerInvariant()))
            {
                return true;
            }
        }
        return false;
    }

    private static ValueList<string> BuildCodes()
    {
        string[] register = RegisterCodes();
        var codes = new string[register.Length + 1];
        Array.Copy(register, codes, register.Length);
        codes[register.Length] = ThreeSixtyGivingPrefix;
        return ValueList<string>.Own(codes);
    }

    private static HashSet<string> BuildLower()
    {
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (string code in AllCodes)
        {
            lower.Add(code.ToLowerInvariant());
        }
        return lower;
    }

    private static int[] BuildLengths()
    {
        var lengths = new SortedSet<int>();
        foreach (string code in AllCodes)
        {
            lengths.Add(code.Length);
        }
        var result = new int[lengths.Count];
        lengths.CopyTo(result);
        return result;
    }
}
