using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Hostile;
using KentCsp.Domain.Tests.Serialization.Schemas;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace KentCsp.Domain.Tests.Serialization.Direct;

/// <summary>
/// The direct funding round reader against the usual one (wire objects, then the mapper), the authority: for every input
/// of the hostile-input campaign and the schema mutations for this kind, every approved funding round, the built-in
/// rounds, large generated rounds and valid rewritings of them, a document the usual reader refuses is one the direct
/// reader gives up on, and a document the direct reader reads is read by the usual reader to an equal round that writes
/// the same bytes. The public readers' errors are the usual reader's, message and path.
/// </summary>
public class FundingRoundDirectReaderTest(ITestOutputHelper output)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private sealed class Tally
    {
        internal int Cases, UsualRefused, BothRefused, UsualRead, DirectRead, DirectGaveUp;
        internal readonly List<string> GaveUpOnValid = [];
        internal readonly List<string> Failures = [];

        public override string ToString() =>
            $"{Cases} cases: usual reader refused {UsualRefused} (direct gave up on all {BothRefused}); usual read {UsualRead}, direct read {DirectRead}, direct gave up on {DirectGaveUp} valid";
    }

    [Fact]
    public void HostileCampaignInputs_DirectReaderGivesUpWhereTheUsualRefuses_AndOtherwiseReadsTheSameRound()
    {
        var seeds = HostileInputCampaignTest.SeedDocuments()["funding round"];
        var tally = new Tally();
        // The campaign's own cases for this kind (its third kind: case numbers 1,600 to 2,399), then as many again from another seed.
        foreach (int seed in new[] { HostileInputCampaignTest.DefaultSeed, HostileInputCampaignTest.DefaultSeed + 1 })
        {
            for (int c = 0; c < 800; c++)
            {
                int caseNumber = 2 * 800 + c;
                var random = new Random(unchecked(seed * 397 ^ caseNumber * 7919));
                var (name, document) = seeds[random.Next(seeds.Count)];
                string mutation = HostileInputCampaignTest.Mutations[c % HostileInputCampaignTest.Mutations.Length];
                Compare(tally, $"seed {seed} case {caseNumber} ({mutation}, from {name})", HostileInputCampaignTest.Mutate(document, mutation, random));
            }
        }
        Report("hostile-input campaign", tally);
        Assert.True(tally.BothRefused > 0 && tally.UsualRead > 0, tally.ToString());
    }

    [Fact]
    public void SchemaMutations_DirectReaderGivesUpWhereTheUsualRefuses_AndOtherwiseReadsTheSameRound()
    {
        var entry = DocumentKindsForTests.For(DocumentKind.FundingRound);
        var seeds = new List<string> { entry.Write(entry.Sample()) };
        seeds.AddRange(SchemaValidator.ApprovedDocuments().Where(document => document.Kind == DocumentKind.FundingRound).Select(document => document.Json));
        // The schema test's structural mutations.
        var tally = new Tally();
        foreach (var (mutation, json) in SchemaValidationTest.StructuralMutations(seeds[0]))
        {
            Compare(tally, mutation, json);
        }
        var random = new Random(HostileInputCampaignTest.DefaultSeed + DocumentKind.FundingRound.Value);
        for (int i = 0; i < 300; i++)
        {
            string mutation = HostileInputCampaignTest.Mutations[i % HostileInputCampaignTest.Mutations.Length];
            Compare(tally, mutation, HostileInputCampaignTest.Mutate(seeds[random.Next(seeds.Count)], mutation, random));
        }
        Report("schema mutations", tally);
        Assert.True(tally.BothRefused > 100, tally.ToString());
    }

    [Fact]
    public void ValidDocuments_TheDirectReaderReadsEveryOneButTheDocumentedExceptions()
    {
        var valid = new List<(string Name, string Json, bool Exotic)>();
        foreach (var document in SchemaValidator.ApprovedDocuments().Where(document => document.Kind == DocumentKind.FundingRound))
        {
            valid.Add((document.Name, document.Json, HasProvenance(document.Json)));
        }
        foreach (var (name, value) in KentBuiltIns.All.Where(pair => pair.Value is FundingRound))
        {
            string json = KentCspJson.Serialize((FundingRound)value);
            valid.Add((name, json, HasProvenance(json)));
        }
        foreach (int count in new[] { 0, 1, 10, 1_000 })
        {
            valid.Add(($"MixedFundingRound({count})", KentCspJson.Serialize(MixedFundingRound.Build(count)), false));
        }
        foreach (int count in new[] { 1, 100 })
        {
            valid.Add(($"LargeFundingRound({count})", KentCspJson.Serialize(LargeFundingRound.Build(count)), false));
        }
        valid.Add(("FundingBuilders.EveryMember", KentCspJson.Serialize(FundingBuilders.EveryMember()), false));
        // Valid rewritings: compact, every object's members in reverse order, escapes in strings, and version 1.
        foreach (var (name, json, exotic) in valid.ToList())
        {
            var node = JsonNode.Parse(json)!;
            valid.Add((name + ", compact", node.ToJsonString(), exotic));
            valid.Add((name + ", members reversed", Reversed(node)!.ToJsonString(), exotic));
            valid.Add((name + ", escaped", node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }), exotic));
            valid.Add((name + ", explicit nulls", WithExplicitNulls(node.DeepClone()).ToJsonString(), exotic));
            var version1 = node.DeepClone().AsObject();
            version1.Remove("kind");
            version1["schemaVersion"] = 1;
            valid.Add((name + ", version 1", version1.ToJsonString(), true));
        }
        var tally = new Tally();
        int exoticCases = 0, exoticRead = 0;
        foreach (var (name, json, exotic) in valid)
        {
            int before = tally.DirectRead;
            Compare(tally, name, json);
            if (exotic)
            {
                exoticCases++;
                exoticRead += tally.DirectRead - before;
            }
            else if (tally.DirectRead == before)
            {
                tally.Failures.Add($"{name}: valid, and not exotic, but the direct reader gave up");
            }
        }
        Report("valid documents", tally);
        output.WriteLine($"  exotic (provenance, version 1): {exoticCases}, of which the direct reader read {exoticRead}");
        Assert.Equal(valid.Count, tally.UsualRead);
        Assert.Equal(0, exoticRead);
    }

    [Fact]
    public async System.Threading.Tasks.Task LargeRound_EveryPublicReader_ReadsTheDirectReadersRound()
    {
        var round = MixedFundingRound.Build(10_000);
        byte[] utf8 = KentCspJson.SerializeToUtf8Bytes(round);
        Assert.True(FundingRoundDirectReader.TryRead(utf8, JsonReadLimits.Default, out var direct));
        Assert.Equal(round, direct);
        Assert.Equal(utf8, KentCspJson.SerializeToUtf8Bytes(direct));
        string text = Encoding.UTF8.GetString(utf8);
        Assert.Equal(round, KentCspJson.DeserializeFundingRoundWithoutDirectReader(text));
        Assert.Equal(round, KentCspJson.DeserializeFundingRound(text));
        Assert.Equal(round, KentCspJson.DeserializeFundingRound(utf8.AsSpan()));
        Assert.Equal(round, KentCspJson.DeserializeFundingRound(new MemoryStream(utf8)));
        Assert.Equal(round, await KentCspJson.DeserializeFundingRoundAsync(new MemoryStream(utf8)));
        var read = KentCspJson.ReadDocument(text);
        Assert.Equal(round, Assert.IsType<FundingRoundContent>(read.Match<KentCspDocument?>(document => document, _ => null)).Value);
    }

    [Fact]
    public void TightLimits_TheDirectReaderGivesUp_AndReadDocumentRefusesAsBefore()
    {
        string json = KentCspJson.Serialize(MixedFundingRound.Build(3));
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        Assert.False(FundingRoundDirectReader.TryRead(utf8, new JsonReadLimits(maxDepth: 4), out _));
        Assert.False(FundingRoundDirectReader.TryRead(utf8, new JsonReadLimits(maxStringBytes: 16), out _));
        // A string longer than the limit: the direct reader gives up, and the header scan refuses it at its path.
        int longest = JsonNode.Parse(json)!["grant"]!["purpose"]!.GetValue<string>().Length;
        Assert.False(FundingRoundDirectReader.TryRead(utf8, new JsonReadLimits(maxStringBytes: longest - 1), out _));
        var result = KentCspJson.ReadDocument(json, new JsonReadLimits(maxStringBytes: longest - 1));
        Assert.False(result.IsRead);
        Assert.True(FundingRoundDirectReader.TryRead(utf8, new JsonReadLimits(maxDepth: 5, maxStringBytes: 1_000), out var read));
        Assert.Equal(KentCspJson.DeserializeFundingRoundWithoutDirectReader(json), read);
    }

    /// <summary>
    /// One input: the usual reader's answer, the direct reader's on the bytes the public readers hand it, and the
    /// public readers' (text, bytes, and <c>ReadDocument</c>), which must be the usual reader's.
    /// </summary>
    private static void Compare(Tally tally, string name, string json)
    {
        tally.Cases++;
        FundingRound? usual = null;
        JsonException? refusal = null;
        try
        {
            usual = KentCspJson.DeserializeFundingRoundWithoutDirectReader(json);
        }
        catch (JsonException exception)
        {
            refusal = exception;
        }

        // The bytes the public readers give the direct reader: the text as UTF-8 without its byte-order mark. Text that
        // is not Unicode (a lone surrogate) is refused before any reader sees it.
        byte[]? utf8 = null;
        try
        {
            utf8 = StrictUtf8.GetBytes(json.Length > 0 && json[0] == '\uFEFF' ? json.Substring(1) : json);
        }
        catch (EncoderFallbackException)
        {
        }
        FundingRound? direct = null;
        bool read = utf8 is not null && utf8.Length <= JsonReadLimits.DefaultMaxDocumentBytes && FundingRoundDirectReader.TryRead(utf8, JsonReadLimits.Default, out direct);

        if (usual is null)
        {
            tally.UsualRefused++;
            if (read)
            {
                tally.Failures.Add($"{name}: the usual reader refuses ({refusal!.Message}) but the direct reader read it");
                return;
            }
            tally.BothRefused++;
            // The public readers report exactly what the usual reader reports.
            var text = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(json));
            if (text.Message != refusal!.Message || text.Path != refusal.Path)
            {
                tally.Failures.Add($"{name}: the public reader says '{text.Message}' at {text.Path}, the usual reader '{refusal.Message}' at {refusal.Path}");
            }
            if (utf8 is not null)
            {
                var bytes = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(utf8.AsSpan()));
                if (bytes.Message != refusal.Message)
                {
                    tally.Failures.Add($"{name}: the bytes reader says '{bytes.Message}', the usual reader '{refusal.Message}'");
                }
            }
            return;
        }

        tally.UsualRead++;
        if (!read)
        {
            tally.DirectGaveUp++;
            tally.GaveUpOnValid.Add(name);
        }
        else
        {
            tally.DirectRead++;
            if (!usual.Equals(direct) || KentCspJson.Serialize(usual) != KentCspJson.Serialize(direct!))
            {
                tally.Failures.Add($"{name}: the direct reader's round differs from the usual reader's");
            }
        }
        if (!usual.Equals(KentCspJson.DeserializeFundingRound(json)))
        {
            tally.Failures.Add($"{name}: the public reader's round differs from the usual reader's");
        }
        if (KentCspJson.ReadDocument(json).Match<KentCspDocument?>(document => document, _ => null) is not FundingRoundContent content || !usual.Equals(content.Value))
        {
            tally.Failures.Add($"{name}: ReadDocument's round differs from the usual reader's");
        }
    }

    private void Report(string what, Tally tally)
    {
        output.WriteLine($"{what}: {tally}");
        foreach (string name in tally.GaveUpOnValid.Take(20))
        {
            output.WriteLine($"  direct reader gave up on valid: {name}");
        }
        Assert.True(tally.Failures.Count == 0, string.Join("\n", tally.Failures.Take(20)));
    }

    [Fact]
    public void OptionalMembersWrittenAsNull_ReadDirectly_AsIfAbsent()
    {
        var withNulls = WithExplicitNulls(JsonNode.Parse(KentCspJson.Serialize(MixedFundingRound.Build(40)))!);
        int nulls = withNulls.ToJsonString().Split("null").Length - 1;
        byte[] utf8 = Encoding.UTF8.GetBytes(withNulls.ToJsonString());

        Assert.True(nulls > 40, $"{nulls} members written as null");
        Assert.True(FundingRoundDirectReader.TryRead(utf8, JsonReadLimits.Default, out var direct));
        Assert.Equal(MixedFundingRound.Build(40), direct);
        Assert.Equal(KentCspJson.DeserializeFundingRoundWithoutDirectReader(withNulls.ToJsonString()), direct);
    }

    /// <summary>Every optional member of a funding round document that is absent, added as <c>null</c>.</summary>
    private static JsonNode WithExplicitNulls(JsonNode document)
    {
        var root = document.AsObject();
        AddNulls(root, "bidWindow");
        var grant = root["grant"]!.AsObject();
        foreach (var source in new[] { root["source"]!, grant["source"]! })
        {
            AddNulls(source.AsObject(), "date", "locator");
        }
        foreach (var organisation in new[] { grant["recipient"]!, grant["funder"]!["organisation"]! })
        {
            AddNulls(organisation.AsObject(), "authorityKind");
        }
        foreach (var bid in root["bids"]!.AsArray())
        {
            AddNulls(bid!.AsObject(), "amountRequested", "submittedOn");
            AddNulls(bid["scope"]!.AsObject(), "district");
            AddNulls(bid["applicant"]!.AsObject(), "authorityKind");
        }
        foreach (var decision in root["decisions"]!.AsArray())
        {
            AddNulls(decision!.AsObject(), "amountAwarded", "confirmBy");
        }
        foreach (var monitoring in root["monitoringReturns"]!.AsArray())
        {
            AddNulls(monitoring!.AsObject(), "receivedOn");
        }
        return document;
    }

    private static void AddNulls(JsonObject obj, params string[] members)
    {
        foreach (string member in members)
        {
            if (!obj.ContainsKey(member))
            {
                obj[member] = null;
            }
        }
    }

    private static bool HasProvenance(string json) => JsonNode.Parse(json)!.AsObject().ContainsKey("provenance");

    private static JsonNode? Reversed(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Reverse().Select(pair => KeyValuePair.Create(pair.Key, Reversed(pair.Value)))),
        JsonArray array => new JsonArray(array.Select(Reversed).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
