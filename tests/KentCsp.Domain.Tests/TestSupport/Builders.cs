using System.Collections.Generic;
using KentCsp.Domain.Partnership;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>Small, valid test values; each call returns new instances.</summary>
internal static class Builders
{
    public static OrganisationId Id(string identifier) => new("360G-test", identifier);

    public static Organisation Organisation(string identifier, ResponsibleAuthorityKind? kind = null) =>
        new(Id(identifier), "Organisation " + identifier, kind);

    public static Membership Authority(string identifier, ResponsibleAuthorityKind kind) =>
        new(Organisation(identifier, kind), MembershipRole.ResponsibleAuthority);

    public static CommunitySafetyPartnership Partnership(params Membership[] members) =>
        new(Id("csp"), "Test Community Safety Partnership", PartnershipLevel.District, "Testshire", (IEnumerable<Membership>)members);
}
