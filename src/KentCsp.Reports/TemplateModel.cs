using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Reports;

/// <summary>
/// A value handed to a template: an object with named members (<see cref="Node"/>), a list, text (HTML-encoded where the
/// template writes it), a number, a flag, or HTML the library has built itself (<see cref="Html"/>, written as it is).
/// Every value is turned into Fluid's own values here, so that the engine never looks at a .NET type by reflection:
/// the templates work the same trimmed and compiled ahead of time.
/// </summary>
internal sealed class Node : Dictionary<string, object?>
{
    public Node()
        : base(StringComparer.Ordinal)
    {
    }
}

/// <summary>HTML the library built and encoded itself (a chart, its table): written into the page as it is.</summary>
internal sealed record Html(string Value);

/// <summary>Renders templates with models made of <see cref="Node"/>s.</summary>
internal static class TemplateModel
{
    /// <summary>
    /// Encodes the five characters HTML needs (<c>&lt; &gt; &amp; " '</c>) and leaves other text as it is, so that
    /// "£" and "–" stay readable in the page source.
    /// </summary>
    internal static readonly TextEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly TemplateOptions Options = CreateOptions();

    private static readonly LocalDatePattern LongDate = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");

    internal static string Render(IFluidTemplate template, Node model)
    {
        var context = new TemplateContext(Options, StringComparer.Ordinal);
        foreach (var pair in model)
        {
            context.SetValue(pair.Key, ToFluid(pair.Value));
        }
        return template.Render(context, Encoder, false);
    }

    internal static FluidValue ToFluid(object? value) => value switch
    {
        null => NilValue.Instance,
        string text => new StringValue(text),
        Html html => new StringValue(html.Value, false),
        bool flag => BooleanValue.Create(flag),
        int number => NumberValue.Create(number),
        long number => NumberValue.Create(number),
        decimal number => NumberValue.Create(number),
        Node node => Dictionary(node),
        System.Collections.IEnumerable list => Array(list),
        _ => throw new InvalidOperationException($"a template model cannot hold a {value.GetType().Name}"),
    };

    /// <summary>A date as a paper writes it: "19 July 2017".</summary>
    internal static string Date(LocalDate date) => LongDate.Format(date);

    /// <summary>A date as a paper writes it, or "not known".</summary>
    internal static string Date(LocalDate? date) => date is { } known ? Date(known) : "not known";

    /// <summary>A figure as a paper writes it: thousands separated, no trailing zeros.</summary>
    internal static string Number(decimal value) => value.ToString("#,0.######", CultureInfo.InvariantCulture);

    /// <summary>A count and its noun, plural unless the count is 1.</summary>
    internal static string Count(long count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static FluidValue Dictionary(Node node)
    {
        var values = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        foreach (var pair in node)
        {
            values[pair.Key] = ToFluid(pair.Value);
        }
        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(values));
    }

    private static FluidValue Array(System.Collections.IEnumerable list)
    {
        var values = new List<FluidValue>();
        foreach (object? item in list)
        {
            values.Add(ToFluid(item));
        }
        return new ArrayValue(values);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { CultureInfo = CultureInfo.InvariantCulture };
        return options;
    }
}
