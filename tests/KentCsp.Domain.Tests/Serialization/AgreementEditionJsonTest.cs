using System;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization;

public class AgreementEditionJsonTest
{
    [Fact]
    public void Serialize_Kent2023_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(KentData.CommunitySafetyAgreement2023));
    }

    [Fact]
    public void Serialize_Kent2017_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(KentData.CommunitySafetyAgreement2017));
    }

    [Fact]
    public void RoundTrip_KentEditions_AreEqual()
    {
        Assert.Equal(KentData.CommunitySafetyAgreement2017, KentCspJson.DeserializeAgreementEdition(KentCspJson.Serialize(KentData.CommunitySafetyAgreement2017)));
        Assert.Equal(KentData.CommunitySafetyAgreement2023, KentCspJson.DeserializeAgreementEdition(KentCspJson.Serialize(KentData.CommunitySafetyAgreement2023)));
    }

    [Theory]
    [InlineData("\"inForceBy\": \"2023-11-16\"", "\"inForceBy\": \"16/11/2023\"", "$.inForceBy")]
    [InlineData("\"inForceBy\": \"2023-11-16\"", "\"inForceBy\": \"2023-02-30\"", "$.inForceBy")]
    [InlineData("\"id\": \"road-safety\"", "\"id\": \"Road Safety\"", "$.priorities[6].id")]
    [InlineData("\"id\": \"quality-of-life\"", "\"id\": \"road-safety\"", "$.crossCuttingThemes")]
    [InlineData("\"date\": \"2023-11-16\"", "\"date\": 20231116", "$.source.date")]
    public void Deserialize_BadDocument_ThrowsJsonExceptionNamingThePath(string find, string replace, string path)
    {
        var json = KentCspJson.Serialize(KentData.CommunitySafetyAgreement2023);
        Assert.Contains(find, json, StringComparison.Ordinal);
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeAgreementEdition(json.Replace(find, replace)));
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }
}
