#if !LIBRARY_NETSTANDARD
using System.Globalization;
using System.Text;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>The default limits admit the largest realistic document: it writes and reads about 124 MB, so it runs against one build of the library only.</summary>
public class LargeDocumentTest(ITestOutputHelper output)
{
    [Fact]
    public void Default_AdmitsAFundingRoundOf100000FullyRecordedBids()
    {
        string json = KentCspJson.Serialize(LargeRound(100_000));
        int bytes = Encoding.UTF8.GetByteCount(json);
        output.WriteLine($"100,000 bids: {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes");

        var result = KentCspJson.ReadDocument(json);

        Assert.True(result.IsRead, result.ToString());
        Assert.Equal(100_000, Assert.IsType<FundingRoundContent>(result.AsT0).Value.Bids.Count);
        Assert.InRange(bytes, 100_000_000, JsonReadLimits.DefaultMaxDocumentBytes / 2);
    }

    /// <summary>
    /// A round of <paramref name="count"/> bids, each with every optional member and its decision, allocation,
    /// payment and monitoring return: the largest document per bid the library writes.
    /// </summary>
    internal static FundingRound LargeRound(int count)
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
#endif
