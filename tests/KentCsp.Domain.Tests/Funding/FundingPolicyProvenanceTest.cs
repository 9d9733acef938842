using System;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>Where a funding policy's terms come from: <see cref="FundingPolicy.Provenance"/> and its <c>provenance</c> member.</summary>
public class FundingPolicyProvenanceTest
{
    private static FundingPolicy Testshire() => FundingPolicyJsonTest.Testshire();

    private static readonly ProvenanceRecord TestshireMarks =
        ProvenanceRecord.Of(Provenance.Sourced(new SourceDocument("Testshire grant conditions", new LocalDate(2017, 4, 1), "paragraph 4")))
            .With("inPrincipleLimit", Provenance.Inferred("The conditions give no limit; two months is the panel's usual interval."));

    [Fact]
    public void KentPolicy_Provenance_CitesTheWorkingGroupUpdateAsAWhole()
    {
        var provenance = KentPolicies.Funding.Provenance;

        Assert.NotNull(provenance);
        Assert.Equal(Provenance.Sourced(KentSources.WorkingGroupUpdate2017March15.At("section 3.3")), provenance.Whole);
        Assert.Equal(ProvenanceKind.Sourced, provenance.For("withholdAfter").Kind);
    }

    [Theory]
    [InlineData("withdrawAfter")]
    [InlineData("inPrincipleLimit")]
    public void KentPolicy_Provenance_MarksTheTwoUnconfirmedDefaultsAsSuch(string term)
    {
        var provenance = KentPolicies.Funding.Provenance!.For(term);

        Assert.False(provenance.IsFact);
        Assert.Equal(ProvenanceKind.Illustrative, provenance.Kind);
        Assert.StartsWith("Unconfirmed default: ", provenance.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void KentPolicy_Provenance_CitesTheMinuteForTheReferralOfLocalProjects()
    {
        var provenance = KentPolicies.Funding.Provenance!.For("referLocalProjects");

        Assert.Equal(ProvenanceKind.Sourced, provenance.Kind);
        Assert.Equal(new LocalDate(2017, 3, 15), provenance.Source!.Date);
        Assert.Equal("paragraph 4", provenance.Source.Locator);
        Assert.NotEqual(KentPolicies.Funding.Provenance!.Whole.Source, provenance.Source);
    }

    [Fact]
    public void KentPolicy_Provenance_MarksNoOtherTermAsNotAFact()
    {
        var notFacts = KentPolicies.Funding.Provenance!.Fields.Where(field => !field.Provenance.IsFact).Select(field => field.Field);

        Assert.Equal(new[] { "withdrawAfter", "inPrincipleLimit" }, notFacts);
    }

    [Fact]
    public void Constructor_WithoutProvenance_RecordsNone()
    {
        Assert.Null(Testshire().Provenance);
    }

    [Fact]
    public void WithProvenance_SetsItAndChangesNothingElse()
    {
        var marked = Testshire().WithProvenance(TestshireMarks);

        Assert.Same(TestshireMarks, marked.Provenance);
        Assert.Equal(Testshire(), marked.WithProvenance(null));
        Assert.NotEqual(Testshire(), marked);
    }

    [Fact]
    public void WithTermOrSource_RecordsNoProvenance()
    {
        // Kent's marks say withdrawAfter is an unconfirmed default and the rest is in its paper: they do not speak for a
        // term the caller sets.
        var kent = KentPolicies.Funding;

        Assert.Null(kent.WithWithholdAfter(Period.FromDays(7)).Provenance);
        Assert.Null(kent.WithWithdrawAfter(Period.FromDays(28)).Provenance);
        Assert.Null(kent.WithInPrincipleLimit(Period.FromMonths(2)).Provenance);
        Assert.Null(kent.WithReferLocalProjects(false).Provenance);
        Assert.Null(kent.WithSource(new SourceDocument("Grant agreement 2025/26", new LocalDate(2025, 4, 1), "schedule 2")).Provenance);
    }

    [Fact]
    public void WithAgreementOrPlanObjectives_KeepsTheProvenance()
    {
        var marked = Testshire().WithProvenance(TestshireMarks);

        Assert.Same(TestshireMarks, marked.WithAgreement(KentData.CommunitySafetyAgreement2017).Provenance);
        Assert.Same(TestshireMarks, marked.WithPlanObjectives(["prevent-crime"]).Provenance);
        Assert.Same(KentPolicies.Funding.Provenance, KentPolicies.Funding.WithAgreement(KentData.CommunitySafetyAgreement2023).Provenance);
    }

    [Fact]
    public void Serialize_KentPolicy_WritesItsProvenanceLast()
    {
        string json = KentCspJson.Serialize(KentPolicies.Funding);

        Assert.Contains("\n  },\n  \"provenance\": {\n    \"kind\": \"Sourced\",\n", json, StringComparison.Ordinal);
        Assert.EndsWith("\n  }\n}", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var fields = document.RootElement.GetProperty("provenance").GetProperty("fields");
        Assert.Equal("Illustrative", fields.GetProperty("withdrawAfter").GetProperty("kind").GetString());
        Assert.Equal("Illustrative", fields.GetProperty("inPrincipleLimit").GetProperty("kind").GetString());
    }

    [Fact]
    public void Serialize_PolicyWithoutProvenance_WritesNoProvenanceMember()
    {
        Assert.DoesNotContain("\"provenance\"", KentCspJson.Serialize(Testshire()), StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTrip_KentPolicyAndAMarkedPolicy_KeepTheirProvenance()
    {
        foreach (var policy in new[] { KentPolicies.Funding, Testshire().WithProvenance(TestshireMarks) })
        {
            string json = KentCspJson.Serialize(policy);
            var again = KentCspJson.DeserializeFundingPolicy(json);

            Assert.Equal(policy.Provenance, again.Provenance);
            Assert.Equal(policy, again);
            Assert.Equal(json, KentCspJson.Serialize(again));
        }
    }

    [Fact]
    public void Deserialize_WithoutProvenance_ReadsAPolicyWithNone()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(KentCspJson.Serialize(KentPolicies.Funding))!.AsObject();
        document.Remove("provenance");

        var policy = KentCspJson.DeserializeFundingPolicy(document.ToJsonString());

        Assert.Null(policy.Provenance);
        Assert.Equal(KentPolicies.Funding.WithProvenance(null), policy);
    }

    [Theory]
    [InlineData("{\"kind\": \"Sourced\"}", "$.provenance")]
    [InlineData("{\"kind\": \"Illustrative\"}", "$.provenance")]
    [InlineData("{\"kind\": \"Guessed\", \"reason\": \"x\"}", "$.provenance.kind")]
    [InlineData("{\"kind\": \"Inferred\", \"reason\": \"x\", \"fields\": {\"withdrawAfter\": null}}", "$.provenance.fields['withdrawAfter']")]
    [InlineData("{\"kind\": \"Inferred\", \"reason\": \"x\", \"unconfirmed\": true}", "$.provenance.unconfirmed")]
    public void Deserialize_BadProvenance_IsRefusedAtItsPath(string provenance, string path)
    {
        string json = KentCspJson.Serialize(Testshire());
        json = json.Substring(0, json.LastIndexOf('}')).TrimEnd() + ",\n  \"provenance\": " + provenance + "\n}";

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingPolicy(json));

        Assert.StartsWith(path, exception.Path, StringComparison.Ordinal);
    }
}
