using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using KentCsp.Domain.Indicators;

namespace KentCsp.Domain.Serialization;

// The direct reader's helpers: catalogue names and reporting period labels matched on their UTF-8 bytes, and the
// provenance member mapped as the usual reader maps it. They are private to the indicator set's direct reader.

internal static partial class IndicatorSetDirectReader
{
    /// <summary>
    /// Reads a reporting period label from UTF-8 bytes: exactly the labels <see cref="ReportingPeriod.TryParse"/> reads
    /// ("2017-05", "2017/18 Q1", "2017/18", "2017", years 1000 to 9998), without making a string of them.
    /// </summary>
    private static class ReportingPeriodUtf8
    {
        /// <summary>Reads <paramref name="text"/>, the unescaped bytes of a JSON string.</summary>
        /// <param name="text">The bytes.</param>
        /// <param name="period">The period, or null.</param>
        /// <returns>True when <paramref name="text"/> is a label.</returns>
        internal static bool TryParse(ReadOnlySpan<byte> text, [NotNullWhen(true)] out ReportingPeriod? period)
        {
            period = null;
            switch (text.Length)
            {
                case 4 when Digits(text, 0, 4, out int calendarYear) && InRange(calendarYear):
                    period = ReportingPeriod.ForCalendarYear(calendarYear);
                    return true;
                case 7 when text[4] == (byte)'-':
                    if (Digits(text, 0, 4, out int year) && Digits(text, 5, 2, out int month) && InRange(year) && month >= 1 && month <= 12)
                    {
                        period = ReportingPeriod.ForMonth(year, month);
                        return true;
                    }
                    return false;
                case 7 when TryFinancialYear(text, out var financialYear):
                    period = ReportingPeriod.ForFinancialYear(financialYear);
                    return true;
                case 10 when text[7] == (byte)' ' && text[8] == (byte)'Q' && text[9] >= (byte)'1' && text[9] <= (byte)'4'
                    && TryFinancialYear(text.Slice(0, 7), out var quarterYear):
                    period = ReportingPeriod.ForFinancialQuarter(quarterYear, text[9] - '0');
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>A financial year as <see cref="FinancialYear.TryParse"/> reads it: "2016/17", the second part the year after the first.</summary>
        private static bool TryFinancialYear(ReadOnlySpan<byte> text, out FinancialYear year)
        {
            year = default;
            if (text[4] != (byte)'/' || !Digits(text, 0, 4, out int start) || !Digits(text, 5, 2, out int endSuffix))
            {
                return false;
            }
            if (start < FinancialYear.MinStartYear || start > FinancialYear.MaxStartYear || (start + 1) % 100 != endSuffix)
            {
                return false;
            }
            year = new FinancialYear(start);
            return true;
        }

        private static bool InRange(int year) => year >= FinancialYear.MinStartYear && year <= FinancialYear.MaxStartYear;

        private static bool Digits(ReadOnlySpan<byte> text, int start, int length, out int value)
        {
            value = 0;
            for (int i = start; i < start + length; i++)
            {
                int digit = text[i] - '0';
                if (digit < 0 || digit > 9)
                {
                    return false;
                }
                value = (value * 10) + digit;
            }
            return true;
        }
    }
}

/// <summary>The provenance member for the indicator set's direct reader.</summary>
internal static partial class WireMapper
{
    /// <summary>
    /// Maps a document's provenance member at <c>$.provenance</c> exactly as <see cref="FromDocument(IndicatorSetDocument)"/>
    /// does; a refusal is a <see cref="JsonException"/>, on which the direct reader gives up.
    /// </summary>
    internal static ProvenanceRecord? FromProvenanceWire(ProvenanceWire wire) => FromWire(wire, "$.provenance");
}
