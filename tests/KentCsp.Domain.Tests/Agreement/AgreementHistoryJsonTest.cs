using System;
using System.Linq;
using System.Text.Json;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Agreement;

public class AgreementHistoryJsonTest
{
    [Fact]
    public void Serialize_KentHistory_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(KentData.CommunitySafetyAgreements));
    }

    [Fact]
    public void RoundTrip_KentHistory_KeepsEveryEditionAndEveryEditionKnownByName()
    {
        var history = KentData.CommunitySafetyAgreements;

        var again = KentCspJson.DeserializeAgreementHistory(KentCspJson.Serialize(history));

        Assert.Equal(history.PartnershipId, again.PartnershipId);
        Assert.Equal(history.Editions, again.Editions);
        Assert.Equal(history.EditionsKnownByName, again.EditionsKnownByName);
        Assert.Equal(KentCspJson.Serialize(history), KentCspJson.Serialize(again));
    }

    [Theory]
    [InlineData(2016, 1, 1)]
    [InlineData(2017, 4, 1)]
    [InlineData(2018, 4, 15)]
    [InlineData(2019, 6, 1)]
    [InlineData(2023, 11, 16)]
    public void RoundTrip_KentHistory_AnswersInForceOnAsTheBuiltInDoes(int y, int m, int d)
    {
        var date = new LocalDate(y, m, d);
        var again = KentCspJson.DeserializeAgreementHistory(KentCspJson.Serialize(KentData.CommunitySafetyAgreements));

        Assert.Equal(KentData.CommunitySafetyAgreements.InForceOn(date).ToString(), again.InForceOn(date).ToString());
    }

    [Fact]
    public void RoundTrip_HistoryOfAnotherPartnership_IsEqual()
    {
        var history = AgreementBuilders.TestshireHistory();

        string json = KentCspJson.Serialize(history);
        var again = KentCspJson.DeserializeAgreementHistory(json);

        Assert.Contains("\"inForceMonth\": \"2020-06\"", json, StringComparison.Ordinal);
        Assert.Equal(AgreementBuilders.TestshireId, again.PartnershipId);
        Assert.Equal(["2019", "2022"], again.Editions.Select(edition => edition.Label));
        Assert.Equal(history.Editions, again.Editions);
        Assert.Equal(history.EditionsKnownByName, again.EditionsKnownByName);
    }

    [Fact]
    public void Serialize_HistoryWithoutEditionsKnownByName_LeavesTheMemberOut()
    {
        var history = new AgreementHistory([AgreementBuilders.Testshire2019()]);

        string json = KentCspJson.Serialize(history);

        Assert.DoesNotContain("editionsKnownByName", json, StringComparison.Ordinal);
        Assert.Empty(KentCspJson.DeserializeAgreementHistory(json).EditionsKnownByName);
    }

    [Fact]
    public void ReadDocument_KentHistory_IsReadAsAnAgreementHistory()
    {
        var result = KentCspJson.ReadDocument(KentCspJson.Serialize(KentData.CommunitySafetyAgreements));

        Assert.True(result.IsRead, result.ToString());
        var content = Assert.IsType<AgreementHistoryContent>(result.AsT0);
        Assert.Same(DocumentKind.AgreementHistory, content.Kind);
        Assert.Equal(KentData.CommunitySafetyAgreements.Editions, content.Value.Editions);
    }

    [Theory]
    [InlineData("\"inForceMonth\": \"2019-04\"", "\"inForceMonth\": \"April 2019\"", "$.editionsKnownByName[1].inForceMonth: \"April 2019\" is not an ISO-8601 month (yyyy-MM, e.g. \"2018-04\").")]
    [InlineData("\"inForceMonth\": \"2019-04\"", "\"inForceMonth\": \"0999-04\"", "$.editionsKnownByName[1].inForceMonth: \"0999-04\" is outside the supported dates, 1000-01-01 to 9998-12-31.")]
    [InlineData("\"label\": \"version 3.0\"", "\"label\": \"version 2.0\"", "$.editionsKnownByName: editionsKnownByName repeat the label 'version 2.0'.")]
    [InlineData("\"inForceMonth\": \"2019-04\"", "\"inForceMonth\": \"2017-04\"", "$.editionsKnownByName: editionsKnownByName cannot be ordered")]
    [InlineData("\"label\": \"2023\"", "\"label\": \"2017\"", "$.editions: editions have two editions labelled '2017'.")]
    [InlineData("\"inForceBy\": \"2023-11-16\"", "\"inForceBy\": \"16/11/2023\"", "$.editions[1].inForceBy")]
    [InlineData("\"kind\": \"csa-history\"", "\"kind\": \"csa\"", "$.kind: this is a Community Safety Agreement edition document (\"csa\"), but a Community Safety Agreement history document (\"csa-history\") was expected.")]
    public void Deserialize_BadDocument_ThrowsJsonExceptionNamingThePath(string find, string replace, string expected)
    {
        string json = KentCspJson.Serialize(KentData.CommunitySafetyAgreements);
        Assert.Contains(find, json, StringComparison.Ordinal);

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeAgreementHistory(json.Replace(find, replace)));

        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NoEditionWhoseContentIsHeld_IsRefusedAtEditions()
    {
        string json = "{\"schemaVersion\": 2, \"kind\": \"csa-history\", \"editions\": []}";

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeAgreementHistory(json));

        Assert.Equal("$.editions: editions must contain at least one edition.", exception.Message);
    }

    [Fact]
    public void Deserialize_EditionsOfTwoPartnerships_IsRefusedAtTheEditionKnownByName()
    {
        var history = AgreementBuilders.TestshireHistory();
        string json = KentCspJson.Serialize(history).Replace("\"identifier\": \"testshire-csp\"\n      },\n      \"label\": \"2020 refresh\"", "\"identifier\": \"othershire-csp\"\n      },\n      \"label\": \"2020 refresh\"");
        Assert.Contains("othershire-csp", json, StringComparison.Ordinal);

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeAgreementHistory(json));

        Assert.StartsWith("$.editionsKnownByName: editionsKnownByName mix partnerships", exception.Message, StringComparison.Ordinal);
    }
}
