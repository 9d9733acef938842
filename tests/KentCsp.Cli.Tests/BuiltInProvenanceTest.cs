using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary>
/// Every document <c>kentcsp json</c> writes from the built-in data carries its provenance, and every mark names a
/// member the document writes.
/// </summary>
public class BuiltInProvenanceTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    [Theory]
    [MemberData(nameof(BuiltInDocumentsTest.EveryBuiltInDocument), MemberType = typeof(BuiltInDocumentsTest))]
    public void Json_EveryBuiltInDocument_WritesEveryMarkOnAMemberItWrites(string document, string kind)
    {
        var (code, json, error) = CliRun.Run(Clock, "json", document);
        Assert.Equal("", error);
        Assert.Equal(0, code);
        var value = DocumentKinds.All.Single(candidate => candidate.Name == kind).FindBuiltIn(document);
        Assert.NotNull(value);
        // A history holds the built-in editions, each written with its own marks: it is checked edition by edition.
        var problems = value is AgreementHistory history
            ? EditionsOf(json).Zip(history.Editions, ProvenanceWalk.Problems).SelectMany(each => each).ToList()
            : ProvenanceWalk.Problems(json, value);

        Assert.True(problems.Count == 0, $"kentcsp json {document}:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(BuiltInDocumentsTest.EveryBuiltInDocument), MemberType = typeof(BuiltInDocumentsTest))]
    public void Json_EveryBuiltInDocument_IsListedInDocsProvenance(string document, string kind)
    {
        // docs/provenance.md lists the marks of KentBuiltIns.All; a document the command writes must be one of them.
        var value = DocumentKinds.All.Single(candidate => candidate.Name == kind).FindBuiltIn(document);
        var values = value is AgreementHistory history ? history.Editions.Cast<object>() : [value!];
        Assert.All(values, each => Assert.Contains(KentBuiltIns.All, builtIn => ReferenceEquals(builtIn.Value, each)));
    }

    /// <summary>The text of each element of a history document's <c>editions</c>.</summary>
    private static IEnumerable<string> EditionsOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("editions").EnumerateArray().Select(edition => edition.GetRawText()).ToList();
    }
}
