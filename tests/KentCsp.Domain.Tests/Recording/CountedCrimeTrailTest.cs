using System.Linq;
using System.Threading.Tasks;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Serialization;
using Xunit;
using static KentCsp.Domain.Tests.Recording.RecordingBuilders;

namespace KentCsp.Domain.Tests.Recording;

/// <summary>
/// A crime the counter makes writes its one-crime-per-victim sentence when its trail is first read. It must be the
/// same crime in every way a caller can tell as one built through the public constructor from its members: the same
/// trail, equal both ways with the same hash code, unequal where any member differs, and one trail for every thread.
/// </summary>
public sealed class CountedCrimeTrailTest
{
    public static TheoryData<string> Incidents() => ["street-fight", "no-victim", "unknown-offender", "two-offenders", "thrown-fluid"];

    [Theory]
    [MemberData(nameof(Incidents))]
    public void CountedCrime_RebuiltFromItsMembers_EqualBothWaysWithTheSameHashCode(string name)
    {
        foreach (var counted in Count(name).Crimes)
        {
            var rebuilt = new CountedCrime(counted.Offence, counted.VictimId, counted.OffenderIds, counted.Offences, counted.Steps);

            Assert.Equal(counted, rebuilt);
            Assert.Equal(rebuilt, counted);
            Assert.Equal(rebuilt.GetHashCode(), counted.GetHashCode());
            Assert.Equal(rebuilt.Steps, counted.Steps);
        }
    }

    [Theory]
    [MemberData(nameof(Incidents))]
    public void CountedCrime_TrailNotYetRead_EqualToTheSameCountWithItsTrailRead(string name)
    {
        var unread = Count(name);
        var read = Count(name);
        Assert.All(read.Crimes, crime => Assert.NotEmpty(crime.Steps));

        Assert.Equal(read, unread);
        Assert.Equal(unread, read);
        Assert.Equal(read.GetHashCode(), unread.GetHashCode());
    }

    [Fact]
    public void CountedCrime_Sentence_NamesTheVictimAndEveryOffender()
    {
        var count = Count("two-offenders");
        Assert.Equal("One crime for victim v1, offended against by o1, o2.", count.Crimes[0].Steps[0].Message);
        Assert.Equal("No victim (an offence against the State): one crime for the offences by o1.", Assert.Single(Count("no-victim").Crimes).Steps[0].Message);
        Assert.Equal("One crime for victim v1, offended against by an unknown offender.", Count("unknown-offender").Crimes[0].Steps[0].Message);
    }

    [Fact]
    public void CountedCrime_AnotherTrail_NotEqual()
    {
        var counted = Count("two-offenders").Crimes[0];
        var otherSentence = new CountedCrime(counted.Offence, counted.VictimId, counted.OffenderIds, counted.Offences,
            [new CountingStep(CountingRule.OneCrimePerVictim, "One crime for victim v1."), .. counted.Steps.Skip(1)]);
        var shorter = new CountedCrime(counted.Offence, counted.VictimId, counted.OffenderIds, counted.Offences, counted.Steps.Take(1));

        Assert.NotEqual(counted, otherSentence);
        Assert.NotEqual(otherSentence, counted);
        Assert.NotEqual(counted, shorter);
        Assert.NotEqual(Count("two-offenders").Crimes[0], Count("two-offenders").Crimes[1]);
    }

    [Fact]
    public void CountedCrime_TrailReadByManyThreadsAtOnce_OneTrail()
    {
        var crimes = Count("thrown-fluid").Crimes;
        var seen = new object[8][];
        Parallel.For(0, 8, thread => seen[thread] = crimes.Select(crime => (object)crime.Steps).ToArray());

        for (int i = 0; i < crimes.Count; i++)
        {
            Assert.All(seen, trails => Assert.Same(seen[0][i], trails[i]));
        }
    }

    [Theory]
    [MemberData(nameof(Incidents))]
    public void CountedCrime_WrittenAndReadBack_EqualWithTheSameTrail(string name)
    {
        var count = Count(name);
        var read = KentCspJson.DeserializeCrimeCount(KentCspJson.Serialize(count));

        Assert.Equal(count, read);
        Assert.Equal(count.Crimes.SelectMany(crime => crime.Steps), read.Crimes.SelectMany(crime => crime.Steps));
    }

    /// <summary>A count of one of the named incidents, victim-based ("legacy": the street fight under the former one-crime-per-incident practice).</summary>
    internal static CrimeCount Count(string name) =>
        CrimeCounter.Count(
            name switch
            {
                "street-fight" or "legacy" => StreetFight(),
                "no-victim" => Incident([Act("public-order", "o1", ""), Act("public-order", "o1", "")], "", "o1"),
                "unknown-offender" => Incident([Act("theft", "", "v1 v2")], "v1 v2", ""),
                "two-offenders" => Incident([Act("assault-with-injury", "o1 o2", "v1 v2"), Act("criminal-damage", "o2", "v1")], "v1 v2", "o1 o2"),
                "brawl" => CrimeCounterAllocationTest.Brawl(40),
                _ => CrimeCounterAllocationTest.ThrownFluid(50),
            },
            OffenceRanking.Illustrative,
            name == "legacy" ? CountingMode.Legacy : CountingMode.VictimBased);
}
