using System;
using System.Runtime.CompilerServices;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Utility;

/// <summary>
/// The checks of the constructors a funding round document and an indicator set document pass through build their
/// failure messages only when they fail: constructing a valid value allocates the value itself and nothing else.
/// </summary>
/// <remarks>
/// These measure bytes, not time. Each constructor is called many times after a warm-up, with its arguments made
/// beforehand, and the bytes the thread allocated are divided by the count. The value's own size is measured the same
/// way with <see cref="RuntimeHelpers.GetUninitializedObject"/>, so the test does not depend on the runtime's object
/// layout. Lists are passed as value lists, which a constructor shares rather than copies.
/// </remarks>
public sealed class CheckAllocationTest
{
    private const int Count = 2_000;

    private static readonly LocalDate Day = new(2024, 6, 1);
    private static readonly Money Amount = Money.FromPounds(12_500.50m);
    private static readonly Organisation Applicant = new(new OrganisationId("GB-CHC", "1000001"), "Community Safety Trust 1");
    private static readonly ProjectScope Thanet = ProjectScope.Local("Thanet");
    private static readonly ValueList<string> Priorities = ValueList<string>.CopyOf(["anti-social-behaviour", "road-safety"]);
    private static readonly ValueList<string> Objectives = ValueList<string>.CopyOf(["prevent-crime"]);
    private static readonly ReportingPeriod Quarter = ReportingPeriod.ForFinancialQuarter(new FinancialYear(2017), 1);

    [Fact]
    public void Money_FromPounds_AllocatesNothing() =>
        Assert.Equal(0, BytesPerCall(() => Money.FromPounds(12_500.50m)));

    [Fact]
    public void Money_FromPence_AllocatesNothing() =>
        Assert.Equal(0, BytesPerCall(() => Money.FromPence(1_250_050)));

    [Fact]
    public void OrganisationId_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new OrganisationId("GB-CHC", "1000001"));

    [Fact]
    public void Organisation_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new Organisation(Applicant.Id, "Community Safety Trust 1"));

    [Fact]
    public void Bid_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new Bid("bid-1", Applicant, "Safer Streets Thanet 1", "Safer Streets in Thanet through trained volunteers.",
            Amount, Priorities, Objectives, Thanet, Day));

    [Fact]
    public void BidDecision_Funded_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new BidDecision("bid-1", DecisionOutcome.Funded, Day, "Decided by the partnership at its quarterly meeting.", Amount, null));

    [Fact]
    public void BidDecision_InPrinciple_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new BidDecision("bid-1", DecisionOutcome.FundedInPrinciple, Day, "Pending further discussion.", Amount, Day.PlusDays(30)));

    [Fact]
    public void Allocation_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new Allocation("alloc-1", "bid-1", Amount, Day));

    [Fact]
    public void Payment_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new Payment("alloc-1", Amount, Day.PlusDays(7)));

    [Fact]
    public void MonitoringReturn_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new MonitoringReturn("alloc-1", Day, Day.PlusDays(42), Day.PlusDays(40)));

    [Fact]
    public void Repayment_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new Repayment("alloc-1", Amount, Day.PlusDays(90), "Underspend returned."));

    [Fact]
    public void IndicatorValue_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new IndicatorValue(Quarter, 1234.5m));

    [Fact]
    public void RoadCasualtyFigures_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new RoadCasualtyFigures(Quarter, SeverityBasis.Adjusted, 3m, 41.25m, 310.5m));

    [Fact]
    public void RoadCasualtyFigures_Raw_AllocatesOnlyItself() =>
        AssertOnlyItself(() => new RoadCasualtyFigures(Quarter, SeverityBasis.Raw, 3m, 41m, 310m));

    [Fact]
    public void Slug_CheckDistinct_AllocatesNothingForAFewIdentifiers() =>
        Assert.Equal(0, BytesPerCall(() => Slug.CheckDistinct(Priorities, "priorityIds")));

    [Fact]
    public void Preconditions_CheckArgument_Interpolated_AllocatesNothingWhenItHolds()
    {
        decimal value = 12.5m;
        Assert.Equal(0, BytesPerCall(() =>
        {
            Preconditions.CheckArgument(value >= 0m, "value", $"must not be negative, but was {value}");
            return value;
        }));
    }

    [Fact]
    public void Preconditions_CheckArgument_Interpolated_FormatsTheMessageWhenItFails()
    {
        decimal value = -12.5m;
        string? none = null;
        var exception = Assert.Throws<ArgumentRefusedException>(() =>
            Preconditions.CheckArgument(value >= 0m, "value", $"must not be negative, but was {value} ({Dates.Iso(Day)}, {7:D3}, {"x",3}|{"y",-3}|{none}|{1.5m,6:F2})"));
        Assert.Equal("value", exception.ParamName);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.CurrentCulture, "must not be negative, but was {0} (2024-06-01, 007,   x|y  ||{1,6:F2}).", value, 1.5m), exception.Reason);
    }

    /// <summary>Asserts that a constructor allocates its object and nothing else: no message, no path, no closure.</summary>
    private static void AssertOnlyItself<T>(Func<T> build)
        where T : class
    {
        long own = BytesPerCall(() => (T)RuntimeHelpers.GetUninitializedObject(typeof(T)));
        long bytes = BytesPerCall(build);
        Assert.True(bytes == own, $"constructing a valid {typeof(T).Name} allocated {bytes} bytes; the {typeof(T).Name} itself is {own} bytes.");
    }

    /// <summary>The bytes the current thread allocates per call of <paramref name="call"/>, after a warm-up.</summary>
    private static long BytesPerCall<T>(Func<T> call)
    {
        T kept = default!;
        for (int i = 0; i < 200; i++)
        {
            kept = call();
        }
        long least = long.MaxValue;
        // The least of three runs: a run that met a one-off allocation of the runtime (tiering, a type's first use) does not count.
        for (int run = 0; run < 3; run++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Count; i++)
            {
                kept = call();
            }
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        GC.KeepAlive(kept);
        return least / Count;
    }
}
