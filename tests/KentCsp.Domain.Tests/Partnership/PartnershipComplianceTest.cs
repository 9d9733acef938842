using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Partnership;

public class PartnershipComplianceTest
{
    private static readonly SourceDocument TermsSource = new("Test partnership minutes", new LocalDate(2018, 4, 10), "minute 12");
    private static readonly OrganisationId CspId = Builders.Id("csp");
    private static readonly OrganisationId GroupId = Builders.Id("working-group");
    private static readonly Organisation Pcc = new(Builders.Id("opcc"), "Office of the Test PCC");

    private static Membership[] FullHouse(LocalDate healthChange) =>
    [
        Builders.Authority("district", ResponsibleAuthorityKind.DistrictCouncil),
        Builders.Authority("county", ResponsibleAuthorityKind.CountyCouncil),
        Builders.Authority("probation", ResponsibleAuthorityKind.ProbationProvider),
        Builders.Authority("police", ResponsibleAuthorityKind.ChiefOfficerOfPolice),
        Builders.Authority("fire", ResponsibleAuthorityKind.FireAndRescueAuthority),
        Builders.Authority("ccg", ResponsibleAuthorityKind.HealthBody).WithTerm(null, healthChange),
        Builders.Authority("icb", ResponsibleAuthorityKind.HealthBody).WithTerm(healthChange, null),
    ];

    private static CommunitySafetyPartnership Csp(IEnumerable<Membership> members) =>
        new CommunitySafetyPartnership(CspId, "Test CSP", PartnershipLevel.District, "Testshire", members)
            .WithSubGroups([new SubGroup(GroupId, "Working Group", "Does the work.", CspId)]);

    private static TermsOfReference Terms(LocalDate approvedOn, int minimum = 3, OrganisationId? body = null, string? agreement = "Test Information Sharing Agreement") =>
        new(body ?? CspId, "v" + approvedOn.Year, approvedOn, minimum, Period.FromYears(1), agreement, [], TermsSource);

    private static PartnershipRecord Record(
        IEnumerable<Membership>? members = null,
        IEnumerable<TermsOfReference>? terms = null,
        IEnumerable<LocalDate>? meetings = null,
        IEnumerable<OrganisationId>? signatories = null,
        AreaKind? area = null)
    {
        var csp = Csp(members ?? FullHouse(new LocalDate(2022, 7, 1)));
        return new PartnershipRecord(
            csp,
            area ?? AreaKind.TwoTierDistrict,
            terms ?? [Terms(new LocalDate(2021, 6, 1)), Terms(new LocalDate(2021, 6, 1), body: GroupId, agreement: null)],
            meetings ?? [new LocalDate(2021, 6, 1), new LocalDate(2021, 10, 1), new LocalDate(2022, 2, 1)],
            signatories ?? csp.Members.Select(member => member.Organisation.Id),
            [Pcc.Id]);
    }

    private static readonly DateInterval Year2021 = new(new LocalDate(2021, 4, 1), new LocalDate(2022, 3, 31));

    private static readonly PartnershipDutyPolicy NoDuties = new(publicMeetingsFrom: null, policeAndCrimeDutiesFrom: null);

    // The rules of the record itself, without the duties judged on evidence (CSP-008 to CSP-010; see DutiesOnEvidenceTest).
    private static IReadOnlyList<Finding> Check(PartnershipRecord record, DateInterval period) =>
        PartnershipCompliance.Check(record, period, ComplianceEvidence.None, NoDuties);

    private static IEnumerable<string> RuleIds(IEnumerable<Finding> findings) => findings.Select(finding => finding.RuleId);

    [Fact]
    public void CompliantPartnership_HasNoFindings()
    {
        Assert.Empty(Check(Record(), Year2021));
    }

    [Fact]
    public void Csp001_HealthBodyGapAcrossTheIcbChange_ReportedFromTheDayItOpens()
    {
        // The CCG's membership ends when the ICB takes over, but the ICB joins a month late.
        var members = FullHouse(new LocalDate(2022, 7, 1)).Take(6)
            .Append(Builders.Authority("icb", ResponsibleAuthorityKind.HealthBody).WithTerm(new LocalDate(2022, 8, 1), null));
        var findings = Check(Record(members: members, meetings: [], terms: [Terms(new LocalDate(2022, 6, 1))]),
            new DateInterval(new LocalDate(2022, 6, 1), new LocalDate(2022, 9, 30)));
        var finding = Assert.Single(findings, f => f.RuleId == "CSP-001");
        Assert.Equal("From 2022-07-01 no member represents the Integrated Care Board (s.5(1)(e)), which s.5(1) requires for a district or borough in a two-tier county.", finding.Message);
        Assert.Equal("authorities/HealthBody", finding.Subject);
    }

