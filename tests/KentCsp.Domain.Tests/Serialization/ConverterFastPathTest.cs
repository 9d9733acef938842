using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using KentCsp.Domain.Serialization;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>
/// The money and date converters read the common forms straight from their UTF-8 bytes and leave everything else to
/// the general reader. Every form, accepted or refused, gives the same amount or date, or the same message, whichever
/// way it is read; and the common forms are read without allocating.
/// </summary>
public sealed class ConverterFastPathTest
{
    private static readonly JsonSerializerOptions Options = new();

    /// <summary>Amounts as JSON tokens: the common forms, and every unusual or refused form the converter's tests use.</summary>
    public static readonly TheoryData<string> MoneyTokens = new(
        "0", "0.0", "0.00", "0.5", "1", "1.5", "1.50", "6000", "6000.00", "39661.00", "12500.50", "1080.5", "999999999999.99",
        "999999999999.9", "999999999999", "100000000000", "0.01", "0.10",
        // Not the common form: read by the general reader.
        "0.000", "1.500", "6000.000000", "1e2", "1E2", "1e+2", "1.5e1", "15e-1", "1.25e1", "0e0", "0.0e5", "-0", "-0.00", "-0.0e1",
        "1000000000000", "1000000000000.00", "999999999999.999", "9999999999999", "1e12", "1e13", "0.01e14",
        // Refused.
        "-1", "-6000.00", "-0.01", "0.005", "156.375", "12.345", "1e30", "-1e30", "1e-9223372036854775808", "1e9223372036854775808",
        "156.3700000000000000000000000001", "79228162514264337593543950336", "9999999999999999999999999999999",
        "0.0000000000000000000000000001", "1e-29", "1e-2147483649",
        "\"10000.00\"", "\"12500.50\"", "null", "true", "false", "[]", "{}");

    /// <summary>Dates as JSON tokens: the common form, and every unusual or refused form.</summary>
    public static readonly TheoryData<string> DateTokens = new(
        "\"2017-07-19\"", "\"1000-01-01\"", "\"9998-12-31\"", "\"2016-02-29\"", "\"2000-02-29\"", "\"2024-12-31\"", "\"2017-04-30\"",
        // Escaped: the same dates, written with JSON escapes.
        "\"\\u0032017-07-19\"", "\"2017\\u002d07-19\"", "\"2017-07-1\\u0039\"",
        // Refused.
        "\"0999-12-31\"", "\"9999-01-01\"", "\"0000-01-01\"", "\"1900-02-29\"", "\"2017-02-29\"", "\"2017-04-31\"", "\"2017-13-01\"",
        "\"2017-00-10\"", "\"2017-01-00\"", "\"2017-01-32\"", "\"2017-7-19\"", "\"17-07-19\"", "\"2017/07/19\"", "\"20170719\"",
        "\"2017-07-19T00:00\"", "\"2017-07-19Z\"", "\" 2017-07-19\"", "\"2017-07-19 \"", "\"+2017-07-19\"", "\"-2017-07-19\"",
        "\"-0001-01-01\"", "\"10000-01-01\"", "\"2017-07-19\\u0000\"", "\"2017-07-1\\u0000\"", "\"２０１７-07-19\"", "\"2017-0a-19\"",
        "\"201a-07-19\"", "\"2017-07-a9\"", "\"2017:07:19\"", "\"\"", "\"2017-07-19\\n\"", "\"\\u0000\"",
        "20170719", "2017", "null", "true", "[]", "{}");

    [Theory]
    [MemberData(nameof(MoneyTokens))]
    public void Money_EveryForm_ReadsAsTheGeneralReaderReadsIt(string token) =>
        Assert.Equal(ReadMoney(token, general: true), ReadMoney(token, general: false));

    [Theory]
    [MemberData(nameof(DateTokens))]
    public void Date_EveryForm_ReadsAsTheGeneralReaderReadsIt(string token) =>
        Assert.Equal(ReadDate(token, general: true), ReadDate(token, general: false));

    [Fact]
    public void Money_CommonForms_TakeTheFastPath()
    {
        foreach (var text in new[] { "0", "0.5", "6000", "39661.00", "12500.5", "999999999999.99" })
        {
            Assert.True(MoneyJsonConverter.TryReadPlain(Encoding.UTF8.GetBytes(text), out var money), text);
            Assert.Equal(decimal.Parse(text, CultureInfo.InvariantCulture), money.Pounds);
            Assert.Equal(2, decimal.GetBits(money.Pounds)[3] >> 16 & 0xFF);
        }
        foreach (var text in new[] { "-1", "1e2", "1.500", "1000000000000", "00", "0.005", "1." })
        {
            Assert.False(MoneyJsonConverter.TryReadPlain(Encoding.UTF8.GetBytes(text), out _), text);
        }
    }

