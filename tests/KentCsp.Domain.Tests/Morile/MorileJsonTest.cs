using System;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;
using static KentCsp.Domain.Tests.Morile.MorileBuilders;

namespace KentCsp.Domain.Tests.Morile;

public class MorileJsonTest
{
    private static MorileRanking Tied() =>
        new("Test district", Scheme(), [Assess("c", 4, 4, 1, 3, "low"), Assess("a", 4, 4, 2, 3), Assess("b", 4, 4, 1, 3)]);

    [Fact]
    public void Serialize_KentPilotDistrict1_MatchesSnapshot() => Snapshot.VerifyJson(KentCspJson.Serialize(KentMorile.PilotDistricts[0]));

    [Fact]
    public void Serialize_TiedRanking_MatchesSnapshot() => Snapshot.VerifyJson(KentCspJson.Serialize(Tied()));

    [Fact]
    public void RoundTrip_KentPilotAndTestRankings_Equal()
    {
        foreach (var ranking in KentMorile.PilotDistricts.Append(Tied()).Append(new MorileRanking("Sum", Scheme(MorileCombination.Sum), [Assess("x", 0, 0, 0.5m, 1, scheme: Scheme(MorileCombination.Sum))])))
        {
            string json = KentCspJson.Serialize(ranking);
            var again = KentCspJson.DeserializeMorileRanking(json);
            Assert.Equal(ranking, again);
            Assert.Equal(json, KentCspJson.Serialize(again));
        }
    }

    [Fact]
    public void Deserialize_WithoutRanksAndRiskScores_RanksTheScores()
    {
        string json = KentCspJson.Serialize(Tied());
        string bare = string.Join("\n", json.Split('\n').Where(line => !line.TrimStart().StartsWith("\"rank\"", StringComparison.Ordinal) && !line.TrimStart().StartsWith("\"riskScore\"", StringComparison.Ordinal)));
        Assert.DoesNotContain("riskScore", bare, StringComparison.Ordinal);
        Assert.Equal(Tied(), KentCspJson.DeserializeMorileRanking(bare));
    }

    [Fact]
    public void Deserialize_BadDocuments_MessagesNameTheField()
    {
        string json = KentCspJson.Serialize(Tied());
        var cases = new (string Name, string Json)[]
        {
            ("score not allowed", json.Replace("\"harmPhysical\": 4,\n        \"harmVictimVulnerability\": 4,\n        \"likelihood\": 1,\n        \"positionCapacity\": 3\n      }\n    },\n    {\n      \"rank\": 2,\n      \"issueId\": \"c\"", "\"harmPhysical\": 5,\n        \"harmVictimVulnerability\": 4,\n        \"likelihood\": 1,\n        \"positionCapacity\": 3\n      }\n    },\n    {\n      \"rank\": 2,\n      \"issueId\": \"c\"")),
            ("unknown factor", ReplaceLast(json, "\"positionCapacity\": 3\n", "\"positionCapacity\": 3,\n        \"harmFinancial\": 1\n")),
            ("missing factor", ReplaceLast(json, ",\n        \"likelihood\": 1", "")),
            ("factor twice", ReplaceLast(json, "\"positionCapacity\": 3\n", "\"positionCapacity\": 3,\n        \"positionCapacity\": 2\n")),
            ("null score", ReplaceLast(json, "\"likelihood\": 1,", "\"likelihood\": null,")),
            ("score as text", ReplaceLast(json, "\"likelihood\": 1,", "\"likelihood\": \"1\",")),
            ("unknown confidence", ReplaceLast(json, "\"confidence\": \"low\"", "\"confidence\": \"certain\"")),
            ("repeated issue", ReplaceLast(json, "\"issueId\": \"c\"", "\"issueId\": \"a\"")),
            ("risk score disagrees", json.Replace("\"riskScore\": 15,", "\"riskScore\": 16,")),
            ("rank disagrees", ReplaceLast(json, "\"rank\": 2,", "\"rank\": 3,")),
            ("unknown group", json.Replace("\"group\": \"Likelihood\"", "\"group\": \"Threat\"")),
            ("unknown combination", json.Replace("\"combination\": \"Product\"", "\"combination\": \"Average\"")),
            ("group without a factor", json.Replace("\"group\": \"Likelihood\"", "\"group\": \"Harm\"")),
            ("repeated allowed score", json.Replace("\"allowedScores\": [\n          0.5,", "\"allowedScores\": [\n          1,")),
            ("zero weight", json.Replace("\"weight\": 0.25", "\"weight\": 0")),
            ("factor id with a hyphen", json.Replace("\"id\": \"harmPhysical\"", "\"id\": \"harm-physical\"")),
            ("no assessments", json.Substring(0, json.IndexOf("\"assessments\": [", StringComparison.Ordinal)) + "\"assessments\": []\n}"),
            ("schema version", json.Replace("\"schemaVersion\": 2", "\"schemaVersion\": 3")),
        };
        var lines = cases.Select(c => $"{c.Name}: {Assert.Throws<JsonException>(() => KentCspJson.DeserializeMorileRanking(c.Json)).Message}");

        Snapshot.VerifyText(string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void Deserialize_Null_ArgumentNullException() => Assert.Throws<ArgumentNullException>(() => KentCspJson.DeserializeMorileRanking((string)null!));

    private static string ReplaceLast(string text, string oldValue, string newValue)
    {
        int index = text.LastIndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(index >= 0, oldValue);
        return text.Substring(0, index) + newValue + text.Substring(index + oldValue.Length);
    }
}
