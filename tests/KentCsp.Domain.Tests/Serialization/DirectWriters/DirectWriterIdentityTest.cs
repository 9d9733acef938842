using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.Hostile;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace KentCsp.Domain.Tests.Serialization.DirectWriters;

/// <summary>
/// The direct writers of the funding round and the indicator set write exactly the bytes the serializer writes for
/// their wire documents: for every round and set the tests can produce — the built-in Kent data, every approved snapshot
/// document that reads as one, the hostile-input campaign's seeds and the mutations of them that read, text with
/// non-ASCII, quotes, control characters and surrogate pairs, and large generated documents — through every writer
/// (text, UTF-8 bytes, stream, asynchronous stream).
/// </summary>
public class DirectWriterIdentityTest(ITestOutputHelper output)
{
    /// <summary>Mutated documents tried per seed document and mutation family.</summary>
    private const int MutationsPerFamily = 16;

    /// <summary>Text that the escaping must treat exactly as the serializer does.</summary>
    private static readonly string[] AwkwardTexts =
    [
        "Café – “quoted” £5 <b>&amp;</b> 'single' + plus",
        "quote \" backslash \\ slash / tab \t newline \n return \r",
        "controls \u0001\u0008\u000B\u000C\u001F and DEL \u007F",
        "line separators \u2028 \u2029 and a BOM \uFEFF",
        "surrogate pairs 😀 𝄞 𠜎",
        "non-Latin: Ελληνικά, Русский, 日本語, عربي",
        "",
    ];

    [Fact]
    public async Task FundingRounds_DirectWriter_WritesTheSerializersBytes()
    {
        var rounds = FundingRounds();
        foreach (var (name, round) in rounds)
        {
            await AssertSameBytes(name, round, KentCspJson.SerializeThroughWireDocument, KentCspJson.SerializeTextThroughWireDocument,
                KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.Serialize, KentCspJson.SerializeAsync);
        }
        output.WriteLine($"{rounds.Count} funding rounds compared");
        Assert.True(rounds.Count >= 100, $"only {rounds.Count} funding rounds compared");
    }

    [Fact]
    public async Task IndicatorSets_DirectWriter_WritesTheSerializersBytes()
    {
        var sets = IndicatorSets();
        foreach (var (name, set) in sets)
        {
            await AssertSameBytes(name, set, KentCspJson.SerializeThroughWireDocument, KentCspJson.SerializeTextThroughWireDocument,
                KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.Serialize, KentCspJson.SerializeAsync);
        }
        output.WriteLine($"{sets.Count} indicator sets compared");
        Assert.True(sets.Count >= 50, $"only {sets.Count} indicator sets compared");
    }

    [Fact]
    public void AwkwardText_EveryString_IsWrittenAsTheSerializerWritesIt()
    {
        foreach (string text in AwkwardTexts)
        {
            var round = RoundWithText(text);
            Assert.Equal(Encoding.UTF8.GetString(KentCspJson.SerializeThroughWireDocument(round)), KentCspJson.Serialize(round));
            var set = SetWithText(text);
            Assert.Equal(Encoding.UTF8.GetString(KentCspJson.SerializeThroughWireDocument(set)), KentCspJson.Serialize(set));
        }
    }

    [Fact]
    public void LongText_LongerThanTheFirstBufferSegment_IsWrittenAsTheSerializerWritesIt()
    {
        // One value longer than the first segment of the bytes writer's buffer, escaped on the way (so it grows as written).
        string text = string.Concat(Enumerable.Repeat("long \"text\" \u00e9 ", 6_500));
        var round = new RoundBuilder().WithBid(RoundBuilder.Bid("a", purpose: text)).WithBid(RoundBuilder.Bid("b", purpose: text)).Build();
        Assert.True(text.Length > DirectWriting.SegmentedBuffer.FirstSegmentSize);
        Assert.Equal(KentCspJson.SerializeThroughWireDocument(round), KentCspJson.SerializeToUtf8Bytes(round));
    }

    [Fact]
    public void SegmentedBuffer_WritesAcrossSegmentsAndLargerThanOne_KeepsEveryByteInOrder()
    {
        var expected = new List<byte>();
        using var buffer = new DirectWriting.SegmentedBuffer();
        var random = new Random(20261130);
        foreach (int size in new[] { 1, 4_096, DirectWriting.SegmentedBuffer.FirstSegmentSize - 10, 100, 9 * DirectWriting.SegmentedBuffer.FirstSegmentSize, 7, 50_000, 200_000, 3 })
        {
            var span = buffer.GetSpan(size);
            Assert.True(span.Length >= size, $"asked for {size} bytes, given {span.Length}");
            for (int i = 0; i < size; i++)
            {
                span[i] = (byte)random.Next(256);
                expected.Add(span[i]);
            }
            buffer.Advance(size);
        }
        Assert.Equal(expected.Count, buffer.Count);
        Assert.Equal(expected.ToArray(), buffer.ToArray());
    }

