#if !LIBRARY_NETSTANDARD
using System;
using System.IO;
using System.Linq;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization.Schemas;

/// <summary>
/// The committed schemas in docs/schemas/ are exactly what <see cref="DocumentSchemaGenerator"/> makes from the wire
/// types. A difference fails and writes <c>KIND.schema.received.json</c> beside the committed file; if the change is
/// meant, rename it over the committed file, or run the tests with <c>KENTCSP_UPDATE_SCHEMAS=1</c> to rewrite them all.
/// (Made on the net10.0 build only: the exporter needs .NET 9 or later.)
/// </summary>
public class DocumentSchemasTest
{
    public static TheoryData<string> WireNames() => new(DocumentKind.List.OrderBy(kind => kind.Value).Select(kind => kind.WireName));

    [Theory]
    [MemberData(nameof(WireNames))]
    public void CommittedSchema_IsWhatTheGeneratorMakesFromTheWireTypes(string wireName)
    {
        Assert.True(DocumentKind.TryFromWireName(wireName, out var kind));
        string generated = DocumentSchemaGenerator.Generate(kind);
        string folder = Path.Combine(RepositoryPaths.Root, DocumentSchemaGenerator.Folder);
        string committed = Path.Combine(folder, DocumentSchemaGenerator.FileName(kind));
        if (Environment.GetEnvironmentVariable("KENTCSP_UPDATE_SCHEMAS") == "1")
        {
            File.WriteAllText(committed, generated);
        }
        try
        {
            Snapshot.VerifyAt(generated, committed, Path.Combine(folder, kind.WireName + ".schema.received.json"));
        }
        catch (SnapshotMismatchException exception)
        {
            throw new SnapshotMismatchException(exception.Message + " To rewrite every schema, run the tests with KENTCSP_UPDATE_SCHEMAS=1.");
        }
    }

    [Fact]
    public void Generator_DateAndFinancialYearPatterns_AcceptTheSupportedRangeOnly()
    {
        var date = new System.Text.RegularExpressions.Regex(DocumentSchemaGenerator.DatePattern);
        Assert.Matches(date, "1000-01-01");
        Assert.Matches(date, "9998-12-31");
        Assert.DoesNotMatch(date, "0999-12-31");
        Assert.DoesNotMatch(date, "9999-01-01");
        Assert.DoesNotMatch(date, "2017-13-01");
        Assert.DoesNotMatch(date, "2017-7-19");

        string schema = KentCspJson.GetSchema(DocumentKind.FundingRound);
        using var document = System.Text.Json.JsonDocument.Parse(schema);
        string yearPattern = document.RootElement.GetProperty("properties").GetProperty("grant").GetProperty("properties").GetProperty("year").GetProperty("pattern").GetString()!;
        var year = new System.Text.RegularExpressions.Regex(yearPattern);
        foreach (string good in new[] { "1000/01", "2016/17", "2099/00", "9998/99" })
        {
            Assert.Matches(year, good);
            Assert.True(FinancialYear.TryParse(good, out _), good);
        }
        foreach (string bad in new[] { "0999/00", "2016/18", "2016-17", "9999/00", "2016/17 " })
        {
            Assert.DoesNotMatch(year, bad);
            Assert.False(FinancialYear.TryParse(bad, out _), bad);
        }
    }
}
#endif
