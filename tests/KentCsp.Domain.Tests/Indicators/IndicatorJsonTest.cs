using System;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Indicators;

public class IndicatorJsonTest
{
    [Fact]
    public void IndicatorSet_RoundTrip_Equal()
    {
        foreach (var set in new[] { IndicatorFixtures.Illustrative(), KentIndicators.July2017 })
        {
            var read = KentCspJson.DeserializeIndicatorSet(KentCspJson.Serialize(set));

            Assert.Equal(set, read);
            Assert.Equal(KentCspJson.Serialize(set), KentCspJson.Serialize(read));
        }
    }

    [Fact]
    public void Serialize_IllustrativeSet_MatchesSnapshot() => Snapshot.VerifyJson(KentCspJson.Serialize(IndicatorFixtures.Illustrative()));

    [Fact]
    public void Deserialize_BadDocuments_MessagesNameTheField()
    {
        string json = KentCspJson.Serialize(IndicatorFixtures.Illustrative());
        var cases = new (string Name, Func<object> Read)[]
        {
            ("quarter written as a date", () => KentCspJson.DeserializeIndicatorSet(json.Replace("\"2016/17 Q2\"", "\"2016-07-01\""))),
            ("period of another kind", () => KentCspJson.DeserializeIndicatorSet(json.Replace("\"2016/17 Q2\"", "\"2016-07\""))),
            ("repeated period", () => KentCspJson.DeserializeIndicatorSet(json.Replace("\"2016/17 Q2\"", "\"2016/17 Q1\""))),
            ("undefined indicator", () => KentCspJson.DeserializeIndicatorSet(json.Replace("\"indicatorId\": \"marac-referrals\"", "\"indicatorId\": \"marac\""))),
            ("fractional count", () => KentCspJson.DeserializeIndicatorSet(json.Replace("\"value\": 1600", "\"value\": 1600.5"))),
            ("negative value", () => KentCspJson.DeserializeIndicatorSet(json.Replace("\"value\": 1600", "\"value\": -1"))),
            ("series without basis", () => KentCspJson.DeserializeIndicatorSet(json.Replace("\"basis\": \"Raw\",\n      \"values\"", "\"values\""))),
            ("KSI disagrees", () => KentCspJson.DeserializeIndicatorSet(json.Replace("\"killedOrSeriouslyInjured\": 825", "\"killedOrSeriouslyInjured\": 800"))),
            ("fractional raw figure", () => KentCspJson.DeserializeIndicatorSet(json.Replace("\"killed\": 50", "\"killed\": 50.5"))),
            ("unknown polarity", () => KentCspJson.DeserializeIndicatorSet(json.Replace("\"LowerIsBetter\"", "\"Down\""))),
            ("repeated figures", () => KentCspJson.DeserializeIndicatorSet(json.Replace("\"period\": \"2016\",\n      \"basis\": \"Raw\"", "\"period\": \"2015\",\n      \"basis\": \"Raw\""))),
        };
        var lines = cases.Select(c => $"{c.Name}: {Assert.Throws<JsonException>(c.Read).Message}");

        Snapshot.VerifyText(string.Join("\n", lines) + "\n");
    }
}
