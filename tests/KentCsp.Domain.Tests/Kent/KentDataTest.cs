using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Kent;

public class KentDataTest
{
    [Fact]
    public void Partnership_IsTheCountyPartnershipForKent()
    {
        Assert.Equal("Kent Community Safety Partnership", KentData.Partnership.Name);
        Assert.Equal(PartnershipLevel.County, KentData.Partnership.Level);
        Assert.Equal(KentData.KcspId, KentData.Partnership.Id);
    }

    [Fact]
    public void Partnership_EveryKindInForceToday_IsRepresented()
    {
        // Minute 152: "In Kent this includes all of the responsible authorities".
        var today = new LocalDate(2026, 11, 23);
        Assert.Equal(ResponsibleAuthorityKind.InForceOn(today), KentData.Partnership.RepresentedAuthorityKinds());
    }

    [Fact]
    public void Partnership_PccOfficeAndMedwayAreInvitees()
    {
        var invitees = KentData.Partnership.MembersIn(MembershipRole.Invitee).Select(m => m.Organisation).ToList();
        Assert.Contains(KentOrganisations.OfficeOfThePoliceAndCrimeCommissioner, invitees);
        Assert.Contains(KentOrganisations.MedwayCommunitySafetyPartnership, invitees);
        Assert.Null(KentOrganisations.OfficeOfThePoliceAndCrimeCommissioner.AuthorityKind);
    }

    [Fact]
    public void Agreement2017_AsTheJuly2017ReportRecordsIt()
    {
        var edition = KentData.CommunitySafetyAgreement2017;
        Assert.Equal(
            ["Anti-Social Behaviour", "Domestic Abuse", "Substance Misuse", "Safeguarding Vulnerable People", "Serious and Organised Crime", "Road Safety"],
            edition.Priorities.Select(p => p.Title));
        Assert.Equal(
            ["Early intervention, prevention & education", "Reducing re-offending and supporting victims", "Improving quality of life and enhancing community resilience"],
            edition.CrossCuttingThemes.Select(t => t.Title));
        Assert.Equal(new LocalDate(2017, 7, 19), edition.Source.Date);
    }

    [Fact]
    public void Agreement2023_AsTheNovember2023ReportRecordsIt()
    {
        var edition = KentData.CommunitySafetyAgreement2023;
        Assert.Equal(
            ["Preventing Neighbourhood Crime & ASB", "Domestic Abuse", "Substance Misuse", "Safeguarding Vulnerable People",
             "Serious Violence and Organised Crime", "Preventing Extremism and Hate", "Road Safety", "Violence against women and girls"],
            edition.Priorities.Select(p => p.Title));
        Assert.Equal(
            ["Early intervention, prevention & education", "Reduce re-offending and support victims",
             "Improve quality of life and enhance community resilience", "Support mental health and wellbeing",
             "Response and Recovery from Significant Community Events"],
            edition.CrossCuttingThemes.Select(t => t.Title));
        // The documents do not give the date the set took effect, only that it was in force by the report.
        Assert.Equal(new LocalDate(2023, 11, 16), edition.InForceBy);
    }

    [Fact]
    public void Agreements_ContinuedItemsKeepTheirIdentifiers()
    {
        var continued = KentData.CommunitySafetyAgreement2017.Priorities.Select(p => p.Id)
            .Intersect(KentData.CommunitySafetyAgreement2023.Priorities.Select(p => p.Id));
        Assert.Equal(6, continued.Count());
    }

    [Theory]
    [InlineData(2011, 6, 1)]
    [InlineData(2013, 3, 31)]
    public void Partnership_ClinicalCommissioningGroups_NeverSitBefore1April2013(int y, int m, int d)
    {
        // CCGs became the s.5(1)(e) health body on 1 April 2013 (statute.md section 1); before that there were none.
        Assert.DoesNotContain(KentData.Partnership.MembersOn(new LocalDate(y, m, d)), member => member.Organisation == KentOrganisations.KentAndMedwayClinicalCommissioningGroups);
    }

    [Fact]
    public void PartnershipRecord_Before1998_FindsNoBreach()
    {
        var day = new LocalDate(1990, 1, 1);
        Assert.DoesNotContain(PartnershipCompliance.Check(KentData.PartnershipRecord, new DateInterval(day, day)), finding => finding.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void PartnershipRecord_In2011_FindsNoBreachTheSourcesDoNotSupport()
    {
        var findings = PartnershipCompliance.Check(KentData.PartnershipRecord, new DateInterval(new LocalDate(2011, 4, 1), new LocalDate(2011, 6, 1)));
        Assert.DoesNotContain(findings, finding => finding.Severity == FindingSeverity.Error);
    }
}
