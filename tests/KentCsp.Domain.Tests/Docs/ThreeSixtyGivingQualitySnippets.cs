using System.Collections.Generic;
using System.IO;
using System.Text;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The code shown in docs/360giving.md, section "Quality checks".</summary>
public class ThreeSixtyGivingQualitySnippets
{
    [Fact]
    public void CheckAPackage()
    {
        string kent = ThreeSixtyGiving.Export([KentFunding.Round2016To17], KentThreeSixtyGiving.Options(new LocalDate(2017, 3, 15)));
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(kent));
        var lines = new List<string>();
        #region check-360giving
        // file: a Stream of the package's UTF-8 bytes, e.g. File.OpenRead("grants.json"); or pass its text or bytes
        ThreeSixtyGivingQualityReport report = ThreeSixtyGivingQuality.Check(file, new LocalDate(2017, 3, 15));
        foreach (var finding in report.Findings)
        {
            // finding.Count, finding.Percentage, finding.Locations ("grants/0/amountAwarded", …), finding.Finding
            lines.Add($"{finding.Check.Id} {(finding.IsCritical ? "critical " : "")}{finding.Heading}");
        }
        #endregion
        Assert.False(report.HasCritical);
        Assert.Equal("DQT-022 100% of recipient organisation grants have a Recipient Org:Identifier that starts '360G-'", lines[0]);
    }
}
