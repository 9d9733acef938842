using System.IO;
using BenchmarkDotNet.Attributes;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;

using KentCsp.Domain.Tests.TestSupport;

namespace KentCsp.Domain.Benchmarks;

/// <summary>
/// A funding round of 100,000 fully recorded, funded bids (<see cref="LargeFundingRound"/>, about 124 MB of round
/// JSON): writing the round's own JSON, and exporting it as a 360Giving package of 100,000 grants, to a string and to a
/// stream that discards the bytes.
/// </summary>
/// <remarks>
/// <c>Export_ToString</c> holds the whole package (as bytes, then as text); <c>Write_ToStreamNull</c> is the same
/// writer handing the bytes to the stream as it goes, so what it allocates is what the checks and the grants need, not
/// the package. <see cref="FundingRoundJsonBenchmarks"/> compares the round's own JSON written to a string and
/// to a stream.
/// </remarks>
[MemoryDiagnoser]
public class ThreeSixtyGivingBenchmarks
{
    private FundingRound[] rounds = [];

    /// <summary>Bids in the round, each funded by one allocation.</summary>
    [Params(100_000)]
    public int BidCount { get; set; }

    [GlobalSetup]
    public void SetUp() => rounds = [LargeFundingRound.Build(BidCount)];

    [Benchmark]
    public string RoundJson_ToString() => KentCspJson.Serialize(rounds[0]);

    [Benchmark(Baseline = true)]
    public string Export_ToString() => ThreeSixtyGiving.Export(rounds, Options);

    [Benchmark]
    public int Write_ToStreamNull() => ThreeSixtyGiving.Write(Stream.Null, rounds, Options).Warnings.Count;

    // Kent's funding policy, both guards warning: the export evaluates the rules and runs the quality checks as always,
    // and writes whatever they find.
    private static ThreeSixtyGivingExportOptions Options { get; } =
        new ThreeSixtyGivingExportOptions(LargeFundingRound.Publisher, LargeFundingRound.Issued, KentPolicies.Funding)
            .WithCountyLocation(LargeFundingRound.County)
            .WithRuleGuard(ThreeSixtyGivingGuard.Warn)
            .WithQualityGuard(ThreeSixtyGivingGuard.Warn);
}
