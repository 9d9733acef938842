using System.Collections.Generic;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>Builds small funding rounds for tests: a 2017/18 grant of £10,000 to a test partnership, and whatever the test adds.</summary>
internal sealed class RoundBuilder
{
    public static readonly FinancialYear Year = new(2017);

    private readonly List<Bid> bids = [];
    private readonly List<BidDecision> decisions = [];
    private readonly List<Allocation> allocations = [];
    private readonly List<Payment> payments = [];
    private readonly List<MonitoringReturn> monitoringReturns = [];
    private readonly List<Repayment> repayments = [];
    private decimal grantPounds = 10_000m;
    private DateInterval? window;
    private string id = "test-2017-18";

    public static SourceDocument Source { get; } = new("Test grant letter", new LocalDate(2017, 4, 1));

    public static LocalPolicingBody Funder { get; } =
        new(new Organisation(Builders.Id("pcc"), "Office of the Test Police and Crime Commissioner"), LocalPolicingBodyKind.PoliceAndCrimeCommissioner, "Testshire");

    public static Organisation Partnership { get; } = new(Builders.Id("csp"), "Test Community Safety Partnership");

    public static LocalDate On(int month, int day) => new(month >= 4 ? 2017 : 2018, month, day);

    public static Grant Grant(decimal pounds, string grantId = "test-2017-18") =>
        new(grantId, Funder, Partnership, Year, Money.FromPounds(pounds), "Crime and disorder reduction grant.", [GrantCondition.SupportsPriorities], Source);

    public static Bid Bid(string bidId, string? purpose = null, ProjectScope? scope = null, string[]? priorities = null, string[]? objectives = null, Organisation? applicant = null, string? project = null, LocalDate? submittedOn = null, decimal? requested = null) =>
        new(bidId,
            applicant ?? Builders.Organisation("applicant-" + bidId),
            project ?? "Project " + bidId,
            purpose ?? "Purpose of " + bidId + ".",
            requested is { } pounds ? Money.FromPounds(pounds) : null,
            priorities ?? ["road-safety"],
            objectives ?? [],
            scope ?? ProjectScope.CountyWide,
            submittedOn);

    public RoundBuilder WithId(string roundId)
    {
        id = roundId;
        return this;
    }

    public RoundBuilder WithGrant(decimal pounds)
    {
        grantPounds = pounds;
        return this;
    }

    public RoundBuilder WithWindow(LocalDate start, LocalDate end)
    {
        window = new DateInterval(start, end);
        return this;
    }

    public RoundBuilder WithBid(Bid bid)
    {
        bids.Add(bid);
        return this;
    }

    public RoundBuilder WithDecision(string bidId, DecisionOutcome outcome, decimal? award = null, LocalDate? on = null, LocalDate? confirmBy = null)
    {
        decisions.Add(new BidDecision(bidId, outcome, on ?? On(5, 1), "Decided by the test.", award is { } pounds ? Money.FromPounds(pounds) : null, confirmBy));
        return this;
    }

    /// <summary>Adds a county-wide bid funded with <paramref name="award"/> and allocates the whole award on 1 June.</summary>
    public RoundBuilder WithFundedProject(string bidId, decimal award, Bid? bid = null)
    {
        WithBid(bid ?? Bid(bidId));
        WithDecision(bidId, DecisionOutcome.Funded, award);
        return WithAllocation(bidId, bidId, award, On(6, 1));
    }

    public RoundBuilder WithAllocation(string allocationId, string bidId, decimal pounds, LocalDate on)
    {
        allocations.Add(new Allocation(allocationId, bidId, Money.FromPounds(pounds), on));
        return this;
    }

    public RoundBuilder WithPayment(string allocationId, decimal pounds, LocalDate on)
    {
        payments.Add(new Payment(allocationId, Money.FromPounds(pounds), on));
        return this;
    }

    public RoundBuilder WithMonitoringReturn(string allocationId, LocalDate issuedOn, LocalDate dueOn, LocalDate? receivedOn)
    {
        monitoringReturns.Add(new MonitoringReturn(allocationId, issuedOn, dueOn, receivedOn));
        return this;
    }

    public RoundBuilder WithRepayment(string allocationId, decimal pounds, LocalDate on)
    {
        repayments.Add(new Repayment(allocationId, Money.FromPounds(pounds), on, "Unspent funds returned."));
        return this;
    }

    public FundingRound Build() =>
        new(id, Grant(grantPounds), window, bids, decisions, allocations, payments, monitoringReturns, repayments, Source);
}
