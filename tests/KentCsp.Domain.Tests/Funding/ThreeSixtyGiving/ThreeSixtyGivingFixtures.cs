using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>360Giving exports for the tests that survey the library's types.</summary>
internal static class ThreeSixtyGivingFixtures
{
    /// <summary>The Kent 2016/17 round exported with its warnings, issued on the report date.</summary>
    public static ThreeSixtyGivingExport Kent2016To17 { get; } =
        ThreeSixtyGiving.ExportWithWarnings([KentFunding.Round2016To17], KentThreeSixtyGiving.Options(new LocalDate(2017, 3, 15)));

    /// <summary>
    /// An over-allocated round issued before its award date, exported with both guards warning: a rule breach (FUND-001)
    /// and a critical finding (DQT-017) let through.
    /// </summary>
    public static ThreeSixtyGivingExport Warned { get; } =
        ThreeSixtyGiving.ExportWithWarnings([OverAllocated()], Options().WithRuleGuard(ThreeSixtyGivingGuard.Warn).WithQualityGuard(ThreeSixtyGivingGuard.Warn));

    /// <summary>The same round refused by both guards.</summary>
    public static ThreeSixtyGivingExportRefusedException Refused { get; } = Refuse();

    private static FundingRound OverAllocated() => new RoundBuilder().WithFundedProject("a", 6_000m).WithFundedProject("b", 4_000.01m).Build();

    private static ThreeSixtyGivingExportOptions Options() =>
        new ThreeSixtyGivingExportOptions(new ThreeSixtyGivingPublisher("360G-test", "Test Community Safety Partnership", null), RoundBuilder.On(4, 1), KentPolicies.Funding)
            .WithRulesAsOf(RoundBuilder.On(3, 31))
            .WithFunder(new ThreeSixtyGivingFunder("GB-LAE-TST", "Testshire County Council"))
            .WithProgramme(new ThreeSixtyGivingProgramme("test-grants", "Test grants"));

    private static ThreeSixtyGivingExportRefusedException Refuse()
    {
        try
        {
            ThreeSixtyGiving.Export([OverAllocated()], Options());
        }
        catch (ThreeSixtyGivingExportRefusedException refused)
        {
            return refused;
        }
        throw new System.InvalidOperationException("The export was expected to refuse.");
    }
}
