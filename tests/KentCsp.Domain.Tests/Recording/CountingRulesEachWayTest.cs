using System.Linq;
using KentCsp.Domain.Recording;
using Xunit;
using static KentCsp.Domain.Tests.Recording.RecordingBuilders;

namespace KentCsp.Domain.Tests.Recording;

/// <summary>The finished incident rule (E) and the principal crime rule (F), each where it applies and where it does not.</summary>
public class CountingRulesEachWayTest
{
    private static CrimeCount Count(Incident incident, OffenceRanking? ranking = null) =>
        CrimeCounter.Count(incident, ranking ?? OffenceRanking.Illustrative, CountingMode.VictimBased);

    [Fact]
    public void FinishedIncident_SameOffenderSameVictim_MergesIntoOneCrime()
    {
        var count = Count(Incident([Act("theft", "o1", "v1"), Act("criminal-damage", "o1", "v1")], "v1", "o1"));

        var crime = Assert.Single(count.Crimes);
        Assert.Contains(crime.Steps, step => step.Rule == CountingRule.FinishedIncident);
        Assert.Equal(2, crime.Offences.Count);
    }

    [Fact]
    public void FinishedIncident_SameVictimDifferentOffenders_DoesNotMerge()
    {
        var count = Count(Incident([Act("theft", "o1", "v1"), Act("criminal-damage", "o2", "v1")], "v1", "o1 o2"));

        Assert.Equal(2, count.Total);
        Assert.All(count.Crimes, crime => Assert.DoesNotContain(crime.Steps, step => step.Rule == CountingRule.FinishedIncident));
        Assert.Equal(["o1", "o2"], count.Crimes.Select(crime => crime.OffenderIds.Single()).OrderBy(id => id, System.StringComparer.Ordinal));
    }

    [Fact]
    public void FinishedIncident_SameOffenderDifferentVictims_OneCrimePerVictim()
    {
        var count = Count(Incident([Act("assault-without-injury", "o1", "v1 v2")], "v1 v2", "o1"));

        Assert.Equal(2, count.Total);
        Assert.All(count.Crimes, crime => Assert.Equal([CountingRule.OneCrimePerVictim, CountingRule.PrincipalCrime], crime.Steps.Select(step => step.Rule)));
    }

    [Fact]
    public void PrincipalCrime_SeveralOffences_IsTheHighestRankedWhateverTheOrderListed()
    {
        var incident = Incident([Act("theft", "o1", "v1"), Act("assault-with-injury", "o1", "v1"), Act("criminal-damage", "o1", "v1")], "v1", "o1");

        var crime = Assert.Single(Count(incident).Crimes);

        Assert.Equal("assault-with-injury", crime.Offence.Code);
        Assert.Equal(CountingRule.PrincipalCrime, crime.Steps.Last().Rule);
    }

    [Fact]
    public void PrincipalCrime_CallerRankingReversed_PicksTheOtherOffence()
    {
        var incident = Incident([Act("theft", "o1", "v1"), Act("assault-with-injury", "o1", "v1")], "v1", "o1");
        var reversed = new OffenceRanking(OffenceRanking.Illustrative.Offences.Reverse(), new SourceDocument("A ranking that puts theft first"));

        Assert.Equal("theft", Assert.Single(Count(incident, reversed).Crimes).Offence.Code);
    }

    [Fact]
    public void PrincipalCrime_OneOffence_ClassifiesWithoutChoosing()
    {
        var crime = Assert.Single(Count(Incident([Act("theft", "o1", "v1")], "v1", "o1")).Crimes);

        Assert.DoesNotContain(crime.Steps, step => step.Rule == CountingRule.FinishedIncident);
        Assert.StartsWith("The crime is Theft (theft, rank ", crime.Steps.Single(step => step.Rule == CountingRule.PrincipalCrime).Message, System.StringComparison.Ordinal);
    }
}
