using System;
using System.Linq;
using KentCsp.Domain.Recording;
using Xunit;
using static KentCsp.Domain.Tests.Recording.RecordingBuilders;

namespace KentCsp.Domain.Tests.Recording;

/// <summary>
/// Counting a large incident allocates a fixed amount per victim, whatever the number of victims: the crimes and their
/// rule trail when the trail is asked for, and nothing per victim when only the tally is.
/// </summary>
/// <remarks>
/// These measure bytes, not time: each count runs once to warm up, then several times, and the least the thread
/// allocated in a run is divided by the victims. A thousand and ten thousand victims must cost the same per victim
/// (within a small margin for the fixed part, which the larger incident spreads thinner), and no more than the bound.
/// </remarks>
public sealed class CrimeCounterAllocationTest
{
    private const int Runs = 3;

    // The bounds: a count keeps each crime the counter found as two numbers (the victim's place and the crime's shape:
    // offenders, offences and steps, which many crimes share), 8 bytes a crime in pages of numbers, and makes a crime
    // only when it is read. A victim of the thrown-fluid shape then needs about 8.4 bytes, and a victim of the brawl
    // (two crimes, one with a finished incident step, whose text around the victim is made once) about 16.6. The
    // working space is rented from the shared pool, so nothing else is allocated per victim, on either framework.
    [Theory]
    [InlineData("thrown-fluid", 16)]
    [InlineData("brawl", 24)]
    public void Count_LargeIncident_AllocatesABoundedAmountPerVictim(string shape, double bound) =>
        AssertBoundedAndFlat(shape, bound, incident => CrimeCounter.Count(incident, OffenceRanking.Illustrative, CountingMode.VictimBased));

    // Reading every crime makes each once (80 bytes, the crime itself) and the pages that keep them (8 bytes a crime);
    // its trail is written only when read.
    [Theory]
    [InlineData("thrown-fluid", 16 + 88)]
    [InlineData("brawl", 24 + (2 * 88))]
    public void Count_EveryCrimeRead_AllocatesEachCrimeOnce(string shape, double bound) =>
        AssertBoundedAndFlat(shape, bound, incident =>
        {
            var count = CrimeCounter.Count(incident, OffenceRanking.Illustrative, CountingMode.VictimBased);
            foreach (var crime in count.Crimes)
            {
                GC.KeepAlive(crime);
            }
            return count;
        });

    // A tally allocates its result (one entry per offence counted) and a fixed working space: the arrays it works in,
    // one entry per victim and act among them, are rented from the shared pool and given back, so nothing is allocated
    // per victim. The fixed part is the tally, the lookups and the list of rented arrays: well under 4 KB.
    [Theory]
    [InlineData("thrown-fluid")]
    [InlineData("brawl")]
    public void Tally_LargeIncident_AllocatesNothingPerVictim(string shape)
    {
        Func<Incident, object> tally = incident => CrimeCounter.Tally(incident, OffenceRanking.Illustrative, CountingMode.VictimBased);
        double small = BytesPerVictim(shape, 1_000, tally) * 1_000;
        double large = BytesPerVictim(shape, 10_000, tally) * 10_000;

        Assert.True(large <= 4_096, $"{shape}: {large:F0} B per tally at 10,000 victims, more than 4,096");
        Assert.True(large <= small + 256, $"{shape}: {large:F0} B per tally at 10,000 victims, more than at 1,000 ({small:F0}) and 256");
    }

    /// <summary>One offender, one act landing on every victim: the shape of the Kent example.</summary>
    internal static Incident ThrownFluid(int victimCount)
    {
        string[] victims = Victims(victimCount);
        return new Incident("thrown-fluid", ReportedAt, victims, ["o1"], [new IncidentAct(Offence("assault-without-injury"), ["o1"], victims)], RecordedAfter(2), null);
    }

    /// <summary>Every victim hit by two offenders, one of them twice: two crimes per victim, each through Rules E and F.</summary>
    internal static Incident Brawl(int victimCount)
    {
        string[] victims = Victims(victimCount);
        return new Incident(
            "brawl",
            ReportedAt,
            victims,
            ["o1", "o2"],
            [
                new IncidentAct(Offence("assault-without-injury"), ["o1"], victims),
                new IncidentAct(Offence("assault-with-injury"), ["o1"], victims),
                new IncidentAct(Offence("criminal-damage"), ["o2"], victims),
            ],
            RecordedAfter(2),
            null);
    }

    private static string[] Victims(int count) => Enumerable.Range(1, count).Select(i => $"v{i}").ToArray();

    private static void AssertBoundedAndFlat(string shape, double bound, Func<Incident, object> count)
    {
        double small = BytesPerVictim(shape, 1_000, count);
        double large = BytesPerVictim(shape, 10_000, count);

        Assert.True(small <= bound, $"{shape}: {small:F0} B per victim at 1,000 victims, more than {bound:F0}");
        Assert.True(large <= bound, $"{shape}: {large:F0} B per victim at 10,000 victims, more than {bound:F0}");
        Assert.True(large <= small * 1.05, $"{shape}: {large:F0} B per victim at 10,000 victims, more than at 1,000 ({small:F0})");
    }

    // The least of the runs: an allocation per victim shows in every run, while the pool may now and then drop an array
    // it holds (after a full collection) and allocate it again.
    private static double BytesPerVictim(string shape, int victimCount, Func<Incident, object> count)
    {
        var incident = shape == "brawl" ? Brawl(victimCount) : ThrownFluid(victimCount);
        GC.KeepAlive(count(incident));
        long least = long.MaxValue;
        for (int i = 0; i < Runs; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(count(incident));
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return (double)least / victimCount;
    }
}
