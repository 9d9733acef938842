using System.Collections.Generic;
using KentCsp.Domain.Partnership;
using NodaTime;

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

    /// <summary>Evidence of every duty judged on evidence, for the financial year 2021/22, covering every kind.</summary>
    public static ComplianceEvidence Evidence2021 { get; } = ComplianceEvidence.None
        .WithPublicMeetings([new PublicMeetingEvidence(new LocalDate(2021, 10, 1), ResponsibleAuthorityKind.All, publicised: true)])
        .WithRegardToPoliceAndCrimeObjectives([new RegardEvidence(new LocalDate(2021, 6, 1), ResponsibleAuthorityKind.All, new SourceDocument("Testshire partnership plan 2021/22", new LocalDate(2021, 6, 1)))])
        .WithPolicingBodyRegardToPriorities([new RegardEvidence(new LocalDate(2021, 7, 1), ResponsibleAuthorityKind.All, new SourceDocument("Testshire police and crime plan", new LocalDate(2021, 7, 1)))]);
}
