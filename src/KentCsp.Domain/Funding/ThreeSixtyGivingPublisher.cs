using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>
/// Who publishes a 360Giving package: the organisation's 360Giving prefix, which begins every grant identifier it
/// publishes, its name, and optionally its website.
/// </summary>
/// <remarks>
/// <para>A prefix is <c>360G-</c> followed by the publisher's own part, e.g. <c>360G-kentcsp</c>: letters, digits,
/// hyphens and underscores, beginning and ending with a letter or digit (no spaces or slashes, which the 360Giving
/// identifier guidance asks publishers to avoid). A publisher registers its prefix with 360Giving before
/// publishing.</para>
/// <para>Two publishers are equal when their prefixes and names (ordinal) and websites are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThreeSixtyGivingPublisher
{
    /// <summary>What every 360Giving prefix begins with.</summary>
    public const string PrefixStart = "360G-";

    /// <summary>Creates a publisher.</summary>
    /// <param name="prefix">The publisher's 360Giving prefix, e.g. "360G-kentcsp".</param>
    /// <param name="name">The publisher's name, e.g. "Kent Community Safety Partnership".</param>
    /// <param name="website">The publisher's website, an absolute http or https address; or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="prefix"/> does not begin with "360G-" or has other characters than letters, digits, hyphens and
    /// underscores after it; <paramref name="name"/> is blank; or <paramref name="website"/> is not an absolute http or
    /// https address.
    /// </exception>
    public ThreeSixtyGivingPublisher(string prefix, string name, Uri? website)
    {
        Prefix = CheckPrefix(prefix);
        Name = Preconditions.CheckNotBlank(name);
        if (website is not null)
        {
            Preconditions.CheckArgument(
                website.IsAbsoluteUri && (website.Scheme == "https" || website.Scheme == "http"),
                nameof(website),
                $"must be an absolute http or https address, but was \"{website.OriginalString}\"");
        }
        Website = website;
    }

    /// <summary>The 360Giving prefix, e.g. "360G-kentcsp".</summary>
    public string Prefix { get; }

    /// <summary>The publisher's name.</summary>
    public string Name { get; }

    /// <summary>The publisher's website, or null.</summary>
    public Uri? Website { get; }

    /// <summary>Formats the publisher: "Kent Community Safety Partnership (360G-kentcsp)".</summary>
    /// <returns>The name and prefix.</returns>
    public override string ToString() => $"{Name} ({Prefix})";

    private static string CheckPrefix(string prefix)
    {
        Preconditions.CheckNotNull(prefix);
        Preconditions.CheckArgument(
            IsValidPrefix(prefix),
            nameof(prefix),
            $"must be \"{PrefixStart}\" followed by letters, digits, hyphens or underscores, beginning and ending with a letter or digit (e.g. \"360G-kentcsp\"), but was \"{prefix}\"");
        return prefix;
    }

    private static bool IsValidPrefix(string prefix)
    {
        if (prefix.Length <= PrefixStart.Length || !prefix.StartsWith(PrefixStart, StringComparison.Ordinal))
        {
            return false;
        }
        int last = prefix.Length - 1;
        for (int i = PrefixStart.Length; i <= last; i++)
        {
            char c = prefix[i];
            bool letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            bool inner = i != PrefixStart.Length && i != last && (c == '-' || c == '_');
            if (!letterOrDigit && !inner)
            {
                return false;
            }
        }
        return true;
    }
}
