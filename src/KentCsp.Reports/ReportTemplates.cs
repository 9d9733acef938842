using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Fluid;

namespace KentCsp.Reports;

/// <summary>
/// The Liquid templates the committee papers are rendered from: one page layout, one style sheet and one template for
/// each paper. The built-in ones are embedded in the package (<see cref="Default"/>); a council replaces any of them
/// with its own text, without recompiling, through <see cref="With"/>. Every value a template writes with
/// <c>{{ … }}</c> is HTML-encoded, except the charts and sections the library has already built as HTML. Immutable:
/// <see cref="With"/> gives a new set and leaves this one as it was.
/// </summary>
public sealed class ReportTemplates
{
    /// <summary>The page layout every paper is set in: <c>&lt;html&gt;</c>, the style sheet, the provenance and the sources footer.</summary>
    public const string Layout = "layout";

    /// <summary>The style sheet (CSS for screen and for print on A4), inlined into every page.</summary>
    public const string Styles = "styles";

    /// <summary>The body of the Community Safety Agreement update.</summary>
    public const string CsaUpdate = "csa-update";

    /// <summary>The body of the action plan paper.</summary>
    public const string ActionPlan = "action-plan";

    /// <summary>The body of the funding round paper.</summary>
    public const string Funding = "funding";

    /// <summary>The body of the domestic homicide review steering group's paper.</summary>
    public const string Reviews = "reviews";

    /// <summary>The body of the partnership paper: members, responsible authorities and compliance.</summary>
    public const string Partnership = "partnership";

    private static readonly FluidParser Parser = new();

    private static readonly Lazy<ReportTemplates> BuiltIn = new(LoadBuiltIn);

    private readonly IReadOnlyDictionary<string, (string Text, IFluidTemplate Template)> templates;

    private ReportTemplates(IReadOnlyDictionary<string, (string Text, IFluidTemplate Template)> templates)
    {
        this.templates = templates;
    }

    /// <summary>The names of the templates, in the order the documentation gives them.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { Layout, Styles, CsaUpdate, ActionPlan, Funding, Reviews, Partnership };

    /// <summary>The built-in templates, as embedded in the package.</summary>
    public static ReportTemplates Default => BuiltIn.Value;

    /// <summary>The Liquid text of the template <paramref name="name"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The template's text, as built in or as replaced.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>.</exception>
    public string TextOf(string name) => templates[CheckName(name)].Text;

    /// <summary>
    /// A set of templates in which <paramref name="name"/> is replaced by <paramref name="text"/>, checked now: text that
    /// is not valid Liquid is refused here, naming the template and the line, not when a paper is rendered.
    /// </summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="text">The Liquid text of the replacement.</param>
    /// <returns>A new set of templates; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>, or
    /// <paramref name="text"/> is null or not valid Liquid (the message names the template and the line).</exception>
    public ReportTemplates With(string name, string text)
    {
        CheckName(name);
        if (text is null)
        {
            throw new ArgumentException($"the replacement for the '{name}' template is missing", nameof(text));
        }
        var copy = templates.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        copy[name] = (text, Parse(name, text));
        return new ReportTemplates(copy);
    }

    /// <summary>The parsed template <paramref name="name"/>.</summary>
    internal IFluidTemplate Get(string name) => templates[name].Template;

    private static string CheckName(string name)
    {
        if (name is null || !Names.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not a report template; expected one of: {string.Join(", ", Names)}", nameof(name));
        }
        return name;
    }

    private static IFluidTemplate Parse(string name, string text)
    {
        if (!Parser.TryParse(text, out var template, out string error))
        {
            throw new ArgumentException($"the '{name}' template is not valid Liquid: {Describe(error)}", "text");
        }
        return template;
    }

    // Fluid reports a position as "(line:column)"; say it in words so that the line is plain to find.
    private static string Describe(string error)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error, @"\((\d+):(\d+)\)");
        return match.Success
            ? $"line {match.Groups[1].Value}, column {match.Groups[2].Value}: {error}"
            : error;
    }

    private static ReportTemplates LoadBuiltIn()
    {
        var assembly = typeof(ReportTemplates).Assembly;
        var loaded = new Dictionary<string, (string, IFluidTemplate)>(StringComparer.Ordinal);
        foreach (string name in Names)
        {
            string resource = "KentCsp.Reports.Templates." + name + (name == Styles ? ".css" : ".liquid");
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"the built-in template {resource} is missing from the package");
            using var reader = new StreamReader(stream);
            string text = reader.ReadToEnd();
            loaded[name] = (text, Parse(name, text));
        }
        return new ReportTemplates(loaded);
    }
}
