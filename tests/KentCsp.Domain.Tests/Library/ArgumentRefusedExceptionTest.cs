using System;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Library;

/// <summary>
/// A refused value names its field (<see cref="ArgumentException.ParamName"/>) and why (<see cref="ArgumentRefusedException.Reason"/>)
/// apart, for a constructor argument, an element of a list and a range check alike; the message keeps the runtime's layout.
/// </summary>
public class ArgumentRefusedExceptionTest
{
    [Fact]
    public void ConstructorArgument_NamesTheParameterAndTheReason()
    {
        var refused = Assert.Throws<ArgumentRefusedException>(() => Money.FromPounds(-1m));
        Assert.Equal("pounds", refused.ParamName);
        Assert.Equal("must not be negative, but was -1.", refused.Reason);
        Assert.Equal("pounds must not be negative, but was -1. (Parameter 'pounds')", refused.Message);
    }

    [Fact]
    public void BlankText_NamesTheParameterAndTheReason()
    {
        var refused = Assert.Throws<ArgumentRefusedException>(() => new SourceDocument("  "));
        Assert.Equal("title", refused.ParamName);
        Assert.Equal("must not be empty or white space.", refused.Reason);
    }

    [Fact]
    public void ListElement_IsNamedByItsIndex()
    {
        var refused = Assert.Throws<ArgumentRefusedException>(() => RoundBuilder.Bid("a", priorities: ["road-safety", "road-safety"]));
        Assert.Equal("priorityIds[1]", refused.ParamName);
        Assert.Equal("repeats 'road-safety'.", refused.Reason);

        var malformed = Assert.Throws<ArgumentRefusedException>(() => RoundBuilder.Bid("a", priorities: ["road-safety", "Road Safety"]));
        Assert.Equal("priorityIds[1]", malformed.ParamName);
        Assert.Equal("must be lower-case letters, digits and single hyphens (e.g. \"domestic-abuse\"), but was \"Road Safety\".", malformed.Reason);
    }

    [Fact]
    public void RangeChecks_AreRefusals()
    {
        AssertRefused(() => new FinancialYear(999), "startYear", "must be between 1000 and 9998, but was 999.");
        AssertRefused(() => new FinancialYear(FinancialYear.MaxStartYear).Next, "startYear", "must be between 1000 and 9998, but was 9999.");
        AssertRefused(() => ReportingPeriod.ForMonth(2017, 13), "month", "must be from 1 to 12, but was 13.");
        AssertRefused(() => ReportingPeriod.ForMonth(999, 1), "year", "must be from 1000 to 9998, but was 999.");
        AssertRefused(() => ReportingPeriod.ForFinancialQuarter(new FinancialYear(2017), 0), "quarter", "must be from 1 to 4, but was 0.");
        AssertRefused(() => ReportingPeriod.ForCalendarYear(9998).Next, "periods", "must keep 9998 within the supported years 1000 to 9998, but was 1.");
        AssertRefused(() => ReportingPeriod.ForMonth(1000, 1).Previous, "periods", "must keep 1000-01 within the supported years 1000 to 9998, but was -1.");
    }

    [Fact]
    public void Message_IsTheSentenceLaidOutAsTheRuntimeLaysOutAnyArgumentException()
    {
        var refused = new ArgumentRefusedException("priorityIds[1]", "repeats 'road-safety'.");
        Assert.Equal(new ArgumentException("priorityIds[1] repeats 'road-safety'.", "priorityIds[1]").Message, refused.Message);
        Assert.Equal("priorityIds[1]", refused.ParamName);
        Assert.Equal("repeats 'road-safety'.", refused.Reason);
        Assert.Null(refused.InnerException);
    }

    [Fact]
    public void InnerException_IsKept()
    {
        var cause = new ArgumentOutOfRangeException("months");
        Assert.Same(cause, new ArgumentRefusedException("periods", "must keep 2017 within the supported years.", cause).InnerException);
    }

    [Fact]
    public void Construction_NullOrBlankParts_Throws()
    {
        Assert.Equal("paramName", Assert.Throws<ArgumentNullException>(() => new ArgumentRefusedException(null!, "is wrong.")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => new ArgumentRefusedException("name", null!)).ParamName);
        Assert.Equal("paramName", Assert.Throws<ArgumentRefusedException>(() => new ArgumentRefusedException(" ", "is wrong.")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentRefusedException>(() => new ArgumentRefusedException("name", "")).ParamName);
    }

    private static void AssertRefused(Func<object> build, string paramName, string reason)
    {
        var refused = Assert.Throws<ArgumentRefusedException>(build);
        Assert.Equal(paramName, refused.ParamName);
        Assert.Equal(reason, refused.Reason);
    }
}
