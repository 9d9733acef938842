using System;
using System.IO;
using System.Linq;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>The 360Giving export's options and its two guards: the funding rules and the critical quality checks.</summary>
public class ThreeSixtyGivingGuardTest
{
    private static readonly ThreeSixtyGivingPublisher Publisher = new("360G-test", "Test Community Safety Partnership", null);

    private static readonly LocalDate YearEnd = RoundBuilder.On(3, 31);

    private static ThreeSixtyGivingExportOptions Options(LocalDate issued) => new(Publisher, issued, KentPolicies.Funding);

    // Two allocations from a £10,000 grant: £6,000 and then £4,000.01, the second taking the total past the grant (FUND-001).
    private static FundingRound OverAllocated() => new RoundBuilder().WithFundedProject("a", 6_000m).WithFundedProject("b", 4_000.01m).Build();

    [Fact]
    public void Export_OverAllocatingRound_IsRefusedByDefaultNamingTheAllocationAndTheRule()
    {
        using var stream = new MemoryStream();

        var refusal = Assert.Throws<ThreeSixtyGivingExportRefusedException>(() => ThreeSixtyGiving.Write(stream, [OverAllocated()], Options(YearEnd)));

        Assert.Equal(0, stream.Length);
        Assert.Equal("rounds", refusal.ParamName);
        var breach = Assert.Single(refusal.RuleBreaches);
        Assert.Equal(("test-2017-18", "b", "FUND-001", "360G-test-2017-18-b"), (breach.RoundId, breach.AllocationId, breach.RuleId, breach.GrantId));
        Assert.Same(AllocationState.Active, breach.State);
        Assert.Equal(RoundBuilder.Source, breach.Finding.Source);
        Assert.Contains("£10,000.01", breach.Finding.Message);
        Assert.Empty(refusal.CriticalFindings);
        Assert.StartsWith("rounds cannot be published as 360Giving data: 1 breach of the funding rules: test-2017-18 allocation b: FUND-001 The 2 allocations from grant 'test-2017-18'", refusal.Message);
        Assert.Contains("(Test grant letter", refusal.Message);
        Assert.IsAssignableFrom<ArgumentException>(refusal);
    }

    [Fact]
    public void Export_OverAllocatingRound_WithTheRuleGuardWarning_IsWrittenAndWarns()
    {
        var refused = Assert.Throws<ThreeSixtyGivingExportRefusedException>(() => ThreeSixtyGiving.Export([OverAllocated()], Options(YearEnd)));

        var exported = ThreeSixtyGiving.ExportWithWarnings([OverAllocated()], Options(YearEnd).WithRuleGuard(ThreeSixtyGivingGuard.Warn));

        Assert.Contains("\"id\": \"360G-test-2017-18-a\"", exported.Package);
        Assert.Contains("\"id\": \"360G-test-2017-18-b\"", exported.Package);
        Assert.Equal(refused.RuleBreaches, exported.RuleBreaches);
        Assert.Equal(exported.Report, ThreeSixtyGiving.Write(new MemoryStream(), [OverAllocated()], Options(YearEnd).WithRuleGuard(ThreeSixtyGivingGuard.Warn)));
    }

    [Fact]
    public void Export_BidAwardedLessThanItsAllocations_NamesEveryAllocationToTheBid()
    {
        var round = new RoundBuilder().WithFundedProject("a", 1_000m).WithAllocation("a-2", "a", 500m, RoundBuilder.On(7, 1)).Build();

        var refusal = Assert.Throws<ThreeSixtyGivingExportRefusedException>(() => ThreeSixtyGiving.Export([round], Options(YearEnd)));

        Assert.Equal([("a", "FUND-004"), ("a-2", "FUND-004")], refusal.RuleBreaches.Select(breach => (breach.AllocationId, breach.RuleId)));
    }

    [Fact]
    public void Export_WithdrawnAllocation_IsRefusedByDefault_AndWrittenWithItsAwardWhenAllowed()
    {
        // The monitoring return was due on 30 September 2017 and is still missing at the year end, past the second deadline.
        var round = new RoundBuilder().WithFundedProject("a", 1_000m).WithMonitoringReturn("a", RoundBuilder.On(6, 1), RoundBuilder.On(9, 30), null).Build();

        var refusal = Assert.Throws<ThreeSixtyGivingExportRefusedException>(() => ThreeSixtyGiving.Export([round], Options(YearEnd)));
        var exported = ThreeSixtyGiving.ExportWithWarnings([round], Options(YearEnd).WithRuleGuard(ThreeSixtyGivingGuard.Warn));

        var breach = Assert.Single(refusal.RuleBreaches);
        Assert.Equal(("a", "FUND-010"), (breach.AllocationId, breach.RuleId));
        Assert.Same(AllocationState.Withdrawn, breach.State);
        Assert.Equal(breach, Assert.Single(exported.RuleBreaches));
        // The 360Giving grant record has no field for a withdrawn grant: it is written as awarded.
        Assert.Contains("\"amountAwarded\": 1000.00", exported.Package);
    }

