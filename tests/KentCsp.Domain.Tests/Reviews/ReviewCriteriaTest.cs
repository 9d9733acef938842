using System.Linq;
using System.Text;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

public class ReviewCriteriaTest
{
    private static readonly ReviewRegime Dhr = ReviewRegime.DomesticHomicideReview;
    private static readonly ReviewRegime Dardr = ReviewRegime.DomesticAbuseRelatedDeathReview;

    private static CriteriaAssessment Assess(bool? aged16, PerpetratorRelationship? relationship, DeathCircumstance? death, ReviewRegime regime) =>
        ReviewCriteria.Assess(new ReviewCircumstances(aged16, relationship, death), regime);

    [Fact]
    public void Assess_FormerPartnerViolence_MeetsBothRegimesWithOneFindingPerCriterion()
    {
        foreach (var regime in ReviewRegime.All)
        {
            var assessment = Assess(true, PerpetratorRelationship.FormerIntimatePartner, DeathCircumstance.ViolenceAbuseOrNeglect, regime);
            Assert.True(assessment.IsMet);
            Assert.Equal(["REV-001", "REV-002", "REV-003"], assessment.Findings.Select(finding => finding.RuleId));
            Assert.All(assessment.Findings, finding => Assert.Equal(FindingSeverity.Information, finding.Severity));
        }
    }

    [Fact]
    public void Assess_VictimUnder16_IsNotMetAndExplained()
    {
        var assessment = Assess(false, PerpetratorRelationship.Relative, DeathCircumstance.ViolenceAbuseOrNeglect, Dhr);
        Assert.Equal(CriteriaOutcome.NotMet, assessment.Outcome);
        var finding = assessment.Findings[0];
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("notification.circumstances.victimAgedSixteenOrOver", finding.Subject);
        Assert.Equal("The victim was under 16; a Domestic Homicide Review covers only the death of a person aged 16 or over.", finding.Message);
        Assert.Equal(ReviewSources.DomesticViolenceCrimeAndVictimsAct2004Section9, finding.Source);
    }

    [Fact]
    public void Assess_HouseholdMember_MeetsADhrButNotADardr()
    {
        Assert.True(Assess(true, PerpetratorRelationship.HouseholdMember, DeathCircumstance.ViolenceAbuseOrNeglect, Dhr).IsMet);
        var dardr = Assess(true, PerpetratorRelationship.HouseholdMember, DeathCircumstance.ViolenceAbuseOrNeglect, Dardr);
        Assert.Equal(CriteriaOutcome.NotMet, dardr.Outcome);
        Assert.Equal(ReviewSources.DomesticAbuseAct2021Sections1And2, dardr.Findings[1].Source);
    }

    [Fact]
    public void Assess_SuicideWhereAbuseIsAFactor_CitesTheGuidanceForADhr()
    {
        var finding = Assess(true, PerpetratorRelationship.CurrentIntimatePartner, DeathCircumstance.SuicideWhereAbuseIsAFactor, Dhr).Findings[2];
        Assert.Equal(FindingSeverity.Information, finding.Severity);
        Assert.Equal(ReviewSources.StatutoryGuidance2016, finding.Source);
        Assert.Equal(ReviewSources.VictimsAndPrisonersAct2024Section19,
            Assess(true, PerpetratorRelationship.CurrentIntimatePartner, DeathCircumstance.SuicideWhereAbuseIsAFactor, Dardr).Findings[2].Source);
    }

    [Fact]
    public void Assess_FactsNotRecorded_IsUndetermined()
    {
        var assessment = ReviewCriteria.Assess(ReviewCircumstances.NotRecorded, Dhr);
        Assert.Equal(CriteriaOutcome.Undetermined, assessment.Outcome);
        Assert.All(assessment.Findings, finding => Assert.Equal(FindingSeverity.Warning, finding.Severity));
        Assert.Equal(CriteriaOutcome.NotMet, Assess(null, PerpetratorRelationship.Other, null, Dhr).Outcome);
    }

    [Fact]
    public void Policy_Assess_UsesTheRegimeOnTheNotificationDate()
    {
        var policy = ReviewPolicy.Default.WithDardrCommencement(new LocalDate(2026, 4, 1));
        var facts = new ReviewCircumstances(true, PerpetratorRelationship.HouseholdMember, DeathCircumstance.ViolenceAbuseOrNeglect);
        Assert.Equal(Dhr, policy.Assess(new ReviewNotification("Kent Police", new LocalDate(2026, 3, 31), facts)).Regime);
        Assert.False(policy.Assess(new ReviewNotification("Kent Police", new LocalDate(2026, 4, 1), facts)).IsMet);
    }

    [Fact]
    public void Assess_EveryCombination_MessagesMatchSnapshot()
    {
        var text = new StringBuilder();
        bool?[] ages = [true, false, null];
        foreach (var regime in ReviewRegime.All)
        {
            foreach (var relationship in PerpetratorRelationship.All.Append(null))
            {
                foreach (var death in DeathCircumstance.All.Append(null))
                {
                    foreach (var age in ages)
                    {
                        var assessment = Assess(age, relationship, death, regime);
                        text.Append($"{regime.Abbreviation} | {age?.ToString() ?? "-"} | {relationship?.Name ?? "-"} | {death?.Name ?? "-"} => {assessment.Outcome.Name}\n");
                    }
                }
            }
        }
        text.Append('\n');
        var seen = new System.Collections.Generic.HashSet<string>();
        foreach (var regime in ReviewRegime.All)
        {
            foreach (var relationship in PerpetratorRelationship.All.Append(null))
            {
                foreach (var death in DeathCircumstance.All.Append(null))
                {
                    foreach (var age in ages)
                    {
                        foreach (var finding in Assess(age, relationship, death, regime).Findings)
                        {
                            string line = $"{finding.RuleId} {finding.Severity.Description} [{finding.Source}] {finding.Message}";
                            if (seen.Add(line))
                            {
                                text.Append(line).Append('\n');
                            }
                        }
                    }
                }
            }
        }
        Snapshot.VerifyText(text.ToString());
    }
}
