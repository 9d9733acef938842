using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Deque.AxeCore.Commons;
using KentCsp.Domain.Tests.TestSupport;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using Xunit;

namespace KentCsp.Reports.Tests;

/// <summary>
/// Each paper on the built-in data, opened in a real browser (the installed Chromium, headless, driven by
/// PuppeteerSharp): no console error, no network request, every chart drawn with a non-zero size and a text
/// alternative, no serious or critical axe-core violation, an A4 PDF within the page range docs/reports.md states, and a
/// screenshot under artifacts/reports/.
/// </summary>
public sealed class ReportsInChromiumTest
{
    /// <summary>The A4 page counts docs/reports.md states for each paper on the built-in data.</summary>
    private static readonly Dictionary<string, (int Least, int Most)> PageRanges = new()
    {
        ["csa-update"] = (5, 7),
        ["action-plan"] = (6, 8),
        ["funding"] = (8, 10),
        ["reviews"] = (2, 4),
        ["partnership"] = (6, 8),
    };

    /// <summary>The A4 page counts docs/reports.md states for each paper on the large generated data.</summary>
    private static readonly Dictionary<string, (int Least, int Most)> LargePageRanges = new()
    {
        ["csa-update"] = (46, 56),
        ["action-plan"] = (250, 300),
    };

    [ChromiumTheory]
    [MemberData(nameof(Papers.NameData), MemberType = typeof(Papers))]
    public async Task Paper_BuiltIn_RendersCleanlyAccessiblyAndPrintsOnA4(string name)
    {
        Assert.True(Chromium.Executable is not null, Chromium.NotInstalled);
        await CheckInBrowser(name, Papers.BuiltIn(name), PageRanges[name], name, wholePage: true);
    }

    /// <summary>The A4 page counts docs/reports.md states for each paper on the small generated data of <see cref="Papers.Generated"/>.</summary>
    private static readonly Dictionary<string, (int Least, int Most)> GeneratedPageRanges = new()
    {
        ["csa-update"] = (6, 8),
        ["action-plan"] = (3, 5),
        ["funding"] = (4, 6),
        ["reviews"] = (2, 4),
        ["partnership"] = (6, 8),
    };

    [ChromiumTheory]
    [MemberData(nameof(Papers.NameData), MemberType = typeof(Papers))]
    public async Task Paper_Generated_RendersCleanlyAccessiblyAndPrintsOnA4(string name)
    {
        Assert.True(Chromium.Executable is not null, Chromium.NotInstalled);
        await CheckInBrowser(name, Papers.Generated(name), GeneratedPageRanges[name], name + "-generated", wholePage: true);
    }

    /// <summary>
    /// The papers with large data that open in Chromium within the time limits of the checks (<see cref="PapersAtScale"/>:
    /// 20 years of monthly values, 1,000 actions): the same checks, a screenshot of the first screen (a whole page of
    /// this length is more than Chromium captures), and an A4 PDF within the range stated in docs/reports.md. The
    /// funding round of 10,000 bids is not opened: its page does not load and print within the 30-second limits.
    /// </summary>
    [ChromiumTheory]
    [InlineData("csa-update")]
    [InlineData("action-plan")]
    public async Task Paper_AtScale_RendersCleanlyAccessiblyAndPrintsOnA4(string name)
    {
        Assert.True(Chromium.Executable is not null, Chromium.NotInstalled);
        await CheckInBrowser(name, PapersAtScaleTest.Paper(name), LargePageRanges[name], name + "-at-scale", wholePage: false);
    }

    private static async Task CheckInBrowser(string name, string html, (int Least, int Most) range, string artifact, bool wholePage)
    {
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = Chromium.Executable,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        await using var page = await browser.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                errors.Add(e.Message.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e.Message);
        await page.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 900 });
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            requests.Add(e.Request.Url);
            await e.Request.AbortAsync();
        };

        await page.SetContentAsync(html);

        var charts = JsonDocument.Parse(await page.EvaluateExpressionAsync<string>("""
            JSON.stringify(Array.from(document.querySelectorAll('figure.chart svg')).map(svg => {
              const box = svg.getBoundingClientRect();
              const ids = (svg.getAttribute('aria-labelledby') || '').split(' ').filter(id => id);
              const text = ids.map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
              return { id: svg.parentElement.id, width: box.width, height: box.height, role: svg.getAttribute('role'), text };
            }))
            """)).RootElement.EnumerateArray().ToList();
        // The built-in CSA update has no chart: its source states directions, not figures.
        Assert.Equal(Regex.Matches(html, "<figure class=\"chart\"").Count, charts.Count);
        foreach (var chart in charts)
        {
            string id = chart.GetProperty("id").GetString()!;
            Assert.True(chart.GetProperty("width").GetDouble() > 0 && chart.GetProperty("height").GetDouble() > 0, $"{name}: chart {id} has no size");
            Assert.Equal("img", chart.GetProperty("role").GetString());
            Assert.False(string.IsNullOrWhiteSpace(chart.GetProperty("text").GetString()), $"{name}: chart {id} has no text alternative");
        }

        await page.EvaluateExpressionAsync(new BundledAxeScriptProvider().GetScript());
        var violations = JsonDocument.Parse(await page.EvaluateExpressionAsync<string>(
            "axe.run(document).then(result => JSON.stringify(result.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }))))"))
            .RootElement.EnumerateArray()
            .Where(violation => violation.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(violation => $"{violation.GetProperty("id").GetString()} ({violation.GetProperty("impact").GetString()}, {violation.GetProperty("nodes").GetInt32()} nodes)")
            .ToList();
        Assert.True(violations.Count == 0, $"{name}: axe-core found serious or critical violations: {string.Join("; ", violations)}");

        byte[] pdf = await page.PdfDataAsync(new PdfOptions { Format = PaperFormat.A4, PrintBackground = true });
        int pages = PageCount(pdf);
        var (least, most) = range;
        Assert.True(pages >= least && pages <= most, $"{name}: printed on {pages} A4 pages, outside the stated {least}–{most}");

        string folder = Path.Combine(RepositoryPaths.Root, "artifacts", "reports");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(Path.Combine(folder, artifact + ".png"), new ScreenshotOptions { FullPage = wholePage });
        await File.WriteAllBytesAsync(Path.Combine(folder, artifact + ".pdf"), pdf);

        Assert.True(errors.Count == 0, $"{name}: console errors: {string.Join("; ", errors)}");
        Assert.True(requests.Count == 0, $"{name}: the page asked for: {string.Join(", ", requests)}");
    }

    // The page objects of a PDF as Chromium writes it (no object streams): "/Type /Page", not "/Type /Pages".
    private static int PageCount(byte[] pdf) =>
        Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?![a-zA-Z])").Count;
}
