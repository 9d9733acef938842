using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Serialization;

using KentCsp.Domain.Tests.TestSupport;

namespace KentCsp.Domain.Benchmarks;

/// <summary>
/// Reading and writing a funding round of 100,000 fully recorded, funded bids (<see cref="LargeFundingRound"/>, about
/// 124 MB of JSON) through the text, UTF-8 and stream overloads of <see cref="KentCspJson"/>: what each costs in
/// allocated bytes beside the round itself.
/// </summary>
/// <remarks>
/// The readers all read the same document: from a string (as a caller holding text does), from UTF-8 bytes, and from
/// a file stream (read into one byte buffer, never a string). The writers write the same bytes: to a string, to UTF-8
/// bytes, and to <see cref="Stream.Null"/>.
/// </remarks>
[MemoryDiagnoser]
public class FundingRoundJsonBenchmarks
{
    private FundingRound round = null!;
    private string text = "";
    private byte[] utf8 = [];
    private string path = "";

    /// <summary>Bids in the round, each funded by one allocation.</summary>
    [Params(100_000)]
    public int BidCount { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        round = LargeFundingRound.Build(BidCount);
        text = KentCspJson.Serialize(round);
        utf8 = Encoding.UTF8.GetBytes(text);
        path = Path.Combine(Path.GetTempPath(), $"kentcsp-round-{BidCount}.json");
        File.WriteAllBytes(path, utf8);
    }

    [GlobalCleanup]
    public void CleanUp() => File.Delete(path);

    [Benchmark(Baseline = true)]
    public FundingRound Read_String() => KentCspJson.DeserializeFundingRound(text);

    [Benchmark]
    public FundingRound Read_Utf8() => KentCspJson.DeserializeFundingRound(utf8);

    [Benchmark]
    public FundingRound Read_FileStream()
    {
        using var stream = File.OpenRead(path);
        return KentCspJson.DeserializeFundingRound(stream);
    }

    [Benchmark]
    public string Write_String() => KentCspJson.Serialize(round);

    [Benchmark]
    public byte[] Write_Utf8() => KentCspJson.SerializeToUtf8Bytes(round);

    [Benchmark]
    public void Write_StreamNull() => KentCspJson.Serialize(Stream.Null, round);
}
