using System.Text.Json.Nodes;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using KentCsp.Domain.Serialization;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>
/// The committed version-1 documents in <c>Fixtures/v1</c>: every kind as the library wrote it before schema version 2,
/// and the partnership and CSA documents of release 0.1.0; a kind added since (the funding policy) has a version-1
/// document too, recognised by its marker as every version-1 document is. Every 1.x and 2.x release reads every one of them, through
/// the reader for its kind and through <see cref="KentCspJson.ReadDocument(string)"/>.
/// </summary>
public class V1FixturesTest
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var name in V1Fixtures.Names())
        {
            data.Add(name);
        }
        return data;
    }

    [Fact]
    public void Fixtures_CoverEveryKindOfDocument()
    {
        var covered = V1Fixtures.Names().Select(V1Fixtures.KindOf).Distinct().ToList();
        // The CSA history has no version 1 layout (no marker member of its own): no version 1 document of it exists.
        Assert.Equal(DocumentKind.All.Count(kind => kind != DocumentKind.AgreementHistory), covered.Count);
        Assert.Contains("0.1.0-partnership.json", V1Fixtures.Names());
        Assert.Contains("0.1.0-csa-2017.json", V1Fixtures.Names());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_IsVersion1WithoutKind(string name)
    {
        string json = V1Fixtures.Read(name);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\n  \"kind\":", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_ReadsThroughItsKindsReaderAndThroughReadDocument_ToTheSameValue(string name)
    {
        string json = V1Fixtures.Read(name);
        var entry = DocumentKindsForTests.For(V1Fixtures.KindOf(name));

        object value = entry.Read(json);
        var result = KentCspJson.ReadDocument(json);

        Assert.True(result.IsRead, result.ToString());
        var document = result.AsT0;
        Assert.Same(entry.Kind, document.Kind);
        Assert.Equal(1, document.SchemaVersion);
        object read = ValueOf(document);
        Assert.Equal(entry.Write(value), entry.Write(read));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_WrittenAgain_IsVersion2WithItsKindAndReadsToTheSameValue(string name)
    {
        var entry = DocumentKindsForTests.For(V1Fixtures.KindOf(name));
        object value = entry.Read(V1Fixtures.Read(name));

        string written = entry.Write(value);

        Assert.StartsWith($"{{\n  \"schemaVersion\": 2,\n  \"kind\": \"{entry.Kind.WireName}\",\n", written, StringComparison.Ordinal);
        Assert.Equal(written, entry.Write(entry.Read(written)));
    }

    [Theory]
    [InlineData("partnership.json")]
    [InlineData("csa-2017.json")]
    [InlineData("csa-2023.json")]
    [InlineData("funding-2016-17.json")]
    [InlineData("meeting-2017-07-19.json")]
    [InlineData("reviews.json")]
    [InlineData("plan-2017-18.json")]
    [InlineData("incident-thrown-fluid.json")]
    [InlineData("indicators-2017.json")]
    [InlineData("morile-pilot-1.json")]
    public void BuiltInFixture_DiffersFromTodaysDocumentOnlyInTheVersionAndKind(string name)
    {
        // Written by 'kentcsp json' before schema version 2: the same members in the same order.
        string v1 = V1Fixtures.Read(name);
        var entry = DocumentKindsForTests.For(V1Fixtures.KindOf(name));
        string v2 = entry.Write(entry.Read(v1));

        string expected = v1.Replace("\"schemaVersion\": 1,\n", $"\"schemaVersion\": 2,\n  \"kind\": \"{entry.Kind.WireName}\",\n");
        // Version 1's "illustration": true (on a document or a MoRiLE scheme) is read as illustrative provenance, which
        // version 2 writes as the object's last member: apart from that swap, the members are the same.
        if (v1.Contains("\"illustration\": true"))
        {
            Assert.DoesNotContain("\"illustration\"", v2);
            Assert.Contains("\"kind\": \"Illustrative\"", v2);
            Assert.True(JsonNode.DeepEquals(WithoutIllustration(JsonNode.Parse(expected)), WithoutIllustration(JsonNode.Parse(v2))));
            return;
        }
        Assert.Equal(expected, v2);
    }

    private static JsonNode? WithoutIllustration(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            obj.Remove("illustration");
            obj.Remove("provenance");
            foreach (var member in obj)
            {
                WithoutIllustration(member.Value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var element in array)
            {
                WithoutIllustration(element);
            }
        }
        return node;
    }

    private static object ValueOf(KentCspDocument document) => document switch
    {
        PartnershipContent content => content.Value,
        AgreementEditionContent content => content.Value,
        FundingRoundContent content => content.Value,
        MeetingContent content => content.Value,
        ReviewCaseContent content => content.Value,
        ReviewRegisterContent content => content.Value,
        ActionPlanContent content => content.Value,
        PartnershipRecordContent content => content.Value,
        FindingsContent content => content.Value,
        IncidentContent content => content.Value,
        CrimeCountContent content => content.Value,
        AccuracyAuditContent content => content.Value,
        IndicatorSetContent content => content.Value,
        MorileRankingContent content => content.Value,
        FundingPolicyContent content => content.Value,
        _ => throw new InvalidOperationException(document.ToString()),
    };
}

/// <summary>Finds the committed version-1 fixtures beside this file.</summary>
internal static class V1Fixtures
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static string Folder { get; } = Path.Combine(Path.GetDirectoryName(SourceFile())!, "Fixtures", "v1");

    internal static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.json").Select(path => Path.GetFileName(path)!).OrderBy(name => name, StringComparer.Ordinal);

    internal static string Read(string name) => Utf8.GetString(File.ReadAllBytes(Path.Combine(Folder, name)));

    /// <summary>The kind a fixture holds: its name starts with the kind's wire name (after "0.1.0-" for the first release's).</summary>
    internal static DocumentKind KindOf(string name)
    {
        string stem = name.StartsWith("0.1.0-", StringComparison.Ordinal) ? name.Substring("0.1.0-".Length) : name;
        return DocumentKind.All
            .Where(kind => stem.StartsWith(kind.WireName + "-", StringComparison.Ordinal) || stem == kind.WireName + ".json")
            .OrderByDescending(kind => kind.WireName.Length)
            .First();
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
