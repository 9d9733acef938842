using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Funding;

public class FundingRoundJsonTest
{
    [Fact]
    public void Serialize_Kent2016To17_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(KentFunding.Round2016To17));
    }

    [Fact]
    public void Serialize_Kent2017To18_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(KentFunding.Round2017To18));
    }

    [Fact]
    public void Serialize_EveryMember_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(FundingBuilders.EveryMember()));
    }

    [Fact]
    public void RoundTrip_KentRoundsAndEveryMember_AreEqual()
    {
        foreach (var round in new[] { KentFunding.Round2016To17, KentFunding.Round2017To18, FundingBuilders.EveryMember() })
        {
            var again = KentCspJson.DeserializeFundingRound(KentCspJson.Serialize(round));
            Assert.Equal(round, again);
            Assert.Equal(KentCspJson.Serialize(round), KentCspJson.Serialize(again));
        }
    }

    [Fact]
    public void Serialize_StartsWithSchemaVersionThenCurrency()
    {
        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"kind\": \"funding\",\n  \"currency\": \"GBP\",\n  \"id\": \"kcsp-2016-17\",\n", KentCspJson.Serialize(KentFunding.Round2016To17), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Amounts_HaveExactlyTwoDecimalPlaces()
    {
        var json = KentCspJson.Serialize(KentFunding.Round2016To17);
        Assert.Contains("\"amount\": 39661.00,", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": 1080.00,", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": 156.37,", KentCspJson.Serialize(FundingBuilders.EveryMember()), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_AbsentOptionalMembers_AreLeftOut()
    {
        var json = KentCspJson.Serialize(KentFunding.Round2017To18);
        foreach (var member in new[] { "bidWindow", "amountRequested", "submittedOn", "district", "amountAwarded", "confirmBy", "receivedOn", "authorityKind" })
        {
            Assert.DoesNotContain($"\"{member}\"", json, StringComparison.Ordinal);
        }
        Assert.Contains("\"allocations\": [],", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => KentCspJson.Serialize((FundingRound)null!));
        Assert.Throws<ArgumentNullException>(() => KentCspJson.DeserializeFundingRound((string)null!));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("")]
    public void Deserialize_NotADocument_ThrowsJsonException(string json)
    {
        Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(json));
    }

    [Theory]
    // Money: only a JSON number that is a whole number of pence, never negative, never rounded.
    [InlineData("\"amount\": 156.37", "\"amount\": 156.375", "$.repayments[0].amount", "whole number of pence")]
    [InlineData("\"amount\": 156.37", "\"amount\": -156.37", "$.repayments[0].amount", "must not be negative")]
    [InlineData("\"amount\": 156.37", "\"amount\": \"156.37\"", "$.repayments[0].amount", "but found a string")]
    [InlineData("\"amount\": 156.37", "\"amount\": null", "$.repayments[0].amount", "but found null")]
    [InlineData("\"amount\": 156.37", "\"amount\": 1e30", "$.repayments[0].amount", "more than the largest amount of money this library holds, £999,999,999,999.99")]
    [InlineData("\"amount\": 156.37", "\"amount\": 1000000000000", "$.repayments[0].amount", "more than the largest amount of money this library holds, £999,999,999,999.99")]
    [InlineData("\"amount\": 156.37", "\"amount\": 156.3700000000000000000000000001", "$.repayments[0].amount", "more digits")]
    [InlineData("\"amount\": 156.37", "\"amount\": 1.5637e-1000", "$.repayments[0].amount", "has more digits")]
    [InlineData("\"amountRequested\": 12000.50", "\"amountRequested\": 0.00", "$.bids[0].amountRequested", "more than £0.00")]
    // A value the domain rejects is named at its element's path.
    [InlineData("\"district\": \"Thanet\"", "\"district\": \" \"", "$.bids[1].scope.district", "must not be empty")]
    [InlineData("\"kind\": \"CountyWide\"", "\"kind\": \"CountyWide\", \"district\": \"Thanet\"", "$.bids[0].scope", "names no district")]
    [InlineData("\"confirmBy\": \"2017-08-31\"", "\"confirmBy\": \"2017-05-31\"", "$.decisions[2].confirmBy", "must not be before the decision")]
    [InlineData("\"bidId\": \"thanet-project\"", "\"bidId\": \"thanet\"", "$.decisions[1].bidId", "not in the round")]
    [InlineData("\"allocationId\": \"county-project-1\",\n      \"amount\": 6000.00", "\"allocationId\": \"other\",\n      \"amount\": 6000.00", "$.payments[0].allocationId", "not in the round")]
    [InlineData("\"priorityIds\": [\n        \"road-safety\"", "\"priorityIds\": [\n        \"Road Safety\"", "$.bids[0].priorityIds[0]", "lower-case")]
    [InlineData("\"priorityIds\": [\n        \"road-safety\"", "\"priorityIds\": [\n        null", "$.bids[0].priorityIds[0]", "must not be null")]
    [InlineData("\"conditions\": [\n      \"SupportsPriorities\"", "\"conditions\": [\n      null", "$.grant.conditions[0]", "must not be null")]
    [InlineData("\"conditions\": [\n      \"SupportsPriorities\"", "\"conditions\": [\n      \"PanCountyScope\"", "$.grant.conditions", "more than once")]
    [InlineData("\"name\": \"Office of the Testshire Police & Crime Commissioner\"", "\"name\": \"Office\", \"authorityKind\": \"CountyCouncil\"", "$.grant.funder.organisation", "not one")]
    [InlineData("\"kind\": \"Mayor\"", "\"kind\": \"Governor\"", "$.grant.funder.kind", "is not a LocalPolicingBodyKind")]
    [InlineData("\"year\": \"2017/18\"", "\"year\": 2017", "$.grant.year", "but found a number")]
    [InlineData("\"bids\": [", "\"bids\": [\n    null,", "$.bids[0]", "must not be null")]
    [InlineData("\"end\": \"2017-05-31\"", "\"end\": \"2017-03-31\"", "$.bidWindow", "before it starts")]
    public void Deserialize_BadDocument_ThrowsJsonExceptionNamingThePath(string find, string replace, string path, string reason)
    {
        var json = KentCspJson.Serialize(FundingBuilders.EveryMember());
        Assert.Contains(find, json, StringComparison.Ordinal);
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(ReplaceFirst(json, find, replace)));
        Assert.Equal(path, exception.Path);
        Assert.StartsWith(path + ": ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_RoundBreakingTheFundingRules_Reads()
    {
        // The reader applies the round's own checks, not the funding rules: an over-allocation reads so that the rules can report it.
        var json = KentCspJson.Serialize(KentFunding.Round2016To17).Replace("\"amount\": 6000.00", "\"amount\": 60000.00");
        var round = KentCspJson.DeserializeFundingRound(json);
        Assert.Equal<MoneyTotal>(Money.FromPounds(93_661m), round.TotalAllocated);
    }

    [Theory]
    [InlineData("6000", "6000.00")]
    [InlineData("6e3", "6000.00")]
    [InlineData("6000.5", "6000.50")]
    [InlineData("6000.500000", "6000.50")]
    [InlineData("0.60E4", "6000.00")]
    public void Deserialize_AmountWrittenAnotherWay_ReadsExactlyAndWritesTwoDecimals(string written, string rewritten)
    {
        var json = KentCspJson.Serialize(KentFunding.Round2016To17).Replace("\"amount\": 6000.00", "\"amount\": " + written);
        var again = KentCspJson.Serialize(KentCspJson.DeserializeFundingRound(json));
        Assert.Contains("\"amount\": " + rewritten + ",", again, StringComparison.Ordinal);
    }

    // The largest amount, written in several ways, reads and is written back with two places.
    [Theory]
    [InlineData("999999999999.99")]
    [InlineData("999999999999.990")]
    public void Deserialize_LargestAmounts_RoundTripExactly(string pounds)
    {
        var money = Money.FromPounds(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture));
        var json = KentCspJson.Serialize(KentFunding.Round2016To17).Replace("\"amount\": 6000.00", "\"amount\": " + pounds);
        var written = KentCspJson.Serialize(KentCspJson.DeserializeFundingRound(json));
        Assert.Equal(money, KentCspJson.DeserializeFundingRound(written).Allocations[0].Amount);
        Assert.Contains("\"amount\": " + money.Pounds.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",", written, StringComparison.Ordinal);
    }

    [Fact]
    public void FundingRound_RoundTripsThroughJson()
    {
        Rounds.Sample(round =>
        {
            string json = KentCspJson.Serialize(round);
            var again = KentCspJson.DeserializeFundingRound(json);
            Assert.Equal(round, again);
            Assert.Equal(json, KentCspJson.Serialize(again));
        }, iter: 1_000);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int index = text.IndexOf(find, StringComparison.Ordinal);
        return text.Substring(0, index) + replace + text.Substring(index + find.Length);
    }

    // Random valid rounds: every optional member present or absent, text with quotes, back-slashes, control characters
    // and non-ASCII letters, and amounts from a penny to tens of trillions of pounds.

    private static readonly Gen<string> Slug =
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[1, 8].Select(chars => new string(chars));

    private static readonly Gen<string> Text =
        Gen.String[Gen.Char["abc XYZ'\"\\/&<>–£é\t\u0001\u00a0"], 1, 24].Where(text => !string.IsNullOrWhiteSpace(text));

    private static readonly Gen<Money> Amount =
        Gen.Frequency((3, Gen.Long[1, 10_000_000]), (1, Gen.Long[1, 99_999_999_999_999])).Select(Money.FromPence);

    private static readonly Gen<LocalDate> Date =
        Gen.Int[0, 200 * 365].Select(days => new LocalDate(1900, 1, 1).PlusDays(days));

    private static readonly Gen<Organisation> AnyOrganisation =
        Gen.Select(Slug, Text, Optional(Element(ResponsibleAuthorityKind.All)),
            (id, name, kind) => new Organisation(new OrganisationId("360G-prop", id), name, kind));

    private static readonly Gen<Grant> Grants =
        Gen.Select(Slug, Gen.Select(Slug, Text, Element(LocalPolicingBodyKind.All), Text), AnyOrganisation, Gen.Int[FinancialYear.MinStartYear, FinancialYear.MaxStartYear],
            Amount, Text, Gen.Bool.Array[GrantCondition.All.Count], Source,
            (id, funder, recipient, year, amount, purpose, conditions, source) => new Grant(
                id,
                new LocalPolicingBody(new Organisation(new OrganisationId("360G-prop", funder.Item1), funder.Item2), funder.Item3, funder.Item4),
                recipient,
                new FinancialYear(year),
                amount,
                purpose,
                GrantCondition.All.Where((_, i) => conditions[i]),
                source));

    private static Gen<SourceDocument> Source =>
        Gen.Select(Text, Optional(Date), Optional(Text), (title, date, locator) => new SourceDocument(title, date, locator));

    private static readonly Gen<Bid> Bids =
        Gen.Select(Gen.Select(Slug, AnyOrganisation, Text, Text), Optional(Amount), Slug.Array[0, 4], Slug.Array[0, 3], Optional(Text), Optional(Date),
            (head, amount, priorities, objectives, district, submittedOn) => new Bid(
                head.Item1,
                head.Item2,
                head.Item3,
                head.Item4,
                amount,
                priorities.Select((id, i) => $"p{i}-{id}"),
                objectives.Select((id, i) => $"o{i}-{id}"),
                district is null ? ProjectScope.CountyWide : ProjectScope.Local(district),
                submittedOn));

    private static readonly Gen<FundingRound> Rounds =
        from id in Slug
        from grant in Grants
        from window in Optional(Gen.Select(Date, Gen.Int[0, 400], (start, days) => new DateInterval(start, start.PlusDays(days))))
        from bids in Bids.Array[0, 5]
        let bidIds = bids.Select((bid, i) => $"b{i}-{bid.Id}").ToArray()
        from decisions in bidIds.Length == 0 ? Gen.Const(Array.Empty<BidDecision>()) : Decision(bidIds).Array[0, 6]
        from allocations in bidIds.Length == 0 ? Gen.Const(Array.Empty<Allocation>()) : Gen.Select(Element(bidIds), Amount, Date, (bidId, amount, date) => new Allocation("unnumbered", bidId, amount, date)).Array[0, 5]
        let allocationIds = allocations.Select((_, i) => $"a{i}").ToArray()
        from payments in allocationIds.Length == 0 ? Gen.Const(Array.Empty<Payment>()) : Gen.Select(Element(allocationIds), Amount, Date, (a, amount, date) => new Payment(a, amount, date)).Array[0, 4]
        from returns in allocationIds.Length == 0 ? Gen.Const(Array.Empty<MonitoringReturn>()) : Gen.Select(Element(allocationIds), Date, Gen.Int[0, 90], Optional(Gen.Int[0, 200]), (a, issued, due, received) => new MonitoringReturn(a, issued, issued.PlusDays(due), received is { } r ? issued.PlusDays(r) : null)).Array[0, 4]
        from repayments in allocationIds.Length == 0 ? Gen.Const(Array.Empty<Repayment>()) : Gen.Select(Element(allocationIds), Amount, Date, Text, (a, amount, date, reason) => new Repayment(a, amount, date, reason)).Array[0, 3]
        from source in Source
        select new FundingRound(
            id,
            grant,
            window,
            bids.Select((bid, i) => new Bid(bidIds[i], bid.Applicant, bid.Project, bid.Purpose, bid.AmountRequested, bid.PriorityIds, bid.PlanObjectives, bid.Scope, bid.SubmittedOn)),
            decisions,
            allocations.Select((allocation, i) => new Allocation(allocationIds[i], allocation.BidId, allocation.Amount, allocation.AllocatedOn)),
            payments,
            returns,
            repayments,
            source);

    private static Gen<BidDecision> Decision(string[] bidIds) =>
        Gen.Select(Element(bidIds), Element(DecisionOutcome.All), Date, Text, Optional(Amount), Optional(Gen.Int[0, 120]),
            (bidId, outcome, decidedOn, reason, amount, confirmIn) => new BidDecision(
                bidId,
                outcome,
                decidedOn,
                reason,
                outcome.Supports ? amount : null,
                outcome == DecisionOutcome.FundedInPrinciple && confirmIn is { } days ? decidedOn.PlusDays(days) : null));

    private static Gen<T> Element<T>(IReadOnlyList<T> items) => Gen.Int[0, items.Count - 1].Select(i => items[i]);

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class =>
        Gen.Bool.SelectMany(present => present ? gen.Select(value => (T?)value) : Gen.Const((T?)null));

    private static Gen<T?> Optional<T>(Gen<T> gen, int _ = 0)
        where T : struct =>
        Gen.Bool.SelectMany(present => present ? gen.Select(value => (T?)value) : Gen.Const((T?)null));
}
