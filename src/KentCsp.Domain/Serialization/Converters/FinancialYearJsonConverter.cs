using System;
using KentCsp.Domain.Utility;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KentCsp.Domain.Serialization;

/// <summary>Writes a <see cref="FinancialYear"/> as a string such as <c>"2016/17"</c> and reads it back.</summary>
/// <remarks>
/// Only the form <see cref="FinancialYear.Parse"/> reads is accepted: the four-digit start year, a slash, and the last
/// two digits of the next year. A token that is not a string, or text not in that form (<c>"2016-17"</c>,
/// <c>"2016/18"</c>), fails with a <see cref="JsonException"/> that quotes the text and shows the expected form; the
/// serializer adds the JSON path.
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class FinancialYearJsonConverter : JsonConverter<FinancialYear>
{
    private const string ExpectedForm = "like \"2016/17\" (the start year, a slash, and the last two digits of the next year)";

    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string, or the text is not a financial year in the form "2016/17".</exception>
    public override FinancialYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a financial year written {ExpectedForm}, but found {JsonErrors.Token(reader.TokenType)}.");
        }
        var text = reader.GetString()!;
        if (!FinancialYear.TryParse(text, out var year))
        {
            throw new JsonException($"{Preconditions.Quote(text)} is not a financial year written {ExpectedForm}.");
        }
        return year;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FinancialYear value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }
        writer.WriteStringValue(value.ToString());
    }
}
