using System;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>Schema version 2: every document names its kind second; readers take version 2 of their own kind and version 1.</summary>
public class SchemaVersionTest
{
    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var kind in DocumentKind.All)
        {
            data.Add(kind.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Serialize_EveryKind_WritesVersion2ThenItsKind(string kindName)
    {
        var entry = DocumentKindsForTests.For(DocumentKind.FromName(kindName));

        string json = entry.Write(entry.Sample());

        Assert.StartsWith($"{{\n  \"schemaVersion\": 2,\n  \"kind\": \"{entry.Kind.WireName}\",\n", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Deserialize_EveryKindWithEveryOtherReader_NamesBothKindsAtKind(string kindName)
    {
        var entry = DocumentKindsForTests.For(DocumentKind.FromName(kindName));
        string json = entry.Write(entry.Sample());
        foreach (var reader in DocumentKindsForTests.All)
        {
            if (reader.Kind == entry.Kind)
            {
                continue;
            }
            var exception = Assert.Throws<JsonException>(() => reader.Read(json));
            Assert.Equal("$.kind", exception.Path);
            Assert.Contains($"this is {Article(entry.Kind)} {entry.Kind.Description} document (\"{entry.Kind.WireName}\")", exception.Message, StringComparison.Ordinal);
            Assert.Contains($"but {Article(reader.Kind)} {reader.Kind.Description} document (\"{reader.Kind.WireName}\") was expected.", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DeserializeFundingRound_Meeting_SaysWhatItIsAndWhatWasExpected()
    {
        string meeting = KentCspJson.Serialize(KentMeetings.Kcsp2017July19);

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(meeting));

        Assert.Equal("$.kind: this is a meeting document (\"meeting\"), but a funding round document (\"funding\") was expected.", exception.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-1)]
    public void Deserialize_OtherVersion_RefusedAtSchemaVersion(int version)
    {
        string json = KentCspJson.Serialize(KentData.Partnership).Replace("\"schemaVersion\": 2", $"\"schemaVersion\": {version}");

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json));

        Assert.Equal("$.schemaVersion", exception.Path);
        Assert.Equal($"$.schemaVersion: this library reads schema versions 1 and 2, but the document has version {version}.", exception.Message);
    }

    [Fact]
    public void Deserialize_Version3WithNewMembers_NamesTheVersionNotTheMembers()
    {
        string json = KentCspJson.Serialize(KentData.Partnership)
            .Replace("\"schemaVersion\": 2,", "\"schemaVersion\": 3,\n  \"newInVersion3\": true,");

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json));

        Assert.Equal("$.schemaVersion", exception.Path);
    }

    [Fact]
    public void Deserialize_Version2WithoutKind_RefusedAtKind()
    {
        string json = KentCspJson.Serialize(KentData.Partnership).Replace("  \"kind\": \"partnership\",\n", "");

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json));

        Assert.Equal("$.kind: missing: a schema version 2 document names its kind, here \"partnership\" for a partnership document.", exception.Message);
    }

    [Fact]
    public void Deserialize_Version1WithKind_RefusedAtKind()
    {
        string json = KentCspJson.Serialize(KentData.Partnership).Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1");

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json));

        Assert.Equal("$.kind: 'kind' is not a member of a schema version 1 document; unknown members are refused.", exception.Message);
    }

    [Theory]
    [InlineData("\"kind\": \"partnerships\"", "$.kind: \"partnerships\" is not a kind of document this library reads; a partnership document has \"kind\": \"partnership\".")]
    [InlineData("\"kind\": 1", "$.kind: must be a string naming the kind of document, here \"partnership\", but was a number.")]
    [InlineData("\"kind\": null", "$.kind: must be a string naming the kind of document, here \"partnership\", but was null.")]
    public void Deserialize_BadKind_RefusedAtKind(string kind, string expected)
    {
        string json = KentCspJson.Serialize(KentData.Partnership).Replace("\"kind\": \"partnership\"", kind);

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json));

        Assert.Equal(expected, exception.Message);
    }

    [Fact]
    public void DeserializePartnershipRecord_NestedPartnershipOfAnotherKind_RefusedAtItsKind()
    {
        string json = KentCspJson.Serialize(DocumentKindsForTests.For(DocumentKind.PartnershipRecord).Sample() is var record ? (Domain.Partnership.PartnershipRecord)record : null!)
            .Replace("\"kind\": \"partnership\"", "\"kind\": \"funding\"");

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnershipRecord(json));

        Assert.Equal("$.partnership.kind", exception.Path);
    }

    [Fact]
    public void DeserializePartnershipRecord_Version2WithNestedVersion1Partnership_Reads()
    {
        var record = (Domain.Partnership.PartnershipRecord)DocumentKindsForTests.For(DocumentKind.PartnershipRecord).Sample();
        string json = KentCspJson.Serialize(record).Replace("    \"schemaVersion\": 2,\n    \"kind\": \"partnership\",\n", "    \"schemaVersion\": 1,\n");

        Assert.Equal(KentCspJson.Serialize(record), KentCspJson.Serialize(KentCspJson.DeserializePartnershipRecord(json)));
    }

    [Fact]
    public void Deserialize_AMeetingRenamedToAFundingRound_NamesItsFirstUnknownMember()
    {
        // The kind is checked, not believed: a document that claims another kind is read as that kind.
        string json = KentCspJson.Serialize(KentMeetings.Kcsp2017July19).Replace("\"kind\": \"meeting\"", "\"kind\": \"funding\"");

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(json));

        Assert.StartsWith("$.bodyId: 'bodyId' is not a member of this object", exception.Message, StringComparison.Ordinal);
    }

    private static string Article(DocumentKind kind) => "aeiouAEIOU".IndexOf(kind.Description[0]) >= 0 ? "an" : "a";
}
