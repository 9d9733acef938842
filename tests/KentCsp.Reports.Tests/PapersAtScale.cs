using System;
using System.Collections.Generic;
using System.Globalization;
using KentCsp.Domain;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Reports.Tests;

/// <summary>
/// Large generated data for the committee papers, built through the public API only and deterministically (arithmetic
/// on the index, or <c>new Random(seed)</c>): an action plan of 1,000 actions, a funding round of 10,000 bids and an
/// indicator set of 20 years of monthly values per series. The paper tests and the render benchmarks
/// (benchmarks/KentCsp.Domain.Benchmarks, which compiles this file in with a linked &lt;Compile&gt;) use the same data.
/// The data is synthetic: no figure, name or date in it describes the KCSP.
/// </summary>
internal static class PapersAtScale
{
    /// <summary>Actions in <see cref="LargeActionPlan"/>.</summary>
    public const int ActionCount = 1_000;

    /// <summary>Bids in <see cref="LargeFundingRound"/>.</summary>
    public const int BidCount = 10_000;

    /// <summary>Years of monthly values in each series of <see cref="LargeIndicators"/>.</summary>
    public const int IndicatorYears = 20;

    /// <summary>The date the large action plan is drawn up as at: in its year, after its third review.</summary>
    public static readonly LocalDate ActionPlanAsAt = new(2018, 1, 15);

    /// <summary>The date the large funding round is drawn up as at: the last day of its financial year.</summary>
    public static readonly LocalDate FundingAsAt = new(2025, 3, 31);

    /// <summary>The date the large CSA update is drawn up as at: the end of the last month of the series.</summary>
    public static readonly LocalDate CsaUpdateAsAt = new(2025, 3, 31);

    /// <summary>The funding policy of the large round: the default, the 2023 agreement's priorities, local projects funded here.</summary>
    public static readonly FundingPolicy FundingPolicy = KentPolicies.Funding
        .WithAgreement(KentData.CommunitySafetyAgreement2023)
        .WithReferLocalProjects(false);

    private static readonly string[] Districts =
    [
        "Ashford", "Canterbury", "Dartford", "Dover", "Folkestone and Hythe", "Gravesham", "Maidstone", "Sevenoaks",
        "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells",
    ];

    private static readonly string[] Topics =
    [
        "Safer Streets", "Youth Diversion", "Domestic Abuse Support", "Scam Awareness", "Road Safety Roadshow",
        "Night-Time Economy", "Hate Crime Reporting", "County Lines Outreach", "Community Wardens", "Online Safety",
    ];

    private static readonly string[] Leads =
    [
        "KCC Community Safety Team", "Kent Police", "Kent Fire and Rescue Service", "Kent Probation", "District Community Safety Units",
    ];

    /// <summary>The large action plan, as <see cref="CommitteeReports.ActionPlan"/> is given it.</summary>
    public static string ActionPlanPaper(CommitteeReports reports, ActionPlan plan) => reports.ActionPlan(plan, KentPolicies.ActionPlans, ActionPlanAsAt);

    /// <summary>The large funding round, as <see cref="CommitteeReports.Funding"/> is given it.</summary>
    public static string FundingPaper(CommitteeReports reports, FundingRound round) => reports.Funding(round, FundingPolicy, FundingAsAt);

    /// <summary>The large indicator set, as <see cref="CommitteeReports.CsaUpdate"/> is given it.</summary>
    public static string CsaUpdatePaper(CommitteeReports reports, IndicatorSet indicators) =>
        reports.CsaUpdate(KentData.CommunitySafetyAgreements, indicators, [], CsaUpdateAsAt);

