using System;
using CsCheck;
using KentCsp.Domain.Utility;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Utility;

public class DatesTest
{
    [Fact]
    public void Iso_WritesYearMonthDay() => Assert.Equal("2017-07-19", Dates.Iso(new LocalDate(2017, 7, 19)));

    // Four-digit ISO years are written digit by digit; every other date by NodaTime's pattern, which defines the text.
    [Fact]
    public void Iso_AgreesWithNodaTimesPattern_AcrossTheWholeCalendar()
    {
        // Every 37th day from the first to the last: each year, month and day of the month.
        int checkedDays = 0;
        for (var day = LocalDate.MinIsoValue; ; day = day.PlusDays(37))
        {
            Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Format(day), Dates.Iso(day));
            checkedDays++;
            if (Period.Between(day, LocalDate.MaxIsoValue, PeriodUnits.Days).Days < 37)
            {
                break;
            }
        }
        Assert.True(checkedDays > 190_000, $"{checkedDays} days checked");
        LocalDate[] edges =
        [
            LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new(-1, 12, 31), new(0, 1, 1), new(1, 1, 1), new(999, 12, 31),
            new(1000, 1, 1), new(2024, 2, 29), new(9998, 12, 31), new(9999, 1, 1),
            new(2024, 2, 29, CalendarSystem.Julian), new(1445, 9, 1, CalendarSystem.IslamicBcl),
        ];
        foreach (var edge in edges)
        {
            Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Format(edge), Dates.Iso(edge));
        }
        Assert.Equal("0999-12-31", Dates.Iso(new LocalDate(999, 12, 31)));
    }

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

    [Fact]
    public void PlusOrNull_AgreesWithNodaTime_AndIsNullOnlyPastTheCalendar()
    {
        var dates = Gen.Int[0, 10_000].Select(offset => offset < 5_000 ? new LocalDate(1000, 1, 1).PlusDays(offset) : new LocalDate(9998, 12, 31).PlusDays(-(offset - 5_000)));
        var parts = Gen.Frequency((4, Gen.Int[0, 40]), (1, Gen.Int[0, int.MaxValue]));
        Gen.Select(dates, parts, parts, parts, parts).Sample((date, years, months, weeks, days) =>
        {
            var period = new PeriodBuilder { Years = years % 12, Months = months, Weeks = weeks % 600, Days = days }.Build();
            LocalDate? expected;
            try
            {
                expected = date.Plus(period);
            }
            catch (Exception exception) when (exception is OverflowException or ArgumentOutOfRangeException)
            {
                expected = null;
            }
            Assert.Equal(expected, Dates.PlusOrNull(date, period));
        });
    }

    [Fact]
    public void PlusOrNull_PastTheEndOfTheCalendar_IsNull()
    {
        Assert.Equal(new LocalDate(9999, 12, 31), Dates.PlusOrNull(new LocalDate(9998, 12, 31), Period.FromYears(1)));
        Assert.Null(Dates.PlusOrNull(new LocalDate(9998, 12, 31), Period.FromYears(1) + Period.FromDays(1)));
        Assert.Null(Dates.PlusOrNull(new LocalDate(9998, 12, 31), Period.FromMonths(int.MaxValue)));
        Assert.Null(Dates.PlusOrNull(new LocalDate(1000, 1, 1), Period.FromYears(int.MaxValue)));
        Assert.Null(Dates.PlusOrNull(new LocalDate(1000, 1, 1), Period.FromDays(int.MaxValue)));
        Assert.Equal(new LocalDate(2024, 2, 29), Dates.PlusOrNull(new LocalDate(2024, 1, 31), Period.FromMonths(1)));
        Assert.Equal(new LocalDate(2017, 3, 28), Dates.PlusOrNull(new LocalDate(2016, 2, 29), Period.FromYears(1) + Period.FromMonths(1)));
    }
}
