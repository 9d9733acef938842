using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KentCsp.Domain.Serialization;

/// <summary>Writes <see cref="Money"/> as a JSON number of pounds with two decimal places (<c>39661.00</c>) and reads it back.</summary>
/// <remarks>
/// <para>On write the amount is given two decimal places, so the same amount always gives the same bytes.</para>
/// <para>On read only a JSON number is accepted (not a string), read exactly as a <see cref="decimal"/> and passed to
/// <see cref="Money.FromPounds"/>. A negative amount, a fraction of a penny, an amount more than
/// <see cref="Money.MaxValue"/> (£999,999,999,999.99), a number with more digits than a <see cref="decimal"/> holds
/// exactly, or a token that is not a number fails with a <see cref="JsonException"/> that says which; the serializer adds
/// the JSON path. An exponent of any size is compared as written, never negated or added up past the range of
/// <see cref="long"/>. Nothing is rounded.</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private const decimal TwoPlaces = 0.00m;

    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a number, or the number is not an amount of money: negative, a fraction of a penny, or more than <see cref="Money.MaxValue"/>.</exception>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence && TryReadPlain(reader.ValueSpan, out Money money)
            ? money
            : ReadAny(ref reader);

    /// <summary>
    /// Reads the common form of an amount straight from its UTF-8 digits: no sign, no exponent, 1 to 12 digits of pounds
    /// (no leading zero but for "0") and at most two of pence, e.g. <c>39661.00</c>, <c>12500.5</c> or <c>6000</c>. Every
    /// such number is an amount (at most £999,999,999,999.99, whole pence, exact), and the amount is the one
    /// <see cref="ReadAny"/> gives for the same text; anything else is left to <see cref="ReadAny"/>, which accepts and
    /// refuses as it always has.
    /// </summary>
    internal static bool TryReadPlain(ReadOnlySpan<byte> number, out Money money)
    {
        money = default;
        int i = 0;
        long pence = 0;
        // Thirteen digits of pounds are too many: stop there, before the number could outgrow a long.
        while (i < number.Length && i <= 12 && IsDigit(number[i]))
        {
            pence = (pence * 10) + (number[i] - '0');
            i++;
        }
        int pounds = i;
        if (pounds == 0 || pounds > 12 || (pounds > 1 && number[0] == '0'))
        {
            return false;
        }
        int places = 0;
        if (i < number.Length)
        {
            if (number[i] != '.')
            {
                return false;
            }
            i++;
            while (i < number.Length && IsDigit(number[i]) && places < 2)
            {
                pence = (pence * 10) + (number[i] - '0');
                places++;
                i++;
            }
            if (places == 0 || i < number.Length)
            {
                return false;
            }
        }
        for (; places < 2; places++)
        {
            pence *= 10;
        }
        // At most 14 digits: below 2^47, so the low and middle words of a decimal of scale 2 hold it.
        money = Money.FromPounds(new decimal(unchecked((int)(pence & 0xFFFFFFFF)), (int)(pence >> 32), 0, false, 2));
        return true;
    }

    private static bool IsDigit(byte b) => b >= (byte)'0' && b <= (byte)'9';

    /// <summary>Reads any token as an amount: the form a number is written in is compared exactly, and every refusal explained.</summary>
    internal static Money ReadAny(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"expected an amount of money as a JSON number of pounds (e.g. 39661.00), but found {JsonErrors.Token(reader.TokenType)}.");
        }
        string text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray());
        if (!reader.TryGetDecimal(out decimal pounds))
        {
            // Beyond decimal's range, so far beyond Money's, unless negative.
            throw new JsonException(text.StartsWith("-", StringComparison.Ordinal)
                ? $"the amount {text} is negative; an amount of money is from 0 to {Money.MaxValue}."
                : TooLarge(text));
        }
        if (pounds > Money.MaxValue.Pounds)
        {
            throw new JsonException(TooLarge(text));
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

    private static string TooLarge(string text) => $"the amount {text} is more than the largest amount of money this library holds, {Money.MaxValue}.";

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
            bool exponentOutOfRange = false;
            if (i < number.Length)
            {
                // An exponent beyond int's range (e.g. 1e-9223372036854775808) is never a non-zero decimal's: such a
                // number compares as unequal, without negating long.MinValue or adding past long's range.
                if (long.TryParse(number.Substring(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long written)
                    && written <= int.MaxValue && written >= int.MinValue)
                {
                    exponent += written;
                }
                else
                {
                    exponentOutOfRange = true;
                }
            }
            string significant = digits.ToString().TrimStart('0');
            if (significant.Length == 0)
            {
                return "0";
            }
            if (exponentOutOfRange)
            {
                return null;
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
