using System;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

public class ReviewCaseNameTest
{
    [Theory]
    [InlineData("Elizabeth/2015", "Elizabeth", 2015)]   // the Kent case
    [InlineData("Mary-Ann/2011", "Mary-Ann", 2011)]     // hyphen; the first year s.9 was in force
    [InlineData("Ó Briain/2020", "Ó Briain", 2020)]    // space and a non-ASCII letter
    [InlineData("D'Arcy/2023", "D'Arcy", 2023)]        // apostrophe
    public void Parse_ValidName_ReadsPseudonymAndYear(string text, string pseudonym, int year)
    {
        var name = ReviewCaseName.Parse(text);
        Assert.Equal(pseudonym, name.Pseudonym);
        Assert.Equal(year, name.Year);
        Assert.Equal(text, name.ToString());
    }

    [Theory]
    [InlineData("Elizabeth")]          // no year
    [InlineData("Elizabeth/15")]       // two-digit year
    [InlineData("Elizabeth/2015/2")]   // two slashes
    [InlineData("/2015")]              // no pseudonym
    [InlineData("Elizabeth /2015")]    // trailing space
    [InlineData("E1izabeth/2015")]     // a digit
    [InlineData("Elizabeth/2010")]     // before s.9 came into force
    [InlineData("Elizabeth/２０１５")]  // full-width digits
    public void Parse_InvalidName_ThrowsNamingText(string text)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => ReviewCaseName.Parse(text));
        Assert.Equal("text", exception.ParamName);
        Assert.False(ReviewCaseName.TryParse(text, out _));
    }

    [Fact]
    public void Parse_BeforeS9_SaysWhy()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => ReviewCaseName.Parse("Elizabeth/2010"));
        Assert.StartsWith("text has the year 2010, but no review can bear a year before 2011.", exception.Message);
    }

    [Fact]
    public void Constructor_BadParts_NameTheParameter()
    {
        Assert.Equal("pseudonym", Assert.Throws<ArgumentRefusedException>(() => new ReviewCaseName("", 2015)).ParamName);
        Assert.Equal("pseudonym", Assert.Throws<ArgumentRefusedException>(() => new ReviewCaseName(new string('a', 41), 2015)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentRefusedException>(() => new ReviewCaseName("Elizabeth", 10_000)).ParamName);
        Assert.Equal("pseudonym", Assert.Throws<ArgumentNullException>(() => new ReviewCaseName(null!, 2015)).ParamName);
        Assert.False(ReviewCaseName.TryParse(null, out _));
    }

    [Fact]
    public void Equality_IsPseudonymAndYear()
    {
        EqualityAssert.Contract(
            new ReviewCaseName("Elizabeth", 2015),
            ReviewCaseName.Parse("Elizabeth/2015"),
            new ReviewCaseName("Elizabeth", 2016),
            new ReviewCaseName("elizabeth", 2015));
    }
}
