using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Hostile;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace KentCsp.Domain.Tests.Serialization.Schemas;

/// <summary>
/// The shipped schemas, checked by an independent validator (JsonSchema.Net): every document the library writes is
/// valid, and every mutation of a valid document that the schema refuses, the library's reader refuses too. The counts
/// per kind are written to <c>schema-mutation-counts.txt</c> in the test output folder.
/// </summary>
public class SchemaValidationTest(ITestOutputHelper output)
{
    public static TheoryData<string> ApprovedDocumentNames() => new(SchemaValidator.ApprovedDocuments().Select(document => document.Name));

    [Theory]
    [MemberData(nameof(ApprovedDocumentNames))]
    public void ApprovedSnapshot_OfALibraryDocument_IsValidAgainstItsKindsSchema(string name)
    {
        var (_, kind, json) = SchemaValidator.ApprovedDocuments().Single(document => document.Name == name);
        Assert.Equal("", SchemaValidator.Errors(kind, json));
    }

    [Fact]
    public void ApprovedSnapshots_IncludeDocumentsOfMostKinds()
    {
        var kinds = SchemaValidator.ApprovedDocuments().Select(document => document.Kind).Distinct().Count();
        Assert.True(kinds >= 5, $"only {kinds} kinds among the approved snapshots");
    }

    [Fact]
    public void EveryBuiltInKentDocument_IsValidAgainstItsKindsSchema()
    {
        int checkedCount = 0;
        foreach (var (name, value) in KentBuiltIns.All)
        {
            if (KentBuiltIns.Serialize(value) is not { } json)
            {
                continue;
            }
            var kind = KindOf(json);
            Assert.True(SchemaValidator.Errors(kind, json) == "", $"{name}: {SchemaValidator.Errors(kind, json)}");
            checkedCount++;
        }
        Assert.True(checkedCount >= 10, $"only {checkedCount} built-in documents");
    }

    [Fact]
    public void EveryKindsSampleDocument_IsValidAgainstItsKindsSchema()
    {
        foreach (var entry in DocumentKindsForTests.All)
        {
            string json = entry.Write(entry.Sample());
            Assert.True(SchemaValidator.Errors(entry.Kind, json) == "", $"{entry.Kind.WireName}: {SchemaValidator.Errors(entry.Kind, json)}");
        }
    }

    [Fact]
    public void Schema_RefusesWhatItShould_ForAKnownGoodDocument()
    {
        // The validator is not vacuous: it refuses the changes the schema is there to catch.
        string json = KentCspJson.Serialize(KentCsp.Domain.Kent.KentFunding.Round2016To17);
        Assert.Equal("", SchemaValidator.Errors(DocumentKind.FundingRound, json));
        Assert.NotEqual("", SchemaValidator.Errors(DocumentKind.FundingRound, json.Replace("\"amount\": 39661.00", "\"amount\": 39661.001", StringComparison.Ordinal)));
        Assert.NotEqual("", SchemaValidator.Errors(DocumentKind.FundingRound, json.Replace("\"year\": \"2016/17\"", "\"year\": \"2016/18\"", StringComparison.Ordinal)));
        Assert.NotEqual("", SchemaValidator.Errors(DocumentKind.FundingRound, json.Replace("\"kind\": \"funding\"", "\"kind\": \"meeting\"", StringComparison.Ordinal)));
        Assert.NotEqual("", SchemaValidator.Errors(DocumentKind.FundingRound, json.Replace("\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"extra\": 1,", StringComparison.Ordinal)));
        Assert.NotEqual("", SchemaValidator.Errors(DocumentKind.Meeting, json));
    }

