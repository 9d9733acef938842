using System.Linq;
using KentCsp.Domain.Kent;
using Xunit;

namespace KentCsp.Domain.Tests.Kent;

/// <summary>The provenance marks of the built-in Kent data: what the sources give, what is worked out, what is made up.</summary>
public class KentProvenanceTest
{
    [Fact]
    public void Grant2017To18_Amount_IsInferredFromTheCurrentLevelAndApproximately40k()
    {
        var provenance = KentFunding.Round2017To18.Provenance;
        Assert.NotNull(provenance);
        var amount = provenance.For("grant.amount");
        Assert.Same(ProvenanceKind.Inferred, amount.Kind);
        Assert.Contains("current level", amount.Reason);
        Assert.Contains("approximately £40k", amount.Reason);
        Assert.Equal(Money.FromPounds(39_661m), KentFunding.Grant2017To18.Amount);
    }

    [Fact]
    public void Grants_Funder_IsThePoliceAndCrimeCommissionerNotTheOffice()
    {
        var funder = KentFunding.Grant2017To18.Funder.Organisation;
        Assert.Equal("Kent Police and Crime Commissioner", funder.Name);
        Assert.NotEqual(KentOrganisations.OfficeOfThePoliceAndCrimeCommissioner.Id, funder.Id);
        Assert.Equal(funder, KentFunding.Grant2016To17.Funder.Organisation);
    }

    [Fact]
    public void PartnershipRecord_LocalPolicingBody_IsTheCommissionerNotTheOffice()
    {
        // The elected Commissioner is the local policing body; the Office only supports the Commissioner.
        Assert.Equal([KentOrganisations.PoliceAndCrimeCommissioner.Id], KentData.PartnershipRecord.LocalPolicingBodies);
    }

    [Fact]
    public void Partnership_OfficeInvitation_IsInferredFromMinute151NotCitedToMinute152()
    {
        var provenance = KentData.Partnership.Provenance;
        Assert.NotNull(provenance);
        int office = -1;
        for (int i = 0; i < KentData.Partnership.Members.Count; i++)
        {
            if (KentData.Partnership.Members[i].Organisation == KentOrganisations.OfficeOfThePoliceAndCrimeCommissioner)
            {
                office = i;
            }
        }
        var mark = provenance.For($"members[{office}]");
        Assert.Same(ProvenanceKind.Inferred, mark.Kind);
        Assert.Equal("minute 151", mark.Source?.Locator);
    }

    [Fact]
    public void Meeting_Phillips_RepresentsTheCommissionerAsMinute151Says()
    {
        // Minute 151.1: "Mr Phillips attended the KCSP representing the Police and Crime Commissioner (PCC)".
        var phillips = KentMeetings.Kcsp2017July19.Attendance.Present.Single(person => person.Name == "Mr Robert Phillips");
        Assert.Equal(KentOrganisations.PoliceAndCrimeCommissioner, phillips.Organisation);
    }

    [Fact]
    public void Register_WithCase_KeepsTheRegistersProvenance()
    {
        var register = KentReviews.Register;
        var replaced = register.WithCase(KentReviews.Elizabeth2015);
        Assert.Equal(register.Provenance, replaced.Provenance);
    }
}
