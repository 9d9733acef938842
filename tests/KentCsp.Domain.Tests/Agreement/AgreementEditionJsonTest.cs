using System;
using System.Text.Json;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Agreement;

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

    private static CommunitySafetyAgreementEdition WithLineage() =>
        new CommunitySafetyAgreementEdition(
            KentData.KcspId,
            "2024",
            new LocalDate(2024, 4, 1),
            [
                new AgreementItem("neighbourhood-crime", "Neighbourhood crime and ASB", ["anti-social-behaviour", "criminal-damage"]),
                new AgreementItem("domestic-abuse", "Domestic Abuse"),
            ],
            [new AgreementItem("early-intervention", "Early intervention, prevention & education")],
            new SourceDocument("Kent Community Safety Agreement", new LocalDate(2024, 3, 14), "section 2"))
        .WithDates(new LocalDate(2024, 3, 14), new LocalDate(2024, 4, 1))
        .WithAppendices([new AgreementAppendix("A", "Strategic assessment outcomes"), new AgreementAppendix("B", "MoRiLE outcomes")])
        .WithStrategicAssessments([new SourceDocument("Kent strategic assessment", new LocalDate(2024, 1, 31))]);

    [Fact]
    public void Serialize_EditionWithLineageDatesAndAppendices_MatchesSnapshot()
    {
        Snapshot.VerifyJson(KentCspJson.Serialize(WithLineage()));
    }

    [Fact]
    public void RoundTrip_EditionWithLineageDatesAndAppendices_IsEqual()
    {
        var edition = WithLineage();
        Assert.Equal(edition, KentCspJson.DeserializeAgreementEdition(KentCspJson.Serialize(edition)));
    }

    [Theory]
    [InlineData("\"criminal-damage\"", "\"neighbourhood-crime\"", "$.priorities[0].derivedFrom[1]: derivedFrom[1] names the item itself")]
    [InlineData("\"criminal-damage\"", "null", "$.priorities[0].derivedFrom[1]: must not be null.")]
    [InlineData("\"agreedOn\": \"2024-03-14\"", "\"agreedOn\": \"2024-04-02\"", "$.agreedOn: agreedOn (2024-04-02) must not be after the date the edition is in force by (2024-04-01).")]
    [InlineData("\"label\": \"B\"", "\"label\": \"A\"", "$.appendices[1]: appendices[1] repeats the label 'A'.")]
    [InlineData("\"title\": \"MoRiLE outcomes\"", "\"title\": \" \"", "$.appendices[1].title: title must not be empty or white space.")]
    [InlineData("\"date\": \"2024-01-31\"", "\"date\": \"31/01/2024\"", "$.strategicAssessments[0].date")]
    public void Deserialize_BadLineageDatesOrAppendices_NamesThePath(string find, string replace, string expected)
    {
        var json = KentCspJson.Serialize(WithLineage());
        Assert.Contains(find, json, StringComparison.Ordinal);
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeAgreementEdition(json.Replace(find, replace)));
        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DocumentWithoutTheOptionalMembers_IsRead()
    {
        // Documents written before the edition had dates, appendices and lineage still read.
        var json = KentCspJson.Serialize(KentData.CommunitySafetyAgreement2023);
        Assert.DoesNotContain("appendices", json, StringComparison.Ordinal);
        Assert.DoesNotContain("derivedFrom", json, StringComparison.Ordinal);
        Assert.Equal(KentData.CommunitySafetyAgreement2023, KentCspJson.DeserializeAgreementEdition(json));
    }
}
