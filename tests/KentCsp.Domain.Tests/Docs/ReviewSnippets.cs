using System;
using System.Linq;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The code shown in docs/reviews.md; each test runs one snippet and checks what the page says it does.</summary>
public class ReviewSnippets
{
    [Fact]
    public void OpenAndMove()
    {
        #region reviews-open
        var notification = new ReviewNotification(
            "Kent Police",
            new LocalDate(2025, 2, 3),
            new ReviewCircumstances(victimAgedSixteenOrOver: true, PerpetratorRelationship.FormerIntimatePartner, DeathCircumstance.ViolenceAbuseOrNeglect));
        var @case = ReviewCase.Open(ReviewCaseName.Parse("Sam/2025"), "dhr-sam-2025", notification);

        var criteria = ReviewPolicy.Default.Assess(notification);          // DHR criteria met, one finding per criterion
        var decided = @case.Decide(new ReviewDecision(ReviewDecisionOutcome.Review, new LocalDate(2025, 2, 24), criteria.IsMet, null));

        string answer = decided.Case.Publish(new ReviewPublication(new LocalDate(2025, 3, 1), "https://www.example.org")).Match(
            changed => "published",
            refused => $"{refused.Reason.Name}: {refused.Message}");
        // NotAllowedAtStep: Sam/2025: cannot publish: the case is at step 'decided'; a report is published only once
        // the Quality Assurance Panel has approved it.
        #endregion
        Assert.True(criteria.IsMet);
        Assert.Equal(ReviewStep.Decided, decided.Case.Step);
        Assert.Equal("NotAllowedAtStep: Sam/2025: cannot publish: the case is at step 'decided'; a report is published only once the Quality Assurance Panel has approved it.", answer);
    }

    [Fact]
    public void Criteria()
    {
        #region reviews-criteria
        var facts = new ReviewCircumstances(true, PerpetratorRelationship.HouseholdMember, DeathCircumstance.ViolenceAbuseOrNeglect);
        foreach (var regime in ReviewRegime.All)
        {
            var assessment = ReviewCriteria.Assess(facts, regime);
            Console.WriteLine($"{regime.Abbreviation}: {assessment.Outcome.Description}");
            foreach (var finding in assessment.Findings)
            {
                Console.WriteLine($"  {finding.RuleId} {finding.Severity.Description}: {finding.Message} [{finding.Source}]");
            }
        }
        // DHR: met — s.9(1) covers a member of the same household
        // DARDR: not met — a household member as such is not "personally connected" (Domestic Abuse Act 2021 s.2)
        #endregion
        Assert.True(ReviewCriteria.Assess(facts, ReviewRegime.DomesticHomicideReview).IsMet);
        Assert.Equal(CriteriaOutcome.NotMet, ReviewCriteria.Assess(facts, ReviewRegime.DomesticAbuseRelatedDeathReview).Outcome);
    }

    [Fact]
    public void PolicyAndView()
    {
        #region reviews-policy
        var policy = ReviewPolicy.Default
            .WithTimetable(ReviewTimetable.Default
                .WithDecisionWithin(Period.FromDays(28))
                .WithSource(new SourceDocument("Local DHR protocol", locator: "timescales")))
            .WithDardrCommencement(new LocalDate(2026, 4, 1));   // once the commencement regulations are made

        var view = SteeringGroupView.Of(KentReviews.Register, new LocalDate(2017, 7, 19), policy);
        foreach (var row in view.Rows)                           // overdue first
        {
            Console.WriteLine(row);
        }
        // DHR Elizabeth/2015: report completed for 0 days; completion 2015-12-08, 589 days overdue
        #endregion
        Assert.Equal("DHR Elizabeth/2015: report completed for 0 days; completion 2015-12-08, 589 days overdue", view.Rows.Single().ToString());
        Assert.Equal(Period.FromDays(28), view.Policy.TimetableOverride!.DecisionWithin);
    }

    [Fact]
    public void Json()
    {
        #region reviews-json
        string json = KentCspJson.Serialize(KentReviews.Register);        // a partnership and its cases
        ReviewRegister register = KentCspJson.DeserializeReviewRegister(json);
        string one = KentCspJson.Serialize(KentReviews.Elizabeth2015);    // a single case
        ReviewCase elizabeth = KentCspJson.DeserializeReviewCase(one);
        #endregion
        Assert.Equal(KentReviews.Register, register);
        Assert.Equal(KentReviews.Elizabeth2015, elizabeth);
    }
}
