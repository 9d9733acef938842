using System;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization.Schemas;

/// <summary>Documents the schemas refused and the readers once read: the readers were wrong.</summary>
public class SchemaFoundDefectsTest
{
    [Theory]
    [InlineData("\\u0000")]
    [InlineData("\\u0000\\u0000")]
    public void Read_DateFollowedByNul_IsRefusedAtItsPath(string nul)
    {
        // NodaTime's patterns take a NUL for the end of the text, so "2017-03-15\u0000" parsed as 15 March 2017; the
        // schema's date pattern refuses it, and so must the reader: it is not an ISO-8601 date.
        string json = KentCspJson.Serialize(KentFunding.Round2016To17);
        int at = json.IndexOf("\"decidedOn\": \"", StringComparison.Ordinal) + "\"decidedOn\": \"".Length + 10;
        string mutated = json.Insert(at, nul);

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeFundingRound(mutated));

        Assert.StartsWith("$.decisions[0].decidedOn: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("is not an ISO-8601 date", exception.Message, StringComparison.Ordinal);
        Assert.NotEqual("", SchemaValidator.Errors(DocumentKind.FundingRound, mutated));
    }

    [Fact]
    public void Read_TimeFollowedByNul_IsRefused()
    {
        string json = KentCspJson.Serialize(KentRecording.ThrownFluid);
        int at = json.IndexOf("\"reportedAt\": \"", StringComparison.Ordinal) + "\"reportedAt\": \"".Length;
        at = json.IndexOf('"', at);
        string mutated = json.Insert(at, "\\u0000");

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeIncident(mutated));

        Assert.StartsWith("$.reportedAt: ", exception.Message, StringComparison.Ordinal);
    }
}
