using System.Globalization;

namespace KentCsp.Cli;

/// <summary>Small pieces of wording shared by the commands.</summary>
internal static class CliText
{
    /// <summary>A count and its noun, plural unless the count is 1: "1 act", "32 victims".</summary>
    internal static string Count(long count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