    [Fact]
    public void Export_RulesAsOf_DecidesWhatTheRulesFind()
    {
        var round = new RoundBuilder().WithFundedProject("a", 1_000m).WithMonitoringReturn("a", RoundBuilder.On(6, 1), RoundBuilder.On(9, 30), null).Build();

        // On its due date the return is not yet missing: nothing is withheld or withdrawn.
        string json = ThreeSixtyGiving.Export([round], Options(YearEnd).WithRulesAsOf(RoundBuilder.On(9, 30)));

        Assert.Contains("\"id\": \"360G-test-2017-18-a\"", json);
    }

    [Fact]
    public void Export_PostDatedAwards_IsRefusedForTheCriticalFinding_AndWrittenWithTheFindingWhenAllowed()
    {
        // Issued on 1 April 2017, before the award of 1 June 2017: DQT-017, a critical check.
        var options = Options(RoundBuilder.On(4, 1)).WithRulesAsOf(YearEnd);
        var round = new RoundBuilder().WithFundedProject("a", 1_000m).Build();

        var refusal = Assert.Throws<ThreeSixtyGivingExportRefusedException>(() => ThreeSixtyGiving.Export([round], options));
        var exported = ThreeSixtyGiving.ExportWithWarnings([round], options.WithQualityGuard(ThreeSixtyGivingGuard.Warn));

        Assert.Empty(refusal.RuleBreaches);
        var finding = Assert.Single(refusal.CriticalFindings);
        Assert.Same(ThreeSixtyGivingCheck.PostDatedAwardDates, finding.Check);
        Assert.Equal(["grants/0/awardDate"], finding.Locations);
        Assert.Contains("1 critical quality finding: DQT-017", refusal.Message);
        Assert.True(exported.Quality.HasCritical);
        Assert.Equal(refusal.Quality, exported.Quality);
    }

    [Fact]
    public void Export_BothGuardsRefusing_NameEveryReason()
    {
        var refusal = Assert.Throws<ThreeSixtyGivingExportRefusedException>(
            () => ThreeSixtyGiving.Export([OverAllocated()], Options(RoundBuilder.On(4, 1)).WithRulesAsOf(YearEnd)));

        Assert.Single(refusal.RuleBreaches);
        Assert.Single(refusal.CriticalFindings);
        Assert.Contains("1 breach of the funding rules and 1 critical quality finding", refusal.Message);
    }

    // The export's dates now come in its options: the Kent round at the ends of the supported dates is written or refused
    // by a guard (award dates after an issue date in the year 1000), never anything else.
    [Theory]
    [InlineData(1000, 1, 1, false)]
    [InlineData(2017, 3, 15, true)]
    [InlineData(9998, 12, 31, true)]
    public void Export_Kent2016To17_AtTheEdgesOfTheSupportedDates_IsWrittenOrRefusedByAGuard(int year, int month, int day, bool written)
    {
        var options = KentThreeSixtyGiving.Options(new LocalDate(year, month, day));

        if (written)
        {
            Assert.Contains("\"id\": \"360G-kentcsp-2016-17-licence-to-kill\"", ThreeSixtyGiving.Export([KentFunding.Round2016To17], options));
        }
        else
        {
            var refusal = Assert.Throws<ThreeSixtyGivingExportRefusedException>(() => ThreeSixtyGiving.Export([KentFunding.Round2016To17], options));
            Assert.Equal([ThreeSixtyGivingCheck.PostDatedAwardDates], refusal.CriticalFindings.Select(finding => finding.Check));
        }
    }

    [Fact]
    public void FirstPass_Kent2016To17_GivesTheFindingsOfTheWrittenPackage()
    {
        var exported = ThreeSixtyGiving.ExportWithWarnings([KentFunding.Round2016To17], KentThreeSixtyGiving.Options(ThreeSixtyGivingTest.Issued));

        Assert.Equal(ThreeSixtyGivingQuality.Check(exported.Package, ThreeSixtyGivingTest.Issued), exported.Quality);
        Assert.Equal(7, exported.Quality.Findings.Count);
    }

