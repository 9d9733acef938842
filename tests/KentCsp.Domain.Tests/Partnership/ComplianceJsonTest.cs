using System;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Partnership;

public class ComplianceJsonTest
{
    private static PartnershipRecord HandMade()
    {
        var csp = new CommunitySafetyPartnership(Builders.Id("csp"), "Test CSP", PartnershipLevel.District, "Testshire",
            [
                Builders.Authority("district", ResponsibleAuthorityKind.DistrictCouncil).WithTerm(new LocalDate(2019, 1, 1), null),
                new Membership(new Organisation(Builders.Id("opcc"), "Office of the Test PCC", ResponsibleAuthorityKind.ChiefOfficerOfPolice), MembershipRole.ResponsibleAuthority),
            ])
            .WithSubGroups([new SubGroup(Builders.Id("wg"), "Working Group", "Does the work.", Builders.Id("csp"))]);
        return new PartnershipRecord(csp, AreaKind.Unitary,
            [new TermsOfReference(Builders.Id("csp"), "v1", new LocalDate(2020, 6, 1), 4, Period.FromMonths(18), "Test ISA", [Builders.Id("wg")], new SourceDocument("Minutes", new LocalDate(2020, 6, 1), "minute 3"))],
            [new LocalDate(2020, 6, 1), new LocalDate(2020, 9, 1)],
            [Builders.Id("district")],
            [Builders.Id("opcc")]);
    }

    [Fact]
    public void Serialize_KentPartnershipRecord_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(KentData.PartnershipRecord));
    }

    [Fact]
    public void RoundTrip_PartnershipRecords_KeepEverythingTheCheckReads()
    {
        foreach (var record in new[] { KentData.PartnershipRecord, HandMade() })
        {
            var again = KentCspJson.DeserializePartnershipRecord(KentCspJson.Serialize(record));
            Assert.Equal(record.Partnership, again.Partnership);
            Assert.Same(record.Area, again.Area);
            Assert.Equal(record.TermsOfReference, again.TermsOfReference);
            Assert.Equal(record.MeetingDates, again.MeetingDates);
            Assert.Equal(record.InformationSharingSignatories, again.InformationSharingSignatories);
            Assert.Equal(record.LocalPolicingBodies, again.LocalPolicingBodies);
            var period = new DateInterval(new LocalDate(2020, 4, 1), new LocalDate(2022, 3, 31));
            Assert.Equal(PartnershipCompliance.Check(record, period), PartnershipCompliance.Check(again, period));
        }
    }

    [Theory]
    [InlineData("\"reviewWithin\": \"P18M\"", "\"reviewWithin\": \"18 months\"", "$.termsOfReference[0].reviewWithin: \"18 months\" is not an ISO-8601 period such as \"P1Y\".")]
    [InlineData("\"reviewWithin\": \"P18M\"", "\"reviewWithin\": \"P0D\"", "$.termsOfReference[0].reviewWithin: reviewWithin must be a positive period")]
    [InlineData("\"area\": \"Unitary\"", "\"area\": \"Parish\"", "$.area: \"Parish\" is not a AreaKind; expected one of: TwoTierDistrict, Unitary, TwoTierCounty")]
    [InlineData("\"minimumMeetingsPerYear\": 4", "\"minimumMeetingsPerYear\": -1", "$.termsOfReference[0].minimumMeetingsPerYear: minimumMeetingsPerYear must not be negative")]
    [InlineData("\"identifier\": \"wg\"\n        }\n      ]", "\"identifier\": \"nowhere\"\n        }\n      ]", "$.termsOfReference[0].subGroupIds[0]: termsOfReference[0].subGroupIds[0] (360G-test-nowhere) is not one of the partnership's sub-groups.")]
    [InlineData("\"schemaVersion\": 2,\n    \"kind\": \"partnership\",\n    \"id\"", "\"schemaVersion\": 3,\n    \"kind\": \"partnership\",\n    \"id\"", "$.partnership.schemaVersion: this library reads schema versions 1 and 2")]
    [InlineData("\"from\": \"2019-01-01\"", "\"from\": \"2019-01-01\", \"until\": \"2018-01-01\"", "$.partnership.members[0].until: until (2018-01-01) must be after the membership starts (2019-01-01)")]
    public void Deserialize_BadRecord_NamesThePath(string find, string replace, string expected)
    {
        var json = KentCspJson.Serialize(HandMade());
        Assert.Contains(find, json, StringComparison.Ordinal);
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnershipRecord(json.Replace(find, replace)));
        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_ComplianceAndFundingFindings_RoundTripAndMatchSnapshot()
    {
        var compliance = PartnershipCompliance.Check(HandMade(), new DateInterval(new LocalDate(2020, 4, 1), new LocalDate(2022, 3, 31)));
        var funding = FundingRules.Evaluate(KentFunding.Round2017To18, new LocalDate(2017, 11, 1), KentPolicies.Funding).Findings;
        var all = compliance.Concat(funding).ToArray();
        Assert.Contains(all, finding => finding.RuleId == "CSP-005");
        string json = KentCspJson.SerializeFindings(all);
        Assert.Equal(all, KentCspJson.DeserializeFindings(json));
        Snapshot.VerifyJson(json);
    }

    [Theory]
    [InlineData("\"ruleId\": \"CSP-001\"", "\"ruleId\": \"csp-1\"", "$.findings[0].ruleId: ruleId must be upper-case letters, a hyphen and three digits")]
    [InlineData("\"severity\": \"Error\"", "\"severity\": \"Fatal\"", "$.findings[0].severity: \"Fatal\" is not a FindingSeverity")]
    [InlineData("\"name\": \"from\"", "\"name\": \"\"", "$.findings[0].figures[0].name: name must not be empty or white space.")]
    public void DeserializeFindings_BadDocument_NamesThePath(string find, string replace, string expected)
    {
        var findings = PartnershipCompliance.Check(HandMade(), new DateInterval(new LocalDate(2020, 4, 1), new LocalDate(2022, 3, 31)));
        var json = KentCspJson.SerializeFindings(findings);
        Assert.Contains(find, json, StringComparison.Ordinal);
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFindings(json.Replace(find, replace)));
        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SerializeFindings_NullElement_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => KentCspJson.SerializeFindings([null!]));
    }
}
