using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KentCsp.Domain.Tests.TestSupport.PlainDocuments;

/// <summary>
/// The plain classes read and written by System.Text.Json with source-generated metadata: the baseline of the
/// comparison. The options are the library's writing options (camelCase, two-space indent, <c>\n</c> line ends, nulls
/// left out, the relaxed encoder that keeps '&amp;' and '–' readable), so the plain classes write the library's bytes;
/// on reading they check nothing beyond what the serializer itself does.
/// </summary>
public static class PlainJson
{
    private static readonly PlainJsonContext Context = new(new JsonSerializerOptions(PlainJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Reads a funding round document into the plain classes.</summary>
    public static PlainFundingRound ReadFundingRound(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, Context.PlainFundingRound) ?? throw new JsonException("the document is null.");

    /// <summary>Writes the plain funding round as UTF-8.</summary>
    public static byte[] Write(PlainFundingRound round) => JsonSerializer.SerializeToUtf8Bytes(round, Context.PlainFundingRound);

    /// <summary>Reads an indicator set document into the plain classes.</summary>
    public static PlainIndicatorSet ReadIndicatorSet(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, Context.PlainIndicatorSet) ?? throw new JsonException("the document is null.");

    /// <summary>Writes the plain indicator set as UTF-8.</summary>
    public static byte[] Write(PlainIndicatorSet set) => JsonSerializer.SerializeToUtf8Bytes(set, Context.PlainIndicatorSet);
}

/// <summary>Source-generated metadata for the plain classes, with the library's naming and layout.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlainFundingRound))]
[JsonSerializable(typeof(PlainIndicatorSet))]
internal sealed partial class PlainJsonContext : JsonSerializerContext
{
}
