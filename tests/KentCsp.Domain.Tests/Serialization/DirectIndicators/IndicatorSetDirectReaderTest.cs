using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Hostile;
using KentCsp.Domain.Tests.Serialization.Schemas;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace KentCsp.Domain.Tests.Serialization.DirectIndicators;

/// <summary>
/// The indicator set's direct reader (<see cref="IndicatorSetDirectReader"/>) against the reader through the wire
/// objects, the authority for every error: on every input the hostile-input campaign and the schema mutation test
/// make for this kind, every approved snapshot and fixture of it, and large generated documents, the direct reader
/// gives up wherever the usual reader refuses, and wherever it reads it gives a set equal to the usual reader's that
/// writes the same bytes. The counts are printed and written to <c>direct-indicator-counts.txt</c> in the test output
/// folder.
/// </summary>
public class IndicatorSetDirectReaderTest(ITestOutputHelper output)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What happened to one input.</summary>
    private enum Outcome
    {
        BothRefused,
        BothRead,
        OnlyUsualRead,
    }

    [Fact]
    public void DirectReader_OnEveryGeneratedInput_GivesUpOrAgreesWithTheUsualReader()
    {
        var failures = new List<string>();
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var notDirect = new List<string>();
        foreach (var (source, json) in Inputs())
        {
            var outcome = Compare(json, out string? failure);
            if (failure is not null)
            {
                failures.Add($"{source}: {failure}\n    input begins {Excerpt(json)}");
            }
            if (!counts.TryGetValue(source, out var row))
            {
                counts[source] = row = new int[3];
            }
            row[(int)outcome]++;
            if (outcome == Outcome.OnlyUsualRead && SchemaVersionOf(json) == KentCspJson.SchemaVersion)
            {
                notDirect.Add($"{source}: {Excerpt(json)}");
            }
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"source",-28} {"inputs",7} {"refused",8} {"valid",6} {"direct",7} {"usual only",10}\n");
        int[] total = new int[3];
        foreach (var (source, row) in counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{source,-28} {row.Sum(),7} {row[0],8} {row[1] + row[2],6} {row[1],7} {row[2],10}\n");
            for (int i = 0; i < 3; i++)
            {
                total[i] += row[i];
            }
        }
        text.Append(CultureInfo.InvariantCulture, $"{"all",-28} {total.Sum(),7} {total[0],8} {total[1] + total[2],6} {total[1],7} {total[2],10}\n");
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "direct-indicator-counts.txt"), text.ToString());
        output.WriteLine(text.ToString());

        Assert.True(failures.Count == 0, $"{failures.Count} disagreements:\n" + string.Join("\n", failures.Take(10)));
        // Every valid schema version 2 input is read directly; only version 1 documents are left to the usual reader.
        Assert.True(notDirect.Count == 0, $"{notDirect.Count} valid version 2 documents not read directly:\n" + string.Join("\n", notDirect.Take(10)));
        Assert.True(total[1] > 1_000, $"only {total[1]} inputs read directly");
        Assert.True(total[0] > 5_000, $"only {total[0]} inputs refused");
    }

    [Fact]
    public void DirectReader_LargeGeneratedSets_ReadDirectlyAndEqualTheUsualReader()
    {
        foreach (int values in new[] { 10, 100, 10_000, 100_000 })
        {
            string json = KentCspJson.Serialize(LargeIndicatorSet.Build(values));
            Assert.Equal(Outcome.BothRead, Compare(json, out string? failure));
            Assert.Null(failure);
        }
    }

    [Fact]
    public void DirectReader_OtherKindsOfDocument_GivesUp()
    {
        foreach (string json in new[] { KentCspJson.Serialize(MixedFundingRound.Build(100)), KentCspJson.Serialize(KentData.Partnership) })
        {
            Assert.Equal(Outcome.BothRefused, Compare(json, out string? failure));
            Assert.Null(failure);
        }
    }

    [Fact]
    public void DirectReader_OverTheLimits_GivesUp_AndWithinThemReads()
    {
        byte[] utf8 = KentCspJson.SerializeToUtf8Bytes(LargeIndicatorSet.Build(20));
        int depth = 5; // the document, its series, a series, the series' values, a value
        int longest = LongestString(utf8);
        Assert.True(TryRead(utf8, new JsonReadLimits(maxDepth: depth, maxStringBytes: longest)));
        Assert.False(TryRead(utf8, new JsonReadLimits(maxDepth: depth - 1)));
        Assert.False(TryRead(utf8, new JsonReadLimits(maxStringBytes: longest - 1)));

        // ReadDocument refuses it as it always has: the direct reader gives up over the limits, and the scan reports them.
        var result = KentCspJson.ReadDocument(utf8, new JsonReadLimits(maxDepth: depth - 1));
        Assert.False(result.IsRead);
        Assert.Contains("MaxDepth", result.AsT1.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task PublicReaders_ValidSet_EveryOverloadGivesTheUsualReadersValue()
    {
        string json = KentCspJson.Serialize(LargeIndicatorSet.Build(200).WithProvenance(KentIndicators.July2017.Provenance));
        var expected = KentCspJson.DeserializeIndicatorSetThroughWire(json);
        byte[] utf8 = Utf8.GetBytes(json);
        Assert.Equal(expected, KentCspJson.DeserializeIndicatorSet(json));
        Assert.Equal(expected.Provenance, KentCspJson.DeserializeIndicatorSet(json).Provenance);
        Assert.Equal(expected, KentCspJson.DeserializeIndicatorSet(utf8));
        Assert.Equal(expected, KentCspJson.DeserializeIndicatorSet(new MemoryStream(utf8)));
        Assert.Equal(expected, await KentCspJson.DeserializeIndicatorSetAsync(new MemoryStream(utf8)));
        Assert.Equal(expected, Assert.IsType<IndicatorSetContent>(KentCspJson.ReadDocument(json).AsT0).Value);
        Assert.Equal(expected, Assert.IsType<IndicatorSetContent>(KentCspJson.ReadDocument(utf8).AsT0).Value);
        Assert.True(TryRead(utf8, JsonReadLimits.Default));
    }

    [Fact]
    public void PublicReaders_BadSets_FailWithTheUsualReadersMessageAndPath()
    {
        string good = KentCspJson.Serialize(LargeIndicatorSet.Build(20));
        string[] bad =
        [
            good.Replace("\"value\": 1000", "\"value\": -1", StringComparison.Ordinal),
            good.Replace("\"period\": \"2025-03\"", "\"period\": \"2025-13\"", StringComparison.Ordinal),
            good.Replace("\"unit\": \"Count\"", "\"unit\": \"Counts\"", StringComparison.Ordinal),
            good.Replace("\"periodKind\": \"Month\"", "\"periodKind\": \"Month\", \"periodKind\": \"Month\"", StringComparison.Ordinal),
            good.Replace("\"kind\": \"indicators\"", "\"kind\": \"funding\"", StringComparison.Ordinal),
            good.Replace("\"killed\": 50,", "\"killed\": 50, \"extra\": 1,", StringComparison.Ordinal),
            good.Substring(0, good.Length / 2),
        ];
        foreach (string json in bad)
        {
            Assert.NotEqual(good, json);
            var usual = Assert.Throws<JsonException>(() => KentCspJson.DeserializeIndicatorSetThroughWire(json));
            byte[] utf8 = Utf8.GetBytes(json);
            foreach (var read in new Action[]
            {
                () => KentCspJson.DeserializeIndicatorSet(json),
                () => KentCspJson.DeserializeIndicatorSet(utf8),
                () => KentCspJson.DeserializeIndicatorSet(new MemoryStream(utf8)),
            })
            {
                var thrown = Assert.Throws<JsonException>(read);
                Assert.Equal(usual.Message, thrown.Message);
                Assert.Equal(usual.Path, thrown.Path);
            }
            // ReadDocument reads a document of any kind (one of another kind is read as that kind) and words malformed
            // JSON in its own way: it is compared here on well-formed indicator set documents.
            if (!json.Contains("\"kind\": \"funding\"", StringComparison.Ordinal) && SchemaVersionOf(json) is not null)
            {
                Assert.Equal(usual.Message, KentCspJson.ReadDocument(json).AsT1.Message);
            }
        }
    }

    /// <summary>Reads <paramref name="json"/> both ways and checks that they agree; the outcome, and what disagrees.</summary>
    private static Outcome Compare(string json, out string? failure)
    {
        failure = null;
        IndicatorSet? usual;
        try
        {
            usual = KentCspJson.DeserializeIndicatorSetThroughWire(json);
        }
        catch (JsonException)
        {
            usual = null;
        }
        byte[]? utf8 = Prepared(json);
        bool read;
        IndicatorSet? direct = null;
        try
        {
            read = utf8 is not null && TryRead(utf8, JsonReadLimits.Default, out direct);
        }
        catch (Exception exception)
        {
            failure = $"the direct reader threw {exception.GetType().Name}: {exception.Message}";
            return usual is null ? Outcome.BothRefused : Outcome.OnlyUsualRead;
        }
        // ReadDocument tries the direct reader before anything else: it must read a set exactly when the usual reader does.
        var readDocument = KentCspJson.ReadDocument(json).Match<KentCspDocument?>(document => document, _ => null);
        var setRead = readDocument is IndicatorSetContent content ? content.Value : null;
        if (usual is null)
        {
            if (read)
            {
                failure = "the usual reader refuses the document, but the direct reader read it";
            }
            else if (setRead is not null)
            {
                failure = "the usual reader refuses the document, but ReadDocument read it as an indicator set";
            }
            return Outcome.BothRefused;
        }
        if (setRead is null || !usual.Equals(setRead) || !Equals(usual.Provenance, setRead.Provenance))
        {
            failure = "ReadDocument did not read the usual reader's set";
            return read ? Outcome.BothRead : Outcome.OnlyUsualRead;
        }
        if (!read)
        {
            return Outcome.OnlyUsualRead;
        }
        if (!usual.Equals(direct) || !Equals(usual.Provenance, direct!.Provenance))
        {
            failure = "the direct reader's set differs from the usual reader's";
        }
        else if (!KentCspJson.SerializeToUtf8Bytes(usual).AsSpan().SequenceEqual(KentCspJson.SerializeToUtf8Bytes(direct)))
        {
            failure = "the direct reader's set writes other bytes than the usual reader's";
        }
        return Outcome.BothRead;
    }

    /// <summary>The bytes the readers give the direct reader: UTF-8 without a byte-order mark; null for text no UTF-8 holds.</summary>
    private static byte[]? Prepared(string json)
    {
        try
        {
            string text = json.Length > 0 && json[0] == '\uFEFF' ? json.Substring(1) : json;
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    private static bool TryRead(byte[] utf8, JsonReadLimits limits) => TryRead(utf8, limits, out _);

    private static bool TryRead(byte[] utf8, JsonReadLimits limits, out IndicatorSet? set) =>
        IndicatorSetDirectReader.TryRead(utf8, limits, KentCspJson.ProvenanceWireInfo, out set);

    /// <summary>
    /// The inputs: the hostile-input campaign's cases for this kind (its seed documents and mutators, driven as the
    /// campaign drives them, for every case number), the schema mutation test's structural and random mutations of this
    /// kind's documents, every approved snapshot and version 1 fixture of the kind, and other kinds' documents.
    /// </summary>
    private static IEnumerable<(string Source, string Json)> Inputs()
    {
        // The campaign: case numbers k × 800 + c for every kind index k, so its own cases for this kind are among them.
        int seed = int.TryParse(Environment.GetEnvironmentVariable("KENTCSP_HOSTILE_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int given) ? given : HostileInputCampaignTest.DefaultSeed;
        var seeds = HostileInputCampaignTest.SeedDocuments()["indicator set"];
        for (int caseNumber = 0; caseNumber < 16 * 800; caseNumber++)
        {
            var random = new Random(unchecked(seed * 397 ^ caseNumber * 7919));
            var (_, document) = seeds[random.Next(seeds.Count)];
            string mutation = HostileInputCampaignTest.Mutations[caseNumber % 800 % HostileInputCampaignTest.Mutations.Length];
            yield return ("hostile: " + mutation, HostileInputCampaignTest.Mutate(document, mutation, random));
        }

        // The schema mutation test's cases for this kind.
        var entry = DocumentKindsForTests.For(DocumentKind.IndicatorSet);
        var schemaSeeds = new List<string> { entry.Write(entry.Sample()) };
        schemaSeeds.AddRange(SchemaValidator.ApprovedDocuments().Where(document => document.Kind == DocumentKind.IndicatorSet).Select(document => document.Json));
        schemaSeeds.AddRange(KentBuiltIns.All.Select(pair => KentBuiltIns.Serialize(pair.Value)).OfType<string>().Where(json => json.Contains("\"kind\": \"indicators\"", StringComparison.Ordinal)));
        foreach (var (mutation, json) in SchemaValidationTest.StructuralMutations(schemaSeeds[0]))
        {
            yield return ("schema: " + mutation, json);
        }
        var schemaRandom = new Random(HostileInputCampaignTest.DefaultSeed + DocumentKind.IndicatorSet.Value);
        for (int i = 0; i < 300; i++)
        {
            string mutation = HostileInputCampaignTest.Mutations[i % HostileInputCampaignTest.Mutations.Length];
            yield return ("schema random: " + mutation, HostileInputCampaignTest.Mutate(schemaSeeds[schemaRandom.Next(schemaSeeds.Count)], mutation, schemaRandom));
        }

        // The documents themselves, and the version 1 fixtures (left to the usual reader).
        foreach (string json in schemaSeeds)
        {
            yield return ("snapshot or built-in", json);
        }
        foreach (string name in V1Fixtures.Names().Where(name => V1Fixtures.KindOf(name) == DocumentKind.IndicatorSet))
        {
            yield return ("version 1 fixture", V1Fixtures.Read(name));
        }
        foreach (var (name, json) in SchemaValidator.ApprovedDocuments().Where(document => document.Kind != DocumentKind.IndicatorSet).Select(document => (document.Name, document.Json)))
        {
            yield return ("other kinds", json);
        }
    }

    private static int? SchemaVersionOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("schemaVersion").GetInt32();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static int LongestString(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        int longest = 0;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                longest = Math.Max(longest, reader.ValueSpan.Length);
            }
        }
        return longest;
    }

    private static string Excerpt(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "…";
}
