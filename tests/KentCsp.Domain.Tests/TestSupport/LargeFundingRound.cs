using System.Globalization;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>
/// One funding round in which every bid is recorded in full and funded: each bid with every optional member, its
/// decision, one allocation (so one 360Giving grant), a payment and a monitoring return. The same shape as the round
/// of the library's large-document test: about 1.24 KB of round JSON per bid, about 124 MB at 100,000 bids. Used by
/// the tests and, linked into the project, by the benchmarks.
/// </summary>
internal static class LargeFundingRound
{
    /// <summary>The 360Giving publisher of the round: the partnership that received the grant.</summary>
    internal static readonly ThreeSixtyGivingPublisher Publisher = new("360G-kentcsp", "Kent Community Safety Partnership", null);

    /// <summary>The location county-wide bids benefit (none here: every bid is local).</summary>
    internal static readonly ThreeSixtyGivingLocation County = new("Kent", "E23000032", "PFA");

    /// <summary>The date the 360Giving package is issued.</summary>
    internal static readonly LocalDate Issued = new(2025, 3, 31);

    /// <summary>Builds the round.</summary>
    /// <param name="count">The number of bids, each funded by one allocation.</param>
    /// <returns>The round.</returns>
    internal static FundingRound Build(int count)
    {
        var funder = new LocalPolicingBody(new Organisation(new OrganisationId("360G-kentcsp", "opcc"), "Office of the Kent Police and Crime Commissioner"), LocalPolicingBodyKind.PoliceAndCrimeCommissioner, "Kent");
        var source = new SourceDocument("Kent Community Safety Partnership minutes", new LocalDate(2025, 3, 31), "minute 12");
        var grant = new Grant("kcsp-2024-25", funder, new Organisation(new OrganisationId("360G-kentcsp", "kcsp"), "Kent Community Safety Partnership"),
            new FinancialYear(2024), Money.FromPounds(1_000_000_000m), "To fund community safety projects that support the Community Safety Agreement priorities.", GrantCondition.All, source);
        var bids = new Bid[count];
        var decisions = new BidDecision[count];
        var allocations = new Allocation[count];
        var payments = new Payment[count];
        var returns = new MonitoringReturn[count];
        var decidedOn = new LocalDate(2024, 6, 1);
        for (int i = 0; i < count; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            string id = "bid-" + n;
            bids[i] = new Bid(id, new Organisation(new OrganisationId("GB-CHC", (1_000_000 + i).ToString(CultureInfo.InvariantCulture)), "Community Safety Trust " + n),
                "Safer Streets Thanet " + n, "Safer Streets in Thanet through trained volunteers and targeted patrols, scheme " + n + ".",
                Money.FromPounds(12_500.50m), ["anti-social-behaviour", "road-safety"], ["prevent-crime"], ProjectScope.Local("Thanet"), new LocalDate(2024, 5, 2));
            decisions[i] = new BidDecision(id, DecisionOutcome.Funded, decidedOn, "Decided by the partnership at its quarterly meeting.", Money.FromPounds(12_500.50m), null);
            allocations[i] = new Allocation("alloc-" + n, id, Money.FromPounds(12_500.50m), decidedOn);
            payments[i] = new Payment("alloc-" + n, Money.FromPounds(12_500.50m), decidedOn.PlusDays(7));
            returns[i] = new MonitoringReturn("alloc-" + n, decidedOn, decidedOn.PlusDays(42), decidedOn.PlusDays(40));
        }
        return new FundingRound("kcsp-2024-25", grant, new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2024, 5, 31)),
            bids, decisions, allocations, payments, returns, [], source);
    }
}
