using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using NodaTime;

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>
/// Export options for the tests of how the 360Giving export writes: a publisher, issue date and county location, with
/// a policy that accepts the priorities bids name and refers no local projects, and both guards set to warn, so that
/// the rounds are written whatever the rules and checks find. The tests of the guards build their options themselves.
/// </summary>
internal static class ExportOptions
{
    /// <summary>A policy with Kent's deadlines that accepts whatever priorities bids name and refers no local projects.</summary>
    public static FundingPolicy Policy { get; } =
        new(KentPolicies.Funding.WithholdAfter, KentPolicies.Funding.WithdrawAfter, KentPolicies.Funding.InPrincipleLimit, referLocalProjects: false, new SourceDocument("Test export policy", new LocalDate(2017, 4, 1)));

    public static ThreeSixtyGivingExportOptions Unguarded(ThreeSixtyGivingPublisher publisher, LocalDate issued, ThreeSixtyGivingLocation? county) =>
        new ThreeSixtyGivingExportOptions(publisher, issued, Policy)
            .WithCountyLocation(county)
            .WithRuleGuard(ThreeSixtyGivingGuard.Warn)
            .WithQualityGuard(ThreeSixtyGivingGuard.Warn);
}
