using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain.Serialization;

/// <summary>Writes an <see cref="Instant"/> as an ISO-8601 UTC time (<c>2016-06-01T14:00:00Z</c>) and reads it back.</summary>
/// <remarks>Built on NodaTime's <see cref="InstantPattern.ExtendedIso"/>; any other text fails with a <see cref="JsonException"/> quoting it.</remarks>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected an ISO-8601 UTC time string (yyyy-MM-ddTHH:mm:ssZ), but found {reader.TokenType}.");
        }
        var text = reader.GetString()!;
        var result = InstantPattern.ExtendedIso.Parse(text);
        if (!result.Success)
        {
            throw new JsonException($"\"{text}\" is not an ISO-8601 UTC time (yyyy-MM-ddTHH:mm:ssZ).", result.Exception);
        }
        return result.Value;
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}
