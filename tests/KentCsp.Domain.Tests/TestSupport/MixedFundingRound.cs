using System;
using System.Globalization;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>
/// One funding round of any size with the mix of records a real round has, built through the public API only and the
/// same for the same size on every run (each choice is a fixed function of the bid's index, no random numbers). Beside
/// <see cref="LargeFundingRound"/>, in which every bid is funded alike; used by the comparison with plain classes and,
/// linked into the project, by its benchmarks.
/// </summary>
/// <remarks>
/// <para>Of every hundred consecutive bids: 60 are funded as asked, 10 funded in part (60% of the request), 6 funded in
/// principle with a date to confirm by, 12 refused, 6 referred to the local partnership, and 6 withdrawn by their
/// applicants before the meeting, so they have no decision (the library has no "withdrawn" outcome: a bid without a
/// decision is one the partnership did not decide). One bid in 25 gives no amount, one in 40 no submission date; a third
/// are county-wide, the rest local to one of the twelve Kent districts; one applicant in ten is a district council
/// (a responsible authority), and some texts hold '&amp;', '–' and quotation marks.</para>
/// <para>Each funded bid gets one allocation. Of every four allocations, two are paid in full, one in two halves and
/// one not yet. Each allocation's first monitoring return is received on time (14 in 20), late (3 in 20) or not at all
/// (3 in 20); every other allocation has a second return, received on time. An allocation whose return is missing and
/// that has been paid repays what it was paid (its funding withdrawn); one in fifteen of the others returns £156.37 of
/// unspent money.</para>
/// </remarks>
internal static class MixedFundingRound
{
    private static readonly string[] Districts = GeneratedText.Districts;

    private static readonly string[] Topics = GeneratedText.Topics;

    private static readonly string[] Methods =
    [
        "workshops in schools", "trained volunteers", "a helpline & drop-in sessions", "targeted patrols",
        "a theatre-in-education tour", "one-to-one mentoring", "leaflets and a \"Know the Signs\" campaign", "multi-agency case work – weekly",
    ];

    private static readonly string[] PriorityIds = GeneratedText.PriorityIds;

    private static readonly LocalDate Opens = new(2024, 4, 1);
    private static readonly LocalDate DecidedOn = new(2024, 6, 14);
    private static readonly Money Unspent = Money.FromPounds(156.37m);

