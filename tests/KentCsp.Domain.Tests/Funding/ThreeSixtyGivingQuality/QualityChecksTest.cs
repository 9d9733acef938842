using System.Linq;
using KentCsp.Domain.Funding;
using Xunit;
using static KentCsp.Domain.Tests.Funding.QualityPackages;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>
/// The quality checks (DQT-001 to DQT-021), each on the examples quality-checks.md §2 gives for it: "fires" examples
/// must fire, "does not fire" examples must not. The first argument names the example as the specification does.
/// </summary>
public class QualityChecksTest
{
    private static void AssertFires(ThreeSixtyGivingCheck check, params string[] grants) =>
        Assert.True(Fired(check, grants) is not null, $"{check.Id} {check.ToolName} should fire");

    private static void AssertQuiet(ThreeSixtyGivingCheck check, params string[] grants) =>
        Assert.True(Fired(check, grants) is null, $"{check.Id} {check.ToolName} should not fire, but: {Fired(check, grants)}");

    [Fact]
    public void CleanGrant_FiresNoCheck()
    {
        Assert.Empty(Run(Grant()).Findings);
        Assert.Empty(Run(Individual()).Findings);
    }

    [Theory]
    [InlineData("tests.py grant 0: 0", "{'amountAwarded': 0}")]
    [InlineData("0.0", "{'amountAwarded': 0.0}")]
    [InlineData("-0 and decimal 0.00", "{'amountAwarded': -0.00}")]
    [InlineData("boolean false, by Python semantics", "{'amountAwarded': false}")]
    public void ZeroAmount_Fires(string example, string patch)
    {
        var finding = Fired(ThreeSixtyGivingCheck.ZeroAmount, Grant(patch));
        Assert.NotNull(finding);
        Assert.Equal("1 grant has a value of £0", finding!.Heading);
        Assert.Equal(["grants/0/amountAwarded"], finding.Locations);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("0.01", "{'amountAwarded': 0.01}")]
    [InlineData("the string '0'", "{'amountAwarded': '0'}")]
    [InlineData("1e-400, not 0 though a double reads it so", "{'amountAwarded': 1e-400}")]
    public void ZeroAmount_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.ZeroAmount, Grant(patch));
        AssertQuiet(ThreeSixtyGivingCheck.ZeroAmount, Grant("{}", "amountAwarded"));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("tests.py grant 0 funder XSFAFA", "XSFAFA")]
    [InlineData("empty identifier", "")]
    public void FundingOrgUnrecognisedPrefix_Fires(string example, string id)
    {
        var finding = Fired(ThreeSixtyGivingCheck.FundingOrgUnrecognisedPrefix, Grant($"{{'fundingOrganization': [{{'id': '{id}', 'name': 'F'}}]}}"));
        Assert.Equal("1 grant has a Funding Org:Identifier that does not draw from a recognised register", finding?.Heading);
        Assert.NotEmpty(example);
    }

    [Fact]
    public void FundingOrgUnrecognisedPrefix_TwoBadFundersInOneGrant_CountsOneGrantWithTwoLocations()
    {
        var finding = Fired(ThreeSixtyGivingCheck.FundingOrgUnrecognisedPrefix,
            Grant("{'fundingOrganization': [{'id': 'XSFAFA', 'name': 'F'}, {'id': 'XX-1', 'name': 'G'}]}"));
        Assert.Equal(1, finding!.Count);
        Assert.Equal(["grants/0/fundingOrganization/0/id", "grants/0/fundingOrganization/1/id"], finding.Locations);
    }

    [Theory]
    [InlineData("GB-CHC-111111", "GB-CHC-111111")]
    [InlineData("360G-CHC-000001 (360G is accepted)", "360G-CHC-000001")]
    [InlineData("gb-coh-12345678 (the match ignores case)", "gb-coh-12345678")]
    public void FundingOrgUnrecognisedPrefix_DoesNotFire(string example, string id)
    {
        AssertQuiet(ThreeSixtyGivingCheck.FundingOrgUnrecognisedPrefix, Grant($"{{'fundingOrganization': [{{'id': '{id}', 'name': 'F'}}]}}"));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("tests.py grant 1 GB-UNKNOW-RC000000", "GB-UNKNOW-RC000000")]
    [InlineData("XSFAFA", "XSFAFA")]
    [InlineData("the empty string", "")]
    [InlineData("GB-", "GB-")]
    public void RecipientOrgUnrecognisedPrefix_Fires(string example, string id)
    {
        var finding = Fired(ThreeSixtyGivingCheck.RecipientOrgUnrecognisedPrefix, Grant($"{{'recipientOrganization': [{{'id': '{id}', 'name': 'R', 'charityNumber': '1234567', 'postalCode': 'ME14 1XX'}}]}}"));
        Assert.Equal(["grants/0/recipientOrganization/0/id"], finding?.Locations);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("360G-Blah (tests.py grant 0)", "360G-Blah")]
    [InlineData("GB-CHC-00001", "GB-CHC-00001")]
    [InlineData("GB-CHCX (a prefix match needs no delimiter)", "GB-CHCX")]
    [InlineData("US-EIN-1", "US-EIN-1")]
    public void RecipientOrgUnrecognisedPrefix_DoesNotFire(string example, string id)
    {
        AssertQuiet(ThreeSixtyGivingCheck.RecipientOrgUnrecognisedPrefix, Grant($"{{'recipientOrganization': [{{'id': '{id}', 'name': 'R'}}]}}"));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("tests.py grant 0 '12345' (5 digits)", "'12345'")]
    [InlineData("'12345678'", "'12345678'")]
    [InlineData("'1234567-1'", "'1234567-1'")]
    [InlineData("'A123456' (one letter is not stripped)", "'A123456'")]
    [InlineData("'S1234567'", "'S1234567'")]
    [InlineData("null becomes 'None'", "null")]
    [InlineData("an empty string", "''")]
    public void RecipientOrgCharityNumber_Fires(string example, string number)
    {
        var finding = Fired(ThreeSixtyGivingCheck.RecipientOrgCharityNumber, Grant($"{{'recipientOrganization': [{{'id': 'GB-CHC-1234567', 'name': 'R', 'charityNumber': {number}}}]}}"));
        Assert.Equal("1 grant has a value provided in the Recipient Org:Charity Number column that doesn\u2019t look like a UK charity number", finding?.Heading);
        Assert.Equal(["grants/0/recipientOrganization/0/charityNumber"], finding!.Locations);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("'1234567' (tests.py grant 1)", "'1234567'")]
    [InlineData("'123456'", "'123456'")]
    [InlineData("'SC012345' (letters stripped, leaving 6 digits)", "'SC012345'")]
    [InlineData("'NI123456'", "'NI123456'")]
    [InlineData("the number 1234567", "1234567")]
    [InlineData("' 123456' (Python's int() allows white space)", "' 123456'")]
    [InlineData("'12_345' (and underscores between digits)", "'1_2345'")]
    public void RecipientOrgCharityNumber_DoesNotFire(string example, string number)
    {
        AssertQuiet(ThreeSixtyGivingCheck.RecipientOrgCharityNumber, Grant($"{{'recipientOrganization': [{{'id': 'GB-CHC-1234567', 'name': 'R', 'charityNumber': {number}}}]}}"));
        AssertQuiet(ThreeSixtyGivingCheck.RecipientOrgCharityNumber, Grant("{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R'}]}"));
        Assert.NotEmpty(example);
    }

    [Fact]
    public void RecipientOrgCharityNumber_LaterRecipientWithoutTheField_KeepsTheLocationButCountsNoGrant()
    {
        var finding = Fired(ThreeSixtyGivingCheck.RecipientOrgCharityNumber,
            Grant("{'recipientOrganization': [{'id': 'GB-CHC-1', 'name': 'R', 'charityNumber': '12345'}, {'id': 'GB-CHC-2', 'name': 'S'}]}"));
        Assert.Equal(0, finding!.Count);
        Assert.Equal("0 grants have a value provided in the Recipient Org:Charity Number column that doesn\u2019t look like a UK charity number", finding.Heading);
        Assert.Equal(["grants/0/recipientOrganization/0/charityNumber"], finding.Locations);
    }

    [Theory]
    [InlineData("tests.py grant 0 'AAA'", "AAA")]
    [InlineData("'1234567' (7 characters)", "1234567")]
    [InlineData("'123456789'", "123456789")]
    [InlineData("'12-45678'", "12-45678")]
    [InlineData("''", "")]
    public void RecipientOrgCompanyNumber_Fires(string example, string number)
    {
        var finding = Fired(ThreeSixtyGivingCheck.RecipientOrgCompanyNumber, Grant($"{{'recipientOrganization': [{{'id': 'GB-COH-09876543', 'name': 'R', 'companyNumber': '{number}'}}]}}"));
        Assert.Equal(["grants/0/recipientOrganization/0/companyNumber"], finding?.Locations);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("'RC000000' (tests.py grant 1)", "RC000000")]
    [InlineData("'09876543'", "09876543")]
    [InlineData("'SC123459'", "SC123459")]
    [InlineData("'ABCDEFGH' (the last 6 need not be digits)", "ABCDEFGH")]
    [InlineData("'NI_12345'", "NI_12345")]
    public void RecipientOrgCompanyNumber_DoesNotFire(string example, string number)
    {
        AssertQuiet(ThreeSixtyGivingCheck.RecipientOrgCompanyNumber, Grant($"{{'recipientOrganization': [{{'id': 'GB-COH-09876543', 'name': 'R', 'companyNumber': '{number}'}}]}}"));
        Assert.NotEmpty(example);
    }

    [Fact]
    public void OrganizationIdLooksInvalid_TestsPyGrant2_CountsTheFunderAndTheRecipient()
    {
        var finding = Fired(ThreeSixtyGivingCheck.OrganizationIdLooksInvalid, Grant(
            "{'fundingOrganization': [{'id': 'GB-COH-000000', 'name': 'F'}], 'recipientOrganization': [{'id': 'GB-CHC-00001', 'name': 'R', 'charityNumber': '1234567'}]}"));
        Assert.Equal("2 grants have a Funding or Recipient Organisation identifier that might not be valid", finding!.Heading);
        Assert.Equal(["grants/0/fundingOrganization/0/id", "grants/0/recipientOrganization/0/id"], finding.Locations);
    }

    [Theory]
    [InlineData("GB-CHC-SC012345 (no letters stripped here)", "GB-CHC-SC012345")]
    [InlineData("GB-CHC-1234567-1", "GB-CHC-1234567-1")]
    public void OrganizationIdLooksInvalid_Fires(string example, string id)
    {
        AssertFires(ThreeSixtyGivingCheck.OrganizationIdLooksInvalid, Grant($"{{'recipientOrganization': [{{'id': '{id}', 'name': 'R'}}]}}"));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("GB-CHC-1234567", "GB-CHC-1234567")]
    [InlineData("gb-chc-123456", "gb-chc-123456")]
    [InlineData("GB-COH-RC000000", "GB-COH-RC000000")]
    [InlineData("GB-COH-SC123459", "GB-COH-SC123459")]
    [InlineData("GB-SC-SC012345 (a prefix that is not examined)", "GB-SC-SC012345")]
    public void OrganizationIdLooksInvalid_DoesNotFire(string example, string id)
    {
        AssertQuiet(ThreeSixtyGivingCheck.OrganizationIdLooksInvalid, Grant($"{{'recipientOrganization': [{{'id': '{id}', 'name': 'R'}}]}}"));
        Assert.NotEmpty(example);
    }

    [Fact]
    public void OrganizationIdUnexpectedChars_IdsUnexpectedCharsFixture_CountsBothIdentifiers()
    {
        var finding = Fired(ThreeSixtyGivingCheck.OrganizationIdUnexpectedChars, Grant(
            "{'fundingOrganization': [{'id': 'GB-CHC-\\n100000', 'name': 'F'}], 'recipientOrganization': [{'id': 'GB-CHC-\\n\\n1105625', 'name': 'R'}]}"));
        Assert.Equal("2 grants have a Funding or Recipient Organisation identifier that contains unexpected characters. If published this grant will not appear in GrantNav.", finding!.Heading);
        Assert.True(finding.IsCritical);
        AssertFires(ThreeSixtyGivingCheck.OrganizationIdUnexpectedChars, Grant("{'recipientOrganization': [{'id': 'GB-COH-\\n12345678', 'name': 'R'}]}"));
    }

    [Theory]
    [InlineData("GB-CHC-1234567", "GB-CHC-1234567")]
    [InlineData("a carriage return", "GB-CHC-12\\r34567")]
    [InlineData("a tab", "GB-CHC-12\\t34567")]
    public void OrganizationIdUnexpectedChars_DoesNotFire(string example, string id)
    {
        AssertQuiet(ThreeSixtyGivingCheck.OrganizationIdUnexpectedChars, Grant($"{{'recipientOrganization': [{{'id': '{id}', 'name': 'R'}}]}}"));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("ids-unexpected-chars.xlsx id", "360G-ABC-\\n1111")]
    [InlineData("360G-a\\n1", "360G-a\\n1")]
    public void GrantIdUnexpectedChars_Fires(string example, string id)
    {
        var finding = Fired(ThreeSixtyGivingCheck.GrantIdUnexpectedChars, Grant($"{{'id': '{id}'}}"));
        Assert.Equal("1 grant has a Grant Identifier that contains unexpected characters. If published this grant will not appear in GrantNav.", finding?.Heading);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("360G-a-1", "360G-a-1")]
    [InlineData("360G-a\\r1", "360G-a\\r1")]
    [InlineData("360G-a\\t1", "360G-a\\t1")]
    public void GrantIdUnexpectedChars_DoesNotFire(string example, string id)
    {
        AssertQuiet(ThreeSixtyGivingCheck.GrantIdUnexpectedChars, Grant($"{{'id': '{id}'}}"));
        Assert.NotEmpty(example);
    }

    [Fact]
    public void MoreThanOneFundingOrg_TestsPy_FourIdsCountZero()
    {
        var finding = Fired(ThreeSixtyGivingCheck.MoreThanOneFundingOrg,
            Grant("{'fundingOrganization': [{'id': 'XSFAFA', 'name': 'Funding Providers UK'}]}"),
            Grant("{'fundingOrganization': [{'id': '360G-CHC-000001', 'name': 'Funding Providers UK'}, {'id': 'GB-CHC-111111', 'name': 'Funding Providers Name1'}, {'id': 'GB-CHC-111111', 'name': 'Funding Providers Name2'}]}"),
            Grant("{'fundingOrganization': [{'id': 'GB-COH-000000', 'name': 'Funding Providers UK'}]}"));
        Assert.Equal("4 different funding organisation identifiers listed", finding!.Heading);
        Assert.Equal(0, finding.Count);
        Assert.Equal(0, finding.Fraction);
        Assert.Equal(["grants/0/fundingOrganization/0/id", "grants/1/fundingOrganization/0/id", "grants/1/fundingOrganization/1/id", "grants/2/fundingOrganization/0/id"], finding.Locations);
    }

    [Fact]
    public void MoreThanOneFundingOrg_SingleGrantWithFundersAAndB_Fires()
    {
        Assert.Equal("2 different funding organisation identifiers listed", Fired(ThreeSixtyGivingCheck.MoreThanOneFundingOrg,
            Grant("{'fundingOrganization': [{'id': 'A', 'name': 'F'}, {'id': 'B', 'name': 'G'}]}"))?.Heading);
    }

    [Fact]
    public void MoreThanOneFundingOrg_OneFunderThroughout_OrNone_DoesNotFire()
    {
        AssertQuiet(ThreeSixtyGivingCheck.MoreThanOneFundingOrg, Grant("{'fundingOrganization': [{'id': 'GB-CHC-1234567', 'name': 'F'}]}"), Grant("{'fundingOrganization': [{'id': 'GB-CHC-1234567', 'name': 'F'}]}"));
        AssertQuiet(ThreeSixtyGivingCheck.MoreThanOneFundingOrg, Grant("{}", "fundingOrganization"));
    }

    [Fact]
    public void LooksLikeEmail_TestsPyGrant0_CountsEachFieldInKeyOrder()
    {
        var finding = Fired(ThreeSixtyGivingCheck.LooksLikeEmail, Grant("{'title': 'Title A.  ,moo@moo.com ', 'Grant type': 'Large Awards bob@bop.com'}"));
        Assert.Equal("2 grants contain text that looks like an email address", finding!.Heading);
        Assert.Equal(["grants/0/Grant type", "grants/0/title"], finding.Locations);
    }

    [Theory]
    [InlineData("fundingproviders-grants-email.json: only the applicant field counts", "{'Full name of applicant': 'Prof john@doe.co.uk', 'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R', 'email': 'a@b.com'}], 'contact': {'email': 'x@y.com'}}")]
    [InlineData("a@b.c", "{'description': 'a@b.c'}")]
    [InlineData("http://user@example.com/x", "{'description': 'http://user@example.com/x'}")]
    [InlineData("an array of text", "{'relatedActivity': ['x', 'see a@b.org']}")]
    [InlineData("/Contact Email is not skipped (case-sensitive)", "{'Contact Email': 'a@b.com'}")]
    public void LooksLikeEmail_Fires(string example, string patch)
    {
        Assert.Equal(1, Fired(ThreeSixtyGivingCheck.LooksLikeEmail, Grant(patch))?.Count);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("recipientOrganization[0].email", "{'recipientOrganization': [{'id': 'GB-CHC-1234567', 'name': 'R', 'email': 'a@b.com'}]}")]
    [InlineData("x@y.", "{'description': 'x@y.'}")]
    [InlineData("@handle", "{'description': '@handle'}")]
    [InlineData("name at example dot com", "{'description': 'name at example dot com'}")]
    [InlineData("an array in an array is not text", "{'x': [['a@b.com']]}")]
    public void LooksLikeEmail_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.LooksLikeEmail, Grant(patch));
        Assert.NotEmpty(example);
    }

    [Fact]
    public void ImpossibleDates_TestsPyGrant2_PointsAtThePlannedStart()
    {
        var finding = Fired(ThreeSixtyGivingCheck.ImpossibleDates, Grant(), Grant(), Grant("{'plannedDates': [{'startDate': '2027-02-30', 'endDate': '2028-03-29', 'duration': 12}]}"));
        Assert.Equal("1 grant has dates that don\u2019t exist", finding!.Heading);
        Assert.Equal(["grants/2/plannedDates/0/startDate"], finding.Locations);
    }

    [Theory]
    [InlineData("awardDate 2021-02-29", "2021-02-29")]
    [InlineData("2020-09-31", "2020-09-31")]
    [InlineData("2020-02-30T00:00:00Z", "2020-02-30T00:00:00Z")]
    [InlineData("2020-2-30", "2020-2-30")]
    [InlineData("0000-01-01", "0000-01-01")]
    public void ImpossibleDates_Fires(string example, string date)
    {
        Assert.Equal(["grants/0/awardDate"], Fired(ThreeSixtyGivingCheck.ImpossibleDates, Grant($"{{'awardDate': '{date}'}}"))?.Locations);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("2020-02-29", "{'awardDate': '2020-02-29'}")]
    [InlineData("2020-13-01 (format mismatch, left to schema validation)", "{'awardDate': '2020-13-01'}")]
    [InlineData("2020-01-32", "{'awardDate': '2020-01-32'}")]
    [InlineData("24/07/2014", "{'awardDate': '24/07/2014'}")]
    [InlineData("an impossible date only in plannedDates[1]", "{'plannedDates': [{'duration': 12}, {'startDate': '2021-02-29'}]}")]
    [InlineData("any date when plannedDates is []", "{'awardDate': '2021-02-29', 'plannedDates': []}")]
    public void ImpossibleDates_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.ImpossibleDates, Grant(patch));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("tests.py grant 0: start 2026-10-01, end 2026-07-15T15:00:00Z", "2026-10-01", "2026-07-15T15:00:00Z")]
    [InlineData("start 2020-05-02, end 2020-05-01", "2020-05-02", "2020-05-01")]
    public void PlannedStartDateBeforeEndDate_Fires(string example, string start, string end)
    {
        var finding = Fired(ThreeSixtyGivingCheck.PlannedStartDateBeforeEndDate, Grant($"{{'plannedDates': [{{'startDate': '{start}', 'endDate': '{end}', 'duration': 3}}]}}"));
        Assert.Equal("1 grant has Planned Dates:Start Date entries that are after the corresponding Planned Dates:End Date", finding?.Heading);
        Assert.Equal(["grants/0/plannedDates/0/startDate"], finding!.Locations);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("start and end equal", "{'plannedDates': [{'startDate': '2020-05-01', 'endDate': '2020-05-01'}]}")]
    [InlineData("the same date at different times", "{'plannedDates': [{'startDate': '2020-05-01T23:00Z', 'endDate': '2020-05-01T01:00Z'}]}")]
    [InlineData("only a start date", "{'plannedDates': [{'startDate': '2020-05-02', 'duration': 1}]}")]
    [InlineData("an impossible start date", "{'plannedDates': [{'startDate': '2020-09-31', 'endDate': '2020-05-01'}]}")]
    public void PlannedStartDateBeforeEndDate_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.PlannedStartDateBeforeEndDate, Grant(patch));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("tests.py grant 1: start 2027-10-01, end 2026-04-23", "2027-10-01", "2026-04-23")]
    [InlineData("2021-01-01 / 2020-12-31", "2021-01-01", "2020-12-31")]
    public void ActualStartDateBeforeEndDate_Fires(string example, string start, string end)
    {
        Assert.Equal(["grants/0/actualDates/0/startDate"],
            Fired(ThreeSixtyGivingCheck.ActualStartDateBeforeEndDate, Grant($"{{'actualDates': [{{'startDate': '{start}', 'endDate': '{end}'}}]}}"))?.Locations);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("2020-01-01 / 2020-12-31", "{'actualDates': [{'startDate': '2020-01-01', 'endDate': '2020-12-31'}]}")]
    [InlineData("only one of the two dates", "{'actualDates': [{'startDate': '2021-01-01'}]}")]
    public void ActualStartDateBeforeEndDate_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.ActualStartDateBeforeEndDate, Grant(patch));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("tests.py grant 1: end in 13 years' October", "{'plannedDates': [{'startDate': '2026-10-23', 'endDate': '2039-10-23'}]}", "grants/0/plannedDates/0/endDate")]
    [InlineData("end = today + 12 years + 1 day", "{'plannedDates': [{'startDate': '2026-10-23', 'endDate': '2038-12-01'}]}", "grants/0/plannedDates/0/endDate")]
    [InlineData("both dates far out: only the start is reported", "{'plannedDates': [{'startDate': '2040-01-01', 'endDate': '2041-01-01'}]}", "grants/0/plannedDates/0/startDate")]
    public void FarFuturePlannedDates_Fires(string example, string patch, string location)
    {
        Assert.Equal([location], Fired(ThreeSixtyGivingCheck.FarFuturePlannedDates, Grant(patch))?.Locations);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("end = exactly today + 12 years", "{'plannedDates': [{'startDate': '2026-10-23', 'endDate': '2038-11-30'}]}")]
    [InlineData("tests.py grant 2: end in 2 years", "{'plannedDates': [{'startDate': '2026-10-23', 'endDate': '2028-03-29'}]}")]
    public void FarFuturePlannedDates_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.FarFuturePlannedDates, Grant(patch));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("tests.py grant 2: actual end in 6 years", "{'actualDates': [{'startDate': '2026-01-01', 'endDate': '2032-04-29'}]}")]
    [InlineData("start = today + 5 years + 1 day", "{'actualDates': [{'startDate': '2031-12-01'}]}")]
    public void FarFutureActualDates_Fires(string example, string patch)
    {
        Assert.Equal("1 grant has Actual Date entries that are over 5 years in the future", Fired(ThreeSixtyGivingCheck.FarFutureActualDates, Grant(patch))?.Heading);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("end = today + 4 years", "{'actualDates': [{'startDate': '2026-01-01', 'endDate': '2030-11-30'}]}")]
    [InlineData("tests.py grant 1: actual dates within a year", "{'actualDates': [{'startDate': '2026-01-01', 'endDate': '2027-04-23'}]}")]
    public void FarFutureActualDates_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.FarFutureActualDates, Grant(patch));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("tests.py grant 2: actual start 26 years ago", "{'actualDates': [{'startDate': '2000-03-29', 'endDate': '2001-03-29'}]}", "grants/0/actualDates/0/startDate")]
    [InlineData("awardDate = today - 25 years (the same day counts)", "{'awardDate': '2001-11-30'}", "grants/0/awardDate")]
    [InlineData("planned start 1990-01-01 with a recent award date", "{'plannedDates': [{'startDate': '1990-01-01', 'endDate': '2021-03-31'}]}", "grants/0/plannedDates/0/startDate")]
    public void FarPastDates_Fires(string example, string patch, string location)
    {
        Assert.Equal([location], Fired(ThreeSixtyGivingCheck.FarPastDates, Grant(patch))?.Locations);
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("awardDate 2020-01-01", "{'awardDate': '2020-01-01'}")]
    [InlineData("a day less than 25 years ago", "{'awardDate': '2001-12-01'}")]
    [InlineData("an old date only in plannedDates[1]", "{'plannedDates': [{'duration': 12}, {'startDate': '1990-01-01'}]}")]
    public void FarPastDates_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.FarPastDates, Grant(patch));
        Assert.NotEmpty(example);
    }

    [Fact]
    public void PostDatedAwardDates_TestsPyGrants0And1_TwoGrants()
    {
        var finding = Fired(ThreeSixtyGivingCheck.PostDatedAwardDates, Grant("{'awardDate': '2027-07-24'}"), Grant("{'awardDate': '2027-07-24'}"), Grant());
        Assert.Equal("2 grants have Award Dates that are in the future", finding!.Heading);
        Assert.True(finding.IsCritical);
    }

    [Fact]
    public void PostDatedAwardDates_SixOfTenInTheFuture_SixtyPercent()
    {
        var grants = Enumerable.Range(0, 10).Select(i => Grant(i < 6 ? "{'awardDate': '2026-12-01'}" : "{}")).ToArray();
        var finding = Fired(ThreeSixtyGivingCheck.PostDatedAwardDates, grants);
        Assert.Equal("60% of grants have Award Dates that are in the future", finding!.Heading);
        Assert.Equal(60, finding.Percentage);
    }

    [Theory]
    [InlineData("today", "{'awardDate': '2026-11-30'}")]
    [InlineData("yesterday", "{'awardDate': '2026-11-29'}")]
    [InlineData("a future award date in a grant with plannedDates []", "{'awardDate': '2027-01-01', 'plannedDates': []}")]
    public void PostDatedAwardDates_DoesNotFire(string example, string patch)
    {
        AssertQuiet(ThreeSixtyGivingCheck.PostDatedAwardDates, Grant(patch));
        Assert.NotEmpty(example);
    }

    [Fact]
    public void PostDatedAwardDates_Tomorrow_Fires()
    {
        AssertFires(ThreeSixtyGivingCheck.PostDatedAwardDates, Grant("{'awardDate': '2026-12-01'}"));
    }

    [Theory]
    [InlineData("RecipientIndDEI.json: project [{}]", "{'project': [{}]}")]
    [InlineData("the same with project []", "{'project': []}")]
    public void RecipientIndDEI_Fires(string example, string patch)
    {
        var finding = Fired(ThreeSixtyGivingCheck.RecipientIndDEI, Individual(patch));
        Assert.Equal("1 recipient individual grant has Recipient Ind and DEI information", finding?.Heading);
        Assert.Equal(["grants/0/recipientIndividual/id"], finding!.Locations);
        Assert.NotEmpty(example);
    }

    [Fact]
    public void RecipientIndDEI_EmptyRecipientIndividual_FiresWithCountZero()
    {
        var finding = Fired(ThreeSixtyGivingCheck.RecipientIndDEI, Individual("{'recipientIndividual': {}, 'project': []}"));
        Assert.Equal(0, finding!.Count);
        Assert.Equal("0 recipient individual grant has Recipient Ind and DEI information", finding.Heading);
    }

    [Fact]
    public void RecipientIndDEI_IndividualWithoutProject_OrOrganisationWithProject_DoesNotFire()
    {
        AssertQuiet(ThreeSixtyGivingCheck.RecipientIndDEI, Individual());
        AssertQuiet(ThreeSixtyGivingCheck.RecipientIndDEI, Grant("{'project': [{}]}"));
    }

    [Fact]
    public void GeoCodePostcode_GeoCodePostcodeRecipientIndFixture_TwoLocations()
    {
        var finding = Fired(ThreeSixtyGivingCheck.GeoCodePostcode,
            Individual("{'beneficiaryLocation': [{'name': 'a', 'geoCode': 'N1 9AL'}, {'name': 'b', 'geoCode': 'E02000885'}]}"),
            Individual("{'beneficiaryLocation': [{'name': 'c', 'geoCode': ' M60 0AS '}]}"));
        Assert.Equal("2 recipient individual grants have Geographic Code that looks like a postcode", finding!.Heading);
        Assert.Equal(["grants/0/beneficiaryLocation/0/geoCode", "grants/1/beneficiaryLocation/0/geoCode"], finding.Locations);
    }

    [Theory]
    [InlineData("SW1A 1AA", "SW1A 1AA")]
    [InlineData("sw1a1aa", "sw1a1aa")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    public void GeoCodePostcode_Fires(string example, string code)
    {
        AssertFires(ThreeSixtyGivingCheck.GeoCodePostcode, Individual($"{{'beneficiaryLocation': [{{'name': 'x', 'geoCode': '{code}'}}]}}"));
        Assert.NotEmpty(example);
    }

    [Theory]
    [InlineData("E02000885", "E02000885")]
    [InlineData("W06000016", "W06000016")]
    [InlineData("SW1A", "SW1A")]
    public void GeoCodePostcode_DoesNotFire(string example, string code)
    {
        AssertQuiet(ThreeSixtyGivingCheck.GeoCodePostcode, Individual($"{{'beneficiaryLocation': [{{'name': 'x', 'geoCode': '{code}'}}]}}"));
        Assert.NotEmpty(example);
    }

    [Fact]
    public void GeoCodePostcode_GeoCodePostcodeFixtureWithoutRecipientInd_DoesNotFire()
    {
        AssertQuiet(ThreeSixtyGivingCheck.GeoCodePostcode, Grant("{'beneficiaryLocation': [{'name': 'x', 'geoCode': 'N1 9AL'}]}"));
    }

    [Fact]
    public void MultiFundingNamesForOrgId_TestsPyGrant1_PointsAtTheSecondName()
    {
        var finding = Fired(ThreeSixtyGivingCheck.MultiFundingNamesForOrgId,
            Grant("{'fundingOrganization': [{'id': 'XSFAFA', 'name': 'Funding Providers UK'}]}"),
            Grant("{'fundingOrganization': [{'id': '360G-CHC-000001', 'name': 'Funding Providers UK'}, {'id': 'GB-CHC-111111', 'name': 'Funding Providers Name1'}, {'id': 'GB-CHC-111111', 'name': 'Funding Providers Name2'}]}"));
        Assert.Equal(["grants/1/fundingOrganization/2/name"], finding!.Locations);
        Assert.Equal("1 grant has introduced an additional Funding Org:Name for an existing Funding Org:Identifier", finding.Heading);
    }

    [Fact]
    public void MultiFundingNamesForOrgId_AThenALtd_Fires_SameNameThroughout_DoesNot()
    {
        AssertFires(ThreeSixtyGivingCheck.MultiFundingNamesForOrgId, Grant("{'fundingOrganization': [{'id': 'A', 'name': 'F'}]}"), Grant("{'fundingOrganization': [{'id': 'A', 'name': 'F Ltd'}]}"));
        AssertQuiet(ThreeSixtyGivingCheck.MultiFundingNamesForOrgId, Grant(), Grant(), Grant());
    }

    [Fact]
    public void MultiFundingOrgIdsForName_TestsPy_TwoLaterIdentifiers()
    {
        var finding = Fired(ThreeSixtyGivingCheck.MultiFundingOrgIdsForName,
            Grant("{'fundingOrganization': [{'id': 'XSFAFA', 'name': 'Funding Providers UK'}]}"),
            Grant("{'fundingOrganization': [{'id': '360G-CHC-000001', 'name': 'Funding Providers UK'}]}"),
            Grant("{'fundingOrganization': [{'id': 'GB-COH-000000', 'name': 'Funding Providers UK'}]}"));
        Assert.Equal("2 grants have introduced an additional Funding Org:Identifier for an existing Funding Org:Name", finding!.Heading);
        Assert.Equal(["grants/1/fundingOrganization/0/id", "grants/2/fundingOrganization/0/id"], finding.Locations);
    }

    [Fact]
    public void MultiFundingOrgIdsForName_MultipleFunderNamesOrgIdsFixture_Fires_ConsistentOrDifferent_DoesNot()
    {
        AssertFires(ThreeSixtyGivingCheck.MultiFundingOrgIdsForName,
            Grant("{'fundingOrganization': [{'id': 'GB-12345-test', 'name': 'Example Funder Limited'}]}"),
            Grant("{'fundingOrganization': [{'id': 'GB-54321-test', 'name': 'Example Funder Limited'}]}"));
        AssertQuiet(ThreeSixtyGivingCheck.MultiFundingOrgIdsForName, Grant(), Grant());
        AssertQuiet(ThreeSixtyGivingCheck.MultiFundingOrgIdsForName,
            Grant("{'fundingOrganization': [{'id': 'A', 'name': 'F'}]}"), Grant("{'fundingOrganization': [{'id': 'B', 'name': 'G'}]}"));
    }
}
