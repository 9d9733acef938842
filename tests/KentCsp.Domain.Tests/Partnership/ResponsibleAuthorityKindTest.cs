using System.Linq;
using KentCsp.Domain.Partnership;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Partnership;

public class ResponsibleAuthorityKindTest
{
    [Theory]
    // Police authority: a responsible authority from 1 April 2003 (Police Reform Act 2002 s.97) until abolished on 22 November 2012.
    [InlineData(nameof(ResponsibleAuthorityKind.PoliceAuthority), "2003-03-31", false)]
    [InlineData(nameof(ResponsibleAuthorityKind.PoliceAuthority), "2003-04-01", true)]
    [InlineData(nameof(ResponsibleAuthorityKind.PoliceAuthority), "2012-11-21", true)]
    [InlineData(nameof(ResponsibleAuthorityKind.PoliceAuthority), "2012-11-22", false)]
    // Fire and rescue authority from 1 April 2003.
    [InlineData(nameof(ResponsibleAuthorityKind.FireAndRescueAuthority), "2003-03-31", false)]
    [InlineData(nameof(ResponsibleAuthorityKind.FireAndRescueAuthority), "2003-04-01", true)]
    // Health body (Primary Care Trust first) from 30 April 2004, not the 2002 enactment.
    [InlineData(nameof(ResponsibleAuthorityKind.HealthBody), "2004-04-29", false)]
    [InlineData(nameof(ResponsibleAuthorityKind.HealthBody), "2004-04-30", true)]
    // Probation provider from 1 April 2010.
    [InlineData(nameof(ResponsibleAuthorityKind.ProbationProvider), "2010-03-31", false)]
    [InlineData(nameof(ResponsibleAuthorityKind.ProbationProvider), "2010-04-01", true)]
    // Councils and police in force as enacted in 1998 and still.
    [InlineData(nameof(ResponsibleAuthorityKind.DistrictCouncil), "1998-12-31", true)]
    [InlineData(nameof(ResponsibleAuthorityKind.CountyCouncil), "2026-11-23", true)]
    [InlineData(nameof(ResponsibleAuthorityKind.ChiefOfficerOfPolice), "2026-11-23", true)]
    public void IsInForceOn_StatutoryBoundaries(string kind, string date, bool expected)
    {
        Assert.Equal(expected, ResponsibleAuthorityKind.FromName(kind).IsInForceOn(Date(date)));
    }

    [Theory]
    [InlineData("2004-04-29", null)]
    [InlineData("2004-04-30", "Primary Care Trust")]
    [InlineData("2013-03-31", "Primary Care Trust")]
    [InlineData("2013-04-01", "clinical commissioning group")]
    [InlineData("2022-06-30", "clinical commissioning group")]
    [InlineData("2022-07-01", "Integrated Care Board")]
    public void HealthBody_DesignationOn_FollowsTheStatutoryNames(string date, string? expected)
    {
        Assert.Equal(expected, ResponsibleAuthorityKind.HealthBody.DesignationOn(Date(date))?.Name);
    }

    [Theory]
    [InlineData("1998-09-29", false)]
    [InlineData("1998-09-30", true)]
    public void Section5_CommencedOn30September1998(string date, bool inForce)
    {
        // SI 1998/2327 art 2(1)(a) brought ss.5-9 into force on 30 September 1998.
        Assert.Equal(inForce, ResponsibleAuthorityKind.InForceOn(Date(date)).Count > 0);
        Assert.Equal(inForce, AreaKind.TwoTierDistrict.RequiredKindsOn(Date(date)).Count > 0);
    }

    [Theory]
    [InlineData("2003-04-01")]
    [InlineData("2026-11-23")]
    public void FireAndRescueAuthority_IsNamedWithItsFormerName(string date)
    {
        Assert.Equal("fire and rescue authority (a fire authority before the Fire and Rescue Services Act 2004)",
            ResponsibleAuthorityKind.FireAndRescueAuthority.DesignationOn(Date(date))?.Name);
    }

    [Fact]
    public void HealthBody_Designations_MeetWithoutGaps()
    {
        var designations = ResponsibleAuthorityKind.HealthBody.Designations;
        for (int i = 1; i < designations.Count; i++)
        {
            Assert.Equal(designations[i - 1].Until, designations[i].From);
        }
    }

    [Fact]
    public void InForceOn_1998_OnlyTheKindsOfTheActAsEnacted()
    {
        Assert.Equal(
            [ResponsibleAuthorityKind.DistrictCouncil, ResponsibleAuthorityKind.CountyCouncil, ResponsibleAuthorityKind.ChiefOfficerOfPolice],
            ResponsibleAuthorityKind.InForceOn(Date("1998-12-01")));
    }

    [Fact]
    public void InForceOn_2012PccElectionDay_PoliceAuthorityGone()
    {
        var before = ResponsibleAuthorityKind.InForceOn(Date("2012-11-21"));
        var after = ResponsibleAuthorityKind.InForceOn(Date("2012-11-22"));
        Assert.Contains(ResponsibleAuthorityKind.PoliceAuthority, before);
        Assert.DoesNotContain(ResponsibleAuthorityKind.PoliceAuthority, after);
        Assert.Equal(before.Count - 1, after.Count);
    }

    [Fact]
    public void All_IsInTheOrderOfSection5()
    {
        Assert.Equal(
            ["s.5(1)(a)", "s.5(1)(a)", "s.5(1)(aa)", "s.5(1)(b)", "s.5(1)(c)", "s.5(1)(d)", "s.5(1)(e)"],
            ResponsibleAuthorityKind.All.Select(kind => kind.StatutoryReference));
    }

    [Fact]
    public void All_HasNoPoliceAndCrimeCommissioner()
    {
        // PRSRA 2011 s.10 gives the commissioner a duty to co-operate; it is not in the s.5(1) list.
        Assert.DoesNotContain(ResponsibleAuthorityKind.All, kind => kind.Name.Contains("Commissioner"));
        Assert.False(ResponsibleAuthorityKind.TryFromName("PoliceAndCrimeCommissioner", out _));
    }

    [Fact]
    public void FromAndUntil_SpanTheDesignations()
    {
        Assert.Equal(new LocalDate(2004, 4, 30), ResponsibleAuthorityKind.HealthBody.From);
        Assert.Null(ResponsibleAuthorityKind.HealthBody.Until);
        Assert.Equal(new LocalDate(2012, 11, 22), ResponsibleAuthorityKind.PoliceAuthority.Until);
        Assert.Equal(new LocalDate(1998, 9, 30), ResponsibleAuthorityKind.DistrictCouncil.From);
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
