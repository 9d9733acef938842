using System;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Partnership;

public class OrganisationTest
{
    [Theory]
    [InlineData("", "kcc", "scheme")]
    [InlineData("GB-LAE", " ", "identifier")]
    [InlineData("GB LAE", "kcc", "scheme")]
    [InlineData("GB-LAE", "k cc", "identifier")]
    public void OrganisationId_BlankOrSpacedPart_ThrowsNamingThePart(string scheme, string identifier, string paramName)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new OrganisationId(scheme, identifier));
        Assert.Equal(paramName, exception.ParamName);
    }

    [Fact]
    public void OrganisationId_NullPart_Throws()
    {
        Assert.Equal("scheme", Assert.Throws<ArgumentNullException>(() => new OrganisationId(null!, "x")).ParamName);
    }

    [Fact]
    public void OrganisationId_ToString_JoinsWithHyphen()
    {
        Assert.Equal("GB-LAE-KEN", new OrganisationId("GB-LAE", "KEN").ToString());
    }

    [Fact]
    public void OrganisationId_Equality_Contract()
    {
        EqualityAssert.Contract(
            new OrganisationId("GB-LAE", "KEN"),
            new OrganisationId("GB-LAE", "KEN"),
            new OrganisationId("GB-LAE", "ken"),
            new OrganisationId("GB-COH", "KEN"));
    }

    [Fact]
    public void Organisation_BlankName_Throws()
    {
        Assert.Equal("name", Assert.Throws<ArgumentRefusedException>(() => new Organisation(Builders.Id("a"), "  ")).ParamName);
    }

    [Fact]
    public void Organisation_NameIsTrimmed()
    {
        Assert.Equal("Kent Police", new Organisation(Builders.Id("a"), "  Kent Police ").Name);
    }

    [Fact]
    public void Organisation_Equality_Contract()
    {
        EqualityAssert.Contract(
            new Organisation(Builders.Id("a"), "A", ResponsibleAuthorityKind.CountyCouncil),
            new Organisation(Builders.Id("a"), "A", ResponsibleAuthorityKind.CountyCouncil),
            new Organisation(Builders.Id("b"), "A", ResponsibleAuthorityKind.CountyCouncil),
            new Organisation(Builders.Id("a"), "B", ResponsibleAuthorityKind.CountyCouncil),
            new Organisation(Builders.Id("a"), "A"));
    }

    [Fact]
    public void Membership_ResponsibleAuthorityWithoutKind_ThrowsNamingRole()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(
            () => new Membership(Builders.Organisation("opcc"), MembershipRole.ResponsibleAuthority));
        Assert.Equal("role", exception.ParamName);
        Assert.Contains("has no authority kind", exception.Message);
    }

    [Fact]
    public void Membership_InviteeWithoutKind_IsAllowed()
    {
        Assert.Equal(MembershipRole.Invitee, new Membership(Builders.Organisation("opcc"), MembershipRole.Invitee).Role);
    }

    [Fact]
    public void Membership_Equality_Contract()
    {
        EqualityAssert.Contract(
            new Membership(Builders.Organisation("a"), MembershipRole.Invitee),
            new Membership(Builders.Organisation("a"), MembershipRole.Invitee),
            new Membership(Builders.Organisation("a"), MembershipRole.ParticipatingBody),
            new Membership(Builders.Organisation("b"), MembershipRole.Invitee));
    }
}
