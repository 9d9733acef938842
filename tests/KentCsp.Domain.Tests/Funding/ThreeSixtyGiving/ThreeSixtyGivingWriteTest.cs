using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

public class ThreeSixtyGivingWriteTest
{
    private static readonly LocalDate Issued = ThreeSixtyGivingTest.Issued;

    [Fact]
    public void Write_Kent2016To17_WritesTheApprovedSnapshotByteForByte()
    {
        using var stream = new MemoryStream();

        var warnings = ThreeSixtyGiving.Write(stream, [KentFunding.Round2016To17], KentThreeSixtyGiving.Options(Issued)).Warnings;

        Assert.Null(Snapshot.Difference(Approved("ThreeSixtyGivingTest.Export_Kent2016To17_MatchesSnapshot"), stream.ToArray()));
        var exported = ThreeSixtyGiving.ExportWithWarnings([KentFunding.Round2016To17], KentThreeSixtyGiving.Options(Issued));
        Assert.Equal(exported.Warnings, warnings);
        Assert.Equal(16, warnings.Count);
    }

    [Fact]
    public void Write_HandMadeRound_WritesTheApprovedSnapshotByteForByte()
    {
        using var stream = new MemoryStream();
        var hand = ThreeSixtyGivingTest.HandMade.Round();

        ThreeSixtyGiving.Write(stream, [hand], ExportOptions.Unguarded(ThreeSixtyGivingTest.HandMade.Publisher, new LocalDate(2019, 4, 30), ThreeSixtyGivingTest.HandMade.County));

        Assert.Null(Snapshot.Difference(Approved("ThreeSixtyGivingTest.Export_HandMadeRound_MatchesSnapshot"), stream.ToArray()));
    }

    [Theory]
    [InlineData(1, 1, 7)]
    [InlineData(3, 40, 11)]
    [InlineData(5, 600, 2024)]
    public void Write_GeneratedRounds_SameBytesAndWarningsAsExport(int roundCount, int bidsPerRound, int seed)
    {
        var rounds = GeneratedRounds.Build(roundCount, bidsPerRound, seed);
        using var stream = new MemoryStream();

        var warnings = ThreeSixtyGiving.Write(stream, rounds, ExportOptions.Unguarded(GeneratedRounds.Publisher, Issued, GeneratedRounds.County)).Warnings;

        var exported = ThreeSixtyGiving.ExportWithWarnings(rounds, ExportOptions.Unguarded(GeneratedRounds.Publisher, Issued, GeneratedRounds.County));
        Assert.Null(Snapshot.Difference(Encoding.UTF8.GetBytes(exported.Package), stream.ToArray()));
        Assert.Equal(exported.Warnings, warnings);
        // The marked round gives warnings, some of them for payments against an allocation.
        Assert.Contains(warnings, warning => warning.Field == "amountDisbursed");
    }

    [Fact]
    public void Write_GeneratedRounds_DisbursedIsTheSumOfEachAllocationsPayments()
    {
        var rounds = GeneratedRounds.Build(2, 50, 5);
        using var stream = new MemoryStream();

        ThreeSixtyGiving.Write(stream, rounds, ExportOptions.Unguarded(GeneratedRounds.Publisher, Issued, null));

        stream.Position = 0;
        using var package = System.Text.Json.JsonDocument.Parse(stream);
        var grants = package.RootElement.GetProperty("grants").EnumerateArray().ToList();
        var allocations = rounds.SelectMany(round => round.Allocations.Select(allocation => (round, allocation))).ToList();
        Assert.Equal(allocations.Count, grants.Count);
        for (int i = 0; i < grants.Count; i++)
        {
            var (round, allocation) = allocations[i];
            decimal paid = round.Payments.Where(payment => payment.AllocationId == allocation.Id).Sum(payment => payment.Amount.Pounds);
            if (paid == 0m)
            {
                Assert.False(grants[i].TryGetProperty("amountDisbursed", out _));
            }
            else
            {
                Assert.Equal(paid, grants[i].GetProperty("amountDisbursed").GetDecimal());
            }
        }
    }

    public static TheoryData<string> Refusals() => ["no allocations", "same round twice", "null round", "no rounds"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Write_RefusedRounds_WritesNothingToTheStream(string refusal)
    {
        FundingRound[] rounds = refusal switch
        {
            "no allocations" => [KentFunding.Round2017To18],
            "same round twice" => [KentFunding.Round2016To17, KentFunding.Round2016To17],
            "null round" => [KentFunding.Round2016To17, null!],
            _ => [],
        };
        var stream = new RecordingStream();

        var exception = Assert.Throws<ArgumentRefusedException>(
            () => ThreeSixtyGiving.Write(stream, rounds, ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null)));

        Assert.Equal("rounds", exception.ParamName);
        Assert.Equal(0, stream.Length);
        Assert.Empty(stream.WriteEnds);
        Assert.Equal(0, stream.Flushes);
    }