    /// <summary>
    /// An action plan for 2017/18 of <paramref name="count"/> actions spread over the six priorities of the 2017
    /// agreement, with three Working Group reviews recorded through <see cref="ActionPlan.Review"/>. Every tenth action
    /// has no due date; every fifth is in no review (so unreviewed); due dates spread over the year, so some are
    /// overdue on <see cref="ActionPlanAsAt"/>; reviews move some actions to ongoing and some to complete, so status
    /// histories have one to three entries.
    /// </summary>
    /// <param name="count">The number of actions.</param>
    /// <returns>The plan.</returns>
    public static ActionPlan LargeActionPlan(int count = ActionCount)
    {
        var edition = KentData.CommunitySafetyAgreement2017;
        var priorities = new List<PriorityPlan>();
        foreach (var priority in edition.Priorities)
        {
            priorities.Add(new PriorityPlan(priority.Id, "Deliver the priority " + priority.Title, ["Outcome for " + priority.Title]));
        }
        var start = new LocalDate(2017, 4, 1);
        var actions = new PlanAction[count];
        for (int i = 0; i < count; i++)
        {
            var startOn = start.PlusDays(i % 60);
            LocalDate? dueOn = i % 10 == 0 ? null : startOn.PlusDays(60 + (i * 37 % 320));
            var history = new List<StatusChange> { new(startOn, ActionStatus.NotStarted) };
            if (i % 7 != 0)
            {
                history.Add(new StatusChange(startOn.PlusDays(14), ActionStatus.InProgress));
            }
            actions[i] = new PlanAction(
                ActionId(i),
                priorities[i % priorities.Count].PriorityId,
                "Deliver community safety work package " + i.ToString(CultureInfo.InvariantCulture),
                Leads[i % Leads.Length],
                [Leads[(i + 1) % Leads.Length]],
                "Reported to the Working Group each quarter",
                startOn,
                dueOn,
                [],
                history,
                i % 3 == 0 ? ["early-intervention"] : [],
                []);
        }
        var plan = ActionPlan.For(edition, new FinancialYear(2017), priorities, actions, new SourceDocument("Synthetic action plan for scale tests"));
        var reviews = new[] { new LocalDate(2017, 7, 4), new LocalDate(2017, 10, 10), new LocalDate(2018, 1, 9) };
        for (int r = 0; r < reviews.Length; r++)
        {
            var updates = new List<ActionUpdate>();
            for (int i = 0; i < count; i++)
            {
                if (i % 5 == 0 || (r == 2 && i % 4 == 3))
                {
                    continue; // never reviewed, or not at the last review
                }
                ActionStatus? status = r == 1 && i % 11 == 0 ? ActionStatus.Ongoing
                    : r == 2 && i % 4 == 1 ? ActionStatus.Complete
                    : null;
                int progress = Math.Min(100, (r + 1) * 25 + (i * 13 % 30));
                updates.Add(new ActionUpdate(ActionId(i), "Progress reported to the Working Group.", status == ActionStatus.Complete ? 100 : progress, status));
            }
            plan = plan.Review(new WorkingGroupReview(reviews[r], updates)).Match(
                changed => changed.Plan,
                refused => throw new InvalidOperationException("the generated review was refused: " + refused.Message));
        }
        return plan;
    }

