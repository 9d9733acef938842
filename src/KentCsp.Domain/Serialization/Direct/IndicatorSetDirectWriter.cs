using System;
using System.Text.Json;
using KentCsp.Domain.Indicators;
using static KentCsp.Domain.Serialization.DirectWriting;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// Writes an indicator set document straight from the <see cref="IndicatorSet"/>: the bytes of <c>IndicatorSetDocument</c>
/// through the serializer, member for member (see <c>Documents/IndicatorSetDocument.cs</c> for the order), without
/// building the wire objects.
/// </summary>
/// <remarks>The document is written in parts (see <see cref="DirectWriting.WritePart{T}"/>): the head, each array a few
/// kilobytes at a time — a long series is split between parts too — then the provenance.</remarks>
internal static class IndicatorSetDirectWriter
{
    private const int Head = 0;
    private const int Indicators = 1;
    private const int Series = 2;
    private const int RoadCasualties = 3;

    /// <summary>The writer of one set, in parts.</summary>
    internal static readonly WritePart<IndicatorSet> Part = WritePart;

    private static readonly JsonEncodedText WireKind = Name(DocumentKind.IndicatorSet.WireName);
    private static readonly JsonEncodedText IndicatorsName = Name("indicators");
    private static readonly JsonEncodedText IndicatorName = Name("name");
    private static readonly JsonEncodedText Unit = Name("unit");
    private static readonly JsonEncodedText Polarity = Name("polarity");
    private static readonly JsonEncodedText SeverityClassified = Name("severityClassified");
    private static readonly JsonEncodedText SeriesName = Name("series");
    private static readonly JsonEncodedText IndicatorId = Name("indicatorId");
    private static readonly JsonEncodedText PeriodKindName = Name("periodKind");
    private static readonly JsonEncodedText Basis = Name("basis");
    private static readonly JsonEncodedText Values = Name("values");
    private static readonly JsonEncodedText Period = Name("period");
    private static readonly JsonEncodedText Value = Name("value");
    private static readonly JsonEncodedText RoadCasualtiesName = Name("roadCasualties");
    private static readonly JsonEncodedText Killed = Name("killed");
    private static readonly JsonEncodedText SeriouslyInjured = Name("seriouslyInjured");
    private static readonly JsonEncodedText SlightlyInjured = Name("slightlyInjured");
    private static readonly JsonEncodedText KilledOrSeriouslyInjured = Name("killedOrSeriouslyInjured");

    private static bool WritePart(Utf8JsonWriter writer, IndicatorSet set, ref DirectCursor cursor)
    {
        switch (cursor.Section)
        {
            case Head:
                writer.WriteStartObject();
                writer.WriteNumber(SchemaVersion, KentCspJson.SchemaVersion);
                writer.WriteString(Kind, WireKind);
                cursor.Next();
                goto case Indicators;
            case Indicators:
                if (!WriteElements(writer, IndicatorsName, set.Indicators, ref cursor.Index, WriteIndicator))
                {
                    return false;
                }
                cursor.Next();
                goto case Series;
            case Series:
                if (!WriteSeries(writer, set, ref cursor))
                {
                    return false;
                }
                cursor.Next();
                goto case RoadCasualties;
            case RoadCasualties:
                if (!WriteElements(writer, RoadCasualtiesName, set.RoadCasualties, ref cursor.Index, WriteFigures))
                {
                    return false;
                }
                cursor.Next();
                goto default;
            default:
                WriteProvenance(writer, set.Provenance);
                writer.WriteEndObject();
                return true;
        }
    }

