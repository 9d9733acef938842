using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using KentCsp.Domain.Tests.TestSupport;

namespace KentCsp.Domain.Tests.Interop;

/// <summary>
/// The official Popolo and OParl schemas, copied beside the tests (<c>Interop/Standards/…</c>, each folder with its
/// SOURCE note and licence), read by JsonSchema.Net. Nothing is fetched over the network: a reference to a schema that is
/// not in the local folder fails the test.
/// </summary>
/// <remarks>
/// <para>Popolo's schemas are JSON Schema draft-03, which no validator served for .NET reads. <see cref="TranslateDraft03"/>
/// turns each into draft 2020-12 mechanically, and only in these ways:</para>
/// <list type="number">
/// <item><c>$schema</c> becomes the draft 2020-12 meta-schema, and the schema's own <c>id</c> becomes <c>$id</c> (the
/// same URL, <c>http://www.popoloproject.com/schemas/NAME.json#</c>, without its empty fragment).</item>
/// <item>A property's <c>"required": true</c> is removed from the property and its name added to the parent schema's
/// <c>required</c> array (draft-04 and later); <c>"required": false</c> is removed.</item>
/// <item>Each <c>$ref</c> keeps its absolute Popolo URL, and every translated schema (with its <c>$id</c>) is embedded in
/// the <c>$defs</c> of one bundle document, so each reference resolves to the local copy of the file of the same name
/// (<c>Interop/Standards/popolo/NAME.json</c>); the schema registry's fetch refuses any other address.</item>
/// </list>
/// <para>Nothing else changes: <c>type</c> (with <c>"null"</c> in a list), <c>pattern</c>, <c>items</c>,
/// <c>properties</c>, <c>format</c>, <c>title</c> and <c>description</c> mean the same in both drafts. The keyword walk
/// knows where schemas sit (<c>properties</c> values, <c>items</c>), so a property named <c>id</c> or <c>required</c> is
/// never mistaken for a keyword.</para>
/// <para>OParl's schemas are already draft-04 style (<c>required</c> arrays) with OParl's own keys (<c>references</c>,
/// <c>backreference</c>, <c>cardinality</c>, <c>schema</c>) and <c>{{ … }}</c> description placeholders: they are read
/// as draft 2020-12, the unknown keys ignored, and <c>format: url</c> is checked as an absolute http or https URL.</para>
/// </remarks>
internal static class StandardSchemas
{
    /// <summary>The folder of the copied standards.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Tests, "Interop", "Standards");

    /// <summary>The address every Popolo schema is published under.</summary>
    public const string PopoloBase = "http://www.popoloproject.com/schemas/";

    private const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    private static readonly Lazy<(BuildOptions Build, EvaluationOptions Evaluate)> Options = new(CreateOptions);

    /// <summary>The registry the schemas are built into; its fetch reads only the local copies.</summary>
    private static SchemaRegistry Registry => Options.Value.Build.SchemaRegistry;

    /// <summary>Translates a draft-03 schema to draft 2020-12 as the remarks describe; <paramref name="schema"/> is not changed.</summary>
    public static JsonObject TranslateDraft03(JsonObject schema)
    {
        // $schema and $id first: JsonSchema.Net 8 reads the base address before the other keywords.
        var copy = new JsonObject { ["$schema"] = Draft202012 };
        if (schema["id"] is JsonValue id)
        {
            copy["$id"] = id.GetValue<string>().TrimEnd('#');
        }
        foreach (var (key, value) in schema)
        {
            if (key is not ("$schema" or "id"))
            {
                copy[key] = value?.DeepClone();
            }
        }
        TranslateSchema(copy);
        return copy;
    }

    /// <summary>
    /// Validates a Popolo export (an object with <c>organizations</c>, <c>posts</c>, <c>memberships</c> and optionally
    /// <c>persons</c>, each element checked against the Popolo class schema).
    /// </summary>
    /// <returns>The errors, as "instance location: message"; empty when the document is valid.</returns>
    public static IReadOnlyList<string> ValidatePopoloExport(string json)
    {
        var wrapper = PopoloExportSchema.Value;
        return Evaluate(wrapper, json);
    }

    /// <summary>Validates one Popolo object against a Popolo class schema by name, e.g. "organization".</summary>
    public static IReadOnlyList<string> ValidatePopolo(string className, string json) =>
        Evaluate(PopoloSchema(className), json);

    /// <summary>Validates one OParl object against the OParl 1.1 schema of its type, e.g. "Meeting".</summary>
    public static IReadOnlyList<string> ValidateOParl(string typeName, string json) =>
        Evaluate(OParlSchemas.Value[typeName], json);

    /// <summary>The Popolo class schema, translated and built; e.g. "organization".</summary>
    public static JsonSchema PopoloSchema(string className)
    {
        lock (PopoloClasses)
        {
            if (!PopoloClasses.TryGetValue(className, out var schema))
            {
                var wrapper = new JsonObject
                {
                    ["$schema"] = Draft202012,
                    ["$id"] = "urn:kentcsp-tests:popolo-class:" + className,
                    ["$ref"] = PopoloBase + className + ".json",
                };
                _ = PopoloBundle.Value;
                schema = JsonSchema.FromText(wrapper.ToJsonString(), Options.Value.Build);
                PopoloClasses.Add(className, schema);
            }
            return schema;
        }
    }

