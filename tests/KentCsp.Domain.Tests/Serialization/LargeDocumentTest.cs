#if !LIBRARY_NETSTANDARD
using System.Globalization;
using System.Text;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>The default limits admit the largest realistic document: it writes and reads about 124 MB, so it runs against one build of the library only.</summary>
public class LargeDocumentTest(ITestOutputHelper output)
{
    [Fact]
    public void Default_AdmitsAFundingRoundOf100000FullyRecordedBids()
    {
        string json = KentCspJson.Serialize(LargeFundingRound.Build(100_000));
        int bytes = Encoding.UTF8.GetByteCount(json);
        output.WriteLine($"100,000 bids: {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes");

        var result = KentCspJson.ReadDocument(json);

        Assert.True(result.IsRead, result.ToString());
        Assert.Equal(100_000, Assert.IsType<FundingRoundContent>(result.AsT0).Value.Bids.Count);
        Assert.InRange(bytes, 100_000_000, JsonReadLimits.DefaultMaxDocumentBytes / 2);
    }
}
#endif
