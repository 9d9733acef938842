using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using KentCsp.Domain.Utility;
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
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && TryReadPlain(reader.ValueSpan, out LocalDate date)
            ? date
            : ReadAny(ref reader);

    /// <summary>
    /// Reads the common form of a date straight from its UTF-8 characters: exactly <c>yyyy-MM-dd</c> in ASCII digits,
    /// a day that exists, in a year of <see cref="SupportedDates"/> (1000 to 9998). Every such text is a date, and the
    /// date is the one <see cref="ReadAny"/> gives for it; anything else (another form, escapes, a day that does not
    /// exist, a year outside the supported dates) is left to <see cref="ReadAny"/>, which accepts and refuses as it
    /// always has.
    /// </summary>
    internal static bool TryReadPlain(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }
        int year = Digits(text, 0, 4);
        int month = Digits(text, 5, 2);
        int day = Digits(text, 8, 2);
        if (year < SupportedDates.FirstYear || year > SupportedDates.LastYear || month < 1 || month > 12 || day < 1
            || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    // The number the ASCII digits at start..start+count write, or -1 if any of them is not an ASCII digit.
    private static int Digits(ReadOnlySpan<byte> text, int start, int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++)
        {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9)
            {
                return -1;
            }
            value = (value * 10) + digit;
        }
        return value;
    }

    /// <summary>Reads any token as a date with <see cref="LocalDatePattern.Iso"/>, explaining every refusal.</summary>
    internal static LocalDate ReadAny(ref Utf8JsonReader reader)
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
        writer.WriteStringValue(Dates.Iso(value));
    }
}
