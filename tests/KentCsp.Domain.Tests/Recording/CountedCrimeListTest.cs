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

    private static CrimeCount Count(string name) =>
        name switch
        {
            "street-fight" => Count(StreetFight()),
            "no-victim" => Count(Incident([Act("public-order", "o1", ""), Act("public-order", "o1", "")], "", "o1")),
            "unknown-offender" => Count(Incident([Act("theft", "", "v1 v2")], "v1 v2", "")),
            "two-offenders" => Count(Incident([Act("assault-with-injury", "o1 o2", "v1 v2"), Act("criminal-damage", "o2", "v1")], "v1 v2", "o1 o2")),
            "brawl" => Count(CrimeCounterAllocationTest.Brawl(40)),
            "legacy" => CrimeCounter.Count(StreetFight(), OffenceRanking.Illustrative, CountingMode.Legacy),
            _ => Count(CrimeCounterAllocationTest.ThrownFluid(50)),
        };

    private static CrimeCount Count(Incident incident) => CrimeCounter.Count(incident, OffenceRanking.Illustrative, CountingMode.VictimBased);
}
