using System;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

public class ThreeSixtyGivingLocationTest
{
    [Fact]
    public void Kent_IsThePoliceForceArea()
    {
        var kent = KentThreeSixtyGiving.CountyLocation;
        Assert.Equal("Kent", kent.Name);
        Assert.Equal("E23000032", kent.GeoCode);
        Assert.Equal("PFA", kent.GeoCodeType);
        Assert.Equal("Kent (PFA E23000032)", kent.ToString());
    }

    [Theory]
    [InlineData("ROA - CPP")]
    [InlineData("RGN/GOR")]
    [InlineData("CSP")]
    [InlineData("CDRP")]
    public void Constructor_CodeTypeOnTheList_Keeps(string geoCodeType)
    {
        Assert.Equal(geoCodeType, new ThreeSixtyGivingLocation("Somewhere", "X01", geoCodeType).GeoCodeType);
    }

    [Theory]
    [InlineData("pfa")]
    [InlineData("Police Force Area")]
    [InlineData("")]
    [InlineData("E23")]
    public void Constructor_CodeTypeNotOnTheList_ThrowsNamingIt(string geoCodeType)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingLocation("Kent", "E23000032", geoCodeType));
        Assert.Equal("geoCodeType", exception.ParamName);
        Assert.StartsWith($"geoCodeType must be a code from the 360Giving geographic code type list (e.g. \"PFA\", \"CSP\", \"CTY\"), but was \"{geoCodeType}\".", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ", "geoCode")]
    [InlineData("E23 000032", "geoCode")]
    public void Constructor_BadCode_ThrowsNamingIt(string geoCode, string paramName)
    {
        Assert.Equal(paramName, Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingLocation("Kent", geoCode, "PFA")).ParamName);
    }

    [Fact]
    public void Constructor_NullOrBlank_Throws()
    {
        Assert.Equal("name", Assert.Throws<ArgumentRefusedException>(() => new ThreeSixtyGivingLocation(" ", "E23000032", "PFA")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new ThreeSixtyGivingLocation(null!, "E23000032", "PFA")).ParamName);
        Assert.Equal("geoCode", Assert.Throws<ArgumentNullException>(() => new ThreeSixtyGivingLocation("Kent", null!, "PFA")).ParamName);
        Assert.Equal("geoCodeType", Assert.Throws<ArgumentNullException>(() => new ThreeSixtyGivingLocation("Kent", "E23000032", null!)).ParamName);
    }

    [Fact]
    public void Equality_Contract()
    {
        EqualityAssert.Contract(
            new ThreeSixtyGivingLocation("Kent", "E23000032", "PFA"),
            new ThreeSixtyGivingLocation("Kent", "E23000032", "PFA"),
            new ThreeSixtyGivingLocation("Kent", "E10000016", "CTY"),
            new ThreeSixtyGivingLocation("Kent", "E10000016", "PFA"),
            new ThreeSixtyGivingLocation("kent", "E23000032", "PFA"));
    }
}
