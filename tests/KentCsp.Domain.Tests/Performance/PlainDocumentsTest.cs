#if !LIBRARY_NETSTANDARD
using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using KentCsp.Domain.Tests.TestSupport.PlainDocuments;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace KentCsp.Domain.Tests.Performance;

/// <summary>
/// The contenders of the benchmarks against plain classes do the library's work and no less: each reads the document
/// the library writes completely and, where it writes, writes the very same bytes. Plain System.Text.Json and
/// Newtonsoft.Json read the library's bytes into the plain classes and write them back byte for byte; what they read
/// equals the library's model (counts, totals and every field of chosen records); the token walk visits as many tokens
/// as the document has. Runs against one build of the library: the benchmarks run on net10.0.
/// </summary>
public class PlainDocumentsTest(ITestOutputHelper output)
{
    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public void FundingRound_PlainSystemTextJson_ReadsTheLibrarysDocumentAndWritesItsBytes(int bids)
    {
        var round = MixedFundingRound.Build(bids);
        byte[] library = KentCspJson.SerializeToUtf8Bytes(round);

        var plain = PlainJson.ReadFundingRound(library);

        Assert.Equal(Figures(round), Figures(plain));
        AssertSameBytes(library, PlainJson.Write(plain));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public void FundingRound_PlainNewtonsoft_ReadsTheLibrarysDocumentAndWritesItsBytes(int bids)
    {
        var round = MixedFundingRound.Build(bids);
        byte[] library = KentCspJson.SerializeToUtf8Bytes(round);

        var plain = PlainNewtonsoft.ReadFundingRound(library);

        Assert.Equal(Figures(round), Figures(plain));
        AssertSameBytes(library, PlainNewtonsoft.Write(plain));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public void FundingRound_TokenWalk_VisitsEveryToken(int bids)
    {
        byte[] library = KentCspJson.SerializeToUtf8Bytes(MixedFundingRound.Build(bids));

        var (tokens, valueBytes) = TokenWalk.Walk(library);
        output.WriteLine($"{library.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, {tokens.ToString("N0", CultureInfo.InvariantCulture)} tokens");

        Assert.Equal(ReferenceTokenCount(library), tokens);
        Assert.True(valueBytes > library.Length / 4, $"{valueBytes} bytes of values in {library.Length} bytes");
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public void IndicatorSet_PlainSystemTextJson_ReadsTheLibrarysDocumentAndWritesItsBytes(int values)
    {
        var set = LargeIndicatorSet.Build(values);
        byte[] library = KentCspJson.SerializeToUtf8Bytes(set);

        var plain = PlainJson.ReadIndicatorSet(library);

        Assert.Equal(Figures(set), Figures(plain));
        AssertSameBytes(library, PlainJson.Write(plain));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public void IndicatorSet_PlainNewtonsoft_ReadsTheLibrarysDocumentAndWritesItsBytes(int values)
    {
        var set = LargeIndicatorSet.Build(values);
        byte[] library = KentCspJson.SerializeToUtf8Bytes(set);

        var plain = PlainNewtonsoft.ReadIndicatorSet(library);

        Assert.Equal(Figures(set), Figures(plain));
        AssertSameBytes(library, PlainNewtonsoft.Write(plain));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public void IndicatorSet_TokenWalk_VisitsEveryToken(int values)
    {
        byte[] library = KentCspJson.SerializeToUtf8Bytes(LargeIndicatorSet.Build(values));

        var (tokens, valueBytes) = TokenWalk.Walk(library);
        output.WriteLine($"{library.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, {tokens.ToString("N0", CultureInfo.InvariantCulture)} tokens");

        Assert.Equal(ReferenceTokenCount(library), tokens);
        Assert.True(valueBytes > library.Length / 4, $"{valueBytes} bytes of values in {library.Length} bytes");
    }

    [Fact]
    public void MixedFundingRound_HasEveryKindOfRecordInItsStatedShare()
    {
        var round = MixedFundingRound.Build(1_000);
        var outcomes = round.Decisions.GroupBy(decision => decision.Outcome.Name).ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(600, outcomes[nameof(DecisionOutcome.Funded)]);
        Assert.Equal(100, outcomes[nameof(DecisionOutcome.FundedInPart)]);
        Assert.Equal(60, outcomes[nameof(DecisionOutcome.FundedInPrinciple)]);
        Assert.Equal(120, outcomes[nameof(DecisionOutcome.Refused)]);
        Assert.Equal(60, outcomes[nameof(DecisionOutcome.ReferredToLocalPartnership)]);
        Assert.Equal(940, round.Decisions.Count);
        Assert.Equal(700, round.Allocations.Count);
        Assert.Contains(round.MonitoringReturns, r => r.ReceivedOn is { } received && received <= r.DueOn);
        Assert.Contains(round.MonitoringReturns, r => r.ReceivedOn is { } received && received > r.DueOn);
        Assert.Contains(round.MonitoringReturns, r => r.ReceivedOn is null);
        Assert.Contains(round.Repayments, r => r.Reason.StartsWith("Funding withdrawn", StringComparison.Ordinal));
        Assert.Contains(round.Repayments, r => r.Reason.StartsWith("Unspent", StringComparison.Ordinal));
        Assert.Equal(KentCspJson.SerializeToUtf8Bytes(round), KentCspJson.SerializeToUtf8Bytes(MixedFundingRound.Build(1_000)));
    }

    [Fact]
    public void LargeIndicatorSet_HoldsExactlyTheValuesAskedFor()
    {
        var set = LargeIndicatorSet.Build(10_007);

        Assert.Equal(10_007, set.Series.Sum(series => series.Values.Count));
        Assert.All(set.Series, series => Assert.Equal(new LocalDate(2025, 3, 1), series.Values[series.Values.Count - 1].Period.Start));
    }

    private static void AssertSameBytes(byte[] library, byte[] plain)
    {
        if (Snapshot.Difference(library, plain) is { } difference)
        {
            int at = Math.Min(library.Length, plain.Length);
            for (int i = 0; i < at; i++)
            {
                if (library[i] != plain[i])
                {
                    at = i;
                    break;
                }
            }
            int from = Math.Max(0, at - 80);
            Assert.Fail($"{difference}\nlibrary: …{Text(library, from, at)}\nplain:   …{Text(plain, from, at)}");
        }
    }

    private static string Text(byte[] utf8, int from, int at) =>
        System.Text.Encoding.UTF8.GetString(utf8, from, Math.Min(utf8.Length, at + 80) - from);

    /// <summary>The tokens of a document counted from its parsed tree, not by a reader walk.</summary>
    private static long ReferenceTokenCount(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        return Count(document.RootElement);

        static long Count(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => 2 + element.EnumerateObject().Sum(property => 1 + Count(property.Value)),
            JsonValueKind.Array => 2 + element.EnumerateArray().Sum(Count),
            _ => 1,
        };
    }

    private sealed record RoundFigures(
        string Round, string Grant, int Bids, int Decisions, int Allocations, int Payments, int Returns, int Repayments,
        decimal Requested, decimal Awarded, decimal Allocated, decimal Paid, decimal Repaid,
        int NoAmount, int NoDate, int CountyWide, int Councils, int Priorities, int NotReceived, int Late, string Outcomes,
        string FirstBid, string LastBid, string LastDecision, string LastReturn, string LastRepayment);

    private static RoundFigures Figures(FundingRound round)
    {
        var grant = round.Grant;
        var last = round.Bids[round.Bids.Count - 1];
        var decision = round.Decisions[round.Decisions.Count - 1];
        var lastReturn = round.MonitoringReturns[round.MonitoringReturns.Count - 1];
        var repayment = round.Repayments[round.Repayments.Count - 1];
        return new RoundFigures(
            Join(round.Id, Day(round.BidWindow!.Start), Day(round.BidWindow.End), round.Source.Title, Day(round.Source.Date), round.Source.Locator),
            Join(grant.Id, grant.Funder.Organisation.Id.Scheme, grant.Funder.Organisation.Id.Identifier, grant.Funder.Organisation.Name, grant.Funder.Kind.Name, grant.Funder.Area,
                grant.Recipient.Name, grant.Year.ToString(), Pounds(grant.Amount.Pounds), grant.Purpose, string.Join(",", grant.Conditions.Select(c => c.Name)),
                grant.Source.Title, Day(grant.Source.Date), grant.Source.Locator),
            round.Bids.Count, round.Decisions.Count, round.Allocations.Count, round.Payments.Count, round.MonitoringReturns.Count, round.Repayments.Count,
            round.Bids.Sum(b => b.AmountRequested?.Pounds ?? 0m), round.Decisions.Sum(d => d.AmountAwarded?.Pounds ?? 0m),
            round.Allocations.Sum(a => a.Amount.Pounds), round.Payments.Sum(p => p.Amount.Pounds), round.Repayments.Sum(r => r.Amount.Pounds),
            round.Bids.Count(b => b.AmountRequested is null), round.Bids.Count(b => b.SubmittedOn is null),
            round.Bids.Count(b => b.Scope.District is null), round.Bids.Count(b => b.Applicant.AuthorityKind is not null),
            round.Bids.Sum(b => b.PriorityIds.Count + b.PlanObjectives.Count),
            round.MonitoringReturns.Count(r => r.ReceivedOn is null), round.MonitoringReturns.Count(r => r.ReceivedOn > r.DueOn),
            string.Join(",", round.Decisions.GroupBy(d => d.Outcome.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + "=" + g.Count().ToString(CultureInfo.InvariantCulture))),
            Bid(round.Bids[0]), Bid(last),
            Join(decision.BidId, decision.Outcome.Name, Day(decision.DecidedOn), decision.Reason, Pounds(decision.AmountAwarded?.Pounds), Day(decision.ConfirmBy)),
            Join(lastReturn.AllocationId, Day(lastReturn.IssuedOn), Day(lastReturn.DueOn), Day(lastReturn.ReceivedOn)),
            Join(repayment.AllocationId, Pounds(repayment.Amount.Pounds), Day(repayment.RepaidOn), repayment.Reason));

        static string Bid(Bid bid) => Join(bid.Id, bid.Applicant.Id.Scheme, bid.Applicant.Id.Identifier, bid.Applicant.Name, bid.Applicant.AuthorityKind?.Name,
            bid.Project, bid.Purpose, Pounds(bid.AmountRequested?.Pounds), string.Join(",", bid.PriorityIds), string.Join(",", bid.PlanObjectives),
            bid.Scope.Kind.Name, bid.Scope.District, Day(bid.SubmittedOn));
    }

    private static RoundFigures Figures(PlainFundingRound round)
    {
        Assert.Equal(KentCspJson.SchemaVersion, round.SchemaVersion);
        Assert.Equal("funding", round.Kind);
        Assert.Equal("GBP", round.Currency);
        var grant = round.Grant;
        var last = round.Bids[round.Bids.Count - 1];
        var decision = round.Decisions[round.Decisions.Count - 1];
        var lastReturn = round.MonitoringReturns[round.MonitoringReturns.Count - 1];
        var repayment = round.Repayments[round.Repayments.Count - 1];
        return new RoundFigures(
            Join(round.Id, Day(round.BidWindow!.Start), Day(round.BidWindow.End), round.Source.Title, Day(round.Source.Date), round.Source.Locator),
            Join(grant.Id, grant.Funder.Organisation.Id.Scheme, grant.Funder.Organisation.Id.Identifier, grant.Funder.Organisation.Name, grant.Funder.Kind, grant.Funder.Area,
                grant.Recipient.Name, grant.Year, Pounds(grant.Amount), grant.Purpose, string.Join(",", grant.Conditions),
                grant.Source.Title, Day(grant.Source.Date), grant.Source.Locator),
            round.Bids.Count, round.Decisions.Count, round.Allocations.Count, round.Payments.Count, round.MonitoringReturns.Count, round.Repayments.Count,
            round.Bids.Sum(b => b.AmountRequested ?? 0m), round.Decisions.Sum(d => d.AmountAwarded ?? 0m),
            round.Allocations.Sum(a => a.Amount), round.Payments.Sum(p => p.Amount), round.Repayments.Sum(r => r.Amount),
            round.Bids.Count(b => b.AmountRequested is null), round.Bids.Count(b => b.SubmittedOn is null),
            round.Bids.Count(b => b.Scope.District is null), round.Bids.Count(b => b.Applicant.AuthorityKind is not null),
            round.Bids.Sum(b => b.PriorityIds.Count + b.PlanObjectives.Count),
            round.MonitoringReturns.Count(r => r.ReceivedOn is null), round.MonitoringReturns.Count(r => r.ReceivedOn > r.DueOn),
            string.Join(",", round.Decisions.GroupBy(d => d.Outcome).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + "=" + g.Count().ToString(CultureInfo.InvariantCulture))),
            Bid(round.Bids[0]), Bid(last),
            Join(decision.BidId, decision.Outcome, Day(decision.DecidedOn), decision.Reason, Pounds(decision.AmountAwarded), Day(decision.ConfirmBy)),
            Join(lastReturn.AllocationId, Day(lastReturn.IssuedOn), Day(lastReturn.DueOn), Day(lastReturn.ReceivedOn)),
            Join(repayment.AllocationId, Pounds(repayment.Amount), Day(repayment.RepaidOn), repayment.Reason));

        static string Bid(PlainBid bid) => Join(bid.Id, bid.Applicant.Id.Scheme, bid.Applicant.Id.Identifier, bid.Applicant.Name, bid.Applicant.AuthorityKind,
            bid.Project, bid.Purpose, Pounds(bid.AmountRequested), string.Join(",", bid.PriorityIds), string.Join(",", bid.PlanObjectives),
            bid.Scope.Kind, bid.Scope.District, Day(bid.SubmittedOn));
    }

    private sealed record SetFigures(
        string Indicators, int Series, int Values, decimal Sum, int Figures, decimal FiguresSum, string SeriesEnds, string LastFigures);

    private static SetFigures Figures(IndicatorSet set)
    {
        var figures = set.RoadCasualties[set.RoadCasualties.Count - 1];
        return new SetFigures(
            string.Join(";", set.Indicators.Select(i => Join(i.Id, i.Name, i.Unit.Name, i.Polarity.Name, i.IsSeverityClassified ? "true" : null))),
            set.Series.Count, set.Series.Sum(s => s.Values.Count), set.Series.Sum(s => s.Values.Sum(v => v.Value)),
            set.RoadCasualties.Count, set.RoadCasualties.Sum(f => f.Killed + f.SeriouslyInjured + f.SlightlyInjured + f.KilledOrSeriouslyInjured),
            string.Join(";", set.Series.Select(s => Join(s.Indicator.Id, s.PeriodKind.Name, s.Basis?.Name,
                s.Values[0].Period.Label, Number(s.Values[0].Value), s.Values[s.Values.Count - 1].Period.Label, Number(s.Values[s.Values.Count - 1].Value)))),
            Join(figures.Period.Label, figures.Basis.Name, Number(figures.Killed), Number(figures.SeriouslyInjured), Number(figures.SlightlyInjured), Number(figures.KilledOrSeriouslyInjured)));
    }

    private static SetFigures Figures(PlainIndicatorSet set)
    {
        Assert.Equal(KentCspJson.SchemaVersion, set.SchemaVersion);
        Assert.Equal("indicators", set.Kind);
        var figures = set.RoadCasualties[set.RoadCasualties.Count - 1];
        return new SetFigures(
            string.Join(";", set.Indicators.Select(i => Join(i.Id, i.Name, i.Unit, i.Polarity, i.SeverityClassified == true ? "true" : null))),
            set.Series.Count, set.Series.Sum(s => s.Values.Count), set.Series.Sum(s => s.Values.Sum(v => v.Value)),
            set.RoadCasualties.Count, set.RoadCasualties.Sum(f => f.Killed + f.SeriouslyInjured + f.SlightlyInjured + (f.KilledOrSeriouslyInjured ?? 0m)),
            string.Join(";", set.Series.Select(s => Join(s.IndicatorId, s.PeriodKind, s.Basis,
                s.Values[0].Period, Number(s.Values[0].Value), s.Values[s.Values.Count - 1].Period, Number(s.Values[s.Values.Count - 1].Value)))),
            Join(figures.Period, figures.Basis, Number(figures.Killed), Number(figures.SeriouslyInjured), Number(figures.SlightlyInjured), Number(figures.KilledOrSeriouslyInjured)));
    }

    private static string Join(params string?[] fields) => string.Join("|", fields.Select(field => field ?? "∅"));

    private static string? Day(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Pounds(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value?.ToString("0.######", CultureInfo.InvariantCulture);
}
#endif
