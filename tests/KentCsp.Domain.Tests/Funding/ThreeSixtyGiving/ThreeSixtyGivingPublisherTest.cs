using System;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

public class ThreeSixtyGivingPublisherTest
{
    [Theory]
    [InlineData("360G-kentcsp")]
    [InlineData("360G-BBCChildreninNeed")]
    [InlineData("360G-xyz_trust")]
    [InlineData("360G-big-lottery-fund")]
    [InlineData("360G-1")]
    public void Constructor_ValidPrefix_Keeps(string prefix)
    {
        Assert.Equal(prefix, new ThreeSixtyGivingPublisher(prefix, "Publisher", null).Prefix);
    }

    [Theory]
    [InlineData("")]
    [InlineData("360G-")]
    [InlineData("360G")]
    [InlineData("360g-kentcsp")]
    [InlineData("GB-CHC-1234567")]
    [InlineData("kentcsp")]
    [InlineData("360G-kent csp")]
    [InlineData("360G-kent/csp")]
    [InlineData("360G-kentcsp-")]
    [InlineData("360G--kentcsp")]
    [InlineData(" 360G-kentcsp")]
    [InlineData("360G-kéntcsp")]
    public void Constructor_InvalidPrefix_ThrowsNamingPrefix(string prefix)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingPublisher(prefix, "Publisher", null));
        Assert.Equal("prefix", exception.ParamName);
        Assert.StartsWith($"prefix must be \"360G-\" followed by letters, digits, hyphens or underscores, beginning and ending with a letter or digit (e.g. \"360G-kentcsp\"), but was \"{prefix}\".", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullOrBlank_Throws()
    {
        Assert.Equal("prefix", Assert.Throws<ArgumentNullException>(() => new ThreeSixtyGivingPublisher(null!, "Publisher", null)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new ThreeSixtyGivingPublisher("360G-x", null!, null)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingPublisher("360G-x", " ", null)).ParamName);
    }

    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("mailto:grants@example.org")]
    public void Constructor_WebsiteNotHttp_ThrowsNamingWebsite(string website)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingPublisher("360G-x", "Publisher", new Uri(website)));
        Assert.Equal("website", exception.ParamName);
    }

    [Fact]
    public void Constructor_RelativeWebsite_ThrowsNamingWebsite()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingPublisher("360G-x", "Publisher", new Uri("/grants", UriKind.Relative)));
        Assert.Equal("website", exception.ParamName);
    }

    [Fact]
    public void Equality_Contract()
    {
        var site = new Uri("https://example.org/");
        EqualityAssert.Contract(
            new ThreeSixtyGivingPublisher("360G-x", "X", site),
            new ThreeSixtyGivingPublisher("360G-x", "X", new Uri("https://example.org/")),
            new ThreeSixtyGivingPublisher("360G-y", "X", site),
            new ThreeSixtyGivingPublisher("360G-x", "Y", site),
            new ThreeSixtyGivingPublisher("360G-x", "X", null));
    }

    [Fact]
    public void ToString_NameAndPrefix()
    {
        Assert.Equal("Kent Community Safety Partnership (360G-kentcsp)", KentThreeSixtyGiving.Publisher.ToString());
    }

    [Fact]
    public void Kent_PublisherSharesThePrefixOfTheKentIdentifiers()
    {
        Assert.Equal(KentOrganisations.Scheme, KentThreeSixtyGiving.Publisher.Prefix);
        Assert.Equal(KentData.Partnership.Name, KentThreeSixtyGiving.Publisher.Name);
        Assert.StartsWith(KentThreeSixtyGiving.Publisher.Prefix + "-", KentData.KcspId.ToString(), StringComparison.Ordinal);
        Assert.Null(KentThreeSixtyGiving.Publisher.Website);
    }
}
