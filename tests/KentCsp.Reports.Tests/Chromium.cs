using System;
using System.IO;
using Xunit;

namespace KentCsp.Reports.Tests;

/// <summary>
/// Where Chromium is installed, if it is. Browser tests are skipped with the reason <see cref="NotInstalled"/> when it
/// is not, unless the environment variable <c>KENTCSP_REQUIRE_BROWSER=1</c> is set (as CI sets it): then they run and
/// fail on the missing browser.
/// </summary>
internal static class Chromium
{
    public const string NotInstalled = "Chromium is not installed: run `apt-get install -y chromium`";

    public static string? Executable { get; } = Find();

    public static bool Required => Environment.GetEnvironmentVariable("KENTCSP_REQUIRE_BROWSER") == "1";

    private static string? Find()
    {
        foreach (string candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}

/// <summary>A theory that needs Chromium: skipped with the reason when it is missing, unless the browser is required.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Chromium is missing and not required.</summary>
    public ChromiumTheoryAttribute()
    {
        if (Chromium.Executable is null && !Chromium.Required)
        {
            Skip = Chromium.NotInstalled;
        }
    }
}
