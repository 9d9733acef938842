using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KentCsp.Reports;

/// <summary>One bar of a chart: its label, its figure, the figure as the table writes it, and an optional CSS class.</summary>
internal sealed record ChartPoint(string Label, decimal Value, string Display, string? Class = null);

/// <summary>
/// Bar charts drawn as inline SVG: no script, no font or image to fetch. Each chart is a <c>&lt;figure&gt;</c> holding
/// the SVG, which has <c>role="img"</c>, a <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> naming every figure, and the
/// table of the same figures beside it, so that a reader who cannot see the chart, or a printed page in black and
/// white, loses nothing.
/// </summary>
internal static class Charts
{
    private const int Width = 640;
    private const int Height = 260;
    private const int Left = 16;
    private const int Right = 16;
    private const int Top = 28;
    private const int Bottom = 48;

    /// <summary>A bar chart and its table; <paramref name="id"/> must be unique in the page.</summary>
    internal static Html Bars(string id, string title, string labelHeading, string valueHeading, IReadOnlyList<ChartPoint> points)
    {
        string description = title + ": " + string.Join("; ", points.Select(point => point.Label + " " + point.Display)) + ".";
        var svg = new StringBuilder();
        svg.Append("<figure class=\"chart\" id=\"").Append(HtmlEncode(id)).Append("\">");
        svg.Append("<svg role=\"img\" aria-labelledby=\"").Append(HtmlEncode(id)).Append("-title ").Append(HtmlEncode(id)).Append("-desc\"")
            .Append(" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\" width=\"").Append(Width).Append("\" height=\"").Append(Height).Append("\">");
        svg.Append("<title id=\"").Append(HtmlEncode(id)).Append("-title\">").Append(HtmlEncode(title)).Append("</title>");
        svg.Append("<desc id=\"").Append(HtmlEncode(id)).Append("-desc\">").Append(HtmlEncode(description)).Append("</desc>");
        int plotHeight = Height - Top - Bottom;
        int baseline = Top + plotHeight;
        svg.Append("<line class=\"axis\" x1=\"").Append(Left).Append("\" y1=\"").Append(baseline).Append("\" x2=\"").Append(Width - Right).Append("\" y2=\"").Append(baseline).Append("\"/>");
        decimal max = points.Count == 0 ? 0m : points.Max(point => point.Value);
        int count = Math.Max(points.Count, 1);
        decimal slot = (Width - Left - Right) / (decimal)count;
        decimal barWidth = Math.Min(slot * 0.7m, 96m);
        for (int i = 0; i < points.Count; i++)
        {
            var point = points[i];
            decimal height = max <= 0m || point.Value <= 0m ? 0m : Math.Max(point.Value / max * plotHeight, 1m);
            decimal x = Left + slot * i + (slot - barWidth) / 2m;
            decimal y = baseline - height;
            decimal centre = Left + slot * i + slot / 2m;
            svg.Append("<rect class=\"bar").Append(point.Class is null ? string.Empty : " " + HtmlEncode(point.Class)).Append('"')
                .Append(" data-label=\"").Append(HtmlEncode(point.Label)).Append("\" data-value=\"").Append(HtmlEncode(point.Display)).Append('"')
                .Append(" x=\"").Append(Coordinate(x)).Append("\" y=\"").Append(Coordinate(y))
                .Append("\" width=\"").Append(Coordinate(barWidth)).Append("\" height=\"").Append(Coordinate(height)).Append("\"/>");
            svg.Append("<text class=\"value\" x=\"").Append(Coordinate(centre)).Append("\" y=\"").Append(Coordinate(y - 6m)).Append("\">").Append(HtmlEncode(point.Display)).Append("</text>");
            svg.Append("<text class=\"label\" x=\"").Append(Coordinate(centre)).Append("\" y=\"").Append(baseline + 18).Append("\">").Append(HtmlEncode(Shorten(point.Label, slot))).Append("</text>");
        }
        svg.Append("</svg>");
        svg.Append("<table class=\"figures\"><caption>Figures in the chart: ").Append(HtmlEncode(title)).Append("</caption>");
        svg.Append("<thead><tr><th scope=\"col\">").Append(HtmlEncode(labelHeading)).Append("</th><th scope=\"col\" class=\"number\">").Append(HtmlEncode(valueHeading)).Append("</th></tr></thead><tbody>");
        foreach (var point in points)
        {
            svg.Append("<tr><th scope=\"row\">").Append(HtmlEncode(point.Label)).Append("</th><td class=\"number\">").Append(HtmlEncode(point.Display)).Append("</td></tr>");
        }
        svg.Append("</tbody></table></figure>");
        return new Html(svg.ToString());
    }

    // A label that fits under its bar at about 6.5 units a character; the table beside the chart has it in full.
    private static string Shorten(string label, decimal slot)
    {
        int fits = Math.Max(4, (int)(slot / 6.5m));
        return label.Length <= fits ? label : label.Substring(0, fits - 1) + "\u2026";
    }

    private static string HtmlEncode(string text) => TemplateModel.Encoder.Encode(text);

    private static string Coordinate(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
