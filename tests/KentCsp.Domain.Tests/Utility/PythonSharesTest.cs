using KentCsp.Domain.Utility;
using Xunit;

namespace KentCsp.Domain.Tests.Utility;

public class PythonSharesTest
{
    [Theory]
    [InlineData(1, 8, 12)] // 12.5 exactly: half to even
    [InlineData(23, 40, 57)] // 57.5 exactly, but 23 / 40 * 100 is 57.49999999999999 in binary
    [InlineData(6, 10, 60)]
    [InlineData(2, 1, 200)]
    public void Percent_RoundsAsPythonRoundsTheBinaryValue(int count, int total, int expected)
    {
        Assert.Equal(expected, PythonShares.Percent(count, total));
    }

    [Fact]
    public void Share_IsExact()
    {
        Assert.Equal(0.075m, PythonShares.Share(3, 40));
    }
}
