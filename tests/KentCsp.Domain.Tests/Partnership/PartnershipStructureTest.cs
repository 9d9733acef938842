using System;
using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Partnership;

public class PartnershipStructureTest
{
    [Theory]
    [InlineData(1999, 1, 1, "DistrictCouncil,CountyCouncil,ChiefOfficerOfPolice", "1998 Act as enacted")]
    [InlineData(2003, 3, 31, "DistrictCouncil,CountyCouncil,ChiefOfficerOfPolice", "the day before police and fire authorities")]
    [InlineData(2003, 4, 1, "DistrictCouncil,CountyCouncil,ChiefOfficerOfPolice,PoliceAuthority,FireAndRescueAuthority", "police and fire authorities")]
    [InlineData(2004, 4, 29, "DistrictCouncil,CountyCouncil,ChiefOfficerOfPolice,PoliceAuthority,FireAndRescueAuthority", "the day before PCTs")]
    [InlineData(2004, 4, 30, "DistrictCouncil,CountyCouncil,ChiefOfficerOfPolice,PoliceAuthority,FireAndRescueAuthority,HealthBody", "PCTs")]
    [InlineData(2010, 4, 1, "DistrictCouncil,CountyCouncil,ProbationProvider,ChiefOfficerOfPolice,PoliceAuthority,FireAndRescueAuthority,HealthBody", "probation")]
    [InlineData(2012, 11, 22, "DistrictCouncil,CountyCouncil,ProbationProvider,ChiefOfficerOfPolice,FireAndRescueAuthority,HealthBody", "police authorities abolished")]
    [InlineData(2026, 11, 23, "DistrictCouncil,CountyCouncil,ProbationProvider,ChiefOfficerOfPolice,FireAndRescueAuthority,HealthBody", "today")]
    public void RequiredKindsOn_TwoTierDistrict_FollowsTheStatutoryDates(int y, int m, int d, string expected, string reason)
    {
        Assert.True(expected == string.Join(",", AreaKind.TwoTierDistrict.RequiredKindsOn(new LocalDate(y, m, d)).Select(kind => kind.Name)), reason);
    }

