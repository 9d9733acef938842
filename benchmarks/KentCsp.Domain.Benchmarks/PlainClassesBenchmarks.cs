using BenchmarkDotNet.Attributes;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using KentCsp.Domain.Tests.TestSupport.PlainDocuments;
using NewtonsoftReader = KentCsp.Domain.Tests.TestSupport.PlainDocuments.PlainNewtonsoft;
using Walker = KentCsp.Domain.Tests.TestSupport.PlainDocuments.TokenWalk;

namespace KentCsp.Domain.Benchmarks;

// The library's readers and writers against plain classes of the same JSON shape (tests/KentCsp.Domain.Tests/
// TestSupport/PlainDocuments): what the domain model, its checks and its wire mapping cost on top of bare
// serialization. The baseline of each class is the plain classes with source-generated System.Text.Json, so Ratio and
// Alloc Ratio read "library ÷ plain". Every contender reads the library's own bytes from UTF-8 and writes UTF-8 bytes;
// PlainDocumentsTest proves that each reads the whole document and writes the library's bytes.
//
// Quick subset (10,000 only, three iterations):
//   dotnet run -c Release --project benchmarks/KentCsp.Domain.Benchmarks -- --filter '*PlainClasses*: 10000)' --job short

/// <summary>Reading a funding round document of a realistic mix of records (<see cref="MixedFundingRound"/>).</summary>
[MemoryDiagnoser]
public class FundingRoundReadPlainClassesBenchmarks
{
    private byte[] utf8 = [];

    /// <summary>Bids in the round.</summary>
    [Params(100, 10_000, 100_000)]
    public int BidCount { get; set; }

    [GlobalSetup]
    public void SetUp() => utf8 = KentCspJson.SerializeToUtf8Bytes(MixedFundingRound.Build(BidCount));

    [Benchmark(Baseline = true)]
    public PlainFundingRound PlainSystemTextJson() => PlainJson.ReadFundingRound(utf8);

    [Benchmark]
    public PlainFundingRound PlainNewtonsoft() => NewtonsoftReader.ReadFundingRound(utf8);

    [Benchmark]
    public long TokenWalk() => Walker.Walk(utf8).Tokens;

    [Benchmark]
    public FundingRound Library() => KentCspJson.DeserializeFundingRound(utf8);

    /// <summary>The same bytes through <see cref="KentCspJson.ReadDocument(System.ReadOnlySpan{byte})"/>, which reads a document of any kind.</summary>
    [Benchmark]
    public DocumentReadResult LibraryReadDocument() => KentCspJson.ReadDocument(new System.ReadOnlySpan<byte>(utf8));
}

/// <summary>Writing a funding round document of a realistic mix of records (<see cref="MixedFundingRound"/>).</summary>
[MemoryDiagnoser]
public class FundingRoundWritePlainClassesBenchmarks
{
    private FundingRound round = null!;
    private PlainFundingRound plain = null!;

    /// <summary>Bids in the round.</summary>
    [Params(100, 10_000, 100_000)]
    public int BidCount { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        round = MixedFundingRound.Build(BidCount);
        plain = PlainJson.ReadFundingRound(KentCspJson.SerializeToUtf8Bytes(round));
    }

    [Benchmark(Baseline = true)]
    public byte[] PlainSystemTextJson() => PlainJson.Write(plain);

    [Benchmark]
    public byte[] PlainNewtonsoft() => NewtonsoftReader.Write(plain);

    [Benchmark]
    public byte[] Library() => KentCspJson.SerializeToUtf8Bytes(round);
}

/// <summary>Reading an indicator set document of monthly series (<see cref="LargeIndicatorSet"/>).</summary>
[MemoryDiagnoser]
public class IndicatorSetReadPlainClassesBenchmarks
{
    private byte[] utf8 = [];

    /// <summary>Values over all the series.</summary>
    [Params(100, 10_000, 100_000)]
    public int ValueCount { get; set; }

    [GlobalSetup]
    public void SetUp() => utf8 = KentCspJson.SerializeToUtf8Bytes(LargeIndicatorSet.Build(ValueCount));

    [Benchmark(Baseline = true)]
    public PlainIndicatorSet PlainSystemTextJson() => PlainJson.ReadIndicatorSet(utf8);

    [Benchmark]
    public PlainIndicatorSet PlainNewtonsoft() => NewtonsoftReader.ReadIndicatorSet(utf8);

    [Benchmark]
    public long TokenWalk() => Walker.Walk(utf8).Tokens;

    [Benchmark]
    public IndicatorSet Library() => KentCspJson.DeserializeIndicatorSet(utf8);

    /// <summary>The same bytes through <see cref="KentCspJson.ReadDocument(System.ReadOnlySpan{byte})"/>, which reads a document of any kind.</summary>
    [Benchmark]
    public DocumentReadResult LibraryReadDocument() => KentCspJson.ReadDocument(new System.ReadOnlySpan<byte>(utf8));
}

/// <summary>Writing an indicator set document of monthly series (<see cref="LargeIndicatorSet"/>).</summary>
[MemoryDiagnoser]
public class IndicatorSetWritePlainClassesBenchmarks
{
    private IndicatorSet set = null!;
    private PlainIndicatorSet plain = null!;

    /// <summary>Values over all the series.</summary>
    [Params(100, 10_000, 100_000)]
    public int ValueCount { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        set = LargeIndicatorSet.Build(ValueCount);
        plain = PlainJson.ReadIndicatorSet(KentCspJson.SerializeToUtf8Bytes(set));
    }

    [Benchmark(Baseline = true)]
    public byte[] PlainSystemTextJson() => PlainJson.Write(plain);

    [Benchmark]
    public byte[] PlainNewtonsoft() => NewtonsoftReader.Write(plain);

    [Benchmark]
    public byte[] Library() => KentCspJson.SerializeToUtf8Bytes(set);
}
