using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KentCsp.Domain.Serialization;

/// <summary>Writes <see cref="Money"/> as a JSON number of pounds with two decimal places (<c>39661.00</c>) and reads it back.</summary>
/// <remarks>
/// <para>On write the amount is given two decimal places, so the same amount always gives the same bytes. (Beyond
/// 792,281,625,142,643,375,935,439,503.35 pounds a <see cref="decimal"/> cannot hold two places; such an amount is written
/// with the places it has, and still reads back exactly.)</para>
/// <para>On read only a JSON number is accepted (not a string), read exactly as a <see cref="decimal"/> and passed to
/// <see cref="Money.FromPounds"/>. A negative amount, a fraction of a penny, a number beyond the range of
/// <see cref="decimal"/>, a number with more digits than it can hold exactly, or a token that is not a number fails with
/// a <see cref="JsonException"/> that says which; the serializer adds the JSON path. Nothing is rounded.</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private const decimal TwoPlaces = 0.00m;

    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a number, or the number is not an amount of money: negative, a fraction of a penny, or beyond the range of <see cref="decimal"/>.</exception>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"expected an amount of money as a JSON number of pounds (e.g. 39661.00), but found {JsonErrors.Token(reader.TokenType)}.");
        }
        string text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray());
        if (!reader.TryGetDecimal(out decimal pounds))
        {
            throw new JsonException($"the amount {text} is beyond the range of amounts this library can hold.");
        }
        Money money;
        try
        {
            money = Money.FromPounds(pounds);
        }
        catch (ArgumentException exception)
        {
            // "the amount" stands for the parameter: "the amount must not be negative, but was -1."
            throw new JsonException("the amount " + JsonErrors.Reason(exception), exception);
        }
        if (!NumberText.SameValue(text, pounds))
        {
            throw new JsonException($"the amount {text} has more digits than an amount of money can hold exactly (a whole number of pence, at most 28 significant digits).");
        }
        return money;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }
        // Exactly two decimal places: rounding caps the scale at two (a no-op for a valid amount), adding 0.00 raises it to two.
        writer.WriteNumberValue(decimal.Round(value.Pounds, 2) + TwoPlaces);
    }

    /// <summary>Compares the value a JSON number's text denotes with a <see cref="decimal"/>, exactly.</summary>
    private static class NumberText
    {
        internal static bool SameValue(string json, decimal value) =>
            string.Equals(Canonical(json), Canonical(value.ToString(CultureInfo.InvariantCulture)), StringComparison.Ordinal);

        // A number's significant digits and the power of ten of the last one, e.g. "-0012.3400e+2" -> "-1234e0"; zero is "0".
        private static string? Canonical(string number)
        {
            int i = 0;
            bool negative = number.Length > 0 && number[0] == '-';
            if (negative)
            {
                i++;
            }
            var digits = new StringBuilder(number.Length);
            long exponent = 0;
            bool afterPoint = false;
            for (; i < number.Length && number[i] != 'e' && number[i] != 'E'; i++)
            {
                if (number[i] == '.')
                {
                    afterPoint = true;
                    continue;
                }
                digits.Append(number[i]);
                if (afterPoint)
                {
                    exponent--;
                }
            }
            if (i < number.Length)
            {
                if (!long.TryParse(number.Substring(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long written)
                    || Math.Abs(written) > int.MaxValue)
                {
                    return null;
                }
                exponent += written;
            }
            string significant = digits.ToString().TrimStart('0');
            if (significant.Length == 0)
            {
                return "0";
            }
            int end = significant.Length;
            while (significant[end - 1] == '0')
            {
                end--;
                exponent++;
            }
            return (negative ? "-" : "") + significant.Substring(0, end) + "e" + exponent.ToString(CultureInfo.InvariantCulture);
        }
    }
}