    [Fact]
    public void RequiredKindsOn_Unitary_HasNoCountyCouncil()
    {
        Assert.DoesNotContain(ResponsibleAuthorityKind.CountyCouncil, AreaKind.Unitary.RequiredKindsOn(new LocalDate(2026, 1, 1)));
        Assert.Contains(ResponsibleAuthorityKind.CountyCouncil, AreaKind.TwoTierCounty.RequiredKindsOn(new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void Membership_EndingBeforeItStarts_Throws()
    {
        var member = Builders.Authority("police", ResponsibleAuthorityKind.ChiefOfficerOfPolice);
        var exception = Assert.Throws<ArgumentRefusedException>(() => member.WithTerm(new LocalDate(2020, 1, 1), new LocalDate(2019, 12, 31)));
        Assert.Equal("until", exception.ParamName);
        Assert.StartsWith("until (2019-12-31) must be after the membership starts (2020-01-01); a membership cannot end before it starts.", exception.Message);
        Assert.Equal("until", Assert.Throws<ArgumentRefusedException>(() => member.WithTerm(new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 1))).ParamName);
    }

    [Fact]
    public void Membership_IsCurrentOn_HalfOpenTerm()
    {
        var member = Builders.Authority("ccg", ResponsibleAuthorityKind.HealthBody).WithTerm(new LocalDate(2013, 4, 1), new LocalDate(2022, 7, 1));
        Assert.False(member.IsCurrentOn(new LocalDate(2013, 3, 31)));
        Assert.True(member.IsCurrentOn(new LocalDate(2013, 4, 1)));
        Assert.True(member.IsCurrentOn(new LocalDate(2022, 6, 30)));
        Assert.False(member.IsCurrentOn(new LocalDate(2022, 7, 1)));
    }

    [Fact]
    public void Membership_Representative_IsKeptAndPartOfEquality()
    {
        var member = Builders.Authority("district", ResponsibleAuthorityKind.DistrictCouncil)
            .WithRepresentative("Nominated representative of the district chief executives", Builders.Id("chief-executives"));
        Assert.Equal("Nominated representative of the district chief executives", member.Post);
        Assert.Equal(Builders.Id("chief-executives"), member.OnBehalfOf);
        EqualityAssert.Contract(
            member,
            Builders.Authority("district", ResponsibleAuthorityKind.DistrictCouncil).WithRepresentative("Nominated representative of the district chief executives", Builders.Id("chief-executives")),
            Builders.Authority("district", ResponsibleAuthorityKind.DistrictCouncil),
            member.WithTerm(new LocalDate(2017, 7, 19), null));
        Assert.Equal("post", Assert.Throws<ArgumentRefusedException>(() => member.WithRepresentative(" ", null)).ParamName);
    }

    [Fact]
    public void Partnership_SubGroupsMustReportWithinThePartnership()
    {
        var csp = Builders.Partnership();
        var exception = Assert.Throws<ArgumentRefusedException>(() => csp.WithSubGroups([new SubGroup(Builders.Id("wg"), "WG", "Works.", Builders.Id("elsewhere"))]));
        Assert.Equal("subGroups[0].reportsTo", exception.ParamName);
        Assert.Equal("subGroups[1].id", Assert.Throws<ArgumentRefusedException>(() => csp.WithSubGroups(
            [new SubGroup(Builders.Id("wg"), "WG", "Works.", csp.Id), new SubGroup(Builders.Id("wg"), "WG2", "Works.", csp.Id)])).ParamName);
        Assert.Equal("reportsTo", Assert.Throws<ArgumentRefusedException>(() => new SubGroup(Builders.Id("wg"), "WG", "Works.", Builders.Id("wg"))).ParamName);
        var nested = csp.WithSubGroups([new SubGroup(Builders.Id("wg"), "WG", "Works.", csp.Id), new SubGroup(Builders.Id("task"), "Task group", "Tasks.", Builders.Id("wg"))]);
        Assert.Equal(2, nested.SubGroups.Count);
        Assert.NotEqual(csp, nested);
    }

    [Fact]
    public void TermsOfReference_BadValues_Throw()
    {
        var source = new SourceDocument("Minutes");
        Assert.Equal("minimumMeetingsPerYear", Assert.Throws<ArgumentRefusedException>(() => new TermsOfReference(Builders.Id("csp"), "v1", new LocalDate(2020, 1, 1), -1, null, null, [], source)).ParamName);
        Assert.Equal("reviewWithin", Assert.Throws<ArgumentRefusedException>(() => new TermsOfReference(Builders.Id("csp"), "v1", new LocalDate(2020, 1, 1), 3, Period.Zero, null, [], source)).ParamName);
        Assert.Equal("subGroupIds[1]", Assert.Throws<ArgumentRefusedException>(() => new TermsOfReference(Builders.Id("csp"), "v1", new LocalDate(2020, 1, 1), 3, null, null, [Builders.Id("a"), Builders.Id("a")], source)).ParamName);
        Assert.Null(new TermsOfReference(Builders.Id("csp"), "v1", new LocalDate(2020, 1, 1), 3, null, null, [], source).ReviewDue);
    }

    [Fact]
    public void PartnershipRecord_TermsOfReferenceForAnUnknownBody_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new PartnershipRecord(Builders.Partnership(), AreaKind.Unitary,
            [new TermsOfReference(Builders.Id("elsewhere"), "v1", new LocalDate(2020, 1, 1), 3, null, null, [], new SourceDocument("x"))], null, null, []));
        Assert.Equal("termsOfReference[0].bodyId", exception.ParamName);
    }

    [Fact]
    public void Kent_HealthBodyMembershipFollowsTheIcbChange()
    {
        var kcsp = KentData.Partnership;
        Assert.Equal("Kent and Medway clinical commissioning groups", kcsp.MembersOn(new LocalDate(2022, 6, 30)).Single(m => m.Organisation.AuthorityKind == ResponsibleAuthorityKind.HealthBody).Organisation.Name);
        Assert.Equal("NHS Kent and Medway Integrated Care Board", kcsp.MembersOn(new LocalDate(2022, 7, 1)).Single(m => m.Organisation.AuthorityKind == ResponsibleAuthorityKind.HealthBody).Organisation.Name);
        Assert.Equal(AreaKind.TwoTierCounty.RequiredKindsOn(new LocalDate(2017, 7, 19)), kcsp.RepresentedAuthorityKindsOn(new LocalDate(2017, 7, 19)));
        Assert.Equal(AreaKind.TwoTierCounty.RequiredKindsOn(new LocalDate(2026, 11, 23)), kcsp.RepresentedAuthorityKindsOn(new LocalDate(2026, 11, 23)));
        Assert.Equal(["KCSP Working Group", "DHR Steering Group"], kcsp.SubGroups.Select(group => group.Name));
        Assert.Equal(3, KentData.TermsOfReference2017.MinimumMeetingsPerYear);
        Assert.Equal(new LocalDate(2018, 7, 19), KentData.TermsOfReference2017.ReviewDue);
    }
}
