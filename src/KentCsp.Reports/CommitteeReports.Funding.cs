using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain;
using KentCsp.Domain.Funding;
using NodaTime;
using static KentCsp.Reports.TemplateModel;

namespace KentCsp.Reports;

public sealed partial class CommitteeReports
{
    /// <summary>
    /// The funding round paper: the grant, the allocations with their state, the allocations by priority and by
    /// district (charts with their tables), payments, monitoring returns and the funding-rule findings with their rule
    /// ids and sources, all as <see cref="FundingRules.Evaluate"/> gives them on <paramref name="asAt"/>.
    /// </summary>
    /// <param name="round">The funding round.</param>
    /// <param name="policy">The funding policy the rules are judged by.</param>
    /// <param name="asAt">The date to judge deadlines and returns on.</param>
    /// <returns>The paper, one HTML page.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="round"/> or <paramref name="policy"/> is null.</exception>
    public string Funding(FundingRound round, FundingPolicy policy, LocalDate asAt)
    {
        CheckNotNull(round, nameof(round));
        CheckNotNull(policy, nameof(policy));
        var evaluation = FundingRules.Evaluate(round, asAt, policy);
        var sources = new Sources();
        sources.Add(round.Source);
        sources.Add(round.Grant.Source);
        sources.Add(round.Provenance);
        var grant = round.Grant;

        var allocations = new List<Node>();
        var byPriority = new List<(string Label, List<Money> Amounts)>();
        var byDistrict = new List<(string Label, List<Money> Amounts)>();
        foreach (var allocation in round.Allocations)
        {
            var bid = round.FindBid(allocation.BidId);
            string priorities = bid is null || bid.PriorityIds.Count == 0 ? "none given" : string.Join(" + ", bid.PriorityIds);
            string district = bid is null ? "not known" : bid.Scope.District ?? bid.Scope.Kind.Description;
            Add(byPriority, priorities, allocation.Amount);
            Add(byDistrict, district, allocation.Amount);
            allocations.Add(new Node
            {
                ["id"] = allocation.Id,
                ["bid"] = allocation.BidId,
                ["project"] = bid?.Project ?? "not known",
                ["applicant"] = bid?.Applicant.Name ?? "not known",
                ["priorities"] = priorities,
                ["scope"] = bid?.Scope.ToString() ?? "not known",
                ["amount"] = allocation.Amount.ToString(),
                ["allocated_on"] = Date(allocation.AllocatedOn),
                ["state"] = evaluation.StateOf(round.Id, allocation.Id).Description,
            });
        }

        var payments = round.Payments.Select(payment => new Node
        {
            ["allocation"] = payment.AllocationId,
            ["amount"] = payment.Amount.ToString(),
            ["paid_on"] = Date(payment.PaidOn),
            ["later"] = payment.PaidOn > asAt,
        }).ToList();
        var returns = round.MonitoringReturns.Select(monitoring => new Node
        {
            ["allocation"] = monitoring.AllocationId,
            ["issued_on"] = Date(monitoring.IssuedOn),
            ["due_on"] = Date(monitoring.DueOn),
            ["received_on"] = monitoring.IsReceivedBy(asAt) ? Date(monitoring.ReceivedOn) : "not received",
            ["late"] = !monitoring.IsReceivedBy(asAt) && monitoring.DueOn < asAt,
        }).ToList();

        var body = new Node
        {
            ["round_id"] = round.Id,
            ["grant"] = new Node
            {
                ["id"] = grant.Id,
                ["amount"] = grant.Amount.ToString(),
                ["year"] = grant.Year.ToString(),
                ["funder"] = grant.Funder.ToString(),
                ["recipient"] = grant.Recipient.Name,
                ["purpose"] = grant.Purpose,
                ["conditions"] = grant.Conditions.Select(condition => condition.Description).ToList(),
                ["source"] = grant.Source.ToString(),
            },
            ["bid_count"] = round.Bids.Count,
            ["decision_count"] = round.Decisions.Count,
            ["total_allocated"] = round.TotalAllocated.ToString(),
            ["allocations"] = allocations,
            ["chart_by_priority"] = allocations.Count == 0 ? null : Charts.Bars("allocations-by-priority", "Allocations by priority", "Priority", "Allocated",
                Points(byPriority)),
            ["chart_by_district"] = allocations.Count == 0 ? null : Charts.Bars("allocations-by-district", "Allocations by district", "District", "Allocated",
                Points(byDistrict)),
            ["payments"] = payments,
            ["returns"] = returns,
            ["rule_count"] = FundingRule.All.Count,
            ["policy_source"] = policy.Source?.ToString(),
            ["findings"] = FindingRows(evaluation.Findings, sources),
        };
        return Page(ReportTemplates.Funding, "Funding round " + round.Id, $"Grant {grant.Id} of {grant.Amount} for {grant.Year} from {grant.Funder}", asAt,
            body, new Provenances().Add(round.Provenance), sources);
    }

    // Allocations summed under a label (a priority, a district), in the order the labels are first met.
    private static void Add(List<(string Label, List<Money> Amounts)> totals, string label, Money amount)
    {
        int at = totals.FindIndex(pair => pair.Label == label);
        if (at < 0)
        {
            totals.Add((label, new List<Money> { amount }));
        }
        else
        {
            totals[at].Amounts.Add(amount);
        }
    }

    private static List<ChartPoint> Points(List<(string Label, List<Money> Amounts)> totals) => totals.Select(pair =>
    {
        var total = Money.Sum(pair.Amounts);
        return new ChartPoint(pair.Label, total.Pounds, total.ToString());
    }).ToList();

    private static List<Node> FindingRows(IEnumerable<Finding> findings, Sources sources) => findings.Select(finding =>
    {
        sources.Add(finding.Source);
        return new Node
        {
            ["rule"] = finding.RuleId,
            ["severity"] = finding.Severity.Description,
            ["severity_name"] = finding.Severity.Name.ToLowerInvariant(),
            ["subject"] = finding.Subject,
            ["message"] = finding.Message,
            ["source"] = finding.Source.ToString(),
        };
    }).ToList();
}
