using System;
using System.Linq;
using System.Threading.Tasks;
using KentCsp.Domain.Recording;
using Xunit;
using static KentCsp.Domain.Tests.Recording.RecordingBuilders;

namespace KentCsp.Domain.Tests.Recording;

/// <summary>
/// A count keeps the crimes the counter found as their parts and makes each crime the first time it is read. A caller
/// must not be able to tell: a crime read twice is the same object, on any thread; a count is equal to the same count
/// built through the public constructors, both ways and with the same hash code, whether or not its crimes have been
/// read; and counts that differ in one crime are unequal.
/// </summary>
public sealed class CountedCrimeListTest
{
    public static TheoryData<string> Incidents() => ["street-fight", "no-victim", "unknown-offender", "two-offenders", "thrown-fluid", "brawl", "legacy"];

    [Theory]
    [MemberData(nameof(Incidents))]
    public void Crimes_ReadTwice_TheSameObject(string name)
    {
        var crimes = Count(name).Crimes;
        var byIndex = Enumerable.Range(0, crimes.Count).Select(i => crimes[i]).ToArray();

        Assert.Equal(crimes.Count, byIndex.Length);
        Assert.All(Enumerable.Range(0, crimes.Count), i => Assert.Same(byIndex[i], crimes[i]));
        int at = 0;
        foreach (var crime in crimes)
        {
            Assert.Same(byIndex[at++], crime);
        }
        Assert.Equal(crimes.Count, at);
    }

    [Theory]
    [InlineData("thrown-fluid", -1)]
    [InlineData("thrown-fluid", 50)]
    [InlineData("legacy", 1)]
    [InlineData("legacy", int.MinValue)]
    public void Crimes_IndexOutsideTheList_ThrowsNamingTheIndex(string name, int index)
    {
        var crimes = Count(name).Crimes;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => crimes[index]);
        Assert.Equal("index", error.ParamName);
        Assert.Equal(index, error.ActualValue);
        Assert.StartsWith($"must be at least 0 and less than the number of crimes ({crimes.Count})", error.Message);
    }

    [Fact]
    public void Crimes_MoreThanOnePage_EachCrimeInItsPlace()
    {
        const int victims = 2_500;
        var crimes = Count(CrimeCounterAllocationTest.ThrownFluid(victims)).Crimes;
        string[] expected = Enumerable.Range(1, victims).Select(i => $"v{i}").OrderBy(id => id, StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, crimes.Select(crime => crime.VictimId));
        Assert.Equal(expected, Enumerable.Range(0, victims).Reverse().Select(i => crimes[i].VictimId).Reverse());
        Assert.Equal(Rebuild(Count(CrimeCounterAllocationTest.ThrownFluid(victims))), Count(CrimeCounterAllocationTest.ThrownFluid(victims)));
    }

    [Fact]
    public void Crimes_ReadByManyThreadsAtOnce_OneObjectEach()
    {
        var crimes = Count("brawl").Crimes;
        var seen = new CountedCrime[8][];
        Parallel.For(0, 8, thread =>
        {
            var order = Enumerable.Range(0, crimes.Count);
            seen[thread] = new CountedCrime[crimes.Count];
            foreach (int i in thread % 2 == 0 ? order : order.Reverse())
            {
                seen[thread][i] = crimes[i];
            }
        });

        for (int i = 0; i < crimes.Count; i++)
        {
            Assert.All(seen, thread => Assert.Same(seen[0][i], thread[i]));
        }
    }

    [Theory]
    [MemberData(nameof(Incidents))]
    public void Count_RebuiltThroughThePublicConstructors_EqualBothWaysWithTheSameHashCode(string name)
    {
        var unread = Count(name);
        var rebuilt = Rebuild(Count(name));

        Assert.Equal(rebuilt.GetHashCode(), unread.GetHashCode());
        Assert.Equal(unread, rebuilt);
        Assert.Equal(rebuilt, unread);
        Assert.Equal(rebuilt.Crimes, unread.Crimes);
        Assert.Equal(rebuilt.GetHashCode(), unread.GetHashCode());
    }

    [Fact]
    public void FinishedIncident_SameActsForSeveralVictims_EachStepNamesItsOwnVictim()
    {
        var count = Count(Incident(
            [Act("assault-with-injury", "o1", "v1 v2 v3"), Act("criminal-damage", "o1", "v1 v2"), Act("theft", "o2", "v3"), Act("theft", "o1 o2", "v4"), Act("criminal-damage", "o2", "v4")],
            "v1 v2 v3 v4",
            "o1 o2"));

        string[] finished = count.Crimes.Select(crime => crime.Steps.SingleOrDefault(step => step.Rule == CountingRule.FinishedIncident)?.Message ?? "none").ToArray();

        Assert.Equal(
            new[]
            {
                "2 offences by o1 against v1 in one finished incident count once: assault-with-injury, criminal-damage.",
                "2 offences by o1 against v2 in one finished incident count once: assault-with-injury, criminal-damage.",
                "none",
                "none",
                "2 offences against v4 in one finished incident count once, grouped because they share an offender (o2): criminal-damage by o2; theft by o1, o2.",
            },
            finished);
    }

    [Fact]
    public void Count_OneCrimeDifferent_NotEqual()
    {
        var twoVictims = Count(Incident([Act("theft", "o1", "v1 v2")], "v1 v2", "o1"));
        var otherVictim = Count(Incident([Act("theft", "o1", "v1 v3")], "v1 v3", "o1"));
        var otherOffender = Count(Incident([Act("theft", "o2", "v1 v2")], "v1 v2", "o2"));
        var otherOffence = Count(Incident([Act("criminal-damage", "o1", "v1 v2")], "v1 v2", "o1"));
        var finished = Count(Incident([Act("theft", "o1", "v1 v2"), Act("criminal-damage", "o1", "v2")], "v1 v2", "o1"));
        var oneVictim = Count(Incident([Act("theft", "o1", "v1")], "v1", "o1"));

        foreach (var other in new[] { otherVictim, otherOffender, otherOffence, finished, oneVictim })
        {
            Assert.NotEqual(twoVictims.Crimes, other.Crimes);
            Assert.NotEqual(other.Crimes, twoVictims.Crimes);
            Assert.False(twoVictims.Equals(other));
            Assert.False(Rebuild(other).Equals(twoVictims));
        }
        Assert.Equal(twoVictims, Count(Incident([Act("theft", "o1", "v2 v1")], "v2 v1", "o1")));
    }

    private static CrimeCount Rebuild(CrimeCount count) =>
        new(
            count.IncidentId,
            count.Mode,
            count.Crimes.Select(crime => new CountedCrime(crime.Offence, crime.VictimId, crime.OffenderIds, crime.Offences, crime.Steps)).ToArray(),
            count.Steps,
            count.Findings);

    private static CrimeCount Count(string name) => CountedCrimeTrailTest.Count(name);

    private static CrimeCount Count(Incident incident) => CrimeCounter.Count(incident, OffenceRanking.Illustrative, CountingMode.VictimBased);
}
