using KentCsp.Domain.Utility;
using System.Text.Json;
using NodaTime.Text;

namespace KentCsp.Domain.Serialization;

/// <summary>Reads a JSON string with a NodaTime pattern, the one way the date and time converters do.</summary>
internal static class PatternReader
{
    /// <summary>
    /// Reads the current token as text in <paramref name="pattern"/>; a token that is not a string, or text that the
    /// pattern does not accept, fails with a <see cref="JsonException"/> that names the form and quotes the text.
    /// </summary>
    /// <param name="reader">The reader, at the token.</param>
    /// <param name="pattern">The pattern, e.g. <see cref="LocalDatePattern.Iso"/>.</param>
    /// <param name="what">What the text is, in words: "date", "UTC time".</param>
    /// <param name="form">The form, e.g. "yyyy-MM-dd".</param>
    internal static T Read<T>(ref Utf8JsonReader reader, IPattern<T> pattern, string what, string form)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected an ISO-8601 {what} string ({form}), but found {JsonErrors.Token(reader.TokenType)}.");
        }
        var text = reader.GetString()!;
        // NodaTime's patterns take a NUL for the end of the text, so "2017-03-15\u0000" would read as a date: refused here.
        var result = text.IndexOf('\0') >= 0 ? null : pattern.Parse(text);
        if (result is null || !result.Success)
        {
            throw new JsonException($"{Preconditions.Quote(text)} is not an ISO-8601 {what} ({form}).", result?.Exception);
        }
        return result.Value;
    }
}
