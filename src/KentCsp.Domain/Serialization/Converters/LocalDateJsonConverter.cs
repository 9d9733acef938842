using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain.Serialization;

/// <summary>Writes a <see cref="LocalDate"/> as an ISO-8601 calendar date (<c>2017-07-19</c>) and reads it back.</summary>
/// <remarks>
/// Built on NodaTime's <see cref="LocalDatePattern.Iso"/>: only the ISO calendar and the <c>uuuu-MM-dd</c> form are
/// accepted. A token that is not a string, or text that is not such a date, fails with a <see cref="JsonException"/>
/// that quotes the text; the serializer adds the JSON path.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string, or the text is not an ISO-8601 date.</exception>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PatternReader.Read(ref reader, LocalDatePattern.Iso, "date", "yyyy-MM-dd");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