    [Fact]
    public void Write_SameRoundTwice_RefusesWithTheMessageExportGives()
    {
        FundingRound[] rounds = [KentFunding.Round2016To17, KentFunding.Round2016To17];

        var written = Assert.Throws<ArgumentRefusedException>(() => ThreeSixtyGiving.Write(new MemoryStream(), rounds, ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null)));
        var exported = Assert.Throws<ArgumentRefusedException>(() => ThreeSixtyGiving.Export(rounds, ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null)));

        Assert.Equal(exported.Message, written.Message);
        Assert.StartsWith("rounds would give two grants the identifier '360G-kentcsp-2016-17-licence-to-kill' (rounds[0].allocations[0] and rounds[1].allocations[0]);", written.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LazyRounds_EnumeratedOnceAndTheOutputArrivesInManyBoundedWrites()
    {
        int enumerations = 0;
        IEnumerable<FundingRound> Lazy()
        {
            enumerations++;
            foreach (var round in GeneratedRounds.Build(4, 500, 99))
            {
                yield return round;
            }
        }
        var stream = new RecordingStream();

        ThreeSixtyGiving.Write(stream, Lazy(), ExportOptions.Unguarded(GeneratedRounds.Publisher, Issued, GeneratedRounds.County));

        Assert.Equal(1, enumerations);
        // About 2,000 grants of about 1 KB: the bytes reach the stream in pieces of about 16 KiB as the grants are
        // written, never as one package-sized write at the end.
        long total = stream.Length;
        Assert.True(total > 1_000_000, $"{total} bytes");
        Assert.True(stream.WriteEnds.Count > 50, $"{stream.WriteEnds.Count} writes");
        long largest = stream.WriteEnds.Zip(stream.WriteEnds.Skip(1), (before, after) => after - before).Prepend(stream.WriteEnds[0]).Max();
        Assert.InRange(largest, 1, 20 * 1024);
        Assert.Equal(total, stream.WriteEnds[^1]);
    }

    [Fact]
    public async Task WriteAsync_GeneratedRounds_SameBytesAndWarningsAsWrite()
    {
        var rounds = GeneratedRounds.Build(3, 300, 41);
        using var expected = new MemoryStream();
        var expectedWarnings = ThreeSixtyGiving.Write(expected, rounds, ExportOptions.Unguarded(GeneratedRounds.Publisher, Issued, GeneratedRounds.County)).Warnings;
        using var stream = new MemoryStream();

        var warnings = (await ThreeSixtyGiving.WriteAsync(stream, rounds, ExportOptions.Unguarded(GeneratedRounds.Publisher, Issued, GeneratedRounds.County))).Warnings;

        Assert.Null(Snapshot.Difference(expected.ToArray(), stream.ToArray()));
        Assert.Equal(expectedWarnings, warnings);
    }

    [Fact]
    public async Task WriteAsync_CancelledToken_IsCancelledAndWritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var stream = new RecordingStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ThreeSixtyGiving.WriteAsync(stream, [KentFunding.Round2016To17], ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null), cancelled.Token));

        Assert.Equal(0, stream.Length);
        Assert.Empty(stream.WriteEnds);
    }

    [Fact]
    public async Task WriteAsync_CancelledPartWay_StopsAtTheNextHandOver()
    {
        using var cancellation = new CancellationTokenSource();
        var stream = new RecordingStream(cancelAfterWrites: 3, cancellation: cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ThreeSixtyGiving.WriteAsync(stream, GeneratedRounds.Build(2, 500, 8), ExportOptions.Unguarded(GeneratedRounds.Publisher, Issued, null), cancellation.Token));

        Assert.Equal(3, stream.WriteEnds.Count);
    }

    [Fact]
    public void WriteAsync_RefusedRounds_ThrowsFromTheCallAndWritesNothing()
    {
        var stream = new RecordingStream();

        var exception = Assert.Throws<ArgumentRefusedException>(
            () => { _ = ThreeSixtyGiving.WriteAsync(stream, [KentFunding.Round2017To18], ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null)); });

        Assert.Equal("rounds", exception.ParamName);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Write_BadStream_ThrowsNamingIt()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(
            () => ThreeSixtyGiving.Write(null!, [KentFunding.Round2016To17], ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null))).ParamName);
        var readOnly = new MemoryStream(new byte[16], writable: false);
        var exception = Assert.Throws<ArgumentRefusedException>(
            () => ThreeSixtyGiving.Write(readOnly, [KentFunding.Round2016To17], ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null)));
        Assert.Equal("utf8Json", exception.ParamName);
        Assert.StartsWith("utf8Json must be a writable stream.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NullArguments_ThrowNamingThem()
    {
        Assert.Equal("rounds", Assert.Throws<ArgumentNullException>(() => ThreeSixtyGiving.Write(new MemoryStream(), null!, ExportOptions.Unguarded(KentThreeSixtyGiving.Publisher, Issued, null))).ParamName);
        Assert.Equal("publisher", Assert.Throws<ArgumentNullException>(() => ThreeSixtyGiving.Write(new MemoryStream(), [KentFunding.Round2016To17], ExportOptions.Unguarded(null!, Issued, null))).ParamName);
    }

    private static byte[] Approved(string name) =>
        File.ReadAllBytes(Path.Combine(RepositoryPaths.Tests, "Funding", "ThreeSixtyGiving", name + ".approved.json"));

    /// <summary>
    /// A write-only stream that records where it stands after each write and counts flushes; it keeps no bytes, only
    /// their count. It can measure the live heap every so many writes, and cancel a token after a number of writes.
    /// </summary>
    internal sealed class RecordingStream(int sampleLiveBytesEvery = 0, int cancelAfterWrites = -1, CancellationTokenSource? cancellation = null) : Stream
    {
        private long length;

        public List<long> WriteEnds { get; } = [];

        public int Flushes { get; private set; }

        public long MaxLiveBytes { get; private set; }

        public int LiveBytesSamples { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position
        {
            get => length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            length += count;
            WriteEnds.Add(length);
            if (sampleLiveBytesEvery > 0 && WriteEnds.Count % sampleLiveBytesEvery == 0)
            {
                MaxLiveBytes = Math.Max(MaxLiveBytes, GC.GetTotalMemory(forceFullCollection: true));
                LiveBytesSamples++;
            }
            if (WriteEnds.Count == cancelAfterWrites)
            {
                cancellation!.Cancel();
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override void Flush() => Flushes++;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>
    /// Funding rounds made from a seed: several rounds, two of them for the same year with distinct allocation
    /// identifiers; bids local and county-wide, with and without an amount asked for; allocations with no, one or two
    /// payments, the payments not in allocation order; and one round with provenance marks, so that warnings are given.
    /// </summary>
    internal static class GeneratedRounds
    {
        public static ThreeSixtyGivingPublisher Publisher { get; } = new("360G-example", "Example Community Safety Partnership", new Uri("https://example.org/grants"));

        public static ThreeSixtyGivingLocation County { get; } = new("Kent", "E10000016", "CTY");

        private static readonly string[] Districts = ["Thanet", "Swale", "Dover", "Ashford"];

        public static FundingRound[] Build(int roundCount, int bidsPerRound, int seed)
        {
            var random = new Random(seed);
            var funder = new LocalPolicingBody(new Organisation(Builders.Id("opcc"), "Office of the Example Police and Crime Commissioner"), LocalPolicingBodyKind.PoliceAndCrimeCommissioner, "Example");
            var partnership = new Organisation(new OrganisationId("360G-example", "csp"), "Example Community Safety Partnership");
            var rounds = new FundingRound[roundCount];
            for (int r = 0; r < roundCount; r++)
            {
                // Rounds 0 and 1 share a year; their allocation identifiers differ by the round's number.
                var year = new FinancialYear(2020 + Math.Max(0, r - 1));
                var source = new SourceDocument("Example funding report " + r.ToString(CultureInfo.InvariantCulture), year.End);
                var grant = new Grant($"example-{r}", funder, partnership, year, Money.FromPounds(50_000_000m), "Community safety projects – “quoted” £.", [GrantCondition.SupportsPriorities], source);
                var bids = new List<Bid>();
                var decisions = new List<BidDecision>();
                var allocations = new List<Allocation>();
                var payments = new List<Payment>();
                for (int b = 0; b < bidsPerRound; b++)
                {
                    string n = $"{r}-{b}";
                    var scope = random.Next(3) == 0 ? ProjectScope.Local(Districts[random.Next(Districts.Length)]) : ProjectScope.CountyWide;
                    decimal? requested = random.Next(4) == 0 ? null : random.Next(500, 20_000);
                    bids.Add(new Bid("bid-" + n, new Organisation(new OrganisationId("GB-CHC", (1_000_000 + random.Next(5_000)).ToString(CultureInfo.InvariantCulture)), "Trust " + n),
                        "Project " + n, $"Purpose of project {n}: \"safer\" streets – night £ patrols.", requested is { } pounds ? Money.FromPounds(pounds) : null,
                        ["priority"], [], scope, year.Start.PlusDays(10)));
                    // Most bids get one allocation; some two. The award is what they add up to, so that the rounds
                    // break no funding rule (the memory test measures the writer, not breaches let through).
                    int count = random.Next(5) == 0 ? 2 : 1;
                    decimal awarded = 0m;
                    for (int k = 0; k < count; k++)
                    {
                        var amount = Money.FromPounds(random.Next(100, 5_000) + 0.25m * random.Next(4));
                        awarded += amount.Pounds;
                        allocations.Add(new Allocation($"alloc-{n}-{k}", "bid-" + n, amount, year.Start.PlusDays(30 + k)));
                    }
                    decisions.Add(new BidDecision("bid-" + n, DecisionOutcome.Funded, year.Start.PlusDays(30), "Decided.", Money.FromPounds(awarded), null));
                }
                // Payments in a shuffled order, none, one or two per allocation.
                foreach (var allocation in allocations.OrderBy(_ => random.Next()))
                {
                    int count = random.Next(3);
                    decimal paid = 0m;
                    for (int k = 0; k < count; k++)
                    {
                        // A payment that would take the total past the allocation (FUND-012) is left out.
                        var payment = Money.FromPounds(random.Next(1, 500) + 0.01m * random.Next(100));
                        if (paid + payment.Pounds <= allocation.Amount.Pounds)
                        {
                            paid += payment.Pounds;
                            payments.Add(new Payment(allocation.Id, payment, year.Start.PlusDays(40 + k)));
                        }
                    }
                }
                var round = new FundingRound($"round-{r}", grant, null, bids, decisions, allocations, payments, [], [], source);
                if (r == roundCount - 1)
                {
                    round = round.WithProvenance(new ProvenanceRecord(
                        Provenance.Illustrative("Generated for the test."),
                        [
                            new FieldProvenance("payments", Provenance.Inferred("Paid on the usual day.")),
                            new FieldProvenance("allocations[0].allocatedOn", Provenance.Inferred("The report's date.")),
                            new FieldProvenance("bids[1].applicant", Provenance.Illustrative("Made up.")),
                        ]));
                }
                rounds[r] = round;
            }
            return rounds;
        }
    }
}

/// <summary>
/// Tests that measure the process's live heap: they run alone, after the other tests, so that no other test's
/// allocations are counted.
/// </summary>
[CollectionDefinition(nameof(LiveHeapCollection), DisableParallelization = true)]
public class LiveHeapCollection;

[Collection(nameof(LiveHeapCollection))]
public class ThreeSixtyGivingMemoryTest
{
    private static readonly LocalDate Issued = ThreeSixtyGivingTest.Issued;

    [Fact]
    public void Write_LargePackage_HoldsFarLessThanItWrites()
    {
        // Writing into memory holds the whole package; the stream writer holds what its checks need and about one
        // grant at a time. The stream measures the live heap (after a full collection) every 20 writes.
        var rounds = ThreeSixtyGivingWriteTest.GeneratedRounds.Build(2, 5_000, 3);
        var stream = new ThreeSixtyGivingWriteTest.RecordingStream(sampleLiveBytesEvery: 20);
        long baseline = GC.GetTotalMemory(forceFullCollection: true);

        var report = ThreeSixtyGiving.Write(stream, rounds, ExportOptions.Unguarded(ThreeSixtyGivingWriteTest.GeneratedRounds.Publisher, Issued, ThreeSixtyGivingWriteTest.GeneratedRounds.County));

        // Breaches let through are returned, and held while the package is written: the rounds must have none.
        Assert.Empty(report.RuleBreaches);
        Assert.True(stream.Length > 10_000_000, $"{stream.Length} bytes written");
        Assert.True(stream.LiveBytesSamples > 10, $"{stream.LiveBytesSamples} samples");
        long held = stream.MaxLiveBytes - baseline;
        Assert.True(held < stream.Length / 4, $"{held} bytes held while writing {stream.Length}");
        GC.KeepAlive(rounds);
    }
}