    [Fact]
    public void Date_CommonForm_TakesTheFastPath()
    {
        Assert.True(LocalDateJsonConverter.TryReadPlain("2017-07-19"u8, out var date));
        Assert.Equal(new LocalDate(2017, 7, 19), date);
        foreach (var text in new[] { "2017-02-29", "0999-12-31", "9999-01-01", "2017-7-19", "2017-07-19Z", "2017/07/19", "２０１７-07-19" })
        {
            Assert.False(LocalDateJsonConverter.TryReadPlain(Encoding.UTF8.GetBytes(text), out _), text);
        }
    }

    [Fact]
    public void Money_AnyAmountInAnyPlainOrExponentForm_ReadsAsTheGeneralReaderReadsIt() =>
        Gen.Select(Gen.Long[0, 99_999_999_999_999L], Gen.Int[0, 4], Gen.Int[0, 3]).Sample((pence, places, exponent) =>
        {
            // An amount (or a fraction of a penny short of one) written with 0 to 4 decimal places of pounds, or with an
            // exponent: "12500.50", "12500.5", "12500", "12500.5000", "1250050e-2", "12500500e-3", "12500.50e0".
            string text = exponent switch
            {
                1 => pence.ToString(CultureInfo.InvariantCulture) + "e-2",
                2 => (pence * 10L).ToString(CultureInfo.InvariantCulture) + "e-3",
                3 => (pence / 100m).ToString("F2", CultureInfo.InvariantCulture) + "e0",
                _ => (pence / 100m).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            };
            return ReadMoney(text, general: true) == ReadMoney(text, general: false);
        });

    [Fact]
    public void Date_AnyTenCharacterText_ReadsAsTheGeneralReaderReadsIt() =>
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 13], Gen.Int[0, 32], Gen.Char["0123456789-/ ab"].Array[0, 2]).Sample((year, month, day, noise) =>
        {
            string text = year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture) + "-" + day.ToString("D2", CultureInfo.InvariantCulture);
            if (noise.Length == 2)
            {
                int at = (year + month + day) % text.Length;
                text = text.Substring(0, at) + noise[0] + text.Substring(at + 1);
            }
            string token = "\"" + text + "\"";
            return ReadDate(token, general: true) == ReadDate(token, general: false);
        });

    [Fact]
    public void Money_CommonForm_AllocatesNothing()
    {
        var converter = new MoneyJsonConverter();
        byte[] json = "[12500.50]"u8.ToArray();
        Assert.Equal(0, BytesPerRead(json, (ref Utf8JsonReader reader) => converter.Read(ref reader, typeof(Money), Options).IsZero));
    }

    [Fact]
    public void Date_CommonForm_AllocatesNothing()
    {
        var converter = new LocalDateJsonConverter();
        byte[] json = "[\"2024-06-01\"]"u8.ToArray();
        Assert.Equal(0, BytesPerRead(json, (ref Utf8JsonReader reader) => converter.Read(ref reader, typeof(LocalDate), Options).Day == 1));
    }

    [Fact]
    public void Document_FundingRound_ReadsAlikeAfterTheFastPaths()
    {
        var round = TestSupport.FundingBuilders.EveryMember();
        string json = KentCspJson.Serialize(round);
        Assert.Equal(round, KentCspJson.DeserializeFundingRound(json));
        Assert.Equal(json, KentCspJson.Serialize(KentCspJson.DeserializeFundingRound(Encoding.UTF8.GetBytes(json))));
    }

    private delegate bool ReadAt(ref Utf8JsonReader reader);

    private static string ReadMoney(string token, bool general)
    {
        try
        {
            var reader = AtFirstElement(token);
            var money = general ? MoneyJsonConverter.ReadAny(ref reader) : new MoneyJsonConverter().Read(ref reader, typeof(Money), Options);
            // The scale is part of the outcome: the amount is written back with it.
            return "amount " + money.Pounds.ToString(CultureInfo.InvariantCulture) + " " + money;
        }
        catch (JsonException exception)
        {
            return "refused: " + exception.Message + " (" + exception.InnerException?.Message + ")";
        }
    }

    private static string ReadDate(string token, bool general)
    {
        try
        {
            var reader = AtFirstElement(token);
            var date = general ? LocalDateJsonConverter.ReadAny(ref reader) : new LocalDateJsonConverter().Read(ref reader, typeof(LocalDate), Options);
            return "date " + LocalDatePattern.Iso.Format(date) + " " + date.Calendar.Id;
        }
        catch (JsonException exception)
        {
            return "refused: " + exception.Message + " (" + exception.InnerException?.Message + ")";
        }
    }

    private static Utf8JsonReader AtFirstElement(string token)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("[" + token + "]"));
        reader.Read();
        reader.Read();
        return reader;
    }

    private static long BytesPerRead(byte[] json, ReadAt read)
    {
        const int count = 2_000;
        bool kept = false;
        long least = long.MaxValue;
        for (int run = 0; run < 4; run++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < count; i++)
            {
                var reader = new Utf8JsonReader(json);
                reader.Read();
                reader.Read();
                kept ^= read(ref reader);
            }
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        GC.KeepAlive(kept);
        return least / count;
    }
}
