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

    [GlobalSetup(Target = nameof(Evaluate_CleanYear))]
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

    private static FundingEvaluation Evaluate(IReadOnlyList<FundingRound> rounds) =>
        FundingRules.EvaluateAll(rounds, SyntheticFundingYear.AsOf, SyntheticFundingYear.Policy);
}
