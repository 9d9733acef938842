using System;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Partnership;

public class StatutoryDesignationTest
{
    private static readonly SourceDocument Source = new("Test Act 2000, section 1");

    [Fact]
    public void Construction_UntilNotAfterFrom_Throws()
    {
        var date = new LocalDate(2010, 1, 1);
        var exception = Assert.Throws<ArgumentRefusedException>(() => new StatutoryDesignation("body", date, date, Source));
        Assert.Equal("until", exception.ParamName);
    }

    [Fact]
    public void AppliesOn_IsHalfOpen()
    {
        var designation = new StatutoryDesignation("body", new LocalDate(2010, 1, 1), new LocalDate(2011, 1, 1), Source);
        Assert.False(designation.AppliesOn(new LocalDate(2009, 12, 31)));
        Assert.True(designation.AppliesOn(new LocalDate(2010, 1, 1)));
        Assert.True(designation.AppliesOn(new LocalDate(2010, 12, 31)));
        Assert.False(designation.AppliesOn(new LocalDate(2011, 1, 1)));
    }

    [Fact]
    public void Equality_Contract()
    {
        EqualityAssert.Contract(
            new StatutoryDesignation("body", new LocalDate(2010, 1, 1), null, Source),
            new StatutoryDesignation("body", new LocalDate(2010, 1, 1), null, new SourceDocument("Test Act 2000, section 1")),
            new StatutoryDesignation("other", new LocalDate(2010, 1, 1), null, Source),
            new StatutoryDesignation("body", null, null, Source),
            new StatutoryDesignation("body", new LocalDate(2010, 1, 1), new LocalDate(2011, 1, 1), Source),
            new StatutoryDesignation("body", new LocalDate(2010, 1, 1), null, new SourceDocument("Other Act")));
    }
}
