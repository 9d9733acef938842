using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>Funding values for tests; each call returns new instances.</summary>
internal static class FundingBuilders
{
    /// <summary>
    /// A round that gives every member of the funding round document a value: a bid window, a local and a county-wide
    /// scope, an amount requested, a decision in principle with a confirmation date, a payment, a monitoring return
    /// received and one outstanding, and a repayment.
    /// </summary>
    public static FundingRound EveryMember()
    {
        var funder = new LocalPolicingBody(new Organisation(Builders.Id("opcc"), "Office of the Testshire Police & Crime Commissioner"), LocalPolicingBodyKind.Mayor, "Testshire");
        var grant = new Grant(
            "test-2017-18",
            funder,
            new Organisation(Builders.Id("csp"), "Testshire Community Safety Partnership"),
            new FinancialYear(2017),
            Money.FromPounds(50_000.50m),
            "To fund county-wide projects – \"no duplication\".",
            GrantCondition.All,
            new SourceDocument("Testshire grant letter", new LocalDate(2017, 3, 1), "paragraph 2"));
        Bid[] bids =
        [
            new("county-project", new Organisation(Builders.Id("charity"), "Testshire Charity"), "County Project", "Road safety shows in every secondary school.",
                Money.FromPounds(12_000.50m), ["road-safety", "domestic-abuse"], ["prevent-crime"], ProjectScope.CountyWide, new LocalDate(2017, 5, 2)),
            new("thanet-project", Builders.Organisation("thanet", ResponsibleAuthorityKind.DistrictCouncil), "Thanet Project", "Street lighting in Margate.",
                null, ["safeguarding-vulnerable-people"], [], ProjectScope.Local("Thanet"), null),
            new("gangs-training", Builders.Organisation("trainers"), "Gangs Training", "An integrated approach to gangs training.",
                Money.FromPounds(5_000m), ["serious-and-organised-crime"], [], ProjectScope.CountyWide, new LocalDate(2017, 5, 31)),
        ];
        BidDecision[] decisions =
        [
            new("county-project", DecisionOutcome.FundedInPart, new LocalDate(2017, 6, 1), "Funded in part: two schools are covered elsewhere.", Money.FromPounds(10_000m), null),
            new("thanet-project", DecisionOutcome.ReferredToLocalPartnership, new LocalDate(2017, 6, 1), "A local project.", null, null),
            new("gangs-training", DecisionOutcome.FundedInPrinciple, new LocalDate(2017, 6, 1), "Pending further discussion.", Money.FromPounds(4_500m), new LocalDate(2017, 8, 31)),
        ];
        Allocation[] allocations = [new("county-project-1", "county-project", Money.FromPounds(10_000m), new LocalDate(2017, 6, 15))];
        Payment[] payments = [new("county-project-1", Money.FromPounds(6_000m), new LocalDate(2017, 7, 1))];
        MonitoringReturn[] returns =
        [
            new("county-project-1", new LocalDate(2017, 9, 1), new LocalDate(2017, 9, 30), new LocalDate(2017, 9, 20)),
            new("county-project-1", new LocalDate(2017, 12, 1), new LocalDate(2017, 12, 31), null),
        ];
        Repayment[] repayments = [new("county-project-1", Money.FromPounds(156.37m), new LocalDate(2018, 3, 15), "Unspent funds returned at the year end.")];
        return new FundingRound(
            "test-2017-18",
            grant,
            new DateInterval(new LocalDate(2017, 4, 1), new LocalDate(2017, 5, 31)),
            bids,
            decisions,
            allocations,
            payments,
            returns,
            repayments,
            new SourceDocument("Testshire Community Safety Partnership minutes", null, "minute 12"));
    }
}
