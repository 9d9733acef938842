using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;

namespace KentCsp.Domain.Tests.Serialization.Schemas;

/// <summary>
/// Validates documents against the shipped schemas (<see cref="KentCspJson.GetSchema"/>) with JsonSchema.Net, a
/// validator that shares no code with the library; and finds the library's documents among the approved snapshots.
/// </summary>
internal static class SchemaValidator
{
    private static readonly ConcurrentDictionary<DocumentKind, JsonSchema> Schemas = new();

    /// <summary>The errors JsonSchema.Net finds in <paramref name="json"/> as a document of <paramref name="kind"/>, one per line; empty when valid.</summary>
    internal static string Errors(DocumentKind kind, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Errors(kind, document.RootElement);
    }

    /// <summary>The errors JsonSchema.Net finds in <paramref name="instance"/>, one per line; empty when valid.</summary>
    internal static string Errors(DocumentKind kind, JsonElement instance)
    {
        var results = Schema(kind).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return "";
        }
        var lines = (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Key}: {error.Value}"))
            .Take(10)
            .ToList();
        return lines.Count == 0 ? "invalid" : string.Join("\n", lines);
    }

    /// <summary>Whether JsonSchema.Net accepts <paramref name="instance"/> as a document of <paramref name="kind"/>.</summary>
    internal static bool IsValid(DocumentKind kind, JsonElement instance) =>
        Schema(kind).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    private static JsonSchema Schema(DocumentKind kind) =>
        Schemas.GetOrAdd(kind, key => JsonSchema.FromText(KentCspJson.GetSchema(key), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>
    /// Every approved snapshot that is a document of the library, as (file name, kind, text): an <c>*.approved.json</c>
    /// file under the tests whose root has <c>schemaVersion</c>. The committed version 1 fixtures are not snapshots.
    /// </summary>
    internal static IReadOnlyList<(string Name, DocumentKind Kind, string Json)> ApprovedDocuments()
    {
        var found = new List<(string, DocumentKind, string)>();
        foreach (string path in Directory.EnumerateFiles(RepositoryPaths.Tests, "*.approved.json", SearchOption.AllDirectories).OrderBy(path => path, StringComparer.Ordinal))
        {
            string json = File.ReadAllText(path);
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("schemaVersion", out _))
            {
                continue;
            }
            string wireName = document.RootElement.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString()! : "";
            if (!DocumentKind.TryFromWireName(wireName, out var documentKind))
            {
                throw new InvalidOperationException($"{Path.GetFileName(path)} has a schemaVersion but no known kind ('{wireName}')");
            }
            found.Add((Path.GetFileName(path), documentKind, json));
        }
        return found;
    }
}