    /// <summary>
    /// For every kind, valid documents are mutated — by the hostile-input campaign's mutators, and by changes made at
    /// every member of the kind's sample document (left out, an unknown member added, the value retyped or replaced
    /// by a bad one) — and wherever the schema refuses the result, the reader must refuse it too.
    /// </summary>
    [Fact]
    public void EveryKind_MutatedDocuments_ThatTheSchemaRefuses_TheReaderRefusesToo()
    {
        var failures = new List<string>();
        var counts = new StringBuilder();
        counts.Append(CultureInfo.InvariantCulture, $"{"kind",-20} {"cases",7} {"skipped",8} {"schema ✗",8} {"reader ✗",8} {"both ✓",7} {"only reader ✗",13}\n");
        var approved = SchemaValidator.ApprovedDocuments();
        foreach (var entry in DocumentKindsForTests.All)
        {
            var seeds = new List<string> { entry.Write(entry.Sample()) };
            seeds.AddRange(approved.Where(document => document.Kind == entry.Kind).Select(document => document.Json));
            seeds.AddRange(KentBuiltIns.All.Select(pair => KentBuiltIns.Serialize(pair.Value)).OfType<string>().Where(json => KindOf(json) == entry.Kind));
            var cases = new List<(string Mutation, string Json)>();
            cases.AddRange(StructuralMutations(seeds[0]));
            var random = new Random(HostileInputCampaignTest.DefaultSeed + entry.Kind.Value);
            for (int i = 0; i < 300; i++)
            {
                string mutation = HostileInputCampaignTest.Mutations[i % HostileInputCampaignTest.Mutations.Length];
                cases.Add((mutation, HostileInputCampaignTest.Mutate(seeds[random.Next(seeds.Count)], mutation, random)));
            }
            int notJson = 0, schemaRefused = 0, bothRefused = 0, bothAccepted = 0, onlyReaderRefused = 0;
            foreach (var (mutation, json) in cases)
            {
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(json);
                }
                catch (Exception exception) when (exception is JsonException or ArgumentException)
                {
                    // Not JSON, or text with a lone surrogate, which no UTF-8 document can hold.
                    notJson++;
                    continue;
                }
                bool valid;
                try
                {
                    valid = SchemaValidator.IsValid(entry.Kind, document.RootElement);
                }
                catch (Exception exception) when (exception is InvalidOperationException or FormatException or OverflowException)
                {
                    // Valid JSON syntax the validator cannot compare: an escaped lone surrogate, or a number beyond decimal (1e400).
                    notJson++;
                    continue;
                }
                finally
                {
                    document.Dispose();
                }
                bool read = Reads(entry, json, out string? error);
                if (error is not null)
                {
                    failures.Add($"{entry.Kind.WireName}, {mutation}: the reader threw {error}");
                }
                if (!valid)
                {
                    schemaRefused++;
                    if (read)
                    {
                        failures.Add($"{entry.Kind.WireName}, {mutation}: the schema refuses a document the reader reads: {SchemaValidator.Errors(entry.Kind, json).Split('\n')[0]}");
                    }
                    else
                    {
                        bothRefused++;
                    }
                }
                else if (read)
                {
                    bothAccepted++;
                }
                else
                {
                    onlyReaderRefused++;
                }
            }
            counts.Append(CultureInfo.InvariantCulture, $"{entry.Kind.WireName,-20} {cases.Count,7} {notJson,8} {schemaRefused,8} {bothRefused,8} {bothAccepted,7} {onlyReaderRefused,13}\n");
            Assert.True(schemaRefused > 0, $"{entry.Kind.WireName}: the schema refused no mutation");
        }
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "schema-mutation-counts.txt"), counts.ToString());
        output.WriteLine(counts.ToString());
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Distinct().Take(20)));
    }

    private static bool Reads(DocumentKindsForTests.Entry entry, string json, out string? error)
    {
        error = null;
        try
        {
            entry.Read(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (Exception exception)
        {
            error = $"{exception.GetType().Name}: {exception.Message}";
            return false;
        }
    }

    private static DocumentKind KindOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.True(DocumentKind.TryFromWireName(document.RootElement.GetProperty("kind").GetString(), out var kind));
        return kind;
    }

    /// <summary>Changes made at every member and element of <paramref name="json"/>, one at a time.</summary>
    internal static IEnumerable<(string Mutation, string Json)> StructuralMutations(string json)
    {
        var root = JsonNode.Parse(json)!;
        var locations = new List<(JsonNode Parent, string? Key, int Index)>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var pair in obj.ToList())
                    {
                        locations.Add((obj, pair.Key, -1));
                        Walk(pair.Value);
                    }
                    break;
                case JsonArray array:
                    for (int i = 0; i < array.Count; i++)
                    {
                        locations.Add((array, null, i));
                        Walk(array[i]);
                    }
                    break;
            }
        }
        Walk(root);
        var objects = new List<JsonObject> { root.AsObject() };
        objects.AddRange(locations.Select(location => location.Key is null ? ((JsonArray)location.Parent)[location.Index] : ((JsonObject)location.Parent)[location.Key]).OfType<JsonObject>());

        string Text() => root.ToJsonString();
        // Each change is made in place, written out and undone, so the one tree serves every case.
        IEnumerable<(string, string)> Replace(string mutation, (JsonNode Parent, string? Key, int Index) at, JsonNode? with)
        {
            if (at.Key is { } key)
            {
                var parent = (JsonObject)at.Parent;
                var original = parent[key];
                parent[key] = with;
                yield return (mutation, Text());
                parent[key] = original;
            }
            else
            {
                var parent = (JsonArray)at.Parent;
                var original = parent[at.Index];
                parent[at.Index] = with;
                yield return (mutation, Text());
                parent[at.Index] = original;
            }
        }

        // Too many members to try each one: every step-th, so a large document costs no more than about 400 members.
        int step = Math.Max(1, locations.Count / 400);
        for (int l = 0; l < locations.Count; l += step)
        {
            var at = locations[l];
            var value = at.Key is { } name ? ((JsonObject)at.Parent)[name] : ((JsonArray)at.Parent)[at.Index];
            if (at.Key is { } member)
            {
                var parent = (JsonObject)at.Parent;
                int position = parent.ToList().FindIndex(pair => pair.Key == member);
                parent.Remove(member);
                yield return ("member left out", Text());
                parent.Insert(position, member, value);
            }
            var replacements = new List<(string, JsonNode?)> { ("retyped: null", null), ("retyped: object", new JsonObject()), ("retyped: array", new JsonArray()), ("retyped: true", JsonValue.Create(true)) };
            switch (value?.GetValueKind())
            {
                case JsonValueKind.String:
                    replacements.Add(("retyped: number", JsonValue.Create(1)));
                    replacements.Add(("bad text: empty", JsonValue.Create("")));
                    replacements.Add(("bad text: not a name", JsonValue.Create("Not A Name")));
                    replacements.Add(("bad text: 201 characters", JsonValue.Create(new string('k', 201))));
                    replacements.Add(("bad text: 1,001 characters", JsonValue.Create(new string('k', 1_001))));
                    replacements.Add(("bad text: 100,001 characters", JsonValue.Create(new string('k', 100_001))));
                    replacements.Add(("bad date", JsonValue.Create("2017-13-01")));
                    replacements.Add(("date outside the supported years", JsonValue.Create("9999-12-31")));
                    break;
                case JsonValueKind.Number:
                    replacements.Add(("retyped: string", JsonValue.Create("1")));
                    replacements.Add(("negative number", JsonValue.Create(-1m)));
                    replacements.Add(("sub-penny amount", JsonValue.Create(0.001m)));
                    replacements.Add(("fraction", JsonValue.Create(1.5m)));
                    replacements.Add(("huge number", JsonValue.Create(1_000_000_000_000m)));
                    break;
            }
            foreach (var (mutation, with) in replacements)
            {
                foreach (var result in Replace(mutation, at, with))
                {
                    yield return result;
                }
            }
        }
        foreach (var obj in objects.Where((_, i) => i % step == 0))
        {
            obj["unknownMember"] = 1;
            yield return ("unknown member", Text());
            obj.Remove("unknownMember");
        }
        foreach (var other in DocumentKind.List.Select(kind => kind.WireName))
        {
            root["kind"] = other;
            yield return ("kind: " + other, Text());
        }
        root["kind"] = JsonNode.Parse(json)!["kind"]!.GetValue<string>();
        foreach (int version in new[] { 0, 1, 3 })
        {
            root["schemaVersion"] = version;
            yield return ("schemaVersion " + version, Text());
        }
    }
}
