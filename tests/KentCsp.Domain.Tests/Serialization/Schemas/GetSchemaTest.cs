using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization.Schemas;

/// <summary><see cref="KentCspJson.GetSchema"/>: the committed schema of each kind, embedded in both builds of the library.</summary>
public class GetSchemaTest
{
    public static TheoryData<string> WireNames() => new(DocumentKind.List.OrderBy(kind => kind.Value).Select(kind => kind.WireName));

    [Theory]
    [MemberData(nameof(WireNames))]
    public void GetSchema_EveryKind_IsTheCommittedFileByteForByte(string wireName)
    {
        Assert.True(DocumentKind.TryFromWireName(wireName, out var kind));
        string committed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "schemas", wireName + ".schema.json"));

        Assert.Equal(committed, KentCspJson.GetSchema(kind));
        Assert.DoesNotContain('\r', committed);
        Assert.EndsWith("}\n", committed, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WireNames))]
    public void GetSchema_EveryKind_IsADraft2020SchemaOfVersion2OfThatKind(string wireName)
    {
        Assert.True(DocumentKind.TryFromWireName(wireName, out var kind));
        using var schema = JsonDocument.Parse(KentCspJson.GetSchema(kind));
        var root = schema.RootElement;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal($"urn:kentcsp:schema:2:{wireName}", root.GetProperty("$id").GetString());
        Assert.Equal("object", root.GetProperty("type").GetString());
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(KentCspJson.SchemaVersion, root.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetInt32());
        Assert.Equal(wireName, root.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString());
        var required = root.GetProperty("required").EnumerateArray().Select(item => item.GetString()).ToList();
        Assert.Equal(["schemaVersion", "kind"], required.Take(2));
        Assert.Contains("version 1", root.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GetSchema_Null_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => KentCspJson.GetSchema(null!));
        Assert.Equal("kind", exception.ParamName);
    }
}