    /// <summary>The identifier of the action at <paramref name="index"/> in <see cref="LargeActionPlan"/>.</summary>
    public static string ActionId(int index) => "action-" + index.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>
    /// One funding round of <paramref name="count"/> bids against one grant, from <c>new Random(seed)</c>: about 80% funded in
    /// full, 5% in part, 5% in principle and 10% refused; bids local to the twelve districts or county-wide, serving
    /// one or two of the 2023 agreement's priorities; a payment in full or in half for most allocations; a monitoring
    /// return for each, most on time, some late, some after the second deadline and some missing.
    /// </summary>
    /// <param name="count">The number of bids.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The round.</returns>
    public static FundingRound LargeFundingRound(int count = BidCount, int seed = 20240401)
    {
        var random = new Random(seed);
        var source = new SourceDocument("Synthetic funding round for scale tests", FundingAsAt);
        var grant = new Grant(
            "synthetic-2024-25",
            KentFunding.PoliceAndCrimeCommissioner,
            KentFunding.Kcsp,
            new FinancialYear(2024),
            Money.FromPounds(25_000m * count),
            "Community safety projects that support the Community Safety Agreement priorities.",
            [GrantCondition.SupportsPriorities, GrantCondition.NoDuplication, GrantCondition.MonitoringReturns],
            source);
        var priorityIds = new List<string>();
        foreach (var priority in KentData.CommunitySafetyAgreement2023.Priorities)
        {
            priorityIds.Add(priority.Id);
        }
        var window = new DateInterval(new LocalDate(2024, 4, 1), new LocalDate(2024, 4, 30));
        var decidedOn = window.End.PlusDays(14);
        var bids = new List<Bid>(count);
        var decisions = new List<BidDecision>(count);
        var allocations = new List<Allocation>(count);
        var payments = new List<Payment>(count);
        var returns = new List<MonitoringReturn>(count);
        for (int n = 0; n < count; n++)
        {
            string serial = n.ToString(CultureInfo.InvariantCulture);
            string id = "bid-" + serial;
            var requested = Money.FromPounds(random.Next(1_000, 20_001));
            bool local = random.Next(10) < 3;
            var scope = local ? ProjectScope.Local(Districts[random.Next(Districts.Length)]) : ProjectScope.CountyWide;
            string area = local ? scope.District! : "Kent";
            string topic = Topics[random.Next(Topics.Length)];
            string[] priorities = random.Next(10) < 7
                ? [priorityIds[random.Next(priorityIds.Count)]]
                : [priorityIds[random.Next(4)], priorityIds[4 + random.Next(priorityIds.Count - 4)]];
            var applicant = new Organisation(new OrganisationId("GB-CHC", (1_000_000 + n).ToString(CultureInfo.InvariantCulture)), $"{topic} Trust {serial}");
            bids.Add(new Bid(id, applicant, $"{topic} {area} {serial}", $"{topic} in {area}, scheme {serial}.", requested, priorities, [], scope,
                window.Start.PlusDays(random.Next(window.Length))));

            int roll = random.Next(100);
            var outcome = roll < 80 ? DecisionOutcome.Funded
                : roll < 85 ? DecisionOutcome.FundedInPart
                : roll < 90 ? DecisionOutcome.FundedInPrinciple
                : DecisionOutcome.Refused;
            Money? award = outcome == DecisionOutcome.Funded ? requested
                : outcome == DecisionOutcome.FundedInPart ? Money.FromPounds(Math.Round(requested.Pounds * 0.6m))
                : null;
            LocalDate? confirmBy = outcome == DecisionOutcome.FundedInPrinciple ? FundingAsAt.PlusDays(30) : null;
            decisions.Add(new BidDecision(id, outcome, decidedOn, "Decided by the partnership at its quarterly meeting.", award, confirmBy));
            if (award is not { } amount)
            {
                continue;
            }

            string allocationId = "alloc-" + serial;
            allocations.Add(new Allocation(allocationId, id, amount, decidedOn));
            int paidRoll = random.Next(10);
            if (paidRoll < 6)
            {
                payments.Add(new Payment(allocationId, amount, decidedOn.PlusDays(7)));
            }
            else if (paidRoll < 8)
            {
                payments.Add(new Payment(allocationId, Money.FromPounds(Math.Round(amount.Pounds / 2m, 2)), decidedOn.PlusDays(7)));
            }
            var dueOn = decidedOn.PlusDays(42);
            int returnRoll = random.Next(100);
            LocalDate? receivedOn = returnRoll < 90 ? dueOn.PlusDays(-random.Next(0, 14))
                : returnRoll < 96 ? dueOn.PlusDays(random.Next(1, 28))
                : returnRoll < 98 ? dueOn.PlusDays(random.Next(32, 60))
                : null;
            returns.Add(new MonitoringReturn(allocationId, decidedOn, dueOn, receivedOn));
        }
        return new FundingRound("synthetic-2024-25", grant, window, bids, decisions, allocations, payments, returns, [], source);
    }

