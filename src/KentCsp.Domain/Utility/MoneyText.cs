using System;
using System.Globalization;

namespace KentCsp.Domain.Utility;

/// <summary>Formats an amount of pounds for people, the one way <see cref="Money"/> and <see cref="MoneyTotal"/> show it: <c>£39,661.00</c>.</summary>
internal static class MoneyText
{
    // The format the text is defined by; a whole, positive number of pence below a quintillion is written digit by
    // digit to the same text, anything else by this format.
    private const string Format = "#,##0.00";

    // Every amount of Money (at most 99,999,999,999,999 pence) and every total of up to ten thousand of them.
    private const decimal MaxDigitByDigit = 999_999_999_999_999_999m;

    /// <summary>The amount with a pound sign, thousands separators and two decimal places (invariant culture).</summary>
    internal static string Pounds(decimal pounds)
    {
        decimal pence = pounds * 100m;
        if (pence <= 0m || pence > MaxDigitByDigit || pence != decimal.Truncate(pence))
        {
            return "£" + pounds.ToString(Format, CultureInfo.InvariantCulture);
        }
        long whole = decimal.ToInt64(pence);
        int pennies = (int)(whole % 100);
        whole /= 100;
        // "£", eighteen digits, five separators, the point and two places: 27 characters at most.
        Span<char> text = stackalloc char[32];
        int at = text.Length;
        text[--at] = (char)('0' + (pennies % 10));
        text[--at] = (char)('0' + (pennies / 10));
        text[--at] = '.';
        int digits = 0;
        do
        {
            if (digits > 0 && digits % 3 == 0)
            {
                text[--at] = ',';
            }
            text[--at] = (char)('0' + (int)(whole % 10));
            whole /= 10;
            digits++;
        }
        while (whole > 0);
        text[--at] = '£';
        return text.Slice(at).ToString();
    }
}
