using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>The reading limits: depth, document size and string length, with their defaults applied by every reader.</summary>
public class JsonReadLimitsTest
{
    private static readonly string Kent = KentCspJson.Serialize(KentData.Partnership);

    [Fact]
    public void Default_IsTheDocumentedValues()
    {
        var limits = JsonReadLimits.Default;

        Assert.Equal(64, limits.MaxDepth);
        Assert.Equal(256 * 1024 * 1024, limits.MaxDocumentBytes);
        Assert.Equal(1024 * 1024, limits.MaxStringBytes);
        Assert.Equal("depth 64, document 268435456 bytes, string 1048576 bytes", limits.ToString());
    }

    [Theory]
    [InlineData(0, 1, 1, "maxDepth")]
    [InlineData(257, 1, 1, "maxDepth")]
    [InlineData(1, 0, 1, "maxDocumentBytes")]
    [InlineData(1, 1, -1, "maxStringBytes")]
    public void Constructor_OutOfRange_Refused(int depth, int document, int text, string parameter)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new JsonReadLimits(depth, document, text));

        Assert.Equal(parameter, exception.ParamName);
    }

    [Fact]
    public void ReadDocument_DeeperThanTheLimit_FailsNamingTheLimitAndThePath()
    {
        string json = "{\"schemaVersion\": 2, \"kind\": \"partnership\", \"members\": [[[[]]]]}";

        var result = KentCspJson.ReadDocument(json, new JsonReadLimits(maxDepth: 4));

        Assert.Equal("$.members[0][0][0]", result.AsT1.Path);
        Assert.Equal("$.members[0][0][0]: the document nests deeper than the reading limit MaxDepth (4 levels).", result.AsT1.Message);
    }

    [Fact]
    public void ReadDocument_AtTheDepthLimit_IsNotRefusedForDepth()
    {
        var result = KentCspJson.ReadDocument(Kent, new JsonReadLimits(maxDepth: 5));

        Assert.True(result.IsRead, result.ToString());
        Assert.Contains("MaxDepth (4 levels)", KentCspJson.ReadDocument(Kent, new JsonReadLimits(maxDepth: 4)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DeeperThanTheDefault_RefusedBeforeAnythingElse()
    {
        string deep = string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70));
        string json = Kent.Replace("\"area\": \"Kent\",", "\"area\": \"Kent\",\n  \"unknown\": " + deep + ",");

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json));

        Assert.StartsWith("$.unknown", exception.Message, StringComparison.Ordinal);
        Assert.EndsWith("nests deeper than the reading limit MaxDepth (64 levels).", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDocument_StringLongerThanTheLimit_FailsNamingTheLimitAndThePath()
    {
        var result = KentCspJson.ReadDocument(Kent, new JsonReadLimits(maxStringBytes: 20));

        Assert.Equal("$.name", result.AsT1.Path);
        Assert.Equal("$.name: the string is 33 bytes long, over the reading limit MaxStringBytes (20 bytes).", result.AsT1.Message);
    }

    [Fact]
    public void ReadDocument_StringLengthCountsUtf8BytesAfterEscapes()
    {
        // "é" is two bytes of UTF-8; "\u0041" is one byte once decoded, though six as written.
        string escaped = "{\"schemaVersion\": 2, \"kind\": \"partnership\", \"name\": \"" + string.Concat(Enumerable.Repeat("\\u0041", 40)) + "\"}";
        string accented = "{\"schemaVersion\": 2, \"kind\": \"partnership\", \"name\": \"" + new string('é', 40) + "\"}";
        var limits = new JsonReadLimits(maxStringBytes: 79);

        Assert.DoesNotContain("MaxStringBytes", KentCspJson.ReadDocument(escaped, limits).ToString(), StringComparison.Ordinal);
        Assert.Equal("$.name: the string is 80 bytes long, over the reading limit MaxStringBytes (79 bytes).", KentCspJson.ReadDocument(accented, limits).AsT1.Message);
    }

    [Fact]
    public void ReadDocument_MemberNameLongerThanTheLimit_FailsAtTheObjectHoldingIt()
    {
        string json = Kent.Replace("\"area\": \"Kent\",", "\"area\": \"Kent\",\n  \"" + new string('x', 40) + "\": 1,");

        var result = KentCspJson.ReadDocument(json, new JsonReadLimits(maxStringBytes: 35));

        Assert.Equal("$: a member name is 40 bytes long, over the reading limit MaxStringBytes (35 bytes).", result.AsT1.Message);
    }

    [Fact]
    public void Deserialize_StringLongerThanTheDefault_Refused()
    {
        string json = Kent.Replace("\"name\": \"Kent Community Safety Partnership\"", "\"name\": \"" + new string('k', 1024 * 1024 + 1) + "\"");

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json));

        Assert.Equal("$.name: the string is 1,048,577 bytes long, over the reading limit MaxStringBytes (1,048,576 bytes).", exception.Message);
    }

    [Fact]
    public void ReadDocument_DocumentLargerThanTheLimit_FailsNamingTheLimit()
    {
        // At least one character of two bytes, so that the text has fewer characters than the limit and more bytes.
        string json = Kent.Replace("Kent Community Safety Partnership", "Kent Community Safety Partnership é");
        int size = Encoding.UTF8.GetByteCount(json);
        Assert.True(json.Length < size - 1);

        var result = KentCspJson.ReadDocument(json, new JsonReadLimits(maxDocumentBytes: size - 1));

        Assert.Equal("$", result.AsT1.Path);
        Assert.Equal($"$: the document is {size.ToString("N0", CultureInfo.InvariantCulture)} bytes of UTF-8, over the reading limit MaxDocumentBytes ({(size - 1).ToString("N0", CultureInfo.InvariantCulture)} bytes).", result.AsT1.Message);
        Assert.True(KentCspJson.ReadDocument(json, new JsonReadLimits(maxDocumentBytes: size)).IsRead);
    }

    [Fact]
    public void ReadDocument_MoreCharactersThanTheLimit_FailsWithoutMeasuring()
    {
        var result = KentCspJson.ReadDocument(Kent, new JsonReadLimits(maxDocumentBytes: 10));

        Assert.StartsWith($"$: the document is at least {Kent.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes of UTF-8", result.AsT1.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_LoneSurrogate_RefusedAsNotUnicode()
    {
        string json = Kent.Replace("Kent Community", "Kent \ud800Community");

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json));

        Assert.StartsWith("$: the text holds half a character (the unpaired surrogate \\uD800)", exception.Message, StringComparison.Ordinal);
    }
}