    /// <summary>
    /// An indicator set of <paramref name="years"/> years of monthly values per series, the last month ending on
    /// <see cref="CsaUpdateAsAt"/>: four series (a count, a count that should fall, a percentage and a rate per 1,000)
    /// and a monthly raw series of people killed or seriously injured on the roads; with calendar-year road casualty
    /// figures, raw and severity-adjusted, for each whole year. Values follow a trend, a season and a deterministic wobble.
    /// </summary>
    /// <param name="years">The number of years.</param>
    /// <returns>The set.</returns>
    public static IndicatorSet LargeIndicators(int years = IndicatorYears)
    {
        var incidents = new IndicatorDefinition("domestic-abuse-incidents", "Domestic abuse incidents reported", IndicatorUnit.Count, IndicatorPolarity.NoPreferredDirection);
        var asb = new IndicatorDefinition("anti-social-behaviour-incidents", "Anti-social behaviour incidents", IndicatorUnit.Count, IndicatorPolarity.LowerIsBetter);
        var repeat = new IndicatorDefinition("repeat-victims", "Repeat victims of domestic abuse", IndicatorUnit.Percentage, IndicatorPolarity.LowerIsBetter);
        var rate = new IndicatorDefinition("crime-rate", "Recorded crime", IndicatorUnit.RatePerThousand, IndicatorPolarity.LowerIsBetter);
        var ksi = new IndicatorDefinition("road-casualties-ksi", "People killed or seriously injured in road collisions (KSI)", IndicatorUnit.Count, IndicatorPolarity.LowerIsBetter, isSeverityClassified: true);

        int months = years * 12;
        var first = ReportingPeriod.ForMonth(CsaUpdateAsAt.Year, CsaUpdateAsAt.Month).Offset(1 - months);
        var periods = new ReportingPeriod[months];
        for (int m = 0; m < months; m++)
        {
            periods[m] = first.Offset(m);
        }
        IndicatorSeries Monthly(IndicatorDefinition indicator, SeverityBasis? basis, Func<int, decimal> value)
        {
            var values = new IndicatorValue[months];
            for (int m = 0; m < months; m++)
            {
                values[m] = new IndicatorValue(periods[m], value(m));
            }
            return new IndicatorSeries(indicator, PeriodKind.Month, basis, values);
        }
        var series = new[]
        {
            Monthly(incidents, null, m => 2_000 + m * 3 + Season(m) * 40 + Wobble(m, 60)),
            Monthly(asb, null, m => 6_000 - m * 8 + Season(m) * 150 + Wobble(m, 200)),
            Monthly(repeat, null, m => 25m + Wobble(m, 100) / 10m),
            Monthly(rate, null, m => Math.Round(6.5m - m * 0.005m + Wobble(m, 50) / 100m, 3)),
            Monthly(ksi, SeverityBasis.Raw, m => 50 + Season(m) * 5 + Wobble(m, 20)),
        };

        var figures = new List<RoadCasualtyFigures>();
        int lastYear = CsaUpdateAsAt.Year - 1;
        for (int year = lastYear - years + 1; year <= lastYear; year++)
        {
            int y = year - (lastYear - years + 1);
            decimal killed = 40 + Wobble(y, 15);
            decimal serious = 600 - y * 5 + Wobble(y * 7, 80);
            decimal slight = 5_000 - y * 40 + Wobble(y * 11, 400);
            var period = ReportingPeriod.ForCalendarYear(year);
            figures.Add(new RoadCasualtyFigures(period, SeverityBasis.Raw, killed, serious, slight));
            figures.Add(new RoadCasualtyFigures(period, SeverityBasis.Adjusted, killed, serious * 1.25m + 0.4m, slight - serious * 0.25m - 0.4m));
        }
        return new IndicatorSet([incidents, asb, repeat, rate, ksi], series, figures);
    }

    // Higher in summer months (period index 0 is April when the series ends in March): -2 to 2.
    private static int Season(int month) => (month % 12) switch
    {
        2 or 3 or 4 => 2,
        1 or 5 => 1,
        8 or 9 or 10 => -2,
        _ => 0,
    };

    // A fixed scatter in 0 to range - 1.
    private static int Wobble(int index, int range) => (int)(unchecked((uint)index * 2_654_435_761u) % (uint)range);
}
