using System;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Partnership;

public class CommunitySafetyPartnershipBuilderTest
{
    private static readonly OrganisationId CspId = new("360G-example", "csp");

    private static CommunitySafetyPartnershipBuilder Required() => new CommunitySafetyPartnershipBuilder()
        .WithId(CspId)
        .WithName("Example Community Safety Partnership")
        .WithLevel(PartnershipLevel.District)
        .WithArea("Example");

    [Fact]
    public void Build_NonKentPartnershipOnlyBuilders_RoundTripsThroughJsonEqual()
    {
        var partnership = Required()
            .AddMember(new Membership(new Organisation(new OrganisationId("GB-LAE", "XYZ"), "Example District Council", ResponsibleAuthorityKind.DistrictCouncil), MembershipRole.ResponsibleAuthority))
            .AddMember(new Membership(new Organisation(new OrganisationId("360G-example", "police"), "Example Police", ResponsibleAuthorityKind.ChiefOfficerOfPolice), MembershipRole.ResponsibleAuthority))
            .AddSubGroup(new SubGroup(new OrganisationId("360G-example", "working-group"), "Example Working Group", "Oversees the action plan.", CspId))
            .Build();

        var again = KentCspJson.DeserializePartnership(KentCspJson.Serialize(partnership));

        Assert.Equal(partnership, again);
        Assert.Equal(2, again.Members.Count);
        Assert.Single(again.SubGroups);
    }

    [Fact]
    public void Build_Defaults_NoMembersNoSubGroupsNoProvenance()
    {
        var partnership = Required().Build();

        Assert.Equal(new CommunitySafetyPartnership(CspId, "Example Community Safety Partnership", PartnershipLevel.District, "Example", []), partnership);
        Assert.Empty(partnership.Members);
        Assert.Empty(partnership.SubGroups);
        Assert.Null(partnership.Provenance);
    }

    [Fact]
    public void Build_OrganisationSeatedTwice_RefusesAsTheConstructorDoes()
    {
        var council = new Membership(Builders.Organisation("council", ResponsibleAuthorityKind.DistrictCouncil), MembershipRole.ResponsibleAuthority);
        var exception = BuilderAssert.SameRefusal(
            () => _ = new CommunitySafetyPartnership(CspId, "Example Community Safety Partnership", PartnershipLevel.District, "Example", [council, council]),
            () => Required().AddMember(council).AddMember(council).Build());
        Assert.Equal("members", exception.ParamName);
    }

    [Fact]
    public void Build_SubGroupReportingOutside_RefusesAsWithSubGroupsDoes()
    {
        var stray = new SubGroup(new OrganisationId("360G-example", "wg"), "Working Group", "Works.", new OrganisationId("360G-example", "elsewhere"));
        var exception = BuilderAssert.SameRefusal(
            () => _ = Required().Build().WithSubGroups([stray]),
            () => Required().WithSubGroups([stray]).Build());
        Assert.Equal("subGroups[0].reportsTo", exception.ParamName);
    }

    [Fact]
    public void Build_BlankName_RefusesAsTheConstructorDoes()
    {
        BuilderAssert.SameRefusal(
            () => _ = new CommunitySafetyPartnership(CspId, " ", PartnershipLevel.District, "Example", []),
            () => Required().WithName(" ").Build());
    }

    [Fact]
    public void ToBuilder_Kent_EqualWithTheSameProvenance()
    {
        var kcsp = KentData.Partnership;

        var copy = kcsp.ToBuilder().Build();

        Assert.Equal(kcsp, copy);
        Assert.Equal(kcsp.SubGroups, copy.SubGroups);
        Assert.Equal(kcsp.Provenance, copy.Provenance);
        Assert.Equal(KentCspJson.Serialize(kcsp), KentCspJson.Serialize(copy));
    }
}
