using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using KentCsp.Domain.Funding;
using NodaTime;

namespace KentCsp.Domain.Benchmarks;

/// <summary>
/// Running the 36 checks of 360Giving's Data Quality Tool on packages of 2,000 to 200,000 grants: time and bytes per
/// grant should stay flat as the package grows (no check compares grants pairwise).
/// </summary>
/// <remarks>
/// Each grant has its own funder (so "more than one funding organisation" fires on every grant and keeps its first
/// locations only), a charity-number recipient, a description holding an e-mail address and 200 more characters, and
/// a planned date.
/// </remarks>
[MemoryDiagnoser]
public class ThreeSixtyGivingQualityBenchmarks
{
    private static readonly LocalDate Today = new(2026, 11, 30);

    private byte[] package = [];

    /// <summary>Grants in the package.</summary>
    [Params(2_000, 20_000, 200_000)]
    public int GrantCount { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var grants = Enumerable.Range(0, GrantCount).Select(i => string.Format(CultureInfo.InvariantCulture,
            "{{\"id\":\"360G-x-{0}\",\"title\":\"Grant {0}\",\"description\":\"a@b.com {1}\",\"currency\":\"GBP\",\"amountAwarded\":{2}.00,"
            + "\"awardDate\":\"2017-03-15\",\"plannedDates\":[{{\"startDate\":\"2017-04-01\",\"endDate\":\"2018-03-31\"}}],"
            + "\"recipientOrganization\":[{{\"id\":\"GB-CHC-{3}\",\"name\":\"Recipient {0}\",\"charityNumber\":\"{3}\"}}],"
            + "\"fundingOrganization\":[{{\"id\":\"GB-CHC-{4}\",\"name\":\"Funder {0}\"}}]}}",
            i, new string('a', 200), 1_000 + i, 1_000_000 + i, 2_000_000 + i));
        package = Encoding.UTF8.GetBytes("{\"grants\":[" + string.Join(",", grants) + "]}");
    }

    [Benchmark]
    public int Check() => ThreeSixtyGivingQuality.Check(package, Today).Findings.Count;
}
