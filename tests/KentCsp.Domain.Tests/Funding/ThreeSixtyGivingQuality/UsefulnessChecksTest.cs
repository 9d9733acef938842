using System.Linq;
using KentCsp.Domain.Funding;
using Xunit;
using static KentCsp.Domain.Tests.Funding.QualityPackages;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>
/// The usefulness checks (DQT-022 to DQT-036), each on the examples quality-checks.md §2 gives for it. The first
/// argument names the example as the specification does.
/// </summary>
public class UsefulnessChecksTest
{
    private static void AssertFires(ThreeSixtyGivingCheck check, params string[] grants) =>
        Assert.True(Fired(check, grants) is not null, $"{check.Id} {check.ToolName} should fire");

    private static void AssertQuiet(ThreeSixtyGivingCheck check, params string[] grants) =>
        Assert.True(Fired(check, grants) is null, $"{check.Id} {check.ToolName} should not fire, but: {Fired(check, grants)}");

    [Fact]
    public void RecipientOrg360GPrefix_TestsPyGrant0_Fires()
    {
        var finding = Fired(ThreeSixtyGivingCheck.RecipientOrg360GPrefix, Grant("{'recipientOrganization': [{'id': '360G-Blah', 'name': 'R', 'postalCode': 'ME14 1XX', 'charityNumber': '1234567'}]}"));
        Assert.Equal("1 recipient organisation grant has a Recipient Org:Identifier that starts '360G-'", finding!.Heading);
        Assert.Equal(FindingSeverity.Information, finding.Finding.Severity);
    }

    [Fact]
    public void RecipientOrg360GPrefix_SixOfEightOrganisationGrants_SeventyFivePercent()
    {
        var grants = Enumerable.Range(0, 8).Select(i => Grant(i < 6 ? "{'recipientOrganization': [{'id': '360g-x', 'name': 'R'}]}" : "{}"))
            .Concat([Individual(), Individual()]).ToArray();
        Assert.Equal("75% of recipient organisation grants have a Recipient Org:Identifier that starts '360G-'",
            Fired(ThreeSixtyGivingCheck.RecipientOrg360GPrefix, grants)?.Heading);
    }

    [Fact]
    public void RecipientOrg360GPrefix_RegisteredIdOrIndividual_DoesNotFire()
    {
        AssertQuiet(ThreeSixtyGivingCheck.RecipientOrg360GPrefix, Grant("{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R'}]}"));
        AssertQuiet(ThreeSixtyGivingCheck.RecipientOrg360GPrefix, Individual());
    }

    [Fact]
    public void FundingOrg360GPrefix_TestsPyGrant1_Fires_SevenOfTen_SeventyPercent()
    {
        AssertFires(ThreeSixtyGivingCheck.FundingOrg360GPrefix, Grant("{'fundingOrganization': [{'id': '360G-CHC-000001', 'name': 'F'}]}"));
        var grants = Enumerable.Range(0, 10).Select(i => Grant(i < 7 ? "{'fundingOrganization': [{'id': '360G-F', 'name': 'F'}]}" : "{}")).ToArray();
        Assert.Equal("70% of grants have a Funding Org:Identifier that starts '360G-'", Fired(ThreeSixtyGivingCheck.FundingOrg360GPrefix, grants)?.Heading);
    }

