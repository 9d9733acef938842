using KentCsp.Domain.Funding;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

public class NormalisedTextTest
{
    [Theory]
    [InlineData("Stop the Scammers!", "stop  the scammers", true)]
    [InlineData("  Road-safety show. ", "road safety show", true)]
    [InlineData("Licence to Kill", "Licence to Kill presentations", false)]
    [InlineData("ab", "a b", false)]
    [InlineData("", "!!!", true)]
    [InlineData("Dover", "DOVER", true)]
    [InlineData("Liberté", "liberte", false)]
    public void Equals_IgnoresCasePunctuationAndSpacing(string left, string right, bool equal)
    {
        Assert.Equal(equal, NormalisedText.Comparer.Equals(left, right));
        Assert.Equal(equal, NormalisedText.Comparer.Equals(right, left));
        if (equal)
        {
            Assert.Equal(NormalisedText.Comparer.GetHashCode(left), NormalisedText.Comparer.GetHashCode(right));
        }
    }

    [Fact]
    public void Equals_Nulls()
    {
        Assert.True(NormalisedText.Comparer.Equals(null, null));
        Assert.False(NormalisedText.Comparer.Equals("a", null));
        Assert.False(NormalisedText.Comparer.Equals(null, "a"));
    }
}
