using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain.Serialization;

/// <summary>Writes a <see cref="LocalDate"/> as an ISO-8601 calendar date (<c>2017-07-19</c>) and reads it back.</summary>
/// <remarks>
/// Built on NodaTime's <see cref="LocalDatePattern.Iso"/>: only the ISO calendar and the <c>uuuu-MM-dd</c> form are
/// accepted. A token that is not a string, text that is not such a date, or a date outside
/// <see cref="SupportedDates"/> (1000-01-01 to 9998-12-31) fails with a <see cref="JsonException"/> that quotes the
/// text; the serializer adds the JSON path.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string, the text is not an ISO-8601 date, or the date is outside <see cref="SupportedDates"/>.</exception>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var date = PatternReader.Read(ref reader, LocalDatePattern.Iso, "date", "yyyy-MM-dd");
        if (!SupportedDates.Contains(date))
        {
            throw new JsonException($"\"{LocalDatePattern.Iso.Format(date)}\" is outside the supported dates, {SupportedDates.Described}.");
        }
        return date;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="value"/> is in a calendar other than ISO, which this form cannot write without changing the day.</exception>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }
        SupportedDates.CheckCalendar(value);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
