using System;
using KentCsp.Domain.Utility;
using System.Text.Json;
using System.Text.Json.Serialization;
using KentCsp.Domain.Indicators;

namespace KentCsp.Domain.Serialization;

/// <summary>Writes a <see cref="ReportingPeriod"/> as its label (<c>"2017-05"</c>, <c>"2017/18 Q1"</c>, <c>"2017/18"</c>, <c>"2017"</c>) and reads it back.</summary>
/// <remarks>
/// Only the forms <see cref="ReportingPeriod.Parse"/> reads are accepted. A token that is not a string, or text in no
/// such form, fails with a <see cref="JsonException"/> that quotes the text and shows the forms; the serializer adds
/// the JSON path.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    private const string ExpectedForms = "a month as \"2017-05\", a financial quarter as \"2017/18 Q1\", a financial year as \"2017/18\" or a calendar year as \"2017\"";

    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string, or the text is not a reporting period.</exception>
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a reporting period written as {ExpectedForms}, but found {JsonErrors.Token(reader.TokenType)}.");
        }
        var text = reader.GetString()!;
        if (!ReportingPeriod.TryParse(text, out var period))
        {
            throw new JsonException($"{Preconditions.Quote(text)} is not a reporting period: write {ExpectedForms}.");
        }
        return period;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }
        writer.WriteStringValue(value.Label);
    }
}
