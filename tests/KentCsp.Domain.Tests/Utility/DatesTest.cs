using KentCsp.Domain.Utility;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Utility;

public class DatesTest
{
    [Fact]
    public void Iso_WritesYearMonthDay() => Assert.Equal("2017-07-19", Dates.Iso(new LocalDate(2017, 7, 19)));

    [Fact]
    public void Describe_WritesPeriodsInWords()
    {
        Assert.Equal("3 months", Dates.Describe(Period.FromMonths(3)));
        Assert.Equal("1 month", Dates.Describe(Period.FromMonths(1)));
        Assert.Equal("14 days", Dates.Describe(Period.FromDays(14)));
        Assert.Equal("1 year and 2 weeks", Dates.Describe(Period.FromYears(1) + Period.FromWeeks(2)));
        Assert.Equal("1 year, 1 month and 1 day", Dates.Describe(Period.FromYears(1) + Period.FromMonths(1) + Period.FromDays(1)));
        Assert.Equal("no time", Dates.Describe(Period.Zero));
    }
}
