using System;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Meetings;

public class ResolutionTest
{
    [Fact]
    public void Constructor_TextOnly_HasNoParts()
    {
        var resolution = new Resolution(" RESOLVED that the update be noted. ");
        Assert.Equal("RESOLVED that the update be noted.", resolution.Text);
        Assert.Empty(resolution.Parts);
        Assert.Equal("RESOLVED that the update be noted.", resolution.ToString());
    }

    [Fact]
    public void Constructor_LetteredParts_KeepsThemInOrder()
    {
        var resolution = new Resolution("RESOLVED that:", [new SubResolution('a', "first;"), new SubResolution('b', "second.")]);
        Assert.Equal("ab", new string(new[] { resolution.Parts[0].Letter, resolution.Parts[1].Letter }));
        Assert.Equal("RESOLVED that:\na. first;\nb. second.", resolution.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Constructor_BlankText_Throws(string text)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new Resolution(text));
        Assert.Equal("text", exception.ParamName);
        Assert.StartsWith("text must not be empty or white space.", exception.Message);
        Assert.Equal("text", Assert.Throws<ArgumentRefusedException>(() => new Resolution(text, [new SubResolution('a', "part")])).ParamName);
    }

    [Fact]
    public void Constructor_NullText_Throws()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new Resolution(null!)).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => new Resolution("RESOLVED that:", null!)).ParamName);
    }

    [Theory]
    [InlineData("b", 0, 'b', 'a')]            // does not start at a
    [InlineData("ac", 1, 'c', 'b')]           // skips b
    [InlineData("aab", 1, 'a', 'b')]          // repeats a
    [InlineData("abdc", 2, 'd', 'c')]         // swaps c and d
    public void Constructor_LettersOutOfOrder_NamesThePart(string letters, int index, char found, char expected)
    {
        var parts = Array.ConvertAll(letters.ToCharArray(), letter => new SubResolution(letter, $"part {letter}"));
        var exception = Assert.Throws<ArgumentRefusedException>(() => new Resolution("RESOLVED that:", parts));
        Assert.Equal($"parts[{index}].letter", exception.ParamName);
        Assert.StartsWith($"parts[{index}].letter is '{found}' but must be '{expected}': lettered parts run a, b, c… in order, so part {index + 1} is '{expected}'.", exception.Message);
    }

    [Fact]
    public void Constructor_NullPart_Throws()
    {
        Assert.Equal("parts", Assert.Throws<ArgumentRefusedException>(() => new Resolution("RESOLVED that:", [new SubResolution('a', "x"), null!])).ParamName);
    }

    [Theory]
    [InlineData('A')]
    [InlineData('1')]
    [InlineData(')')]
    [InlineData('é')]
    public void SubResolution_NotALowerCaseLetter_Throws(char letter)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new SubResolution(letter, "text"));
        Assert.Equal("letter", exception.ParamName);
    }

    [Fact]
    public void SubResolution_BlankText_Throws()
    {
        Assert.Equal("text", Assert.Throws<ArgumentRefusedException>(() => new SubResolution('a', " ")).ParamName);
        Assert.Equal("a. approve the Terms of Reference", new SubResolution('a', " approve the Terms of Reference ").ToString());
    }

    [Fact]
    public void Equality_ComparesTextAndParts()
    {
        EqualityAssert.Contract(
            new Resolution("RESOLVED that:", [new SubResolution('a', "one")]),
            new Resolution("RESOLVED that:", [new SubResolution('a', "one")]),
            new Resolution("RESOLVED that:"),
            new Resolution("RESOLVED that:", [new SubResolution('a', "two")]),
            new Resolution("RESOLVED that the KCSP:", [new SubResolution('a', "one")]),
            new Resolution("RESOLVED that:", [new SubResolution('a', "one"), new SubResolution('b', "two")]));
        EqualityAssert.Contract(new SubResolution('a', "one"), new SubResolution('a', "one"), new SubResolution('b', "one"), new SubResolution('a', "One"));
    }
}
