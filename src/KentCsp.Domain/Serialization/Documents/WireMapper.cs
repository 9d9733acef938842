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
            string itemPath = $"{path}[{i}]";
            var wire = wires[i] ?? throw NullElement(itemPath);
            items.Add(map(wire, itemPath));
        }
        return items;
    }

    private static List<T> NotNull<T>(List<T?> items, string path)
        where T : class =>
        Elements(items, path, (item, _) => item);
}
