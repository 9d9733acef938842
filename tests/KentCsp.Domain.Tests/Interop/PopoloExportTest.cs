using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using KentCsp.Domain.Interop;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Interop;

public class PopoloExportTest
{
    private static readonly LocalDate July2017Meeting = new(2017, 7, 19);
    private static readonly LocalDate November2026 = new(2026, 11, 30);

    [Fact]
    public void BuiltIn_AsAtTheJuly2017Meeting_IsValidPopoloAndMatchesSnapshot()
    {
        string json = PopoloExport.ToJson(KentData.PartnershipRecord, July2017Meeting);
        Assert.Empty(StandardSchemas.ValidatePopoloExport(json));
        Snapshot.VerifyJson(json);
    }

    [Fact]
    public void BuiltIn_AsAt2026_11_30_IsValidPopoloAndMatchesSnapshot()
    {
        string json = PopoloExport.ToJson(KentData.PartnershipRecord, November2026);
        Assert.Empty(StandardSchemas.ValidatePopoloExport(json));
        Snapshot.VerifyJson(json);
    }

    [Fact]
    public void Validation_OutputWithoutARequiredMember_Fails()
    {
        // Popolo's identifier.json makes "identifier" required (draft-03, "required": true on the property).
        var document = JsonNode.Parse(PopoloExport.ToJson(KentData.PartnershipRecord, July2017Meeting))!;
        document["organizations"]![0]!["identifiers"]![0]!.AsObject().Remove("identifier");
        var errors = StandardSchemas.ValidatePopoloExport(document.ToJsonString());
        Assert.Contains(errors, error => error.StartsWith("/organizations/0/identifiers/0: required:", StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltIn_AsAt2017_WritesTheClinicalCommissioningGroupsSeatWithTheLawsDatesAndItsLastDay()
    {
        var document = JsonNode.Parse(PopoloExport.ToJson(KentData.PartnershipRecord, July2017Meeting))!;
        var seat = document["memberships"]!.AsArray().Single(m => m!["member"]!["id"]!.GetValue<string>() == KentOrganisations.KentAndMedwayClinicalCommissioningGroups.Id.ToString())!;
        Assert.Equal("responsible authority (s.5(1)(e) clinical commissioning group)", seat["role"]!.GetValue<string>());
        Assert.Equal("2013-04-01", seat["start_date"]!.GetValue<string>());
        Assert.Equal("2022-06-30", seat["end_date"]!.GetValue<string>());
        Assert.DoesNotContain(document["memberships"]!.AsArray(), m => m!["member"]!["id"]!.GetValue<string>() == KentOrganisations.KentAndMedwayIntegratedCareBoard.Id.ToString());
    }

    [Fact]
    public void BuiltIn_WritesThePartnershipItsSubGroupsWithParentAndEachMember()
    {
        var document = JsonNode.Parse(PopoloExport.ToJson(KentData.PartnershipRecord, November2026))!;
        var organisations = document["organizations"]!.AsArray();
        Assert.Equal(KentData.KcspId.ToString(), organisations[0]!["id"]!.GetValue<string>());
        Assert.Equal(PopoloExport.PartnershipClassification, organisations[0]!["classification"]!.GetValue<string>());
        var groups = organisations.Where(o => o!["classification"]!.GetValue<string>() == PopoloExport.SubGroupClassification).ToList();
        Assert.Equal(2, groups.Count);
        Assert.All(groups, group => Assert.Equal(KentData.KcspId.ToString(), group!["parent_id"]!.GetValue<string>()));
        Assert.Equal(KentData.Partnership.MembersOn(November2026).Count, document["memberships"]!.AsArray().Count);
        Assert.Null(document["persons"]);
    }

    [Fact]
    public void Record_DateBeforeTheMembershipIsKnown_IsRefusedNamingTheDate()
    {
        using var stream = new MemoryStream();
        var exception = Assert.Throws<ArgumentRefusedException>(() => PopoloExport.Write(stream, KentData.PartnershipRecord, new LocalDate(2011, 6, 1)));
        Assert.Equal("asAt", exception.ParamName);
        Assert.Contains("is not known on 2011-06-01", exception.Message);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Partnership_DateBeforeSection5CameIntoForce_IsRefused()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => PopoloExport.ToJson(Builders.Partnership(), new LocalDate(1998, 9, 29)));
        Assert.Equal("asAt", exception.ParamName);
        Assert.Contains("no partnership existed then", exception.Message);
    }

    [Fact]
    public void Partnership_MembershipStartingBeforeThePartnershipCouldExist_IsRefusedNamingIt()
    {
        var partnership = Builders.Partnership(
            Builders.Authority("council", ResponsibleAuthorityKind.DistrictCouncil),
            Builders.Authority("police", ResponsibleAuthorityKind.ChiefOfficerOfPolice).WithTerm(new LocalDate(1990, 1, 1), null));
        using var stream = new MemoryStream();
        var exception = Assert.Throws<ArgumentRefusedException>(() => PopoloExport.Write(stream, partnership, new LocalDate(2000, 1, 1)));
        Assert.Equal("partnership.members[1]", exception.ParamName);
        Assert.Contains("Organisation police", exception.Message);
        Assert.Contains("outside the life of", exception.Message);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Partnership_PoliceAuthoritySeatAfterAbolition_IsRefusedNamingIt()
    {
        var partnership = Builders.Partnership(Builders.Authority("authority", ResponsibleAuthorityKind.PoliceAuthority));
        Assert.Contains("\"responsible authority (s.5(1)(c) police authority)\"", PopoloExport.ToJson(partnership, new LocalDate(2012, 11, 21)));
        var exception = Assert.Throws<ArgumentRefusedException>(() => PopoloExport.ToJson(partnership, new LocalDate(2012, 11, 22)));
        Assert.Equal("partnership.members[0]", exception.ParamName);
    }

    [Fact]
    public void Partnership_PostAndOnBehalfOf_AreWrittenAsAPostAndOnBehalfOfId()
    {
        var partnership = Builders.Partnership(
            new Membership(Builders.Organisation("districts"), MembershipRole.ParticipatingBody)
                .WithRepresentative("Nominated chief executive", Builders.Id("council")));
        var document = JsonNode.Parse(PopoloExport.ToJson(partnership, new LocalDate(2020, 1, 1)))!;
        Assert.Empty(StandardSchemas.ValidatePopoloExport(document.ToJsonString()));
        var post = document["posts"]![0]!;
        Assert.Equal("Nominated chief executive", post["label"]!.GetValue<string>());
        var membership = document["memberships"]![0]!;
        Assert.Equal(post["id"]!.GetValue<string>(), membership["post_id"]!.GetValue<string>());
        Assert.Equal("360G-test-council", membership["on_behalf_of_id"]!.GetValue<string>());
        Assert.Equal("participating body (s.5(3))", membership["role"]!.GetValue<string>());
        Assert.Equal(PopoloExport.OrganisationClassification, document["organizations"]![1]!["classification"]!.GetValue<string>());
    }

    [Fact]
    public void Write_StreamHasTheSameBytesAsTheText_WithoutAByteOrderMarkOrCarriageReturn()
    {
        using var stream = new MemoryStream();
        PopoloExport.Write(stream, KentData.Partnership, November2026);
        byte[] bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(PopoloExport.ToJson(KentData.Partnership, November2026), System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => PopoloExport.Write(null!, KentData.PartnershipRecord, November2026));
        Assert.Throws<ArgumentNullException>(() => PopoloExport.ToJson((PartnershipRecord)null!, November2026));
        Assert.Throws<ArgumentNullException>(() => PopoloExport.ToJson((CommunitySafetyPartnership)null!, November2026));
    }
}