    [Theory]
    [InlineData(2012, 11, 21, true, "the day before the police authority was abolished")]
    [InlineData(2012, 11, 22, false, "the day it was abolished")]
    public void Csp001_PoliceAuthorityRequiredOnlyWhileInForce(int y, int m, int d, bool fires, string reason)
    {
        // A partnership without a police authority member, checked on a single day.
        var members = FullHouse(new LocalDate(2013, 4, 1));
        var day = new LocalDate(y, m, d);
        var findings = Check(Record(members: members, terms: []), new DateInterval(day, day));
        Assert.True(fires == findings.Any(f => f.RuleId == "CSP-001" && f.Subject == "authorities/PoliceAuthority"), reason);
    }

    [Theory]
    [InlineData("TwoTierDistrict", true)]
    [InlineData("TwoTierCounty", true)]
    [InlineData("Unitary", false)]
    public void Csp001_CountyCouncilRequiredOnlyInATwoTierArea(string area, bool fires)
    {
        var members = FullHouse(new LocalDate(2022, 7, 1)).Where(member => member.Organisation.AuthorityKind != ResponsibleAuthorityKind.CountyCouncil);
        var findings = Check(Record(members: members, area: AreaKind.FromName(area)), Year2021);
        Assert.Equal(fires, findings.Any(f => f.Subject == "authorities/CountyCouncil"));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Csp002_MeetingsPerFinancialYear(int held, bool fires)
    {
        var meetings = new[] { new LocalDate(2021, 4, 1), new LocalDate(2021, 9, 1), new LocalDate(2022, 3, 31) }.Take(held);
        var findings = Check(Record(meetings: meetings), Year2021);
        Assert.Equal(fires, RuleIds(findings).Contains("CSP-002"));
        if (fires)
        {
            Assert.Equal("Test CSP met 2 times in 2021/22; its Terms of Reference v2021 (approved 2021-06-01) require at least 3.", findings.Single().Message);
            Assert.Equal(TermsSource, findings.Single().Source);
        }
    }

    [Fact]
    public void Csp002_PartYear_IsNotJudged()
    {
        var period = new DateInterval(new LocalDate(2021, 5, 1), new LocalDate(2022, 3, 31));
        Assert.DoesNotContain("CSP-002", RuleIds(Check(Record(meetings: []), period)));
    }

    [Fact]
    public void Csp002_NoMeetingDates_IsReportedAsNotJudged()
    {
        var csp = Csp(FullHouse(new LocalDate(2022, 7, 1)));
        var record = new PartnershipRecord(csp, AreaKind.TwoTierDistrict, [Terms(new LocalDate(2021, 6, 1))], null, csp.Members.Select(m => m.Organisation.Id), []);
        var finding = Assert.Single(Check(record, Year2021));
        Assert.Equal("CSP-007", finding.RuleId);
        Assert.Equal("CSP-002 (too few meetings) was not judged: the record holds no meeting dates for 2021/22.", finding.Message);
        Assert.Same(FindingSeverity.Information, finding.Severity);
    }

    [Theory]
    [InlineData(2022, 6, 1, false, "exactly a year after approval")]
    [InlineData(2022, 6, 2, true, "a year and a day after approval")]
    public void Csp003_TermsOfReferenceReviewedAnnually(int y, int m, int d, bool fires, string reason)
    {
        var findings = Check(Record(terms: [Terms(new LocalDate(2021, 6, 1))]), new DateInterval(new LocalDate(2022, 4, 1), new LocalDate(y, m, d)));
        Assert.True(fires == RuleIds(findings).Contains("CSP-003"), reason);
    }

    [Fact]
    public void Csp003_SubGroupTermsOfReference_AreCheckedToo()
    {
        var terms = new[] { Terms(new LocalDate(2022, 6, 1)), Terms(new LocalDate(2021, 1, 1), body: GroupId, agreement: null) };
        var finding = Assert.Single(Check(Record(terms: terms, meetings: [new LocalDate(2022, 7, 1)]), new DateInterval(new LocalDate(2022, 7, 1), new LocalDate(2022, 7, 31))));
        Assert.Equal("CSP-003", finding.RuleId);
        Assert.Equal("terms-of-reference/" + GroupId, finding.Subject);
    }

    [Fact]
    public void Csp004_MemberNotSignedUp_Fires_AndAnEndedMemberDoesNot()
    {
        var members = FullHouse(new LocalDate(2022, 7, 1));
        var signed = members.Select(member => member.Organisation.Id).Where(id => id != Builders.Id("fire") && id != Builders.Id("ccg"));
        var finding = Assert.Single(Check(Record(signatories: signed), new DateInterval(new LocalDate(2022, 8, 1), new LocalDate(2022, 8, 31))), f => f.RuleId == "CSP-004");
        Assert.Equal("Organisation fire has not signed the Test Information Sharing Agreement, which the Terms of Reference v2021 (approved 2021-06-01) require of members.", finding.Message);
    }

    [Fact]
    public void Csp004_NoSignatoriesRecorded_IsReportedAsNotJudged()
    {
        var csp = Csp(FullHouse(new LocalDate(2022, 7, 1)));
        var record = new PartnershipRecord(csp, AreaKind.TwoTierDistrict, [Terms(new LocalDate(2021, 6, 1))], [new LocalDate(2021, 6, 1), new LocalDate(2021, 7, 1), new LocalDate(2021, 8, 1)], null, []);
        Assert.Equal("CSP-004 (not signed up to information sharing) was not judged: the record holds no signatories of the Test Information Sharing Agreement.",
            Assert.Single(Check(record, Year2021)).Message);
    }

    [Fact]
    public void Csp005_PccListedAsResponsibleAuthority_Fires()
    {
        var pccAsAuthority = new Membership(new Organisation(Pcc.Id, Pcc.Name, ResponsibleAuthorityKind.ChiefOfficerOfPolice), MembershipRole.ResponsibleAuthority);
        var members = FullHouse(new LocalDate(2022, 7, 1)).Append(pccAsAuthority);
        var finding = Assert.Single(Check(Record(members: members), Year2021), f => f.RuleId == "CSP-005");
        Assert.StartsWith("Office of the Test PCC is a local policing body but sits as a responsible authority (s.5(1)(b))", finding.Message);
    }

    [Fact]
    public void Csp005_PccAsInvitee_DoesNotFire()
    {
        var members = FullHouse(new LocalDate(2022, 7, 1)).Append(new Membership(Pcc, MembershipRole.Invitee));
        Assert.Empty(Check(Record(members: members), Year2021));
    }

    [Theory]
    [InlineData(2012, 11, 21, false, "the last day of police authorities")]
    [InlineData(2012, 11, 22, true, "the day they were abolished")]
    public void Csp006_PoliceAuthorityMemberAfterAbolition_Fires(int y, int m, int d, bool fires, string reason)
    {
        var members = FullHouse(new LocalDate(2013, 4, 1)).Append(Builders.Authority("police-authority", ResponsibleAuthorityKind.PoliceAuthority));
        var day = new LocalDate(y, m, d);
        var findings = Check(Record(members: members, terms: []), new DateInterval(day, day));
        Assert.True(fires == RuleIds(findings).Contains("CSP-006"), reason);
        if (fires)
        {
            Assert.EndsWith("but it ceased to be one on 2012-11-22 (police authorities were replaced by Police and Crime Commissioners, which are not responsible authorities).",
                findings.Single(f => f.RuleId == "CSP-006").Message);
        }
    }

    [Fact]
    public void Csp006_ProbationProviderBefore2010_Fires()
    {
        var day = new LocalDate(2010, 3, 31);
        var findings = Check(Record(terms: []), new DateInterval(day, day));
        Assert.Contains(findings, f => f.RuleId == "CSP-006" && f.Message.Contains("it became one only on 2010-04-01", StringComparison.Ordinal));
    }

    [Fact]
    public void MembershipNotKnown_WholePeriodBefore_MembershipRulesAreNotJudgedAndNothingIsABreach()
    {
        // Only the councils are recorded, but the record knows its membership only from 2017-07-19.
        var members = FullHouse(new LocalDate(2022, 7, 1)).Take(2);
        var record = Record(members: members, terms: []).WithMembershipKnownFrom(new LocalDate(2017, 7, 19));
        var findings = Check(record, new DateInterval(new LocalDate(2011, 4, 1), new LocalDate(2011, 6, 1)));
        Assert.Equal(["rules/CSP-001", "rules/CSP-005", "rules/CSP-006"], findings.Select(f => f.Subject));
        Assert.All(findings, f => Assert.Same(FindingSeverity.Information, f.Severity));
        Assert.Equal("CSP-001 (required responsible authority not represented) was not judged: the record knows the membership of Test CSP only from 2017-07-19 (who sat then, not since when), not from 2011-04-01 to 2011-06-01.", findings[0].Message);
    }

    [Fact]
    public void MembershipNotKnown_PeriodStraddling_JudgedFromTheDayItIsKnown()
    {
        var members = FullHouse(new LocalDate(2022, 7, 1)).Where(member => member.Organisation.AuthorityKind != ResponsibleAuthorityKind.FireAndRescueAuthority);
        var record = Record(members: members).WithMembershipKnownFrom(new LocalDate(2021, 10, 1));
        var findings = Check(record, Year2021);
        Assert.Equal("From 2021-10-01 no member represents the fire and rescue authority (a fire authority before the Fire and Rescue Services Act 2004) (s.5(1)(d)), which s.5(1) requires for a district or borough in a two-tier county.",
            Assert.Single(findings, f => f.RuleId == "CSP-001").Message);
        Assert.Contains(findings, f => f.Subject == "rules/CSP-001" && f.Message.EndsWith("not from 2021-04-01 to 2021-09-30.", StringComparison.Ordinal));
    }

    [Fact]
    public void MembershipNotKnown_BeforeSection5_NothingToJudge()
    {
        var record = Record(terms: []).WithMembershipKnownFrom(new LocalDate(2017, 7, 19));
        Assert.Empty(Check(record, new DateInterval(new LocalDate(1990, 1, 1), new LocalDate(1990, 12, 31))));
    }

    [Fact]
    public void MembershipNotKnown_OnTheLastDay_InformationSharingIsNotJudged()
    {
        var record = Record().WithMembershipKnownFrom(new LocalDate(2022, 4, 1));
        Assert.Contains(Check(record, Year2021), f => f.Subject == "rules/CSP-004" && f.Message.EndsWith("only from 2022-04-01, not on 2022-03-31.", StringComparison.Ordinal));
    }

    [Fact]
    public void Kent_FirstYearOfTheTermsOfReference_OnlyTheUnrecordedRulesAreNotJudged()
    {
        var findings = PartnershipCompliance.Check(KentData.PartnershipRecord, new DateInterval(new LocalDate(2018, 4, 1), new LocalDate(2019, 3, 31)));
        Assert.Equal(["CSP-003", "CSP-007", "CSP-007", "CSP-007", "CSP-007", "CSP-007"], RuleIds(findings));
        Assert.Equal(["rules/CSP-002", "rules/CSP-004", "rules/CSP-008", "rules/CSP-009", "rules/CSP-010"], findings.Where(f => f.RuleId == "CSP-007").Select(f => f.Subject));
        findings = PartnershipCompliance.Check(KentData.PartnershipRecord, new DateInterval(new LocalDate(2018, 4, 1), new LocalDate(2018, 7, 19)));
        Assert.Equal(["CSP-007"], RuleIds(findings));
        Assert.All(findings, finding => Assert.Equal(KentSources.KcspMinutes2017July19.At("minute 152"), finding.Source));
    }

    [Fact]
    public void Kent_Today_TermsOfReferenceReviewIsOverdueOnTheBuiltInRecord()
    {
        var findings = PartnershipCompliance.Check(KentData.PartnershipRecord, new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 11, 23)));
        Assert.Equal(["CSP-003", "CSP-007"], RuleIds(findings));
        Assert.DoesNotContain(findings, finding => finding.RuleId == "CSP-001" || finding.RuleId == "CSP-005" || finding.RuleId == "CSP-006");
    }

    [Fact]
    public void ComplianceRule_IdsAreStable()
    {
        Assert.Equal(Enumerable.Range(1, ComplianceRule.All.Count).Select(i => $"CSP-{i:000}"), ComplianceRule.All.Select(rule => rule.Id));
    }

    [Fact]
    public void Kent_2011_NoBreach_TheMembershipRulesAreNotJudged()
    {
        var findings = PartnershipCompliance.Check(KentData.PartnershipRecord, new DateInterval(new LocalDate(2011, 4, 1), new LocalDate(2011, 6, 1)));
        Assert.Equal(["rules/CSP-001", "rules/CSP-005", "rules/CSP-006"], findings.Select(f => f.Subject));
        Assert.All(findings, f => Assert.Same(FindingSeverity.Information, f.Severity));
    }
}