    private static void WriteIndicator(Utf8JsonWriter writer, IndicatorDefinition indicator)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, indicator.Id);
        writer.WriteString(IndicatorName, indicator.Name);
        WriteName(writer, Unit, indicator.Unit);
        WriteName(writer, Polarity, indicator.Polarity);
        if (indicator.IsSeverityClassified)
        {
            writer.WriteBoolean(SeverityClassified, true);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes the series from the cursor's series and value on, until the array ends (true) or the part is full (false).</summary>
    private static bool WriteSeries(Utf8JsonWriter writer, IndicatorSet set, ref DirectCursor cursor)
    {
        if (cursor.Index < 0)
        {
            writer.WriteStartArray(SeriesName);
            cursor.Index = 0;
        }
        var all = set.Series;
        while (cursor.Index < all.Count)
        {
            var series = all[cursor.Index];
            if (cursor.Inner < 0)
            {
                writer.WriteStartObject();
                writer.WriteString(IndicatorId, series.Indicator.Id);
                WriteName(writer, PeriodKindName, series.PeriodKind);
                WriteOptionalName(writer, Basis, series.Basis);
                writer.WriteStartArray(Values);
                cursor.Inner = 0;
            }
            var values = series.Values;
            int count = values.Count;
            while (cursor.Inner < count)
            {
                var value = values[cursor.Inner];
                writer.WriteStartObject();
                WritePeriod(writer, Period, value.Period);
                writer.WriteNumber(Value, value.Value);
                writer.WriteEndObject();
                cursor.Inner++;
                if (PartIsFull(writer) && cursor.Inner < count)
                {
                    return false;
                }
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            cursor.Index++;
            cursor.Inner = -1;
            if (PartIsFull(writer) && cursor.Index < all.Count)
            {
                return false;
            }
        }
        writer.WriteEndArray();
        return true;
    }

    private static void WriteFigures(Utf8JsonWriter writer, RoadCasualtyFigures figures)
    {
        writer.WriteStartObject();
        WritePeriod(writer, Period, figures.Period);
        WriteName(writer, Basis, figures.Basis);
        writer.WriteNumber(Killed, figures.Killed);
        writer.WriteNumber(SeriouslyInjured, figures.SeriouslyInjured);
        writer.WriteNumber(SlightlyInjured, figures.SlightlyInjured);
        writer.WriteNumber(KilledOrSeriouslyInjured, figures.KilledOrSeriouslyInjured);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a period as <see cref="ReportingPeriodJsonConverter"/> does, its <see cref="ReportingPeriod.Label"/>, from
    /// its kind and start without building the label: "2017-05", "2017/18 Q1", "2017/18" or "2017".
    /// </summary>
    private static void WritePeriod(Utf8JsonWriter writer, JsonEncodedText name, ReportingPeriod period)
    {
        var kind = period.Kind;
        var start = period.Start;
        int year = start.Year;
        // The first supported year's January to March falls in a financial year before the first: Label refuses it.
        if (year <= 1000 || year > 9998)
        {
            writer.WriteString(name, period.Label);
            return;
        }
        Span<byte> text = stackalloc byte[10];
        if (ReferenceEquals(kind, PeriodKind.Month))
        {
            Digits(text, 0, year, 4);
            text[4] = (byte)'-';
            Digits(text, 5, start.Month, 2);
            writer.WriteString(name, text.Slice(0, 7));
        }
        else if (ReferenceEquals(kind, PeriodKind.FinancialQuarter))
        {
            FinancialYearText(text, start.Month >= 4 ? year : year - 1);
            text[7] = (byte)' ';
            text[8] = (byte)'Q';
            text[9] = (byte)('1' + ((start.Month + 8) % 12 / 3));
            writer.WriteString(name, text);
        }
        else if (ReferenceEquals(kind, PeriodKind.FinancialYear))
        {
            FinancialYearText(text, start.Month >= 4 ? year : year - 1);
            writer.WriteString(name, text.Slice(0, 7));
        }
        else if (ReferenceEquals(kind, PeriodKind.CalendarYear))
        {
            Digits(text, 0, year, 4);
            writer.WriteString(name, text.Slice(0, 4));
        }
        else
        {
            writer.WriteString(name, period.Label);
        }
    }
}
