using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Kent;

/// <summary>
/// Every document of the built-in data is written with its provenance, and every mark names a member the document
/// writes; the walk itself fails on a renamed field, an unmarked document and a dropped mark.
/// </summary>
public class KentProvenanceWalkTest
{
    public static TheoryData<string> EveryBuiltInDocument()
    {
        var data = new TheoryData<string>();
        foreach (var (name, value) in KentBuiltIns.All)
        {
            if (KentBuiltIns.Serialize(value) is not null)
            {
                data.Add(name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryBuiltInDocument))]
    public void Serialize_EveryBuiltInDocument_WritesEveryMarkOnAMemberItWrites(string name)
    {
        var value = KentBuiltIns.All.Single(builtIn => builtIn.Name == name).Value;

        var problems = ProvenanceWalk.Problems(KentBuiltIns.Serialize(value)!, value);

        Assert.True(problems.Count == 0, $"{name}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Walk_MarkOnAFieldTheDocumentDoesNotWrite_Fails()
    {
        var round = KentFunding.Round2017To18;
        var renamed = round.WithProvenance(round.Provenance!.With("grant.amont", Provenance.Inferred("A misspelt field.")));

        var problems = ProvenanceWalk.Problems(KentCspJson.Serialize(renamed), renamed);

        Assert.Contains("$.provenance.fields['grant.amont']: names no member that $ writes", problems);
    }

    [Fact]
    public void Walk_DocumentWithNoProvenance_Fails()
    {
        var round = KentFunding.Round2017To18.WithProvenance(null);

        var problems = ProvenanceWalk.Problems(KentCspJson.Serialize(round), round);

        Assert.Contains("$: the document is written with no provenance member", problems);
        Assert.Contains("$: the object written (FundingRound) carries no provenance", problems);
    }

    [Fact]
    public void Walk_InferredMarkNotWritten_Fails()
    {
        var round = KentFunding.Round2017To18;
        var unmarked = round.WithProvenance(ProvenanceRecord.Of(round.Provenance!.Whole));

        var problems = ProvenanceWalk.Problems(KentCspJson.Serialize(unmarked), round);

        Assert.Contains(problems, problem => problem.StartsWith("$.provenance.fields['grant.amount']: inferred but not written", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Walk_NestedSchemeMarkNotWritten_Fails()
    {
        var ranking = KentMorile.PilotDistricts[0];
        var node = System.Text.Json.Nodes.JsonNode.Parse(KentCspJson.Serialize(ranking))!;
        node["scheme"]!.AsObject().Remove("provenance");
        string json = node.ToJsonString();

        var problems = ProvenanceWalk.Problems(json, ranking);

        Assert.Contains("$.scheme: the object carries provenance (illustrative) but none is written", problems);
    }

    [Fact]
    public void Resolve_PartnershipMarksUnderPartnership_NameMembersTheRecordDocumentWrites()
    {
        // kentcsp partnership prints the partnership's marks of a record as "partnership." and the key.
        var record = KentData.PartnershipRecord;
        using var document = System.Text.Json.JsonDocument.Parse(KentCspJson.Serialize(record));

        Assert.NotEmpty(record.Partnership.Provenance!.Fields);
        Assert.All(record.Partnership.Provenance.Fields, field =>
            Assert.True(ProvenanceWalk.Resolve(document.RootElement, "partnership." + field.Field).HasValue, "partnership." + field.Field));
        Assert.True(document.RootElement.GetProperty("partnership").TryGetProperty("provenance", out _));
    }

    [Theory]
    [InlineData("grant.amount", true)]
    [InlineData("bids[1].applicant", true)]
    [InlineData("bids[99].applicant", false)]
    [InlineData("grant.amount.pence", false)]
    [InlineData("provenance", false)]
    [InlineData("grant..amount", false)]
    public void Resolve_Key_FindsOnlyWrittenMembers(string key, bool found)
    {
        using var document = System.Text.Json.JsonDocument.Parse(KentCspJson.Serialize(KentFunding.Round2017To18));

        Assert.Equal(found, ProvenanceWalk.Resolve(document.RootElement, key).HasValue);
    }
}
