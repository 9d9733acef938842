using System;
using System.Collections.Generic;
using System.Globalization;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;

namespace KentCsp.Domain.Benchmarks;

/// <summary>
/// Builds a deterministic synthetic financial year of funding: four quarterly rounds against one grant, with bids,
/// decisions, allocations, payments and monitoring returns in realistic proportions.
/// </summary>
/// <remarks>
/// <para>A <em>realistic</em> year has a small share of records that break the rules: about 1% of funded bids
/// duplicate an earlier funded bid (half by applicant and project name, half by purpose for an overlapping area), some
/// monitoring returns are late, very late or missing, some decisions in principle are overdue, a few bids name no
/// supported priority and a few were submitted after the window closed. A <em>clean</em> year has the same shape and
/// no finding at all.</para>
/// <para>Records come from <c>new Random(seed)</c>, so a size and a seed always give the same year.</para>
/// </remarks>
internal static class SyntheticFundingYear
{
    /// <summary>The evaluation date: the last day of the year.</summary>
    internal static readonly LocalDate AsOf = new(2025, 3, 31);

    /// <summary>The policy the year is evaluated under: the default, the 2023 agreement's priorities, local projects funded here.</summary>
    internal static readonly FundingPolicy Policy = KentPolicies.Funding
        .WithAgreement(KentData.CommunitySafetyAgreement2023)
        .WithReferLocalProjects(false);

    private const int Rounds = 4;

    private static readonly FinancialYear Year = new(2024);

    private static readonly string[] Districts = GeneratedText.Districts;

    private static readonly string[] Topics = GeneratedText.Topics;

    private static readonly string[] Methods =
    [
        "workshops in schools", "trained volunteers", "a helpline and drop-in sessions", "targeted patrols",
        "a theatre-in-education tour", "one-to-one mentoring", "leaflets and a local campaign", "multi-agency case work",
    ];

    private static readonly string[] PriorityIds = GeneratedText.PriorityIds;

    private static readonly ProjectScope[] LocalScopes = Array.ConvertAll(Districts, ProjectScope.Local);

    /// <summary>Builds the year.</summary>
    /// <param name="bidCount">Bids in the whole year, spread evenly over four rounds.</param>
    /// <param name="clean">True for a year in which no rule fires.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The rounds, in date order.</returns>
    internal static FundingRound[] Build(int bidCount, bool clean, int seed = 20240401)
    {
        var random = new Random(seed);
        var source = new SourceDocument("Synthetic funding year for benchmarks", AsOf);
        var grant = new Grant(
            "synthetic-2024-25",
            KentFunding.PoliceAndCrimeCommissioner,
            KentFunding.Kcsp,
            Year,
            Money.FromPounds(25_000m * bidCount),
            "Community safety projects that support the Community Safety Agreement priorities.",
            [GrantCondition.SupportsPriorities, GrantCondition.NoDuplication, GrantCondition.MonitoringReturns],
            source);

        // About eight bids per applicant over the year.
        var applicants = new Organisation[Math.Max(10, bidCount / 8)];
        for (int i = 0; i < applicants.Length; i++)
        {
            applicants[i] = new Organisation(
                new OrganisationId("GB-CHC", (1_000_000 + i).ToString(CultureInfo.InvariantCulture)),
                $"{Topics[i % Topics.Length]} Trust {i}");
        }

        var funded = new List<Bid>();
        var rounds = new FundingRound[Rounds];
        int next = 0;
        for (int q = 0; q < Rounds; q++)
        {
            int count = (bidCount * (q + 1) / Rounds) - next;
            var opens = new LocalDate(2024, 4, 1).PlusMonths(3 * q);
            var window = new DateInterval(opens, opens.PlusMonths(1).PlusDays(-1));
            var decidedOn = window.End.PlusDays(14);
            var bids = new List<Bid>(count);
            var decisions = new List<BidDecision>(count);
            var allocations = new List<Allocation>(count);
            var payments = new List<Payment>(count);
            var returns = new List<MonitoringReturn>(count);
            for (int n = 0; n < count; n++, next++)
            {
                string id = "bid-" + next.ToString(CultureInfo.InvariantCulture);
                int roll = random.Next(100);
                var outcome = roll < 80 ? DecisionOutcome.Funded
                    : roll < 85 ? DecisionOutcome.FundedInPart
                    : roll < 90 ? DecisionOutcome.FundedInPrinciple
                    : DecisionOutcome.Refused;
                var requested = Money.FromPounds(random.Next(1_000, 20_001));
                var bid = NewBid(random, id, applicants, next, requested, window, clean);
                if (!clean && outcome.Supports && funded.Count > 0 && random.Next(100) == 0)
                {
                    bid = Duplicate(random, id, requested, funded[random.Next(funded.Count)], window);
                }
                bids.Add(bid);
                if (outcome.Supports)
                {
                    funded.Add(bid);
                }

                Money? award = outcome == DecisionOutcome.Funded ? requested
                    : outcome == DecisionOutcome.FundedInPart ? Money.FromPounds(Math.Round(requested.Pounds * 0.6m))
                    : null;
                LocalDate? confirmBy = null;
                if (outcome == DecisionOutcome.FundedInPrinciple && (clean || random.Next(2) == 0))
                {
                    // Confirmation still within time on the evaluation date.
                    confirmBy = AsOf.PlusDays(30);
                }
                decisions.Add(new BidDecision(id, outcome, decidedOn, "Decided by the partnership at its quarterly meeting.", award, confirmBy));
                if (award is not { } amount)
                {
                    continue;
                }

                string allocationId = "alloc-" + next.ToString(CultureInfo.InvariantCulture);
                allocations.Add(new Allocation(allocationId, id, amount, decidedOn));
                int paidRoll = random.Next(10);
                if (paidRoll < 4)
                {
                    payments.Add(new Payment(allocationId, amount, decidedOn.PlusDays(7)));
                }
                else if (paidRoll < 6)
                {
                    var half = Money.FromPounds(Math.Round(amount.Pounds / 2m, 2));
                    payments.Add(new Payment(allocationId, half, decidedOn.PlusDays(7)));
                }

                var dueOn = decidedOn.PlusDays(42);
                LocalDate? receivedOn;
                int returnRoll = clean ? 0 : random.Next(100);
                if (returnRoll < 90)
                {
                    receivedOn = dueOn.PlusDays(-random.Next(0, 14)); // on time
                }
                else if (returnRoll < 96)
                {
                    receivedOn = dueOn.PlusDays(random.Next(1, 28)); // late
                }
                else if (returnRoll < 98)
                {
                    receivedOn = dueOn.PlusDays(random.Next(32, 60)); // after the second deadline
                }
                else
                {
                    receivedOn = null; // missing
                }
                if (receivedOn > AsOf)
                {
                    receivedOn = null;
                }
                if (clean && receivedOn is null && dueOn <= AsOf)
                {
                    receivedOn = dueOn;
                }
                returns.Add(new MonitoringReturn(allocationId, decidedOn, dueOn, receivedOn));
            }
            rounds[q] = new FundingRound(
                "synthetic-2024-25-q" + (q + 1).ToString(CultureInfo.InvariantCulture),
                grant, window, bids, decisions, allocations, payments, returns, [], source);
        }
        return rounds;
    }

