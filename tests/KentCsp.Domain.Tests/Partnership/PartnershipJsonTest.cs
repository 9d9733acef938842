using System;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Partnership;

public class PartnershipJsonTest
{
    private const string Minimal = """
        {
          "schemaVersion": 1,
          "id": { "scheme": "360G-test", "identifier": "csp" },
          "name": "Test CSP",
          "level": "District",
          "area": "Testshire",
          "members": [
            {
              "organisation": { "id": { "scheme": "360G-test", "identifier": "council" }, "name": "Test Council", "authorityKind": "DistrictCouncil" },
              "role": "ResponsibleAuthority"
            },
            {
              "organisation": { "id": { "scheme": "360G-test", "identifier": "opcc" }, "name": "Office of the PCC" },
              "role": "Invitee"
            }
          ]
        }
        """;

    [Fact]
    public void Serialize_KentPartnership_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(KentData.Partnership));
    }

    [Fact]
    public void Serialize_StartsWithSchemaVersion()
    {
        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"kind\": \"partnership\",\n", KentCspJson.Serialize(KentData.Partnership), StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTrip_KentPartnership_IsEqual()
    {
        var again = KentCspJson.DeserializePartnership(KentCspJson.Serialize(KentData.Partnership));
        Assert.Equal(KentData.Partnership, again);
    }

    [Fact]
    public void Deserialize_MinimalDocument_ReadsEveryMember()
    {
        var partnership = KentCspJson.DeserializePartnership(Minimal);
        Assert.Equal("Test CSP", partnership.Name);
        Assert.Equal(2, partnership.Members.Count);
        Assert.Null(partnership.Members[1].Organisation.AuthorityKind);
    }

    [Theory]
    // A member the format does not define is refused, never dropped.
    [InlineData("\"area\": \"Testshire\",", "\"area\": \"Testshire\", \"chair\": \"x\",", "$.chair")]
    // A required member is missing.
    [InlineData("\"area\": \"Testshire\",", "", "area")]
    // A null where a value is required.
    [InlineData("\"area\": \"Testshire\",", "\"area\": null,", "$.area")]
    // An unknown catalogue name.
    [InlineData("\"DistrictCouncil\"", "\"ParishCouncil\"", "$.members[0].organisation.authorityKind")]
    [InlineData("\"role\": \"Invitee\"", "\"role\": \"Observer\"", "$.members[1].role")]
    [InlineData("\"level\": \"District\"", "\"level\": 2", "$.level")]
    // Values the domain rejects, named by path.
    [InlineData("\"name\": \"Test CSP\"", "\"name\": \" \"", "$.name")]
    [InlineData("\"name\": \"Test Council\"", "\"name\": \"\"", "$.members[0].organisation.name")]
    [InlineData("\"identifier\": \"opcc\"", "\"identifier\": \"o pcc\"", "$.members[1].organisation.id.identifier")]
    [InlineData("\"identifier\": \"opcc\"", "\"identifier\": \"council\"", "$.members")]
    [InlineData("\"role\": \"Invitee\"", "\"role\": \"ResponsibleAuthority\"", "$.members[1].role")]
    // A duplicate member is refused rather than silently overwritten.
    [InlineData("\"level\": \"District\",", "\"level\": \"District\", \"level\": \"County\",", "$.level")]
    public void Deserialize_BadDocument_ThrowsJsonExceptionNamingThePath(string find, string replace, string path)
    {
        Assert.Contains(find, Minimal, StringComparison.Ordinal);
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(Minimal.Replace(find, replace)));
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DomainRejection_SetsPathAndKeepsCause()
    {
        var exception = Assert.Throws<JsonException>(
            () => KentCspJson.DeserializePartnership(Minimal.Replace("\"name\": \"Test CSP\"", "\"name\": \"\"")));
        Assert.Equal("$.name", exception.Path);
        Assert.IsType<ArgumentRefusedException>(exception.InnerException);
        Assert.Equal("$.name: name must not be empty or white space.", exception.Message);
    }

    [Fact]
    public void Deserialize_NullMember_ThrowsNamingIndex()
    {
        var json = Minimal.Replace("\"members\": [", "\"members\": [ null,");
        Assert.Equal("$.members[0]", Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json)).Path);
    }

    [Fact]
    public void Deserialize_OtherSchemaVersion_Throws()
    {
        var exception = Assert.Throws<JsonException>(
            () => KentCspJson.DeserializePartnership(Minimal.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 3")));
        Assert.Equal("$.schemaVersion", exception.Path);
        Assert.Contains("reads schema versions 1 and 2, but the document has version 3", exception.Message);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("")]
    public void Deserialize_NotADocument_ThrowsJsonException(string json)
    {
        Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json));
    }

    [Fact]
    public void Deserialize_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => KentCspJson.DeserializePartnership((string)null!));
    }

    [Fact]
    public void RoundTrip_DatedMembershipsRepresentativesAndSubGroups_AreKept()
    {
        var csp = new CommunitySafetyPartnership(Builders.Id("csp"), "Test CSP", PartnershipLevel.District, "Testshire",
            [
                Builders.Authority("council", ResponsibleAuthorityKind.DistrictCouncil)
                    .WithTerm(new NodaTime.LocalDate(2019, 5, 1), new NodaTime.LocalDate(2024, 5, 1))
                    .WithRepresentative("Head of Community Safety", Builders.Id("chief-executives")),
            ])
            .WithSubGroups([new SubGroup(Builders.Id("wg"), "Working Group", "Does the work.", Builders.Id("csp"))]);
        string json = KentCspJson.Serialize(csp);
        Assert.Contains("\"from\": \"2019-05-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"post\": \"Head of Community Safety\"", json, StringComparison.Ordinal);
        Assert.Equal(csp, KentCspJson.DeserializePartnership(json));
    }

    [Theory]
    [InlineData("\"from\": \"2013-04-01\"", "\"from\": \"2023-01-01\"", "$.members[5].until: until (2022-07-01) must be after the membership starts (2023-01-01)")]
    [InlineData("\"identifier\": \"kcsp\"\n      }\n    },\n    {", "\"identifier\": \"elsewhere\"\n      }\n    },\n    {", "$.subGroups[0].reportsTo: subGroups[0].reportsTo (360G-kentcsp-elsewhere) is neither the partnership nor one of its sub-groups.")]
    [InlineData("\"name\": \"DHR Steering Group\"", "\"name\": \"\"", "$.subGroups[1].name: name must not be empty or white space.")]
    public void Deserialize_BadTermsOrSubGroups_NamesThePath(string find, string replace, string expected)
    {
        var json = KentCspJson.Serialize(KentData.Partnership);
        Assert.Contains(find, json, StringComparison.Ordinal);
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json.Replace(find, replace)));
        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
    }
}
