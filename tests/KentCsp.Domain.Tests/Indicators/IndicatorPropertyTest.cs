using System;
using System.Linq;
using CsCheck;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Serialization;
using Xunit;

namespace KentCsp.Domain.Tests.Indicators;

/// <summary>Periods and change statements hold their invariants for any input, checked against integer arithmetic.</summary>
public class IndicatorPropertyTest
{
    private static readonly IndicatorDefinition Rate = new("rate", "Rate", IndicatorUnit.RatePerThousand, IndicatorPolarity.HigherIsBetter);

    private static readonly Gen<ReportingPeriod> Periods =
        Gen.Select(Gen.Int[0, 3], Gen.Int[1200, 9800], Gen.Int[1, 12], (kind, year, month) => kind switch
        {
            0 => ReportingPeriod.ForMonth(year, month),
            1 => ReportingPeriod.ForFinancialQuarter(new FinancialYear(year), ((month - 1) / 3) + 1),
            2 => ReportingPeriod.ForFinancialYear(new FinancialYear(year)),
            _ => ReportingPeriod.ForCalendarYear(year),
        });

    private static IndicatorChange Change(long baseline, long current, int scale)
    {
        decimal divisor = new[] { 1m, 10m, 100m, 1000m, 10000m, 100000m, 1000000m }[scale];
        var series = new IndicatorSeries(Rate, PeriodKind.CalendarYear, null, new[]
        {
            new IndicatorValue(ReportingPeriod.ForCalendarYear(2016), baseline / divisor),
            new IndicatorValue(ReportingPeriod.ForCalendarYear(2017), current / divisor),
        });
        return series.ChangeFromPreviousPeriod(ReportingPeriod.ForCalendarYear(2017)).AsT0;
    }

    [Fact]
    public void Period_LabelParsesBackAndOffsetsInvert()
    {
        Gen.Select(Periods, Gen.Int[-100, 100]).Sample((period, n) =>
            ReportingPeriod.Parse(period.Label) == period
            && period.Offset(n).Offset(-n) == period
            && period.Next.Start == period.End.PlusDays(1)
            && period.SamePeriodLastYear.Start == period.Start.PlusYears(-1)
            && period.Contains(period.Start) && period.Contains(period.End) && !period.Contains(period.End.PlusDays(1))
            && ReportingPeriod.Containing(period.Kind, period.End) == period);
    }

    [Fact]
    public void CompareWith_AnyValuesAndFraction_AgreesWithIntegerCrossMultiplication()
    {
        // Values with 0–6 decimal places; the expected sign is computed on the scaled integers.
        Gen.Select(Gen.Long[0, 1_000_000_000], Gen.Long[0, 1_000_000_000], Gen.Int[0, 6], Gen.Int[1, 1000], Gen.Int[1, 1000]).Sample((b, c, scale, num, den) =>
        {
            var fraction = new Fraction(num, den);
            var change = Change(b, c, scale);
            long difference = Math.Abs(c - b);
            int expected = b == 0
                ? (difference == 0 ? -1 : 1)
                : Math.Sign(((System.Numerics.BigInteger)difference * fraction.Denominator).CompareTo((System.Numerics.BigInteger)b * fraction.Numerator));
            return Math.Sign(change.CompareWith(fraction)) == expected;
        });
    }

    [Fact]
    public void Statement_AnyChange_NamesTheLargestThresholdReached()
    {
        Gen.Select(Gen.Long[1, 1_000_000], Gen.Long[0, 3_000_000]).Sample((b, c) =>
        {
            var change = Change(b, c, 0);
            string statement = change.Statement;
            var reached = ChangeWording.Default.Thresholds.Where(t => change.CompareWith(t.Fraction) >= 0).ToArray();
            string direction = c > b ? "up" : "down";
            if (c == b)
            {
                return statement == "unchanged";
            }
            if (change.CompareWith(Fraction.One) >= 0)
            {
                return statement is "doubled" or "more than doubled" or "down to zero";
            }
            if (reached.Length == 0)
            {
                return statement == $"{direction} by less than a tenth";
            }
            var largest = reached[reached.Length - 1];
            return statement == (change.CompareWith(largest.Fraction) == 0 ? $"{direction} by {largest.Words}" : $"{direction} by more than {largest.Words}");
        });
    }

    [Fact]
    public void IndicatorSet_RandomSeries_RoundTripsThroughJson()
    {
        Gen.Select(Gen.Int[0, 3], Gen.Int[1990, 2030], Gen.Long[0, 1_000_000].Array[0, 20]).Sample((kindIndex, startYear, values) =>
        {
            var kind = PeriodKind.All[kindIndex];
            var first = ReportingPeriod.Containing(kind, new NodaTime.LocalDate(startYear, 4, 1));
            var series = new IndicatorSeries(Rate, kind, null, values.Select((v, i) => new IndicatorValue(first.Offset(i), v / 100m)));
            var set = new IndicatorSet(new[] { Rate }, new[] { series }, Array.Empty<RoadCasualtyFigures>());
            return KentCspJson.DeserializeIndicatorSet(KentCspJson.Serialize(set)) == set;
        });
    }
}