    [Fact]
    public void LoneSurrogate_BothWriters_FailAlike()
    {
        // A lone surrogate is not text; whatever the serializer does with it, the direct writer must do the same.
        var round = RoundWithText("half \uD800 a pair");
        var old = Outcome(() => KentCspJson.SerializeThroughWireDocument(round));
        var direct = Outcome(() => KentCspJson.SerializeToUtf8Bytes(round));
        Assert.Equal(old, direct);
    }

    [Fact]
    public void LargeRound_Stream_IsHandedOnInParts()
    {
        var round = MixedFundingRound.Build(5_000);
        using var stream = new CountingStream();
        KentCspJson.Serialize(stream, round);
        Assert.Equal(KentCspJson.SerializeThroughWireDocument(round), stream.ToArray());
        Assert.True(stream.Writes > 10, $"the document was handed on in {stream.Writes} writes");
        Assert.True(stream.LargestWrite < 64 * 1024, $"one write was {stream.LargestWrite} bytes");
    }

    [Fact]
    public async Task LargeSet_AsyncStream_IsHandedOnInParts()
    {
        var set = LargeIndicatorSet.Build(20_000);
        using var stream = new CountingStream();
        await KentCspJson.SerializeAsync(stream, set);
        Assert.Equal(KentCspJson.SerializeThroughWireDocument(set), stream.ToArray());
        Assert.True(stream.Writes > 10, $"the document was handed on in {stream.Writes} writes");
        Assert.True(stream.LargestWrite < 64 * 1024, $"one write was {stream.LargestWrite} bytes");
    }

    private static string Outcome(Func<byte[]> write)
    {
        try
        {
            return Convert.ToBase64String(write());
        }
        catch (Exception exception)
        {
            return exception.GetType().FullName + ": " + exception.Message;
        }
    }

    private static async Task AssertSameBytes<T>(string name, T value, Func<T, byte[]> oldBytes, Func<T, string> oldText,
        Func<T, byte[]> bytes, Func<T, string> text, Action<Stream, T> stream, Func<Stream, T, Task> streamAsync)
    {
        byte[] expected = oldBytes(value);
        AssertEqual(name, "UTF-8 bytes", expected, bytes(value));
        string expectedText = oldText(value);
        Assert.True(expectedText == text(value), $"{name}: the text differs");
        using (var written = new MemoryStream())
        {
            stream(written, value);
            AssertEqual(name, "stream", expected, written.ToArray());
        }
        using (var written = new MemoryStream())
        {
            await streamAsync(written, value);
            AssertEqual(name, "asynchronous stream", expected, written.ToArray());
        }
    }

    private static void AssertEqual(string name, string writer, byte[] expected, byte[] actual)
    {
        if (Snapshot.Difference(expected, actual) is { } difference)
        {
            Assert.Fail($"{name}, {writer}: {difference}");
        }
    }

    // ---- The rounds ---------------------------------------------------------------------------------------------

    private static List<(string Name, FundingRound Round)> FundingRounds()
    {
        var rounds = new List<(string, FundingRound)>
        {
            ("KentFunding.Round2016To17", KentFunding.Round2016To17),
            ("KentFunding.Round2017To18", KentFunding.Round2017To18),
            ("FundingBuilders.EveryMember", FundingBuilders.EveryMember()),
        };
        rounds.AddRange(KentBuiltIns.All.Where(entry => entry.Value is FundingRound).Select(entry => (entry.Name + " (built-in)", (FundingRound)entry.Value)));
        foreach (var (file, json) in DocumentFiles())
        {
            if (TryRead(json, KentCspJson.DeserializeFundingRound) is { } round)
            {
                rounds.Add((file, round));
            }
        }
        rounds.AddRange(Mutated("funding round", KentCspJson.DeserializeFundingRound));
        rounds.AddRange(AwkwardTexts.Select((text, i) => ($"awkward text {i}", RoundWithText(text))));
        foreach (int count in new[] { 0, 1, 7, 100, 1_000, 10_000 })
        {
            rounds.Add(($"MixedFundingRound.Build({count})", MixedFundingRound.Build(count)));
        }
        foreach (int count in new[] { 1, 250 })
        {
            rounds.Add(($"LargeFundingRound.Build({count})", LargeFundingRound.Build(count)));
        }
        return rounds;
    }

