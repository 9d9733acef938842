using System.Collections.Generic;
using System.IO;
using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using NodaTime;

namespace KentCsp.Domain.NetFramework
{
    /// <summary>Uses the public API the way a C# 7.3 app on .NET Framework 4.8 would.</summary>
    public static class FrameworkConsumer
    {
        public static void Run(TextWriter output)
        {
            CommunitySafetyPartnership kcsp = KentData.Partnership;
            LocalDate meeting = new LocalDate(2017, 7, 19);
            foreach (ResponsibleAuthorityKind kind in ResponsibleAuthorityKind.InForceOn(meeting))
            {
                StatutoryDesignation designation = kind.DesignationOn(meeting);
                output.WriteLine(kind.StatutoryReference + " " + designation.Name);
            }

            Organisation council = new Organisation(
                new OrganisationId("GB-LAE", "XYZ"), "Example District Council", ResponsibleAuthorityKind.DistrictCouncil);
            CommunitySafetyPartnership csp = new CommunitySafetyPartnership(
                new OrganisationId("360G-example", "csp"),
                "Example Community Safety Partnership",
                PartnershipLevel.District,
                "Example",
                new List<Membership> { new Membership(council, MembershipRole.ResponsibleAuthority) });
            csp = csp.WithMember(new Membership(KentOrganisations.MedwayCommunitySafetyPartnership, MembershipRole.Invitee));

            string json = KentCspJson.Serialize(csp);
            CommunitySafetyPartnership again = KentCspJson.DeserializePartnership(json);
            output.WriteLine(again == csp);
            output.WriteLine(string.Join(", ", KentData.CommunitySafetyAgreement2023.Priorities.Select(p => p.Title)));
        }
    }
}