    [Theory]
    [InlineData(1, 1, 7, 2017, 3, 15)]
    [InlineData(3, 40, 11, 2017, 3, 15)]
    [InlineData(5, 600, 2024, 2017, 3, 15)]
    [InlineData(3, 40, 11, 2000, 1, 1)]
    [InlineData(2, 30, 5, 2045, 1, 1)]
    public void FirstPass_GeneratedRounds_GivesTheFindingsOfTheWrittenPackage(int roundCount, int bidsPerRound, int seed, int year, int month, int day)
    {
        var issued = new LocalDate(year, month, day);
        var rounds = ThreeSixtyGivingWriteTest.GeneratedRounds.Build(roundCount, bidsPerRound, seed);
        var options = ExportOptions.Unguarded(ThreeSixtyGivingWriteTest.GeneratedRounds.Publisher, issued, ThreeSixtyGivingWriteTest.GeneratedRounds.County)
            .WithFunder(seed == 11 ? new ThreeSixtyGivingFunder("GB-LAE-KEN", "Kent County Council") : null);

        var exported = ThreeSixtyGiving.ExportWithWarnings(rounds, options);

        Assert.Equal(ThreeSixtyGivingQuality.Check(exported.Package, issued), exported.Quality);
    }

    [Fact]
    public void Export_Kent2016To17_WithAFunderAndProgramme_MatchesSnapshot()
    {
        var options = KentThreeSixtyGiving.Options(ThreeSixtyGivingTest.Issued)
            .WithFunder(new ThreeSixtyGivingFunder("GB-LAE-KEN", "Kent County Council"))
            .WithProgramme(new ThreeSixtyGivingProgramme("kcsp-grants", "Kent Community Safety Partnership grants"));

        var exported = ThreeSixtyGiving.ExportWithWarnings([KentFunding.Round2016To17], options);

        Snapshot.VerifyJson(exported.Package);
        // The funder and programme come from the options, not the round: no provenance warning names them.
        Assert.DoesNotContain(exported.Warnings, warning => warning.Field is "fundingOrganization" or "grantProgramme");
    }

    [Fact]
    public void Options_Defaults_RefuseAndEvaluateTheRulesOnTheIssueDate()
    {
        var options = Options(YearEnd);

        Assert.Same(ThreeSixtyGivingGuard.Refuse, options.RuleGuard);
        Assert.Same(ThreeSixtyGivingGuard.Refuse, options.QualityGuard);
        Assert.Equal(YearEnd, options.RulesAsOf);
        Assert.Null(options.Funder);
        Assert.Null(options.Programme);
        Assert.Null(options.CountyLocation);
        Assert.Equal(RoundBuilder.On(4, 1), options.WithIssued(RoundBuilder.On(4, 1)).RulesAsOf);
        Assert.Equal(RoundBuilder.On(6, 1), options.WithRulesAsOf(RoundBuilder.On(6, 1)).WithIssued(RoundBuilder.On(4, 1)).RulesAsOf);
        Assert.Equal(options, Options(YearEnd));
        Assert.NotEqual(options, options.WithRuleGuard(ThreeSixtyGivingGuard.Warn));
        Assert.Equal(KentThreeSixtyGiving.CountyLocation, KentThreeSixtyGiving.Options(YearEnd).CountyLocation);
        Assert.Same(KentPolicies.Funding, KentThreeSixtyGiving.Options(YearEnd).Policy);
    }

    [Fact]
    public void Options_BadValues_AreRefusedNamingTheParameter()
    {
        Assert.Equal("prefix", Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingPublisher("example", "Example", null)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingFunder("GB-LAE KEN", "Kent County Council")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingFunder("GB-LAE-\nKEN", "Kent County Council")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingFunder("GB-LAE-KEN", " ")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingProgramme("", "Grants")).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingProgramme("grants", "")).ParamName);
        Assert.Equal("publisher", Assert.Throws<ArgumentNullException>(() => new ThreeSixtyGivingExportOptions(null!, YearEnd, KentPolicies.Funding)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new ThreeSixtyGivingExportOptions(Publisher, YearEnd, null!)).ParamName);
        Assert.Equal("issued", Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingExportOptions(Publisher, new LocalDate(9999, 12, 31), KentPolicies.Funding)).ParamName);
        Assert.Equal("asOf", Assert.Throws<ArgumentRefusedException>(() => Options(YearEnd).WithRulesAsOf(new LocalDate(999, 1, 1))).ParamName);
        Assert.Equal("guard", Assert.Throws<ArgumentNullException>(() => Options(YearEnd).WithQualityGuard(null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => ThreeSixtyGiving.Export([OverAllocated()], null!)).ParamName);
    }
}