    private static readonly Dictionary<string, JsonSchema> PopoloClasses = new(StringComparer.Ordinal);

    // Every translated Popolo schema embedded, with its own $id, in the $defs of one document: a $ref to a Popolo
    // address resolves to the embedded copy, and references that loop (organization → membership → organization) stay
    // inside one document.
    private static readonly Lazy<JsonSchema> PopoloBundle = new(() =>
    {
        var defs = new JsonObject();
        foreach (var path in Directory.GetFiles(Path.Combine(Folder, "popolo"), "*.json").OrderBy(path => path, StringComparer.Ordinal))
        {
            var translated = TranslateDraft03(JsonNode.Parse(File.ReadAllText(path))!.AsObject());
            translated.Remove("$schema");
            defs[Path.GetFileNameWithoutExtension(path)] = translated;
        }
        var bundle = new JsonObject
        {
            ["$schema"] = Draft202012,
            ["$id"] = "urn:kentcsp-tests:popolo",
            ["$defs"] = defs,
        };
        return JsonSchema.FromText(bundle.ToJsonString(), Options.Value.Build);
    });

    private static readonly Lazy<JsonSchema> PopoloExportSchema = new(() =>
    {
        var wrapper = new JsonObject
        {
            ["$schema"] = Draft202012,
            ["$id"] = "urn:kentcsp-tests:popolo-export",
            ["type"] = "object",
            ["required"] = new JsonArray("organizations", "posts", "memberships"),
            ["properties"] = new JsonObject
            {
                ["organizations"] = ArrayOf("organization"),
                ["posts"] = ArrayOf("post"),
                ["memberships"] = ArrayOf("membership"),
                ["persons"] = ArrayOf("person"),
            },
            ["additionalProperties"] = false,
        };
        _ = PopoloBundle.Value;
        return JsonSchema.FromText(wrapper.ToJsonString(), Options.Value.Build);
    });

    private static readonly Lazy<Dictionary<string, JsonSchema>> OParlSchemas = new(() =>
    {
        // OParl's own keys are not JSON Schema keywords: a draft 2020-12 dialect that lets unknown keys pass.
        var build = new BuildOptions
        {
            SchemaRegistry = Options.Value.Build.SchemaRegistry,
            Dialect = Dialect.Draft202012.With([], null, null, true),
        };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Path.Combine(Folder, "oparl"), "*.json"))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            var schema = new JsonObject { ["$id"] = "https://schema.oparl.org/1.1/" + name + ".json" };
            foreach (var (key, value) in JsonNode.Parse(File.ReadAllText(path))!.AsObject())
            {
                schema[key] = value?.DeepClone();
            }
            schemas.Add(name, JsonSchema.FromText(schema.ToJsonString(), build));
        }
        return schemas;
    });

    private static JsonObject ArrayOf(string className) => new()
    {
        ["type"] = "array",
        ["items"] = new JsonObject { ["$ref"] = PopoloBase + className + ".json#" },
    };

    private static (BuildOptions, EvaluationOptions) CreateOptions()
    {
        var registry = new SchemaRegistry();
        var build = new BuildOptions { SchemaRegistry = registry };
        registry.Fetch = (uri, _) => FetchNothing(uri);
        var formats = new FormatRegistry();
        formats.Register(new PredicateFormat("url", IsAbsoluteHttpUrl));
        var evaluate = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true, FormatRegistry = formats };
        return (build, evaluate);
    }

    // Only the local copies, already built into the registry: any other address is refused, never fetched.
    private static IBaseDocument FetchNothing(Uri uri) =>
        throw new InvalidOperationException($"the schema {uri} is not among the local copies; the tests never use the network");

    private static bool IsAbsoluteHttpUrl(JsonElement element) =>
        element.ValueKind != JsonValueKind.String
        || (Uri.TryCreate(element.GetString(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    private static IReadOnlyList<string> Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, Options.Value.Evaluate);
        if (results.IsValid)
        {
            return [];
        }
        var errors = new List<string>();
        foreach (var detail in results.Details ?? [])
        {
            foreach (var error in detail.Errors ?? new Dictionary<string, string>())
            {
                errors.Add($"{detail.InstanceLocation}: {error.Key}: {error.Value}");
            }
        }
        return errors.Count == 0 ? ["invalid"] : errors;
    }

    // A schema object: its keywords; the schemas it holds are in properties (by name) and items.
    private static void TranslateSchema(JsonObject schema)
    {
        if (schema["properties"] is JsonObject properties)
        {
            var required = new List<string>();
            foreach (var (name, value) in properties.ToList())
            {
                if (value is not JsonObject property)
                {
                    continue;
                }
                if (property["required"] is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                {
                    if (flag.GetValue<bool>())
                    {
                        required.Add(name);
                    }
                    property.Remove("required");
                }
                TranslateSchema(property);
            }
            if (required.Count > 0)
            {
                if (schema["required"] is not JsonArray list)
                {
                    list = [];
                    schema["required"] = list;
                }
                foreach (var name in required)
                {
                    list.Add(name);
                }
            }
        }
        if (schema["items"] is JsonObject items)
        {
            TranslateSchema(items);
        }
    }
}
