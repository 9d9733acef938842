using System;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests;

public class SourceDocumentTest
{
    [Fact]
    public void ToString_TitleDateAndLocator()
    {
        var source = new SourceDocument("KCSP minutes", new LocalDate(2017, 7, 19), "minute 152");
        Assert.Equal("KCSP minutes, 2017-07-19, minute 152", source.ToString());
        Assert.Equal("KCSP minutes", new SourceDocument("KCSP minutes").ToString());
    }

    [Fact]
    public void At_KeepsTitleAndDate()
    {
        var source = new SourceDocument("KCSP minutes", new LocalDate(2017, 7, 19)).At("minute 160");
        Assert.Equal(new SourceDocument("KCSP minutes", new LocalDate(2017, 7, 19), "minute 160"), source);
    }

    [Fact]
    public void Construction_BlankTitleOrLocator_Throws()
    {
        Assert.Equal("title", Assert.Throws<ArgumentRefusedException>(() => new SourceDocument(" ")).ParamName);
        Assert.Equal("locator", Assert.Throws<ArgumentRefusedException>(() => new SourceDocument("t", null, "")).ParamName);
    }

    [Fact]
    public void Equality_Contract()
    {
        EqualityAssert.Contract(
            new SourceDocument("A", new LocalDate(2017, 7, 19), "x"),
            new SourceDocument("A", new LocalDate(2017, 7, 19), "x"),
            new SourceDocument("B", new LocalDate(2017, 7, 19), "x"),
            new SourceDocument("A", null, "x"),
            new SourceDocument("A", new LocalDate(2017, 7, 19)));
    }
}
