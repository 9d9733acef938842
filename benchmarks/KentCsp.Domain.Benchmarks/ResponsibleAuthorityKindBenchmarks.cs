using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Benchmarks;

/// <summary>Asking which kinds of responsible authority were in force on a date, and looking a kind up by name.</summary>
[MemoryDiagnoser]
public class ResponsibleAuthorityKindBenchmarks
{
    private static readonly LocalDate Date = new(2017, 7, 19);

    [Benchmark(Baseline = true)]
    public IReadOnlyList<ResponsibleAuthorityKind> InForceOn_2017() => ResponsibleAuthorityKind.InForceOn(Date);

    [Benchmark]
    public bool TryFromName_Known() => ResponsibleAuthorityKind.TryFromName("HealthBody", out _);

    [Benchmark]
    public bool TryFromName_Unknown() => ResponsibleAuthorityKind.TryFromName("ParishCouncil", out _);
}
