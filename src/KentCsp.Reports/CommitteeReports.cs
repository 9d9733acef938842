using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain;

namespace KentCsp.Reports;

/// <summary>
/// Committee papers from the model, each as one self-contained HTML page (inline CSS, SVG charts, no script and no
/// request for anything outside the page), in British English (<c>lang="en-GB"</c>), laid out for screen and for
/// printing on A4. Each paper is drawn from the library's own calculations as at an explicit date — never the system
/// clock — and shows the provenance marks its data carries and names its sources in a footer. The pages come from the
/// Liquid templates of <see cref="Templates"/>; replace one with <see cref="ReportTemplates.With"/>.
/// </summary>
public sealed partial class CommitteeReports
{
    /// <summary>Papers from a set of templates.</summary>
    /// <param name="templates">The templates to render with; <see cref="ReportTemplates.Default"/> for the built-in ones.</param>
    /// <exception cref="ArgumentNullException"><paramref name="templates"/> is null.</exception>
    public CommitteeReports(ReportTemplates templates)
    {
        Templates = templates ?? throw new ArgumentNullException(nameof(templates));
    }

    /// <summary>Papers from the built-in templates.</summary>
    public static CommitteeReports Default { get; } = new(ReportTemplates.Default);

    /// <summary>The templates the papers are rendered from.</summary>
    public ReportTemplates Templates { get; }

    // Renders a paper's body with its template, then sets it in the layout with the style sheet, the provenance and the
    // sources footer.
    private string Page(string template, string title, string subtitle, NodaTime.LocalDate asAt, Node body, Provenances provenance, Sources sources)
    {
        body["as_at"] = TemplateModel.Date(asAt);
        string content = TemplateModel.Render(Templates.Get(template), body);
        var page = new Node
        {
            ["title"] = title,
            ["subtitle"] = subtitle,
            ["as_at"] = TemplateModel.Date(asAt),
            ["as_at_iso"] = NodaTime.Text.LocalDatePattern.Iso.Format(asAt),
            ["paper"] = template,
            ["styles"] = new Html(TemplateModel.Render(Templates.Get(ReportTemplates.Styles), new Node())),
            ["body"] = new Html(content),
            ["provenance"] = provenance.ToModel(),
            ["sources"] = sources.Titles,
        };
        return TemplateModel.Render(Templates.Get(ReportTemplates.Layout), page);
    }

    private static void CheckNotNull(object? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
    }
}

/// <summary>The source documents a paper names in its footer, each once, in the order first met.</summary>
internal sealed class Sources
{
    private readonly List<string> titles = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public List<string> Titles => titles;

    public void Add(SourceDocument? source)
    {
        if (source is null)
        {
            return;
        }
        // The footer names documents; the place in each (minute, page) is given where the paper uses it.
        string title = new SourceDocument(source.Title, source.Date).ToString();
        if (seen.Add(title))
        {
            titles.Add(title);
        }
    }

    public void Add(ProvenanceRecord? record)
    {
        if (record is null)
        {
            return;
        }
        Add(record.Whole.Source);
        foreach (var field in record.Fields)
        {
            Add(field.Provenance.Source);
        }
    }
}

/// <summary>The provenance marks of a paper's data, as the layout shows them.</summary>
internal sealed class Provenances
{
    private readonly List<Node> rows = new();
    private Provenance? whole;

    /// <summary>Adds a document's marks: its whole under <paramref name="path"/> (or as the whole paper's), then its fields.</summary>
    public Provenances Add(ProvenanceRecord? record, string? path = null)
    {
        if (record is null)
        {
            return this;
        }
        if (path is null)
        {
            whole ??= record.Whole;
        }
        rows.Add(Row(path ?? "the whole document", record.Whole));
        foreach (var field in record.Fields)
        {
            rows.Add(Row(path is null ? field.Field : path + "." + field.Field, field.Provenance));
        }
        return this;
    }

    public Node ToModel() => new()
    {
        ["carried"] = rows.Count > 0,
        ["kind"] = whole?.Kind.Description,
        ["all_sourced"] = rows.All(row => (string)row["kind"]! == ProvenanceKind.Sourced.Description),
        ["marks"] = rows,
    };

    private static Node Row(string path, Provenance provenance) => new()
    {
        ["path"] = path,
        ["kind"] = provenance.Kind.Description,
        ["kind_name"] = provenance.Kind.Name.ToLowerInvariant(),
        ["reason"] = provenance.Reason,
        ["source"] = provenance.Source?.ToString(),
    };
}
