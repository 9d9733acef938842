using System.Text.Json;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using Xunit;

namespace KentCsp.Domain.Tests.Hostile;

/// <summary>
/// Messages for documents that are not what a reader expects: each is one sentence that starts with the JSON path, in
/// the document's own terms (never the serializer's token names or its internal wording), and quotes at most a short,
/// escaped excerpt of a bad value.
/// </summary>
public class JsonErrorWordingTest
{
    private static readonly string Kent = KentCspJson.Serialize(KentData.Partnership);

    [Theory]
    [InlineData("", "$: the document is empty: expected a partnership document (a JSON object).")]
    [InlineData(" \n\t ", "$: the document is empty: expected a partnership document (a JSON object).")]
    [InlineData("[]", "$: expected a partnership document (a JSON object), but found an array.")]
    [InlineData("[{\"schemaVersion\": 1}]", "$: expected a partnership document (a JSON object), but found an array.")]
    [InlineData("42", "$: expected a partnership document (a JSON object), but found a number.")]
    [InlineData("-1", "$: expected a partnership document (a JSON object), but found a number.")]
    [InlineData("\"partnership\"", "$: expected a partnership document (a JSON object), but found a string.")]
    [InlineData("true", "$: expected a partnership document (a JSON object), but found a boolean.")]
    [InlineData("null", "$: expected a partnership document (a JSON object), but found null.")]
    public void NotAnObject_OneSentenceAtTheRoot(string json, string expected)
    {
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json));
        Assert.Equal(expected, exception.Message);
        Assert.Equal("$", exception.Path);
    }

    [Fact]
    public void ByteOrderMark_AtTheStart_IsSkipped()
    {
        Assert.Equal(KentData.Partnership, KentCspJson.DeserializePartnership("\uFEFF" + Kent));
    }

    [Fact]
    public void ByteOrderMark_BeforeAnEmptyDocument_SaysTheDocumentIsEmpty()
    {
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership("\uFEFF"));
        Assert.Equal("$: the document is empty: expected a partnership document (a JSON object).", exception.Message);
    }

    [Fact]
    public void UnpairedSurrogateInTheText_IsAJsonExceptionNamingTheLine()
    {
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(Kent.Replace("\"area\": \"Kent\"", "\"area\": \"Ke\ud800nt\"")));
        Assert.Equal("$: the text holds half a character (the unpaired surrogate \\uD800), which a JSON document cannot hold (line 10, character 14).", exception.Message);
        Assert.Equal("$", exception.Path);
    }

    [Fact]
    public void CatalogueNameGivenAsAnArray_SaysArrayNotStartArray()
    {
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(Kent.Replace("\"level\": \"County\"", "\"level\": [\"County\"]")));
        Assert.StartsWith("$.level: expected a string naming a PartnershipLevel, but found an array", exception.Message);
    }

    [Fact]
    public void DateGivenAsAnObject_SaysObjectNotStartObject()
    {
        string csa = KentCspJson.Serialize(KentData.CommunitySafetyAgreement2017);
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializeAgreementEdition(
            System.Text.RegularExpressions.Regex.Replace(csa, "\"inForceBy\": \"[^\"]*\"", "\"inForceBy\": {}")));
        Assert.StartsWith("$.inForceBy: expected an ISO-8601 ", exception.Message);
        Assert.Contains(", but found an object", exception.Message);
        Assert.DoesNotContain("StartObject", exception.Message);
    }

    [Fact]
    public void NumberGivenAsAString_SaysTheTypeIsWrongInPlainWords()
    {
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(Kent.Replace("\"schemaVersion\": 2", "\"schemaVersion\": \"2\"")));
        Assert.Equal("$.schemaVersion: the value here is of the wrong JSON type for this member (line 2, byte 23).", exception.Message);
    }

    [Fact]
    public void ArrayGivenAsAString_SaysAnArrayWasExpected()
    {
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(Kent.Replace("\"members\": [", "\"members\": \"none\", \"x\": [")));
        Assert.StartsWith("$.members: expected an array here, but found a value of another JSON type", exception.Message);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"schemaVersion\": 1,")]
    [InlineData("{\"schemaVersion\":")]
    public void CutShort_NoReaderInternals(string json)
    {
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(json));
        Assert.StartsWith("$", exception.Message);
        Assert.DoesNotContain("isFinalBlock", exception.Message);
        Assert.DoesNotContain("JSON payload", exception.Message);
    }

    [Fact]
    public void TruncatedDocument_SaysItEndsBeforeItIsClosed()
    {
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(Kent.Substring(0, Kent.Length - 2)));
        Assert.StartsWith("$: the document ends before every object and array in it is closed; it may be cut short (line", exception.Message);
    }

    [Fact]
    public void LongCatalogueNameWithTerminalEscapes_IsQuotedAsAShortEscapedExcerpt()
    {
        string hostile = "Cou\\u001b[2J\\nnty" + new string('q', 100_000);
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(Kent.Replace("\"level\": \"County\"", "\"level\": \"" + hostile + "\"")));
        Assert.StartsWith("$.level: \"Cou\\u001B[2J\\u000Anty" + new string('q', 29) + "\"… is not a PartnershipLevel", exception.Message);
        Assert.DoesNotContain('\u001b', exception.Message);
        Assert.DoesNotContain('\n', exception.Message);
        Assert.True(exception.Message.Length < 300, exception.Message.Length.ToString());
    }

    [Fact]
    public void LongIdentifierInADocument_IsRefusedForItsLengthAtItsPath()
    {
        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(Kent.Replace("\"identifier\": \"kfrs\"", "\"identifier\": \"" + new string('k', 1_000_000) + "\"")));
        Assert.StartsWith("$.members[4].organisation.id.identifier: identifier must be at most 200 characters long, but was 1,000,000 characters: \"kkk", exception.Message);
        Assert.True(exception.Message.Length < 300, exception.Message.Length.ToString());
    }
}
