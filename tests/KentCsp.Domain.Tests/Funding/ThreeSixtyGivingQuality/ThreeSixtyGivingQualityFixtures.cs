using KentCsp.Domain.Funding;
using NodaTime;

namespace KentCsp.Domain.Tests.Funding;

/// <summary>A quality report with findings, as a sample instance for the library-wide reflection tests.</summary>
internal static class ThreeSixtyGivingQualityFixtures
{
    /// <summary>Two grants, one of £0 with two funders: critical, quality and usefulness findings.</summary>
    public static ThreeSixtyGivingQualityReport Report { get; } = ThreeSixtyGivingQuality.Check(
        """
        {"grants": [
          {"id": "360G-x-1", "title": "A", "amountAwarded": 0, "awardDate": "2020-01-01",
           "fundingOrganization": [{"id": "XSFAFA", "name": "F"}, {"id": "GB-CHC-1111111", "name": "G"}],
           "recipientOrganization": [{"id": "360G-x-r", "name": "R"}]},
          {"id": "360G-x-2", "title": "B", "amountAwarded": 10, "awardDate": "2020-01-01"}
        ]}
        """,
        new LocalDate(2026, 11, 30));
}
