using System;
using System.Collections.Generic;
using System.Numerics;
using CsCheck;
using System.Text.Json;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Reviews;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests;

/// <summary>Amounts and dates at the ends of the supported ranges, and the arithmetic near them.</summary>
public class RangeEdgesTest
{
    private static readonly LocalDate LastDay = new(9998, 12, 31);

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1000000000000")]
    [InlineData("999999999999.991")]
    public void FromPounds_BeyondTheLargestAmount_IsRefusedNamingThePounds(string pounds)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Money.FromPounds(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("pounds", exception.ParamName);
    }

    [Fact]
    public void FromPence_BeyondTheLargestAmount_IsRefusedNamingThePence()
    {
        Assert.Equal(99_999_999_999_999L, Money.FromPence(99_999_999_999_999L).TotalPence);
        Assert.Equal("pence", Assert.Throws<ArgumentRefusedException>(() => Money.FromPence(100_000_000_000_000L)).ParamName);
        Assert.Equal("pence", Assert.Throws<ArgumentRefusedException>(() => Money.FromPence(long.MaxValue)).ParamName);
    }

    [Fact]
    public void Sum_ManyMaximalAmountsWithMixedPennies_IsExact()
    {
        Gen.Select(Gen.Int[0, 3_000], Gen.Long[0, 99_999_999_999_999], Gen.Int[0, 40]).Sample((maximal, pence, mixed) =>
        {
            var amounts = new List<Money>();
            var expected = BigInteger.Zero;
            for (int i = 0; i < maximal; i++)
            {
                amounts.Add(Money.MaxValue);
                expected += 99_999_999_999_999L;
            }
            for (int i = 0; i < mixed; i++)
            {
                long these = (pence + (i * 7_919L)) % 100_000_000_000_000L;
                amounts.Add(Money.FromPence(these));
                expected += these;
            }
            var total = Money.Sum(amounts);
            Assert.Equal(expected, new BigInteger(total.Pounds * 100m));
            Assert.Equal(expected <= 99_999_999_999_999L, total.FitsInMoney);
        });
    }

    [Fact]
    public void MoneyTotal_OfMoreMaximalAmountsThanAnyCollectionHolds_IsExact()
    {
        // 2^31 maximal amounts, more than any .NET collection holds, added by doubling: no overflow, every penny kept.
        MoneyTotal total = Money.MaxValue;
        for (int i = 0; i < 31; i++)
        {
            total += total;
        }
        Assert.Equal(new BigInteger(99_999_999_999_999L) * (BigInteger.One << 31), new BigInteger(total.Pounds * 100m));
        Assert.Equal("£2,147,483,647,999,978,525,163.52", total.ToString());
        Assert.False(total.TryGetMoney(out _));
        Assert.True(((MoneyTotal)Money.MaxValue).TryGetMoney(out var largest));
        Assert.Equal(Money.MaxValue, largest);
    }

