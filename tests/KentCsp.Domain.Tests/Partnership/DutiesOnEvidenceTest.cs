using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Partnership;

/// <summary>CSP-008 (SI 2007/1830 reg 12(4)), CSP-009 (CDA 1998 s.6(1A)) and CSP-010 (PRSRA 2011 s.10(1)): judged only on evidence.</summary>
public class DutiesOnEvidenceTest
{
    private static readonly DateInterval Year2021 = new(new LocalDate(2021, 4, 1), new LocalDate(2022, 3, 31));
    private static readonly SourceDocument Plan = new("Testshire partnership plan 2021/22", new LocalDate(2021, 6, 1));

    // Every kind required in a two-tier district in 2021/22.
    private static readonly ResponsibleAuthorityKind[] Required2021 =
    [
        ResponsibleAuthorityKind.DistrictCouncil, ResponsibleAuthorityKind.CountyCouncil, ResponsibleAuthorityKind.ProbationProvider,
        ResponsibleAuthorityKind.ChiefOfficerOfPolice, ResponsibleAuthorityKind.FireAndRescueAuthority, ResponsibleAuthorityKind.HealthBody,
    ];

    private static PartnershipRecord Record()
    {
        var csp = Builders.Partnership(Required2021.Select(kind => Builders.Authority(kind.Name, kind)).ToArray());
        return new PartnershipRecord(csp, AreaKind.TwoTierDistrict, [], null, null, []);
    }

    private static IReadOnlyList<Finding> Check(ComplianceEvidence evidence, DateInterval? period = null, PartnershipDutyPolicy? policy = null) =>
        PartnershipCompliance.Check(Record(), period ?? Year2021, evidence, policy ?? PartnershipDutyPolicy.Default);

    private static Finding Only(IEnumerable<Finding> findings, ComplianceRule rule) =>
        Assert.Single(findings, finding => finding.RuleId == rule.Id || finding.Subject == "rules/" + rule.Id);

    [Theory]
    [InlineData("AnnualPublicMeeting", "no evidence of public meetings was supplied for 2021/22")]
    [InlineData("RegardToPoliceAndCrimeObjectives", "no evidence of responsible authorities having regard to the police and crime objectives was supplied for 2021/22")]
    [InlineData("PolicingBodyRegardToPriorities", "no evidence of the local policing body having regard to the responsible authorities' priorities was supplied for 2021/22")]
    public void WithoutEvidence_IsNotJudged_NeverABreach(string ruleName, string why)
    {
        var rule = ComplianceRule.FromName(ruleName);
        var finding = Only(Check(ComplianceEvidence.None), rule);
        Assert.Equal("CSP-007", finding.RuleId);
        Assert.Same(FindingSeverity.Information, finding.Severity);
        Assert.Equal($"{rule.Id} ({rule.Title}) was not judged: {why}.", finding.Message);
    }

    [Fact]
    public void WithEvidenceMeetingEachRule_NoFindings()
    {
        Assert.Empty(Check(Builders.Evidence2021));
    }

