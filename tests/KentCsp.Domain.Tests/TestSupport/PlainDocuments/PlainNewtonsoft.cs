using System;
using System.Globalization;
using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace KentCsp.Domain.Tests.TestSupport.PlainDocuments;

/// <summary>
/// The plain classes read and written by Newtonsoft.Json (reflection-based), from and to UTF-8 bytes as the library's
/// byte overloads are. The settings give the library's bytes: camelCase, two-space indent, <c>\n</c> line ends, nulls
/// left out, dates as <c>yyyy-MM-dd</c>, and no date parsing of other strings.
/// </summary>
/// <remarks>
/// One format detail needs a converter: Newtonsoft.Json writes a whole decimal with a trailing <c>.0</c>
/// (<c>1150.0</c>), where System.Text.Json writes the decimal as it is held (<c>1150</c>, and <c>12500.50</c> with its
/// two places). <see cref="DecimalAsHeld"/> writes the decimal's own invariant text, so both write the same bytes.
/// Reading is Newtonsoft.Json's own (a decimal keeps the places it was written with).
/// </remarks>
public static class PlainNewtonsoft
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Formatting = Formatting.Indented,
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        Converters = { new DecimalAsHeld() },
    });

    /// <summary>Reads a funding round document into the plain classes.</summary>
    public static PlainFundingRound ReadFundingRound(byte[] utf8) => Read<PlainFundingRound>(utf8);

    /// <summary>Writes the plain funding round as UTF-8.</summary>
    public static byte[] Write(PlainFundingRound round) => Write((object)round);

    /// <summary>Reads an indicator set document into the plain classes.</summary>
    public static PlainIndicatorSet ReadIndicatorSet(byte[] utf8) => Read<PlainIndicatorSet>(utf8);

    /// <summary>Writes the plain indicator set as UTF-8.</summary>
    public static byte[] Write(PlainIndicatorSet set) => Write((object)set);

    private static T Read<T>(byte[] utf8)
        where T : class
    {
        using var text = new StreamReader(new MemoryStream(utf8, writable: false), Utf8);
        using var reader = new JsonTextReader(text);
        return Serializer.Deserialize<T>(reader) ?? throw new JsonSerializationException("the document is null.");
    }

    private static byte[] Write(object value)
    {
        var bytes = new MemoryStream();
        using (var text = new StreamWriter(bytes, Utf8) { NewLine = "\n" })
        using (var writer = new JsonTextWriter(text) { Indentation = 2, IndentChar = ' ' })
        {
            Serializer.Serialize(writer, value);
        }
        return bytes.ToArray();
    }

    /// <summary>Writes a decimal as it is held (<c>1150</c>, <c>12500.50</c>), not with the added <c>.0</c> of a whole one.</summary>
    private sealed class DecimalAsHeld : JsonConverter
    {
        public override bool CanRead => false;

        public override bool CanConvert(Type objectType) => objectType == typeof(decimal) || objectType == typeof(decimal?);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("Reading is Newtonsoft.Json's own.");

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
            writer.WriteRawValue(((decimal)value!).ToString(CultureInfo.InvariantCulture));
    }
}