    private static Bid NewBid(Random random, string id, Organisation[] applicants, int serial, Money requested, DateInterval window, bool clean)
    {
        string topic = Topics[random.Next(Topics.Length)];
        bool local = random.Next(10) < 3;
        var scope = local ? LocalScopes[random.Next(LocalScopes.Length)] : ProjectScope.CountyWide;
        string area = local ? scope.District! : "Kent";
        string serialText = serial.ToString(CultureInfo.InvariantCulture);
        string project = $"{topic} {area} {serialText}";
        string purpose = $"{topic} in {area} through {Methods[random.Next(Methods.Length)]}, scheme {serialText}.";

        int priorityRoll = random.Next(1000);
        string[] priorities = !clean && priorityRoll < 5
            ? ["legacy-priority"] // supports no priority of the agreement
            : priorityRoll < 700
                ? [PriorityIds[random.Next(PriorityIds.Length)]]
                : [PriorityIds[random.Next(4)], PriorityIds[4 + random.Next(4)]];

        var submittedOn = window.Start.PlusDays(random.Next(window.Length));
        if (!clean && random.Next(200) == 0)
        {
            submittedOn = window.End.PlusDays(1 + random.Next(5)); // after the window closed
        }
        return new Bid(id, applicants[random.Next(applicants.Length)], project, purpose, requested, priorities, [], scope, submittedOn);
    }

    private static Bid Duplicate(Random random, string id, Money requested, Bid original, DateInterval window)
    {
        var submittedOn = window.Start.PlusDays(random.Next(window.Length));
        if (random.Next(2) == 0)
        {
            // The same applicant and project name, in other case and punctuation, for a follow-on purpose.
            return new Bid(id, original.Applicant, original.Project.ToUpperInvariant() + "!", original.Purpose + " Second year.",
                requested, original.PriorityIds, [], original.Scope, submittedOn);
        }

        // The same purpose, punctuated differently, from another applicant, county-wide (so it overlaps any area).
        var other = new Organisation(new OrganisationId("GB-CHC", "9" + id.Substring("bid-".Length)), "Another Trust");
        return new Bid(id, other, "Another " + original.Project, original.Purpose.Replace(", ", " - ").ToLowerInvariant(),
            requested, original.PriorityIds, [], ProjectScope.CountyWide, submittedOn);
    }
}