    private static List<(string Name, IndicatorSet Set)> IndicatorSets()
    {
        var sets = new List<(string, IndicatorSet)>
        {
            ("KentIndicators.July2017", KentIndicators.July2017),
        };
        sets.AddRange(KentBuiltIns.All.Where(entry => entry.Value is IndicatorSet).Select(entry => (entry.Name + " (built-in)", (IndicatorSet)entry.Value)));
        foreach (var (file, json) in DocumentFiles())
        {
            if (TryRead(json, KentCspJson.DeserializeIndicatorSet) is { } set)
            {
                sets.Add((file, set));
            }
        }
        sets.AddRange(Mutated("indicator set", KentCspJson.DeserializeIndicatorSet));
        sets.AddRange(AwkwardTexts.Select((text, i) => ($"awkward text {i}", SetWithText(text))));
        sets.Add(("every period kind", EveryPeriodKind()));
        foreach (int count in new[] { 0, 1, 100, 1_000, 50_000 })
        {
            sets.Add(($"LargeIndicatorSet.Build({count})", LargeIndicatorSet.Build(count)));
        }
        return sets;
    }

    /// <summary>Every approved snapshot and fixture document under the tests, by file name.</summary>
    private static IEnumerable<(string File, string Json)> DocumentFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Tests, "*.json", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)));

    /// <summary>The hostile campaign's seed documents of <paramref name="kind"/>, and those of their mutations that read.</summary>
    private static IEnumerable<(string Name, T Value)> Mutated<T>(string kind, Func<string, T> read)
        where T : class
    {
        var seeds = HostileInputCampaignTest.SeedDocuments()[kind];
        Assert.NotEmpty(seeds);
        for (int s = 0; s < seeds.Count; s++)
        {
            var (seedName, document) = seeds[s];
            if (TryRead(document, read) is { } seed)
            {
                yield return ($"seed {seedName}", seed);
            }
            for (int m = 0; m < HostileInputCampaignTest.Mutations.Length; m++)
            {
                string mutation = HostileInputCampaignTest.Mutations[m];
                for (int n = 0; n < MutationsPerFamily; n++)
                {
                    var random = new Random(HostileInputCampaignTest.DefaultSeed ^ (s * 7919) ^ (m * 104729) ^ (n * 31));
                    if (TryRead(HostileInputCampaignTest.Mutate(document, mutation, random), read) is { } value)
                    {
                        yield return ($"{seedName}, {mutation} #{n}", value);
                    }
                }
            }
        }
    }

    private static T? TryRead<T>(string json, Func<string, T> read)
        where T : class
    {
        try
        {
            return read(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A round that carries <paramref name="text"/> in every member of free text and every organisation identifier, and in its provenance (a field's key too).</summary>
    private static FundingRound RoundWithText(string text)
    {
        string nonBlank = "x" + text;
        string id = Identifier(text);
        var source = new SourceDocument(nonBlank, new LocalDate(2017, 3, 1), nonBlank);
        var funder = new LocalPolicingBody(new Organisation(new OrganisationId("opcc", id), nonBlank), LocalPolicingBodyKind.PoliceAndCrimeCommissioner, nonBlank);
        var grant = new Grant("g", funder, new Organisation(new OrganisationId(id, "csp"), nonBlank, ResponsibleAuthorityKind.DistrictCouncil),
            new FinancialYear(2017), Money.FromPounds(1_000m), nonBlank, GrantCondition.All, source);
        Bid[] bids =
        [
            new("bid", new Organisation(new OrganisationId("charity", "c"), nonBlank), nonBlank, nonBlank, Money.FromPounds(0.10m),
                ["priority"], ["objective"], ProjectScope.Local(nonBlank), new LocalDate(2017, 5, 2)),
        ];
        BidDecision[] decisions = [new("bid", DecisionOutcome.Funded, new LocalDate(2017, 6, 1), nonBlank, Money.FromPounds(999_999_999_999.99m), null)];
        Allocation[] allocations = [new("bid-a", "bid", Money.FromPounds(0.10m), new LocalDate(2017, 6, 15))];
        Payment[] payments = [new("bid-a", Money.FromPounds(0.01m), new LocalDate(2017, 7, 1))];
        MonitoringReturn[] returns = [new("bid-a", new LocalDate(2017, 9, 1), new LocalDate(2017, 9, 30), null)];
        Repayment[] repayments = [new("bid-a", Money.FromPounds(1.5m), new LocalDate(2018, 3, 15), nonBlank)];
        var round = new FundingRound("round", grant, null, bids, decisions, allocations, payments, returns, repayments, source);
        var provenance = ProvenanceRecord.Of(Provenance.Of(ProvenanceKind.Inferred, source, nonBlank))
            .With("grant." + id, Provenance.Of(ProvenanceKind.Sourced, source, null));
        return round.WithProvenance(provenance);
    }

    /// <summary><paramref name="text"/> as an identifier: without its white space, and never empty.</summary>
    private static string Identifier(string text) => "x" + new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>A set that carries <paramref name="text"/> in its indicator's name and in its provenance's source.</summary>
    private static IndicatorSet SetWithText(string text)
    {
        string nonBlank = "x" + text;
        var indicator = new IndicatorDefinition("indicator", nonBlank, IndicatorUnit.Percentage, IndicatorPolarity.LowerIsBetter, isSeverityClassified: true);
        var series = new IndicatorSeries(indicator, PeriodKind.Month, SeverityBasis.Adjusted,
            [new IndicatorValue(ReportingPeriod.ForMonth(2017, 4), 12.50m), new IndicatorValue(ReportingPeriod.ForMonth(2017, 5), 0.000m)]);
        var source = new SourceDocument(nonBlank, null, nonBlank);
        return new IndicatorSet([indicator], [series], []).WithProvenance(ProvenanceRecord.Of(Provenance.Of(ProvenanceKind.Sourced, source, null)));
    }

    /// <summary>A set with a series of every period kind, at the ends of the supported years, and road casualty figures.</summary>
    private static IndicatorSet EveryPeriodKind()
    {
        var count = new IndicatorDefinition("count", "Count", IndicatorUnit.Count, IndicatorPolarity.HigherIsBetter);
        var rate = new IndicatorDefinition("rate", "Rate", IndicatorUnit.RatePerThousand, IndicatorPolarity.NoPreferredDirection);
        var casualties = new IndicatorDefinition("casualties", "Casualties", IndicatorUnit.Count, IndicatorPolarity.LowerIsBetter, isSeverityClassified: true);
        var periods = new[]
        {
            (PeriodKind.Month, new[] { ReportingPeriod.ForMonth(1000, 1), ReportingPeriod.ForMonth(2017, 12), ReportingPeriod.ForMonth(9998, 12) }),
            (PeriodKind.FinancialQuarter, new[] { ReportingPeriod.Containing(PeriodKind.FinancialQuarter, new LocalDate(1000, 4, 1)), ReportingPeriod.Containing(PeriodKind.FinancialQuarter, new LocalDate(2018, 2, 1)), ReportingPeriod.Containing(PeriodKind.FinancialQuarter, new LocalDate(9998, 7, 1)) }),
            (PeriodKind.FinancialYear, new[] { ReportingPeriod.ForFinancialYear(new FinancialYear(1000)), ReportingPeriod.ForFinancialYear(new FinancialYear(2099)), ReportingPeriod.ForFinancialYear(new FinancialYear(9998)) }),
            (PeriodKind.CalendarYear, new[] { ReportingPeriod.Containing(PeriodKind.CalendarYear, new LocalDate(1000, 1, 1)), ReportingPeriod.Containing(PeriodKind.CalendarYear, new LocalDate(9998, 1, 1)) }),
        };
        var series = new List<IndicatorSeries>();
        foreach (var (kind, list) in periods)
        {
            series.Add(new IndicatorSeries(count, kind, null, list.Select((period, i) => new IndicatorValue(period, i * 1000.0m))));
            series.Add(new IndicatorSeries(rate, kind, null, list.Select((period, i) => new IndicatorValue(period, i + 0.125m))));
            series.Add(new IndicatorSeries(casualties, kind, SeverityBasis.Adjusted, list.Select((period, i) => new IndicatorValue(period, i + 0.5000m))));
        }
        var figures = new[]
        {
            new RoadCasualtyFigures(ReportingPeriod.ForMonth(2017, 5), SeverityBasis.Adjusted, 1.25m, 10.0m, 100m),
            new RoadCasualtyFigures(ReportingPeriod.ForFinancialYear(new FinancialYear(2017)), SeverityBasis.Raw, 0m, 0.00m, 1234567.0m),
        };
        return new IndicatorSet([count, rate, casualties], series, figures);
    }

    /// <summary>A memory stream that counts the writes it is given and the largest.</summary>
    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }
    }
}
