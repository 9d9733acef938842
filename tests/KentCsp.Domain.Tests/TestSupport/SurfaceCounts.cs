using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>
/// Counts of the hostile-surface cases per target (a method or a command) and per input family, each split into the
/// cases that gave an answer and those refused; written to <c>hostile-surface-counts.txt</c> in the test output folder,
/// which <c>.ci/run</c> prints with the campaign's counts.
/// </summary>
internal sealed class SurfaceCounts(string title)
{
    private static readonly object Gate = new();
    private static readonly SortedDictionary<string, string> Sections = new(StringComparer.Ordinal);

    private readonly SortedDictionary<string, int[]> byTarget = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int[]> byFamily = new(StringComparer.Ordinal);

    /// <summary>All cases counted.</summary>
    public int Total { get; private set; }

    /// <summary>Counts one case.</summary>
    public void Add(string target, string family, bool answered)
    {
        Total++;
        Tally(byTarget, target, answered);
        Tally(byFamily, family, answered);
    }

    /// <summary>Writes this section, with every other section written by this test run, to the counts file.</summary>
    public void Write(int failures, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{title}: {Total} cases, {failures} failures, {elapsed.TotalSeconds:0.0} s\n");
        Table(text, "target", byTarget);
        Table(text, "input family", byFamily);
        lock (Gate)
        {
            Sections[title] = text.ToString();
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "hostile-surface-counts.txt"), string.Join("\n", Sections.Values));
        }
    }

    private static void Tally(SortedDictionary<string, int[]> counts, string key, bool answered)
    {
        if (!counts.TryGetValue(key, out var count))
        {
            counts[key] = count = new int[2];
        }
        count[answered ? 0 : 1]++;
    }

    private static void Table(StringBuilder text, string heading, SortedDictionary<string, int[]> counts)
    {
        int width = Math.Max(heading.Length, counts.Keys.Select(key => key.Length).DefaultIfEmpty(0).Max());
        text.Append(CultureInfo.InvariantCulture, $"{heading.PadRight(width)} {"cases",7} {"answer",7} {"refused",7}\n");
        foreach (var (key, count) in counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{key.PadRight(width)} {count[0] + count[1],7} {count[0],7} {count[1],7}\n");
        }
    }
}
