using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using NodaTime;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>360Giving exports for the tests that survey the library's types.</summary>
internal static class ThreeSixtyGivingFixtures
{
    /// <summary>The Kent 2016/17 round exported with its warnings, issued on the report date.</summary>
    public static ThreeSixtyGivingExport Kent2016To17 { get; } =
        ThreeSixtyGiving.ExportWithWarnings([KentFunding.Round2016To17], KentThreeSixtyGiving.Publisher, new LocalDate(2017, 3, 15), KentThreeSixtyGiving.CountyLocation);
}