    [Fact]
    public void FundingRound_TotalOfMaximalAllocations_IsAPropertyThatNeverThrows()
    {
        var builder = new RoundBuilder().WithGrant(999_999_999_999.99m);
        for (int i = 0; i < 50; i++)
        {
            builder = builder.WithFundedProject("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 999_999_999_999.99m);
        }
        var round = builder.Build();

        Assert.Equal("£49,999,999,999,999.50", round.TotalAllocated.ToString());
        var evaluation = FundingRules.Evaluate(round, RoundBuilder.On(3, 31), KentPolicies.Funding);
        Assert.Contains(evaluation.Findings, finding => finding.RuleId == FundingRule.AllocationsExceedGrant.Id && finding.Message.Contains("£48,999,999,999,999.51 more than the grant", StringComparison.Ordinal));
    }

    [Fact]
    public void FundingRound_AllocationsNearDecimalMax_AreRefusedBeforeTheyCanBeAdded()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() =>
            new RoundBuilder().WithGrant(1m).WithFundedProject("a", 50_000_000_000_000_000_000_000_000_000m).WithFundedProject("b", 50_000_000_000_000_000_000_000_000_000m).Build());
        Assert.Equal("pounds", exception.ParamName);
    }

    [Theory]
    [InlineData("1e-9223372036854775808")]
    [InlineData("1e9223372036854775807")]
    [InlineData("1E+9223372036854775808")]
    public void Deserialize_AmountWithAnExponentBeyondLong_IsAJsonExceptionWithThePath(string amount)
    {
        string json = KentCspJson.Serialize(new RoundBuilder().WithFundedProject("a", 6_000m).Build());
        Assert.Contains("\"amount\": 6000.00", json, StringComparison.Ordinal);

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(json.Replace("\"amount\": 6000.00", "\"amount\": " + amount)));

        Assert.StartsWith("$.allocations[0].amount: ", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0e-9223372036854775808", "0.00")]
    [InlineData("0.00e9223372036854775808", "0.00")]
    [InlineData("999999999999.99", "999999999999.99")]
    [InlineData("99999999999999e-2", "999999999999.99")]
    public void MoneyConverter_ExactAmountsAtTheEnds_Read(string json, string pounds)
    {
        var options = new JsonSerializerOptions { Converters = { new MoneyJsonConverter() } };

        Assert.Equal(pounds, JsonSerializer.Deserialize<Money>(json, options).Pounds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TermsOfReference_ReviewWithinBeyondTenYears_IsRefused()
    {
        var source = new SourceDocument("Minutes");
        foreach (var period in new[] { Period.FromDays(int.MaxValue), Period.FromYears(11), Period.FromMonths(121), Period.FromDays(3654) })
        {
            var exception = Assert.Throws<ArgumentRefusedException>(() => new TermsOfReference(Builders.Id("csp"), "v1", new LocalDate(2020, 1, 1), 3, period, null, [], source));
            Assert.Equal("reviewWithin", exception.ParamName);
        }
        Assert.Equal(new LocalDate(2030, 1, 1), new TermsOfReference(Builders.Id("csp"), "v1", new LocalDate(2020, 1, 1), 3, Period.FromYears(10), null, [], source).ReviewDue);
    }

    [Fact]
    public void DeserializePartnershipRecord_ReviewWithinBeyondTenYears_NamesThePath()
    {
        string json = KentCspJson.Serialize(KentData.PartnershipRecord);
        Assert.Contains("\"reviewWithin\": \"P1Y\"", json, StringComparison.Ordinal);

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnershipRecord(json.Replace("\"reviewWithin\": \"P1Y\"", "\"reviewWithin\": \"P2147483647D\"")));

        Assert.StartsWith("$.termsOfReference[0].reviewWithin: reviewWithin must be at most 10 years", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0999-12-31")]
    [InlineData("9999-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public void DeserializeFundingRound_DateOutsideTheSupportedDates_NamesThePath(string date)
    {
        string json = KentCspJson.Serialize(new RoundBuilder().WithFundedProject("a", 6_000m).WithAllocation("a-1", "a", 6_000m, RoundBuilder.On(6, 1)).Build());
        Assert.Contains("\"2017-06-01\"", json, StringComparison.Ordinal);

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(json.Replace("\"2017-06-01\"", "\"" + date + "\"")));

        Assert.StartsWith($"$.allocations[0].allocatedOn: \"{date}\" is outside the supported dates, 1000-01-01 to 9998-12-31", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_AtTheEndsOfTheSupportedRanges_NeverCrash()
    {
        var longPolicy = KentPolicies.Funding.WithWithholdAfter(Period.FromYears(5000)).WithWithdrawAfter(Period.FromDays(int.MaxValue)).WithInPrincipleLimit(Period.FromMonths(int.MaxValue));
        var round = new RoundBuilder()
            .WithGrant(999_999_999_999.99m)
            .WithFundedProject("a", 999_999_999_999.99m)
            .WithFundedProject("b", 999_999_999_999.99m)
            .WithAllocation("a-1", "a", 999_999_999_999.99m, RoundBuilder.On(6, 1))
            .WithPayment("a-1", 999_999_999_999.99m, RoundBuilder.On(6, 2))
            .WithMonitoringReturn("a-1", RoundBuilder.On(6, 1), LastDay, null)
            .WithBid(RoundBuilder.Bid("c")).WithDecision("c", DecisionOutcome.FundedInPrinciple, 999_999_999_999.99m, on: LastDay)
            .Build();
        var plan = ActionPlanBuilders.Plan(
            ActionPlanBuilders.Action("late", startOn: new LocalDate(9998, 12, 1), dueOn: LastDay),
            ActionPlanBuilders.Action("early", startOn: new LocalDate(1000, 1, 1), dueOn: new LocalDate(1000, 1, 1)));
        var longPlanPolicy = KentPolicies.ActionPlans.WithReviewPeriod(Period.FromYears(int.MaxValue));
        var register = new ReviewRegister(new OrganisationId("360G-example", "csp"),
            [ReviewBuilders.At(ReviewStep.Notified, "Zed", LastDay), ReviewBuilders.At(ReviewStep.PanelConvened, "Yan", new LocalDate(9998, 11, 1))]);
        var longReviews = ReviewPolicy.Default.WithTimetable(ReviewTimetable.Default.WithDecisionWithin(Period.FromYears(int.MaxValue)).WithCompletionWithin(Period.FromDays(int.MaxValue)));
        var terms = new TermsOfReference(KentData.PartnershipRecord.Partnership.Id, "late", LastDay, 4, Period.FromYears(10), null, [], new SourceDocument("Minutes"));
        var record = new PartnershipRecord(KentData.PartnershipRecord.Partnership, KentData.PartnershipRecord.Area, [terms], [LastDay], [], []);
        var series = new IndicatorSeries(KentIndicators.DomesticAbuseIncidents, PeriodKind.Month, null,
            [
                new IndicatorValue(ReportingPeriod.ForMonth(1000, 1), IndicatorValue.MaxValue), new IndicatorValue(ReportingPeriod.ForMonth(1000, 2), 1m),
                new IndicatorValue(ReportingPeriod.ForMonth(1001, 1), 0m), new IndicatorValue(ReportingPeriod.ForMonth(9997, 12), 1m),
                new IndicatorValue(ReportingPeriod.ForMonth(9998, 11), 0m), new IndicatorValue(ReportingPeriod.ForMonth(9998, 12), IndicatorValue.MaxValue),
            ]);

        foreach (var asAt in new[] { new LocalDate(1000, 1, 1), new LocalDate(1000, 3, 31), LastDay })
        {
            NoCrash(() => FundingRules.Evaluate(round, asAt, KentPolicies.Funding));
            NoCrash(() => FundingRules.Evaluate(round, asAt, longPolicy));
            NoCrash(() => ActionPlanRules.Evaluate(plan, asAt, KentPolicies.ActionPlans));
            NoCrash(() => ActionPlanRules.Evaluate(plan, asAt, longPlanPolicy));
            NoCrash(() => SteeringGroupView.Of(register, asAt, ReviewPolicy.Default));
            NoCrash(() => SteeringGroupView.Of(register, asAt, longReviews));
            NoCrash(() => PartnershipCompliance.Check(record, new DateInterval(new LocalDate(1000, 1, 1), asAt)));
            NoCrash(() => PartnershipCompliance.Check(record, new DateInterval(asAt, LastDay)));
        }
        foreach (var period in new[] { ReportingPeriod.ForMonth(1000, 1), ReportingPeriod.ForMonth(1000, 2), ReportingPeriod.ForMonth(1001, 1), ReportingPeriod.ForMonth(9998, 11), ReportingPeriod.ForMonth(9998, 12) })
        {
            NoCrash(() => series.ChangeFromPreviousPeriod(period));
            NoCrash(() => series.ChangeFromSamePeriodLastYear(period));
        }
        NoCrash(() => FundingRules.EvaluateAll([round, new RoundBuilder().WithId("again").WithGrant(999_999_999_999.99m).WithFundedProject("d", 999_999_999_999.99m).Build()], LastDay, KentPolicies.Funding));
        NoCrash(() => terms.ReviewDue);
    }

    private static void NoCrash<T>(Func<T> evaluate)
    {
        try
        {
            evaluate();
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentOutOfRangeException or NullReferenceException or InvalidOperationException or IndexOutOfRangeException or System.Collections.Generic.KeyNotFoundException or ArgumentException)
        {
            Assert.Fail($"{exception.GetType().Name} escaped: {exception.Message}");
        }
    }
}
