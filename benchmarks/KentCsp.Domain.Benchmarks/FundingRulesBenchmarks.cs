using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KentCsp.Domain.Funding;

namespace KentCsp.Domain.Benchmarks;

/// <summary>
/// Evaluating a synthetic financial year of four rounds with <see cref="FundingRules.EvaluateAll"/>, at sizes from a
/// thousand to a million bids: time and bytes per bid should stay flat as the year grows.
/// </summary>
/// <remarks>
/// <c>Evaluate_CleanYear</c> is a year in which no rule fires, so it measures only the structures one evaluation needs;
/// <c>Evaluate_Year</c> adds a realistic share of findings (about one bid in ten). See <see cref="SyntheticFundingYear"/>.
/// <c>Walk_CleanYear</c> is the floor under them: one pass over the clean year reading what the rules read, checking
/// nothing, so that the rise of its time per bid with size shows how much of the rules' rise is the memory the record
/// itself occupies once it no longer fits in the processor's caches.
/// </remarks>
[MemoryDiagnoser]
public class FundingRulesBenchmarks
{
    private FundingRound[] year = [];
    private FundingRound[] cleanYear = [];

    /// <summary>Bids in the year, across all four rounds.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int BidCount { get; set; }

    [GlobalSetup(Target = nameof(Evaluate_Year))]
    public void SetUpYear()
    {
        year = SyntheticFundingYear.Build(BidCount, clean: false);
        var evaluation = Evaluate(year);
        var counts = evaluation.Findings
            .GroupBy(finding => finding.RuleId, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key + "=" + group.Count().ToString(CultureInfo.InvariantCulture));
        Console.WriteLine($"// {BidCount} bids, {year.Sum(round => round.Allocations.Count)} allocations, {evaluation.Findings.Count} findings: {string.Join(", ", counts)}");
    }

    [GlobalSetup(Targets = [nameof(Evaluate_CleanYear), nameof(Walk_CleanYear)])]
    public void SetUpCleanYear()
    {
        cleanYear = SyntheticFundingYear.Build(BidCount, clean: true);
        var evaluation = Evaluate(cleanYear);
        if (evaluation.Findings.Count != 0)
        {
            throw new InvalidOperationException($"The clean year has {evaluation.Findings.Count} findings, the first: {evaluation.Findings[0].Message}");
        }
        Console.WriteLine($"// {BidCount} bids, {cleanYear.Sum(round => round.Allocations.Count)} allocations, no findings");
    }

    [Benchmark(Baseline = true)]
    public FundingEvaluation Evaluate_CleanYear() => Evaluate(cleanYear);

    [Benchmark]
    public FundingEvaluation Evaluate_Year() => Evaluate(year);

    [Benchmark]
    public long Walk_CleanYear() => Walk(cleanYear);

    // Reads every record of the year as the rules do — the texts they hash in full, the identifiers and dates they
    // compare — and checks nothing.
    private static long Walk(FundingRound[] rounds)
    {
        long sum = 0;
        foreach (var round in rounds)
        {
            var bids = round.Bids;
            for (int i = 0; i < bids.Count; i++)
            {
                var bid = bids[i];
                sum = unchecked(sum + bid.Id.Length + bid.Project.GetHashCode() + bid.Purpose.GetHashCode() + bid.Applicant.Id.GetHashCode()
                    + bid.PriorityIds.Count + bid.PlanObjectives.Count + (bid.Scope.District?.Length ?? 0) + (bid.SubmittedOn?.Day ?? 0));
            }
            foreach (var decision in round.Decisions)
            {
                sum = unchecked(sum + decision.BidId.Length + decision.DecidedOn.Day + decision.Outcome.Value);
            }
            foreach (var allocation in round.Allocations)
            {
                sum = unchecked(sum + allocation.Id.Length + allocation.BidId.Length + allocation.AllocatedOn.Day);
            }
            foreach (var payment in round.Payments)
            {
                sum = unchecked(sum + payment.AllocationId.Length + payment.PaidOn.Day);
            }
            foreach (var monitoring in round.MonitoringReturns)
            {
                sum = unchecked(sum + monitoring.AllocationId.Length + monitoring.DueOn.Day + (monitoring.ReceivedOn?.Day ?? 0));
            }
            foreach (var repayment in round.Repayments)
            {
                sum = unchecked(sum + repayment.AllocationId.Length + repayment.RepaidOn.Day);
            }
        }
        return sum;
    }

    private static FundingEvaluation Evaluate(IReadOnlyList<FundingRound> rounds) =>
        FundingRules.EvaluateAll(rounds, SyntheticFundingYear.AsOf, SyntheticFundingYear.Policy);
}
