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
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PatternReader.Read(ref reader, InstantPattern.ExtendedIso, "UTC time", "yyyy-MM-ddTHH:mm:ssZ");

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}
