using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The builders shown in docs/getting-started.md; each test runs one snippet and checks what the page says it does.</summary>
public class BuilderSnippets
{
    [Fact]
    public void BuildersFromScratch()
    {
        #region builders-partnership
        var cspId = new OrganisationId("360G-example", "csp");
        var partnership = new CommunitySafetyPartnershipBuilder()
            .WithId(cspId)
            .WithName("Example Community Safety Partnership")
            .WithLevel(PartnershipLevel.District)
            .WithArea("Example")
            .AddMember(new Membership(
                new Organisation(new OrganisationId("GB-LAE", "XYZ"), "Example District Council", ResponsibleAuthorityKind.DistrictCouncil),
                MembershipRole.ResponsibleAuthority))
            .AddSubGroup(new SubGroup(new OrganisationId("360G-example", "working-group"), "Example Working Group",
                                      "Oversees the partnership plan.", reportsTo: cspId))
            .Build();
        #endregion

        #region builders-funding-round
        var letter = new SourceDocument("Example grant letter", new LocalDate(2024, 3, 1));
        var funder = new LocalPolicingBody(
            new Organisation(new OrganisationId("360G-example", "pcc"), "Office of the Example Police and Crime Commissioner"),
            LocalPolicingBodyKind.PoliceAndCrimeCommissioner, "Example");
        var grant = new Grant("example-2024-25", funder, new Organisation(cspId, "Example Community Safety Partnership"),
                              new FinancialYear(2024), Money.FromPounds(20_000m), "Crime and disorder reduction grant.",
                              [GrantCondition.SupportsPriorities], letter);
        var bid = new BidBuilder()
            .WithId("school-shows")
            .WithApplicant(new Organisation(new OrganisationId("360G-example", "theatre"), "Example Theatre Company"))
            .WithProject("School Shows")
            .WithPurpose("Road safety shows in every secondary school.")
            .WithAmountRequested(Money.FromPounds(5_000m))
            .AddPriorityId("road-safety")          // a Community Safety Agreement priority
            .AddPlanObjective("keep-roads-safe")   // a Police and Crime Plan objective
            .WithScope(ProjectScope.CountyWide)
            .Build();
        var round = FundingRoundBuilder.ForGrant(grant, "example-2024-25")   // a new round for this grant
            .AddBid(bid)
            .AddDecision(new BidDecision("school-shows", DecisionOutcome.Funded, new LocalDate(2024, 5, 20),
                                         "Supports road safety.", Money.FromPounds(5_000m), null))
            .WithSource(letter)
            .Build();
        #endregion

        #region builders-review-case
        var notification = new ReviewNotification("Example Police", new LocalDate(2024, 1, 15),
            new ReviewCircumstances(true, PerpetratorRelationship.FormerIntimatePartner, DeathCircumstance.ViolenceAbuseOrNeglect));
        var review = ReviewCaseBuilder.Open(new ReviewCaseName("Sam", 2024), "example-dhr-2024-01", notification)
            .WithDecision(new ReviewDecision(ReviewDecisionOutcome.Review, new LocalDate(2024, 2, 12), true, null))
            .WithHomeOfficeInformedOn(new LocalDate(2024, 2, 14))
            .Build();                              // at ReviewStep.HomeOfficeInformed
        #endregion

        #region builders-change-a-copy
        var renamed = partnership.ToBuilder().WithName("Example and District Community Safety Partnership").Build();
        #endregion

        #region builders-refusal
        try
        {
            new BidBuilder().WithId("Not A Slug").Build();
        }
        catch (ArgumentRefusedException refused)
        {
            System.Console.WriteLine(refused.ParamName);   // "id", as new Bid(...) would say
        }
        #endregion

        Assert.Equal(partnership, KentCspJson.DeserializePartnership(KentCspJson.Serialize(partnership)));
        Assert.Equal(round, KentCspJson.DeserializeFundingRound(KentCspJson.Serialize(round)));
        Assert.Equal(review, KentCspJson.DeserializeReviewCase(KentCspJson.Serialize(review)));
        Assert.Equal(ReviewStep.HomeOfficeInformed, review.Step);
        Assert.Equal("Example Community Safety Partnership", partnership.Name);
        Assert.Equal("Example and District Community Safety Partnership", renamed.Name);
        Assert.Equal(partnership.SubGroups, renamed.SubGroups);
        var exception = Assert.Throws<ArgumentRefusedException>(() => new BidBuilder().WithId("Not A Slug").Build());
        Assert.Equal("id", exception.ParamName);
    }
}