    [Theory]
    [InlineData("GB-CHC-1234567", "GB-CHC-1234567")]
    [InlineData("XSFAFA", "XSFAFA")]
    public void FundingOrg360GPrefix_DoesNotFire(string example, string id)
    {
        AssertQuiet(ThreeSixtyGivingCheck.FundingOrg360GPrefix, Grant($"{{'fundingOrganization': [{{'id': '{id}', 'name': 'F'}}]}}"));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("tests.py grant 2 (neither field)", "{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R'}]}")]
    [InlineData("both fields empty", "{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R', 'charityNumber': '', 'companyNumber': ''}]}")]
    public void NoRecipientOrgCompanyCharityNumber_Fires(string example, string patch)
    {
        Assert.Equal("1 recipient organisation grant does not have either a Recipient Org:Company Number or a Recipient Org:Charity Number",
            Fired(ThreeSixtyGivingCheck.NoRecipientOrgCompanyCharityNumber, Grant(patch))?.Heading);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("charityNumber only", "{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R', 'charityNumber': '1234567'}]}")]
    [InlineData("companyNumber 'AAA' only", "{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R', 'companyNumber': 'AAA'}]}")]
    public void NoRecipientOrgCompanyCharityNumber_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.NoRecipientOrgCompanyCharityNumber, Grant(patch));
        AssertQuiet(ThreeSixtyGivingCheck.NoRecipientOrgCompanyCharityNumber, Individual());
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("only id and name", "{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R'}]}")]
    [InlineData("location without a geoCode", "{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R', 'location': [{'name': 'London'}]}]}")]
    public void IncompleteRecipientOrg_Fires(string example, string patch)
    {
        Assert.Equal(["grants/0/recipientOrganization/0/id"], Fired(ThreeSixtyGivingCheck.IncompleteRecipientOrg, Grant(patch))?.Locations);
        Assert.NotEmpty(example);
    }

    [Fact]
    public void IncompleteRecipientOrg_FourGrants_FourRecipientOrganisationGrants()
    {
        string bare = Grant("{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R'}]}");
        Assert.Equal("4 recipient organisation grants do not have recipient organisation location information",
            Fired(ThreeSixtyGivingCheck.IncompleteRecipientOrg, bare, bare, bare, bare)?.Heading);
    }

    [Theory]
    [InlineData("postalCode (tests.py grant 2)", "{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R', 'postalCode': 'SW10 0AB'}]}")]
    [InlineData("location with a geoCode (tests.py grants 0 and 1)", "{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R', 'location': [{'geoCode': 'W06000016'}]}]}")]
    public void IncompleteRecipientOrg_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.IncompleteRecipientOrg, Grant(patch));
        Assert.NotEmpty(example);
    }

    [Fact]
    public void NoGrantProgramme_TestsPyGrant0_Fires_AndEmptyArray()
    {
        Assert.Equal("1 grant does not contain any Grant Programme fields", Fired(ThreeSixtyGivingCheck.NoGrantProgramme, Grant("{}", "grantProgramme"))?.Heading);
        AssertFires(ThreeSixtyGivingCheck.NoGrantProgramme, Grant("{'grantProgramme': []}"));
    }

    [Theory]
    [InlineData("[{title: P}]", "{'grantProgramme': [{'title': 'P'}]}")]
    [InlineData("[{code: P}]", "{'grantProgramme': [{'code': 'P'}]}")]
    public void NoGrantProgramme_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.NoGrantProgramme, Grant(patch));
        Assert.NotEmpty(example);
    }

    [Fact]
    public void NoBeneficiaryLocation_TestsPyGrant1_Fires_FourGrantsFixture()
    {
        string none = Grant("{}", "beneficiaryLocation");
        Assert.Equal("4 grants do not contain any beneficiary location fields", Fired(ThreeSixtyGivingCheck.NoBeneficiaryLocation, none, none, none, none)?.Heading);
        AssertQuiet(ThreeSixtyGivingCheck.NoBeneficiaryLocation, Grant("{'beneficiaryLocation': [{'name': 'x'}]}"));
    }

    [Fact]
    public void TitleDescriptionSame_SameSame_Fires_CaseOrSpaceDiffer_DoesNot()
    {
        Assert.Equal(["grants/0/description"], Fired(ThreeSixtyGivingCheck.TitleDescriptionSame, Grant("{'title': 'Same', 'description': 'Same'}"))?.Locations);
        AssertFires(ThreeSixtyGivingCheck.TitleDescriptionSame, Grant("{'title': 'Lorem ipsum dolor sit amet.', 'description': 'Lorem ipsum dolor sit amet.'}"));
        AssertQuiet(ThreeSixtyGivingCheck.TitleDescriptionSame, Grant("{'title': 'Same', 'description': 'same'}"));
        AssertQuiet(ThreeSixtyGivingCheck.TitleDescriptionSame, Grant("{'title': 'Same', 'description': 'Same '}"));
        AssertQuiet(ThreeSixtyGivingCheck.TitleDescriptionSame, Grant("{'title': 'Same'}", "description"));
    }

    [Theory]
    [InlineData("141 x", "x", 141, true)]
    [InlineData("141 é (code points)", "é", 141, true)]
    [InlineData("141 emoji, each two UTF-16 units but one code point", "\U0001F600", 141, true)]
    [InlineData("140 x", "x", 140, false)]
    [InlineData("70 emoji: 140 UTF-16 units", "\U0001F600", 70, false)]
    public void TitleLength_CountsCodePoints(string example, string character, int repeat, bool fires)
    {
        string title = string.Concat(Enumerable.Repeat(character, repeat));
        var finding = Fired(ThreeSixtyGivingCheck.TitleLength, Grant($"{{'title': '{title}'}}"));
        Assert.Equal(fires, finding is not null);
        Assert.NotEmpty(example);
    }

    [Fact]
    public void TitleLength_TitleMissing_DoesNotFire()
    {
        AssertQuiet(ThreeSixtyGivingCheck.TitleLength, Grant("{}", "title"));
    }

    [Fact]
    public void NoLastModified_TestsPyGrant1_AndEmpty_Fire_ButABadFormat_DoesNot()
    {
        AssertFires(ThreeSixtyGivingCheck.NoLastModified, Grant("{}", "dateModified"));
        AssertFires(ThreeSixtyGivingCheck.NoLastModified, Grant("{'dateModified': ''}"));
        AssertQuiet(ThreeSixtyGivingCheck.NoLastModified, Grant("{'dateModified': '13-03-2015'}"));
    }

    [Fact]
    public void NoDataSource_TestsPyGrants0And2_TwoGrants_ButTests_py_Grant1_DoesNot()
    {
        string none = Grant("{'Data source': 'x'}", "dataSource");
        Assert.Equal("2 grants do not have Data Source information", Fired(ThreeSixtyGivingCheck.NoDataSource, none, Grant(), none)?.Heading);
        AssertQuiet(ThreeSixtyGivingCheck.NoDataSource, Grant("{'dataSource': 'https://example.org/data.json'}"));
    }

    [Fact]
    public void RecipientIndWithoutToIndividualsDetails_FixtureRows1And2_Fire_Row3_DoesNot()
    {
        string without = Individual("{}", "toIndividualsDetails");
        var finding = Fired(ThreeSixtyGivingCheck.RecipientIndWithoutToIndividualsDetails, without, without, Individual());
        Assert.Equal("2 recipient individual grants have Recipient individual grant with no To Individuals Details:Grant Purpose or To Individuals Details:Primary Grant Reason", finding!.Heading);
        Assert.Equal(["grants/0/recipientIndividual/id", "grants/1/recipientIndividual/id"], finding.Locations);
        AssertQuiet(ThreeSixtyGivingCheck.RecipientIndWithoutToIndividualsDetails, Individual("{'toIndividualsDetails': {}}"));
        AssertQuiet(ThreeSixtyGivingCheck.RecipientIndWithoutToIndividualsDetails, Grant());
    }

    [Theory]
    [InlineData("duration_usefulness.json: no plannedDates", null)]
    [InlineData("only a start date", "[{'startDate': '2020-01-01'}]")]
    [InlineData("duration null", "[{'duration': null}]")]
    [InlineData("[]", "[]")]
    public void PlannedDurationNotPresent_Fires(string example, string? planned)
    {
        string grant = planned is null ? Grant("{}", "plannedDates") : Grant($"{{'plannedDates': {planned}}}");
        Assert.Equal("1 grant has neither a planned duration or start and end dates found", Fired(ThreeSixtyGivingCheck.PlannedDurationNotPresent, grant)?.Heading);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("duration 0", "[{'duration': 0}]")]
    [InlineData("start and end", "[{'startDate': '2020-01-01', 'endDate': '2021-01-01'}]")]
    public void PlannedDurationNotPresent_DoesNotFire(string example, string planned)
    {
        AssertQuiet(ThreeSixtyGivingCheck.PlannedDurationNotPresent, Grant($"{{'plannedDates': {planned}}}"));
        Assert.NotEmpty(example);
    }

    [Fact]
    public void BeneficiaryLocationNameButNoCode_CountsEachLocation()
    {
        string two = Grant("{'beneficiaryLocation': [{'name': 'Bloomsbury', 'geoCodeType': 'LONB'}, {'name': 'x', 'geoCode': ''}]}");
        var finding = Fired(ThreeSixtyGivingCheck.BeneficiaryLocationNameButNoCode, two, two, two, two, two, two);
        Assert.Equal(12, finding!.Count);
        Assert.Equal("200% of grants have Beneficiary location name found but no beneficiary location code", finding.Heading);
        Assert.Equal(12, finding.Locations.Count);
        Assert.Equal(12, finding.LocationCount);
    }

    [Fact]
    public void BeneficiaryLocationNameButNoCode_CodedOrNameless_DoesNotFire()
    {
        AssertQuiet(ThreeSixtyGivingCheck.BeneficiaryLocationNameButNoCode, Grant("{'beneficiaryLocation': [{'name': 'Gateshed', 'geoCode': 'E08000037'}]}"));
        AssertQuiet(ThreeSixtyGivingCheck.BeneficiaryLocationNameButNoCode, Grant("{'beneficiaryLocation': [{'geoCode': 'E08000037'}]}"));
    }

    [Fact]
    public void BeneficiaryButNotRecipientGeoData_RecipientWithOnlyIdAndName_Fires()
    {
        Assert.Equal(["grants/0/recipientOrganization/0/id"], Fired(ThreeSixtyGivingCheck.BeneficiaryButNotRecipientGeoData,
            Grant("{'beneficiaryLocation': [{'name': 'x'}], 'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R'}]}"))?.Locations);
    }

    [Theory]
    [InlineData("tests.py grant 2: postalCode", "{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R', 'postalCode': 'SW10 0AB'}]}")]
    [InlineData("any non-empty location", "{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R', 'location': [{'name': 'y'}]}]}")]
    public void BeneficiaryButNotRecipientGeoData_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.BeneficiaryButNotRecipientGeoData, Grant(patch));
        AssertQuiet(ThreeSixtyGivingCheck.BeneficiaryButNotRecipientGeoData, Individual());
        Assert.NotEmpty(example);
    }

    [Fact]
    public void RecipientGeoDataButNoBeneficiary_TestsPyGrant1_Fires()
    {
        var finding = Fired(ThreeSixtyGivingCheck.RecipientGeoDataButNoBeneficiary, Grant(), Grant("{}", "beneficiaryLocation"));
        Assert.Equal("1 recipient organisation grant has Recipient Organisation location data found but no Beneficiary location data", finding!.Heading);
        Assert.Equal(["grants/1/recipientOrganization/0/location"], finding.Locations);
    }

    [Fact]
    public void RecipientGeoDataButNoBeneficiary_BeneficiaryOrPostalCodeOnlyOrIndividual_DoesNotFire()
    {
        AssertQuiet(ThreeSixtyGivingCheck.RecipientGeoDataButNoBeneficiary, Grant());
        AssertQuiet(ThreeSixtyGivingCheck.RecipientGeoDataButNoBeneficiary,
            Grant("{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R', 'postalCode': 'SW10 0AB'}]}", "beneficiaryLocation"));
        AssertQuiet(ThreeSixtyGivingCheck.RecipientGeoDataButNoBeneficiary, Individual("{}", "beneficiaryLocation"));
    }
}
