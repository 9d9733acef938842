using System;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>
/// The code shown in docs/*.md. Each region appears verbatim in a page after a <c>&lt;!-- snippet: name --&gt;</c>
/// line (checked by <see cref="DocSnippetsTest"/>), and each test here runs one and checks what the page says it does.
/// </summary>
public class DocSnippets
{
    [Fact]
    public void BuiltInData()
    {
        #region built-in-data
        var kcsp = KentData.Partnership;                   // the county partnership and its members
        var csa = KentData.CommunitySafetyAgreement2023;   // priorities and cross-cutting themes, November 2023
        Console.WriteLine(csa.Source);                     // the report the edition comes from
        #endregion
        Assert.Equal(10, kcsp.Members.Count);
        Assert.Equal(new LocalDate(2023, 11, 16), csa.Source.Date);
    }

    [Fact]
    public void LawOnADate()
    {
        #region law-on-a-date
        var kinds = ResponsibleAuthorityKind.InForceOn(new LocalDate(2012, 11, 21)); // includes the police authority
        var name = ResponsibleAuthorityKind.HealthBody.DesignationOn(new LocalDate(2020, 1, 1))!.Name; // "clinical commissioning group"
        #endregion
        Assert.Contains(ResponsibleAuthorityKind.PoliceAuthority, kinds);
        Assert.Equal("clinical commissioning group", name);
    }

    [Fact]
    public void OwnPartnership()
    {
        #region own-partnership
        var council = new Organisation(new OrganisationId("GB-LAE", "XYZ"), "Example District Council",
                                       ResponsibleAuthorityKind.DistrictCouncil);
        var csp = new CommunitySafetyPartnership(
            new OrganisationId("360G-example", "csp"), "Example Community Safety Partnership",
            PartnershipLevel.District, "Example", [new Membership(council, MembershipRole.ResponsibleAuthority)]);
        #endregion
        #region save-and-load
        string json = KentCspJson.Serialize(csp);
        CommunitySafetyPartnership again = KentCspJson.DeserializePartnership(json);
        #endregion
        Assert.Equal(csp, again);
    }

    [Fact]
    public void KentKindsRepresented()
    {
        #region kent-kinds-represented
        var kcsp = KentData.Partnership;
        var missing = ResponsibleAuthorityKind.InForceOn(new LocalDate(2026, 11, 23))
            .Except(kcsp.RepresentedAuthorityKinds());   // empty: every kind in force is represented
        #endregion
        Assert.Empty(missing);
    }

    [Fact]
    public void OwnConverters()
    {
        #region own-converters
        var options = new JsonSerializerOptions
        {
            Converters =
            {
                new LocalDateJsonConverter(),
                new SmartEnumNameJsonConverter<ResponsibleAuthorityKind>(),
                new MoneyJsonConverter(),
                new FinancialYearJsonConverter(),
            },
        };
        #endregion
        Assert.Equal("[\"2017-07-19\",\"HealthBody\",6000.00,\"2016/17\"]",
            JsonSerializer.Serialize(new object[] { new LocalDate(2017, 7, 19), ResponsibleAuthorityKind.HealthBody, Money.FromPounds(6_000m), new FinancialYear(2016) }, options));
    }

    [Fact]
    public void FundingRoundJson()
    {
        #region funding-json
        string json = KentCspJson.Serialize(KentFunding.Round2016To17);   // "amount": 39661.00, "year": "2016/17", …
        FundingRound round = KentCspJson.DeserializeFundingRound(json);   // a JsonException naming the path if invalid
        #endregion
        Assert.Equal(KentFunding.Round2016To17, round);
        Assert.Contains("\"amount\": 39661.00,", json);
        Assert.Contains("\"year\": \"2016/17\",", json);
    }

    [Fact]
    public void ExportKent360Giving()
    {
        #region export-360giving-kent
        string json = ThreeSixtyGiving.Export(
            [KentFunding.Round2016To17],                            // the eight projects of 2016/17
            KentThreeSixtyGiving.Options(new LocalDate(2017, 3, 15)));   // 360G-kentcsp, Kent's rules, issued 15 March 2017
        #endregion
        using var package = JsonDocument.Parse(json);
        Assert.Equal(8, package.RootElement.GetProperty("grants").GetArrayLength());
    }

    [Fact]
    public void ExportOwn360Giving()
    {
        var round = KentFunding.Round2016To17;
        #region export-360giving-own
        var publisher = new ThreeSixtyGivingPublisher("360G-example", "Example Community Safety Partnership",
                                                      new Uri("https://example.org/community-safety"));
        var county = new ThreeSixtyGivingLocation("Kent", "E10000016", "CTY");   // the county council area
        var options = new ThreeSixtyGivingExportOptions(publisher, new LocalDate(2017, 3, 31), KentPolicies.Funding)
            .WithCountyLocation(county)                                                 // or leave it out
            .WithFunder(new ThreeSixtyGivingFunder("GB-LAE-KEN", "Kent County Council"))  // optional
            .WithProgramme(new ThreeSixtyGivingProgramme("csp-grants", "Community safety grants"));   // optional
        string json = ThreeSixtyGiving.Export([round], options);
        #endregion
        Assert.Contains("\"id\": \"360G-example-2016-17-licence-to-kill\"", json, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"GB-LAE-KEN\"", json, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"csp-grants\"", json, StringComparison.Ordinal);
    }
}