    [Fact]
    public void PublicMeeting_NoneHeld_SaysSo()
    {
        var finding = Only(Check(Builders.Evidence2021.WithPublicMeetings([])), ComplianceRule.AnnualPublicMeeting);
        Assert.Equal("CSP-008", finding.RuleId);
        Assert.Same(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("public-meetings/2021-22", finding.Subject);
        Assert.Equal("No public meeting of Test Community Safety Partnership is recorded in 2021/22; SI 2007/1830 reg 12(4) requires one or more a year, attended by a person in a senior position from each responsible authority and publicised.", finding.Message);
    }

    [Fact]
    public void PublicMeeting_FallsShort_NamesTheAbsentAuthoritiesAndTheMissingPublicity()
    {
        var meetings = new[]
        {
            new PublicMeetingEvidence(new LocalDate(2021, 10, 1), Required2021.Where(kind => kind != ResponsibleAuthorityKind.FireAndRescueAuthority && kind != ResponsibleAuthorityKind.HealthBody), publicised: true),
            new PublicMeetingEvidence(new LocalDate(2022, 1, 10), Required2021, publicised: false),
        };
        var finding = Only(Check(Builders.Evidence2021.WithPublicMeetings(meetings)), ComplianceRule.AnnualPublicMeeting);
        Assert.Equal(
            "No public meeting of Test Community Safety Partnership in 2021/22 met SI 2007/1830 reg 12(4) (attended by a person in a senior position from each responsible authority, and publicised): "
            + "2021-10-01: no person in a senior position from the fire and rescue authority (a fire authority before the Fire and Rescue Services Act 2004) (s.5(1)(d)) and clinical commissioning group (s.5(1)(e)). "
            + "2022-01-10: not publicised.",
            finding.Message);
    }

    [Fact]
    public void RegardToObjectives_FallsShort_NamesTheAuthoritiesNotShown()
    {
        var records = new[] { new RegardEvidence(new LocalDate(2021, 6, 1), Required2021.Where(kind => kind != ResponsibleAuthorityKind.ProbationProvider), Plan) };
        var finding = Only(Check(Builders.Evidence2021.WithRegardToPoliceAndCrimeObjectives(records)), ComplianceRule.RegardToPoliceAndCrimeObjectives);
        Assert.Equal("CSP-009", finding.RuleId);
        Assert.Equal("No record supplied shows that the probation provider (s.5(1)(aa)) had regard to the police and crime objectives in 2021/22, as Crime and Disorder Act 1998 s.6(1A) requires of each responsible authority.", finding.Message);
        Assert.Equal(new SourceDocument("Crime and Disorder Act 1998", locator: "section 6(1A)"), finding.Source);
    }

    [Fact]
    public void RegardToObjectives_RecordOutsideTheYear_DoesNotCount()
    {
        var records = new[] { new RegardEvidence(new LocalDate(2021, 3, 31), Required2021, Plan) };
        var finding = Only(Check(Builders.Evidence2021.WithRegardToPoliceAndCrimeObjectives(records)), ComplianceRule.RegardToPoliceAndCrimeObjectives);
        Assert.Equal("CSP-009", finding.RuleId);
        Assert.Contains("s.5(1)(a)", finding.Figures.Single(figure => figure.Name == "not shown for").Value);
    }

    [Fact]
    public void PolicingBodyRegard_FallsShort_NamesTheAuthoritiesWhosePrioritiesWereNotRegarded()
    {
        var records = new[] { new RegardEvidence(new LocalDate(2021, 7, 1), [ResponsibleAuthorityKind.DistrictCouncil, ResponsibleAuthorityKind.CountyCouncil, ResponsibleAuthorityKind.ChiefOfficerOfPolice], Plan) };
        var finding = Only(Check(Builders.Evidence2021.WithPolicingBodyRegardToPriorities(records)), ComplianceRule.PolicingBodyRegardToPriorities);
        Assert.Equal("CSP-010", finding.RuleId);
        Assert.Equal("No record supplied shows that the local policing body had regard to the priorities of the probation provider (s.5(1)(aa)), fire and rescue authority (a fire authority before the Fire and Rescue Services Act 2004) (s.5(1)(d)) and clinical commissioning group (s.5(1)(e)) in 2021/22, as PRSRA 2011 s.10(1) requires.", finding.Message);
    }

    [Fact]
    public void DutiesOfRegard_NotAppliedBeforePoliceAndCrimeCommissioners()
    {
        // 2011/12 ends before 22 November 2012, the default first day of the duties of regard.
        var findings = Check(ComplianceEvidence.None, new DateInterval(new LocalDate(2011, 4, 1), new LocalDate(2012, 3, 31)));
        Assert.Equal(["rules/CSP-008"], findings.Where(finding => finding.RuleId == "CSP-007").Select(finding => finding.Subject));
    }

    [Fact]
    public void Policy_SwitchedOff_RulesAreNeitherJudgedNorReported()
    {
        Assert.Empty(Check(ComplianceEvidence.None, policy: new PartnershipDutyPolicy(null, null)));
    }

    [Fact]
    public void PartYear_IsNotJudged()
    {
        Assert.Empty(Check(ComplianceEvidence.None, new DateInterval(new LocalDate(2021, 5, 1), new LocalDate(2022, 3, 31))));
    }

    [Fact]
    public void Evidence_RepeatedKind_IsRefused()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new PublicMeetingEvidence(new LocalDate(2021, 10, 1), [ResponsibleAuthorityKind.HealthBody, ResponsibleAuthorityKind.HealthBody], true));
        Assert.Equal("seniorAttendance[1]", exception.ParamName);
    }

    [Fact]
    public void NewRules_AreInTheCatalogueWithTheirSources()
    {
        Assert.Equal("CSP-008", ComplianceRule.AnnualPublicMeeting.Id);
        Assert.Contains("SI 2007/1830", ComplianceRule.AnnualPublicMeeting.Basis);
        Assert.Contains("s.6(1A)", ComplianceRule.RegardToPoliceAndCrimeObjectives.Basis);
        Assert.Contains("s.10(1)", ComplianceRule.PolicingBodyRegardToPriorities.Basis);
    }
}
