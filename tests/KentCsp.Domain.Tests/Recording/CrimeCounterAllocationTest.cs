using System;
using System.Linq;
using KentCsp.Domain.Recording;
using Xunit;
using static KentCsp.Domain.Tests.Recording.RecordingBuilders;

namespace KentCsp.Domain.Tests.Recording;

/// <summary>
/// Counting a large incident allocates a fixed amount per victim, whatever the number of victims: the crimes and their
/// rule trail when the trail is asked for, and a bounded working space when only the tally is.
/// </summary>
/// <remarks>
/// These measure bytes, not time: each count runs once to warm up, then several times, and the bytes the thread
/// allocated are divided by the runs and the victims. A thousand and ten thousand victims must cost the same per victim
/// (within a small margin for the fixed part, which the larger incident spreads thinner), and no more than the bound.
/// </remarks>
public sealed class CrimeCounterAllocationTest
{
    private const int Runs = 3;

    // The bounds: with the trail, a crime of the thrown-fluid shape needs about 400 bytes (the crime, its lists, and its
    // one-crime-per-victim sentence naming the victim; the principal crime step is the same for every such crime and
    // is made once), and a victim of the brawl about 1,200 (two crimes, one with a finished incident sentence). A tally
    // needs only working space: the victims' index, one entry per victim and act, and the victim–offender pairs.
    // The netstandard2.0 build formats its sentences through string.Format, about 10% more (465 and 1,306 bytes).
    [Theory]
    [InlineData("thrown-fluid", 500)]
    [InlineData("brawl", 1_400)]
    public void Count_LargeIncident_AllocatesABoundedAmountPerVictim(string shape, double bound) =>
        AssertBoundedAndFlat(shape, bound, incident => CrimeCounter.Count(incident, OffenceRanking.Illustrative, CountingMode.VictimBased));

    [Theory]
    [InlineData("thrown-fluid", 80)]
    [InlineData("brawl", 120)]
    public void Tally_LargeIncident_AllocatesABoundedAmountPerVictim(string shape, double bound) =>
        AssertBoundedAndFlat(shape, bound, incident => CrimeCounter.Tally(incident, OffenceRanking.Illustrative, CountingMode.VictimBased));

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

    private static double BytesPerVictim(string shape, int victimCount, Func<Incident, object> count)
    {
        var incident = shape == "brawl" ? Brawl(victimCount) : ThrownFluid(victimCount);
        GC.KeepAlive(count(incident));
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Runs; i++)
        {
            GC.KeepAlive(count(incident));
        }
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        return (double)bytes / Runs / victimCount;
    }
}