    /// <summary>Builds the round.</summary>
    /// <param name="count">The number of bids.</param>
    /// <returns>The round.</returns>
    internal static FundingRound Build(int count)
    {
        var funder = new LocalPolicingBody(
            new Organisation(new OrganisationId("360G-kentcsp", "opcc"), "Office of the Kent Police & Crime Commissioner"),
            LocalPolicingBodyKind.PoliceAndCrimeCommissioner, "Kent");
        var letter = new SourceDocument("Kent Police & Crime Commissioner grant letter", new LocalDate(2024, 3, 1), "paragraph 2");
        var grant = new Grant("kcsp-2024-25", funder, new Organisation(new OrganisationId("360G-kentcsp", "kcsp"), "Kent Community Safety Partnership"),
            new FinancialYear(2024), Money.FromPounds(25_000m * Math.Max(1, count)),
            "To fund community safety projects that support the Community Safety Agreement priorities – \"no duplication\".",
            GrantCondition.All, letter);

        var bids = new Bid[count];
        var decisions = new System.Collections.Generic.List<BidDecision>(count);
        var allocations = new System.Collections.Generic.List<Allocation>(count);
        var payments = new System.Collections.Generic.List<Payment>(count);
        var returns = new System.Collections.Generic.List<MonitoringReturn>(count * 3 / 2);
        var repayments = new System.Collections.Generic.List<Repayment>(count / 10);
        for (int i = 0; i < count; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            string id = "bid-" + n;
            string district = Districts[i % Districts.Length];
            Money? requested = i % 25 == 24 ? null : Money.FromPounds(1_000m + (i * 7_919 % 19_000) + ((i % 100) / 100m));
            bids[i] = new Bid(id, Applicant(i, district), Topics[i % Topics.Length] + " " + district + " " + n,
                $"{Topics[(i / 10) % Topics.Length]} in {district} through {Methods[i % Methods.Length]}, scheme {n}.",
                requested, Priorities(i), i % 4 == 0 ? ["prevent-crime"] : [],
                i % 3 == 0 ? ProjectScope.CountyWide : ProjectScope.Local(district),
                i % 40 == 39 ? null : Opens.PlusDays(i % 61));

            // 37 is prime to 100, so every hundred consecutive bids take each roll once.
            int roll = i * 37 % 100;
            if (roll >= 94)
            {
                continue;
            }
            var outcome = roll < 60 ? DecisionOutcome.Funded
                : roll < 70 ? DecisionOutcome.FundedInPart
                : roll < 76 ? DecisionOutcome.FundedInPrinciple
                : roll < 88 ? DecisionOutcome.Refused
                : DecisionOutcome.ReferredToLocalPartnership;
            decimal asked = requested is { } amount ? amount.Pounds : 5_000m;
            Money? award = outcome == DecisionOutcome.Funded ? Money.FromPounds(asked)
                : outcome == DecisionOutcome.FundedInPart ? Money.FromPounds(decimal.Round(asked * 0.6m, 2))
                : outcome == DecisionOutcome.FundedInPrinciple ? Money.FromPounds(asked)
                : null;
            decisions.Add(new BidDecision(id, outcome, DecidedOn, Reason(outcome), award,
                outcome == DecisionOutcome.FundedInPrinciple ? DecidedOn.PlusDays(60) : null));
            if (award is not { } awarded || !outcome.AllowsAllocation)
            {
                continue;
            }

            string allocationId = "alloc-" + n;
            var allocatedOn = DecidedOn.PlusDays(14);
            allocations.Add(new Allocation(allocationId, id, awarded, allocatedOn));
            var paid = Money.Zero;
            switch (allocations.Count % 4)
            {
                case 0:
                case 1:
                    payments.Add(new Payment(allocationId, awarded, allocatedOn.PlusDays(7)));
                    paid = awarded;
                    break;
                case 2:
                    var half = Money.FromPounds(decimal.Round(awarded.Pounds / 2m, 2));
                    payments.Add(new Payment(allocationId, half, allocatedOn.PlusDays(7)));
                    payments.Add(new Payment(allocationId, Money.FromPounds(awarded.Pounds - half.Pounds), allocatedOn.PlusDays(97)));
                    paid = awarded;
                    break;
            }

            var issuedOn = allocatedOn.PlusDays(30);
            var dueOn = issuedOn.PlusDays(30);
            int lateness = i * 13 % 20;
            LocalDate? receivedOn = lateness < 14 ? dueOn.PlusDays(-5) : lateness < 17 ? dueOn.PlusDays(20) : null;
            returns.Add(new MonitoringReturn(allocationId, issuedOn, dueOn, receivedOn));
            if (allocations.Count % 2 == 0)
            {
                returns.Add(new MonitoringReturn(allocationId, issuedOn.PlusDays(90), dueOn.PlusDays(90), dueOn.PlusDays(88)));
            }
            if (receivedOn is null && !paid.IsZero)
            {
                repayments.Add(new Repayment(allocationId, paid, dueOn.PlusDays(75), "Funding withdrawn: the monitoring return was not made."));
            }
            else if (allocations.Count % 15 == 0 && paid.Pounds > Unspent.Pounds)
            {
                repayments.Add(new Repayment(allocationId, Unspent, new LocalDate(2025, 3, 15), "Unspent funds returned at the year end."));
            }
        }
        return new FundingRound("kcsp-2024-25", grant, new DateInterval(Opens, Opens.PlusMonths(2).PlusDays(-1)),
            bids, decisions, allocations, payments, returns, repayments,
            new SourceDocument("Kent Community Safety Partnership minutes", null, "minute 12"));
    }

    private static Organisation Applicant(int i, string district) => i % 10 == 9
        ? new Organisation(new OrganisationId("360G-kentcsp", "district-" + (i % Districts.Length).ToString(CultureInfo.InvariantCulture)), district + " District Council", ResponsibleAuthorityKind.DistrictCouncil)
        : new Organisation(new OrganisationId("GB-CHC", (1_000_000 + (i / 4)).ToString(CultureInfo.InvariantCulture)), Topics[(i / 4) % Topics.Length] + " Trust " + (i / 4).ToString(CultureInfo.InvariantCulture));

    private static string[] Priorities(int i) => (i % 3) switch
    {
        0 => [PriorityIds[i % PriorityIds.Length]],
        1 => [PriorityIds[i % PriorityIds.Length], PriorityIds[(i + 3) % PriorityIds.Length]],
        _ => [PriorityIds[i % PriorityIds.Length], PriorityIds[(i + 2) % PriorityIds.Length], PriorityIds[(i + 5) % PriorityIds.Length]],
    };

    private static string Reason(DecisionOutcome outcome) => outcome.Name switch
    {
        nameof(DecisionOutcome.Funded) => "Decided by the partnership at its quarterly meeting.",
        nameof(DecisionOutcome.FundedInPart) => "Funded in part: some of the schools are covered elsewhere.",
        nameof(DecisionOutcome.FundedInPrinciple) => "Pending further discussion with the district.",
        nameof(DecisionOutcome.Refused) => "Does not support a priority of the agreement.",
        _ => "A local project: referred to the district's partnership.",
    };
}
