using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shapes of the JSON documents, one file per document in this folder with its mapping. They are kept apart
// from the domain types so that the JSON contract is written down in one place and every document passes through the
// domain constructors (and their checks) on read. Property order is the order in the JSON; schemaVersion comes first.

internal sealed class SourceDocumentWire
{
    public required string Title { get; init; }
    public LocalDate? Date { get; init; }
    public string? Locator { get; init; }
}

/// <summary>
/// Maps domain values to their wire documents and back. On the way in every value passes through its public
/// constructor; an <see cref="ArgumentException"/> from a constructor becomes a <see cref="JsonException"/> whose
/// path names the offending member, so nothing half-built escapes.
/// </summary>
internal static partial class WireMapper
{
    private static SourceDocumentWire ToWire(SourceDocument source) => new() { Title = source.Title, Date = source.Date, Locator = source.Locator };

    private static SourceDocument FromWire(SourceDocumentWire wire, string path) =>
        Build(path, () => new SourceDocument(wire.Title, wire.Date, wire.Locator));

    /// <summary>
    /// Refuses a schema version this library does not read, at <c>{root}.schemaVersion</c>: it reads version 1
    /// (documents without <c>kind</c>) and version <see cref="KentCspJson.SchemaVersion"/>.
    /// </summary>
    internal static void CheckVersion(int version, string root)
    {
        if (version != KentCspJson.FirstSchemaVersion && version != KentCspJson.SchemaVersion)
        {
            throw JsonErrors.At(root + ".schemaVersion",
                $"this library reads schema versions {KentCspJson.FirstSchemaVersion} and {KentCspJson.SchemaVersion}, but the document has version {version}.");
        }
    }

    /// <summary>
    /// Checks a document's version and kind, at <paramref name="root"/> ("$", or the member a document is nested in):
    /// a version 1 document has no <c>kind</c>; a version 2 document has the <c>kind</c> of <paramref name="expected"/>.
    /// A document of another kind is named as such: <c>$.kind: this is a meeting document ("meeting"), but a funding
    /// round document ("funding") was expected.</c>
    /// </summary>
    internal static void CheckVersionAndKind(int version, string? kind, DocumentKind expected, string root)
    {
        CheckVersion(version, root);
        string path = root + ".kind";
        if (version == KentCspJson.FirstSchemaVersion)
        {
            if (kind is not null)
            {
                throw JsonErrors.At(path, $"'kind' is not a member of a schema version {version} document; unknown members are refused.");
            }
            return;
        }
        if (kind is null)
        {
            throw JsonErrors.At(path, $"missing: a schema version {version} document names its kind, here \"{expected.WireName}\" for {Article(expected.Description)} {expected.Description} document.");
        }
        if (kind != expected.WireName)
        {
            throw DocumentKind.TryFromWireName(kind, out var other)
                ? JsonErrors.At(path, $"this is {Article(other.Description)} {other.Description} document (\"{other.WireName}\"), but {Article(expected.Description)} {expected.Description} document (\"{expected.WireName}\") was expected.")
                : JsonErrors.At(path, $"\"{kind}\" is not a kind of document this library reads; {Article(expected.Description)} {expected.Description} document has \"kind\": \"{expected.WireName}\".");
        }
    }

    /// <summary>"a" or "an" for a kind's description: "an action plan", "a MoRiLE".</summary>
    internal static string Article(string description) => "aeiouAEIOU".IndexOf(description[0]) >= 0 ? "an" : "a";

    private static JsonException NullElement(string path) => JsonErrors.At(path, "must not be null.");

    /// <summary>Runs a domain constructor, turning its argument errors into a <see cref="JsonException"/> at the member's path.</summary>
    private static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException exception)
        {
            throw JsonErrors.Rejected(path, exception);
        }
    }

    /// <summary>Maps each element of a list, naming a null element or a rejected one by its index.</summary>
    private static List<TDomain> Elements<TWire, TDomain>(List<TWire?> wires, string path, Func<TWire, string, TDomain> map)
        where TWire : class
    {
        var items = new List<TDomain>(wires.Count);
        for (int i = 0; i < wires.Count; i++)
        {
            string itemPath = ElementPath(path, i);
            var wire = wires[i] ?? throw NullElement(itemPath);
            items.Add(map(wire, itemPath));
        }
        return items;
    }

    /// <summary>
    /// Builds a domain value from each element of a list, as mapping each element with <see cref="Build"/> does, but
    /// without a path or a closure per element: the element's path (<c>$.payments[3]</c>) is built only to name a null
    /// element or the value <paramref name="build"/> refuses. <paramref name="build"/> is a static lambda.
    /// </summary>
    private static List<TDomain> BuildEach<TWire, TDomain>(List<TWire?> wires, string path, Func<TWire, TDomain> build)
        where TWire : class
    {
        var items = new List<TDomain>(wires.Count);
        for (int i = 0; i < wires.Count; i++)
        {
            var wire = wires[i] ?? throw NullElement(ElementPath(path, i));
            TDomain item;
            try
            {
                item = build(wire);
            }
            catch (ArgumentException exception)
            {
                throw JsonErrors.Rejected(ElementPath(path, i), exception);
            }
            items.Add(item);
        }
        return items;
    }

    /// <summary>
    /// Maps each element of a list first with <paramref name="tryMap"/>, which names no paths and gives null (or throws an
    /// <see cref="ArgumentException"/>) where it cannot map the element; that element, or a null one, is then mapped
    /// again by <paramref name="map"/>, the mapping that builds paths, which reports it exactly as it always has. An
    /// element that maps costs no path string and no closure. Both are static lambdas.
    /// </summary>
    private static List<TDomain> Elements<TWire, TDomain>(List<TWire?> wires, string path, Func<TWire, TDomain?> tryMap, Func<TWire, string, TDomain> map)
        where TWire : class
        where TDomain : class
    {
        var items = new List<TDomain>(wires.Count);
        for (int i = 0; i < wires.Count; i++)
        {
            TDomain? item = null;
            if (wires[i] is { } wire)
            {
                try
                {
                    item = tryMap(wire);
                }
                catch (ArgumentException)
                {
                    // Refused: mapped again below, by the mapping that names the path.
                }
            }
            if (item is null)
            {
                string itemPath = ElementPath(path, i);
                item = map(wires[i] ?? throw NullElement(itemPath), itemPath);
            }
            items.Add(item);
        }
        return items;
    }

    /// <summary>The path of a list's element, e.g. <c>$.bids[2]</c>.</summary>
    private static string ElementPath(string path, int index) => $"{path}[{index}]";

    private static List<T> NotNull<T>(List<T?> items, string path)
        where T : class =>
        Elements(items, path, (item, _) => item);
}
