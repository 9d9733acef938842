using System;
using System.Linq;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Partnership;

public class CommunitySafetyPartnershipTest
{
    [Fact]
    public void Construction_SameOrganisationTwice_ThrowsNamingMembers()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Builders.Partnership(
            Builders.Authority("council", ResponsibleAuthorityKind.DistrictCouncil),
            new Membership(Builders.Organisation("police"), MembershipRole.Invitee),
            new Membership(Builders.Organisation("council"), MembershipRole.Invitee)));
        Assert.Equal("members", exception.ParamName);
        Assert.Contains("element 2 repeats organisation 360G-test-council, already element 0", exception.Message);
    }

    [Fact]
    public void Construction_NullMember_ThrowsNamingIndex()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Builders.Partnership(new Membership[] { null! }));
        Assert.Equal("members", exception.ParamName);
        Assert.Contains("element 0 is null", exception.Message);
    }

    [Fact]
    public void Construction_BlankArea_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(
            () => new CommunitySafetyPartnership(Builders.Id("csp"), "CSP", PartnershipLevel.District, "", []));
        Assert.Equal("area", exception.ParamName);
    }

    [Fact]
    public void Members_AreCopiedOnConstruction()
    {
        var members = new[] { Builders.Authority("council", ResponsibleAuthorityKind.DistrictCouncil) };
        var partnership = new CommunitySafetyPartnership(Builders.Id("csp"), "CSP", PartnershipLevel.District, "Area", members);
        members[0] = Builders.Authority("other", ResponsibleAuthorityKind.CountyCouncil);
        Assert.Equal("council", partnership.Members[0].Organisation.Id.Identifier);
    }

    [Fact]
    public void WithMember_ReturnsNewPartnershipAndLeavesOriginal()
    {
        var original = Builders.Partnership(Builders.Authority("council", ResponsibleAuthorityKind.DistrictCouncil));
        var extended = original.WithMember(new Membership(Builders.Organisation("medway"), MembershipRole.Invitee));
        Assert.Single(original.Members);
        Assert.Equal(2, extended.Members.Count);
        Assert.Equal("medway", extended.Members[1].Organisation.Id.Identifier);
    }

    [Fact]
    public void WithMember_OrganisationAlreadySeated_Throws()
    {
        var original = Builders.Partnership(Builders.Authority("council", ResponsibleAuthorityKind.DistrictCouncil));
        var exception = Assert.Throws<ArgumentRefusedException>(
            () => original.WithMember(new Membership(Builders.Organisation("council"), MembershipRole.Invitee)));
        Assert.Equal("member", exception.ParamName);
    }

    [Fact]
    public void MembersIn_SelectsByRoleInOrder()
    {
        var partnership = Builders.Partnership(
            new Membership(Builders.Organisation("b"), MembershipRole.Invitee),
            Builders.Authority("council", ResponsibleAuthorityKind.DistrictCouncil),
            new Membership(Builders.Organisation("a"), MembershipRole.Invitee));
        Assert.Equal(["b", "a"], partnership.MembersIn(MembershipRole.Invitee).Select(m => m.Organisation.Id.Identifier));
        Assert.Empty(partnership.MembersIn(MembershipRole.CooperatingBody));
    }

    [Fact]
    public void RepresentedAuthorityKinds_StatutoryOrderWithoutRepeatsAndOnlyAuthoritySeats()
    {
        var partnership = Builders.Partnership(
            Builders.Authority("police", ResponsibleAuthorityKind.ChiefOfficerOfPolice),
            Builders.Authority("district-1", ResponsibleAuthorityKind.DistrictCouncil),
            Builders.Authority("district-2", ResponsibleAuthorityKind.DistrictCouncil),
            // A fire authority that sits only as an invitee does not represent its kind.
            new Membership(Builders.Organisation("fire", ResponsibleAuthorityKind.FireAndRescueAuthority), MembershipRole.Invitee));
        Assert.Equal(
            [ResponsibleAuthorityKind.DistrictCouncil, ResponsibleAuthorityKind.ChiefOfficerOfPolice],
            partnership.RepresentedAuthorityKinds());
    }

    [Fact]
    public void Equality_Contract()
    {
        EqualityAssert.Contract(
            Builders.Partnership(Builders.Authority("council", ResponsibleAuthorityKind.DistrictCouncil)),
            Builders.Partnership(Builders.Authority("council", ResponsibleAuthorityKind.DistrictCouncil)),
            Builders.Partnership(),
            Builders.Partnership(Builders.Authority("council", ResponsibleAuthorityKind.CountyCouncil)),
            new CommunitySafetyPartnership(Builders.Id("csp"), "Test Community Safety Partnership", PartnershipLevel.County, "Testshire",
                [Builders.Authority("council", ResponsibleAuthorityKind.DistrictCouncil)]));
    }
}
