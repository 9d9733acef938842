using BenchmarkDotNet.Attributes;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;

namespace KentCsp.Domain.Benchmarks;

/// <summary>Writing and reading the built-in Kent partnership document.</summary>
[MemoryDiagnoser]
public class PartnershipJsonBenchmarks
{
    private static readonly CommunitySafetyPartnership Partnership = KentData.Partnership;
    private static readonly string Json = KentCspJson.Serialize(KentData.Partnership);

    [Benchmark(Baseline = true)]
    public string Serialize_Kent() => KentCspJson.Serialize(Partnership);

    [Benchmark]
    public CommunitySafetyPartnership Deserialize_Kent() => KentCspJson.DeserializePartnership(Json);
}
