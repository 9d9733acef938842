using System;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary><see cref="KentCspJson.ReadDocument(string)"/>: one entry point for a document of any kind, with a typed failure.</summary>
public class ReadDocumentTest
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
    public void ReadDocument_Version2OfEveryKind_ReadsItAsItsKind(string kindName)
    {
        var entry = DocumentKindsForTests.For(DocumentKind.FromName(kindName));
        string json = entry.Write(entry.Sample());

        var result = KentCspJson.ReadDocument(json);

        Assert.True(result.IsRead, result.ToString());
        Assert.Same(entry.Kind, result.AsT0.Kind);
        Assert.Equal(2, result.AsT0.SchemaVersion);
        Assert.Equal($"{entry.Kind.WireName} document (schema version 2)", result.AsT0.ToString());
    }

    [Fact]
    public void ReadDocument_FundingRound_HoldsTheRound()
    {
        var result = KentCspJson.ReadDocument(KentCspJson.Serialize(KentFunding.Round2016To17));

        var content = Assert.IsType<FundingRoundContent>(result.AsT0);
        Assert.Equal(KentCspJson.Serialize(KentFunding.Round2016To17), KentCspJson.Serialize(content.Value));
        Assert.IsAssignableFrom<KentCspDocument<FundingRound>>(result.AsT0);
    }

    [Fact]
    public void DocumentKind_WireNamesAndMarkers_AreUnique()
    {
        Assert.Equal(DocumentKind.All.Count, DocumentKind.All.Select(kind => kind.WireName).Distinct().Count());
        Assert.Equal(DocumentKind.All.Count, DocumentKind.All.Select(kind => kind.Marker).Distinct().Count());
        Assert.All(DocumentKind.All, kind => Assert.Equal(kind.WireName.ToLowerInvariant(), kind.WireName));
        Assert.True(DocumentKind.TryFromWireName("review-case", out var found));
        Assert.Same(DocumentKind.ReviewCase, found);
        Assert.False(DocumentKind.TryFromWireName("ReviewCase", out _));
        Assert.False(DocumentKind.TryFromWireName(null, out _));
    }

    [Fact]
    public void ReadDocument_InvalidDocument_IsAFailureWithThePathNotAnException()
    {
        string json = KentCspJson.Serialize(KentFunding.Round2016To17).Replace("\"currency\": \"GBP\"", "\"currency\": \"EUR\"");

        var result = KentCspJson.ReadDocument(json);

        Assert.False(result.IsRead);
        var failure = result.AsT1;
        Assert.Equal("$.currency", failure.Path);
        Assert.Same(DocumentKind.FundingRound, failure.Kind);
        Assert.Equal(Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(json)).Message, failure.Message);
    }

    [Theory]
    [InlineData("", "$", "$: ")]
    [InlineData("[]", "$", "$: expected a KentCsp.Domain document (a JSON object), but found an array.")]
    [InlineData("null", "$", "$: expected a KentCsp.Domain document (a JSON object), but found null.")]
    [InlineData("{\"kind\": \"partnership\"}", "$", "$: missing required member 'schemaVersion'; every document names its schema version.")]
    [InlineData("{\"schemaVersion\": \"2\"}", "$.schemaVersion", "$.schemaVersion: must be a whole number, the schema version (1 or 2), but was a string.")]
    [InlineData("{\"schemaVersion\": 7}", "$.schemaVersion", "$.schemaVersion: this library reads schema versions 1 and 2, but the document has version 7.")]
    [InlineData("{\"schemaVersion\": 2}", "$.kind", "$.kind: missing: a schema version 2 document names its kind, one of \"partnership\", \"csa\", ")]
    [InlineData("{\"schemaVersion\": 2, \"kind\": \"agenda\"}", "$.kind", "$.kind: \"agenda\" is not a kind of document this library reads; the kinds are \"partnership\", \"csa\", ")]
    [InlineData("{\"schemaVersion\": 2, \"kind\": []}", "$.kind", "$.kind: must be a string naming the kind of document, one of ")]
    [InlineData("{\"schemaVersion\": 1, \"kind\": \"partnership\"}", "$.kind", "$.kind: 'kind' is not a member of a schema version 1 document; unknown members are refused.")]
    [InlineData("{\"schemaVersion\": 1, \"agenda\": []}", "$", "$: the document has no 'kind' (schema version 1) and none of the members that mark a kind of document: 'members' (partnership), 'crossCuttingThemes' (Community Safety Agreement edition), ")]
    [InlineData("{\"schemaVersion\": 1, \"members\": [], \"grant\": {}}", "$", "$: the document has no 'kind' (schema version 1) and the members that mark more than one kind of document: 'members' (partnership), 'grant' (funding round).")]
    [InlineData("{\"schemaVersion\": 2, \"kind\": \"partnership\", \"members\": [1,}", "$.members[0]", "$.members[0]: ")]
    public void ReadDocument_BadDocument_FailsAtThePathWithTheMessage(string json, string path, string messageStart)
    {
        var result = KentCspJson.ReadDocument(json);

        Assert.False(result.IsRead);
        Assert.Equal(path, result.AsT1.Path);
        Assert.StartsWith(messageStart, result.AsT1.Message, StringComparison.Ordinal);
        Assert.Equal(result.AsT1.Message, result.ToString());
    }

    [Fact]
    public void ReadDocument_Version1CrimeCount_IsACrimeCountThoughItListsFindings()
    {
        var result = KentCspJson.ReadDocument(V1Fixtures.Read("crime-count-street-fight.json"));

        Assert.Same(DocumentKind.CrimeCount, result.AsT0.Kind);
    }

    [Fact]
    public void ReadDocument_Version1FindingsWithAMissingMember_FailsAsAFindingsDocument()
    {
        string json = "{\n  \"schemaVersion\": 1,\n  \"findings\": [\n    {}\n  ]\n}";

        var result = KentCspJson.ReadDocument(json);

        Assert.Same(DocumentKind.Findings, result.AsT1.Kind);
        Assert.StartsWith("$.findings[0]: missing required member(s)", result.AsT1.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDocument_Null_Throws()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => KentCspJson.ReadDocument((string)null!)).ParamName);
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => KentCspJson.ReadDocument("{}", null!)).ParamName);
    }
}
