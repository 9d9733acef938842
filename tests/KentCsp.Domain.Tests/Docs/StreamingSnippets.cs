using System;
using System.IO;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>The code shown in docs/360giving.md for writing a package to a stream (see <see cref="DocSnippets"/>).</summary>
public class StreamingSnippets
{
    [Fact]
    public void Write360GivingToAFile()
    {
        var round = KentFunding.Round2016To17;
        var publisher = new ThreeSixtyGivingPublisher("360G-example", "Example Community Safety Partnership", null);
        var county = new ThreeSixtyGivingLocation("Kent", "E10000016", "CTY");
        var policy = KentPolicies.Funding;
        string path = Path.Combine(Path.GetTempPath(), $"kentcsp-test-{Guid.NewGuid():N}.json");
        #region write-360giving-stream
        using (var file = File.Create(path))
        {
            var options = new ThreeSixtyGivingExportOptions(publisher, new LocalDate(2017, 3, 31), policy).WithCountyLocation(county);
            ThreeSixtyGivingExportReport report = ThreeSixtyGiving.Write(file, [round], options);   // warnings, breaches, quality
        }
        #endregion
        Assert.Equal(ThreeSixtyGiving.Export([round], new ThreeSixtyGivingExportOptions(publisher, new LocalDate(2017, 3, 31), policy).WithCountyLocation(county)), File.ReadAllText(path));
        File.Delete(path);
    }
}
