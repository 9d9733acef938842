using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Recording;
using NodaTime;

namespace KentCsp.Domain.Benchmarks;

/// <summary>
/// Counting one incident as recorded crimes with <see cref="CrimeCounter.Count"/>, from ten to a million victims:
/// the cost per victim should stay flat.
/// </summary>
/// <remarks>
/// <c>Count_ThrownFluid</c> has the shape of the Kent example: one offender, one act landing on every victim.
/// <c>Count_Brawl</c> is harder: every victim is hit by two offenders, one of them twice, so each crime goes through the
/// finished incident and principal crime rules. <c>Tally_ThrownFluid</c> and <c>Tally_Brawl</c> count the same
/// incidents with <see cref="CrimeCounter.Tally(Incident, OffenceRanking, CountingMode)"/>, without the rule trail.
/// <c>Floor_ResultObjects</c> counts nothing: it only makes one object per victim the size of a
/// <see cref="CountedCrime"/> (seven references) and returns them in an array, what a count that made every crime as
/// it counted would have to do at least. A count keeps its crimes' parts in one array instead and makes a crime when it
/// is read: <c>Count_ThrownFluid_EveryCrimeRead</c> counts and then reads every crime once.
/// </remarks>
[MemoryDiagnoser]
public class RecordingBenchmarks
{
    private static readonly Instant ReportedAt = Instant.FromUtc(2017, 7, 1, 22, 0);

    private Incident thrownFluid = null!;
    private Incident brawl = null!;

    /// <summary>Victims in the incident.</summary>
    [Params(10, 100, 1_000, 10_000, 1_000_000)]
    public int VictimCount { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var ranking = OffenceRanking.Illustrative;
        string[] victims = Enumerable.Range(1, VictimCount).Select(i => $"v{i}").ToArray();
        var decision = new RecordingDecision(RecordingDecisionKind.Recorded, ReportedAt.Plus(Duration.FromHours(2)), null);
        thrownFluid = new Incident("thrown-fluid", ReportedAt, victims, ["o1"], [new IncidentAct(ranking.Find("assault-without-injury")!, ["o1"], victims)], decision, null);
        brawl = new Incident(
            "brawl",
            ReportedAt,
            victims,
            ["o1", "o2"],
            [
                new IncidentAct(ranking.Find("assault-without-injury")!, ["o1"], victims),
                new IncidentAct(ranking.Find("assault-with-injury")!, ["o1"], victims),
                new IncidentAct(ranking.Find("criminal-damage")!, ["o2"], victims),
            ],
            decision,
            null);
        int crimes = Count(brawl).Total;
        if (crimes != 2 * VictimCount)
        {
            throw new InvalidOperationException($"The brawl counts {crimes} crimes; expected {2 * VictimCount}.");
        }
        Console.WriteLine($"// {VictimCount} victims: thrown fluid {Count(thrownFluid).Total} crimes, brawl {crimes} crimes");
    }

    [Benchmark(Baseline = true)]
    public CrimeCount Count_ThrownFluid() => Count(thrownFluid);

    [Benchmark]
    public CrimeCount Count_Brawl() => Count(brawl);

    [Benchmark]
    public int Count_ThrownFluid_EveryCrimeRead()
    {
        var count = Count(thrownFluid);
        int victims = 0;
        foreach (var crime in count.Crimes)
        {
            victims += crime.VictimId is null ? 0 : 1;
        }
        return victims;
    }

    [Benchmark]
    public CrimeTally Tally_ThrownFluid() => CrimeCounter.Tally(thrownFluid, OffenceRanking.Illustrative, CountingMode.VictimBased);

    [Benchmark]
    public CrimeTally Tally_Brawl() => CrimeCounter.Tally(brawl, OffenceRanking.Illustrative, CountingMode.VictimBased);

    [Benchmark]
    public object[] Floor_ResultObjects()
    {
        var crimes = new object[VictimCount];
        for (int i = 0; i < crimes.Length; i++)
        {
            crimes[i] = new ResultSizedObject(crimes, thrownFluid);
        }
        return crimes;
    }

    private static CrimeCount Count(Incident incident) => CrimeCounter.Count(incident, OffenceRanking.Illustrative, CountingMode.VictimBased);
}

/// <summary>An object with as many fields as a counted crime (seven references), each holding what it is given.</summary>
internal sealed class ResultSizedObject(object list, object item)
{
    private readonly object first = list;
    private readonly object second = item;
    private readonly object third = list;
    private readonly object fourth = item;
    private readonly object fifth = list;
    private readonly object sixth = item;
    private readonly object seventh = list;

    /// <inheritdoc/>
    public override string ToString() => $"{first}{second}{third}{fourth}{fifth}{sixth}{seventh}";
}

/// <summary>
/// Building a monthly indicator series and comparing every month with the month before and the same month last year,
/// from a hundred to a hundred thousand months: the cost per month should stay flat.
/// </summary>
[MemoryDiagnoser]
public class IndicatorBenchmarks
{
    private static readonly IndicatorDefinition Referrals = new("referrals", "Referrals", IndicatorUnit.Count, IndicatorPolarity.NoPreferredDirection);

    private IndicatorValue[] values = [];
    private IndicatorSeries series = null!;

    /// <summary>Months in the series.</summary>
    [Params(100, 1_000, 10_000, 100_000)]
    public int MonthCount { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var first = ReportingPeriod.ForMonth(1001, 1);
        values = Enumerable.Range(0, MonthCount).Select(i => new IndicatorValue(first.Offset(i), 1000 + ((i * 37) % 500))).ToArray();
        series = new IndicatorSeries(Referrals, PeriodKind.Month, null, values);
    }

    [Benchmark(Baseline = true)]
    public IndicatorSeries Build_Series() => new(Referrals, PeriodKind.Month, null, values);

    [Benchmark]
    public int Compare_EveryMonth()
    {
        int statements = 0;
        foreach (var value in series.Values)
        {
            if (series.ChangeFromPreviousPeriod(value.Period).TryPickT0(out var previous, out _))
            {
                statements += previous.Statement.Length;
            }
            if (series.ChangeFromSamePeriodLastYear(value.Period).TryPickT0(out var lastYear, out _))
            {
                statements += lastYear.Statement.Length;
            }
        }
        return statements;
    }
}
