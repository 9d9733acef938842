using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// Reads a valid indicator set document straight from <see cref="Utf8JsonReader"/> into the model, without the wire
/// objects of <see cref="IndicatorSetDocument"/>: the fast path of every <c>DeserializeIndicatorSet</c> overload and of
/// <c>ReadDocument</c> for an indicator set.
/// </summary>
/// <remarks>
/// <para>It reads only what it is certain is valid, and builds no error: at the first thing it is not sure of — a token
/// it does not expect, an unknown, repeated or missing member, a null where a value is required, a number that is not a
/// decimal or an <see cref="int"/>, a name escaped in a way it does not compare, a string or depth over the
/// <see cref="JsonReadLimits"/>, a comment, a domain constructor refusing, a schema version 1 document — it gives up
/// and returns false. The caller then reads the same bytes through the wire objects and <see cref="WireMapper"/>, the
/// authority for every error, so a bad document fails with exactly the message and path it always has.</para>
/// <para>Every domain check still runs: each value is built through its public constructor (an indicator definition,
/// a value, a series, road casualty figures, the set), as the mapper builds them; the reader adds only the checks of
/// the wire format (members, JSON types, version and kind, the KSI figure a document may give).</para>
/// <para>The reader is stateless between calls and thread-safe; each call has its own scratch space.</para>
/// </remarks>
internal static partial class IndicatorSetDirectReader
{
    // Member bits of the top-level object.
    private const int SchemaVersionBit = 1, KindBit = 2, IndicatorsBit = 4, SeriesBit = 8, RoadCasualtiesBit = 16, ProvenanceBit = 32;
    private const int DocumentRequired = SchemaVersionBit | KindBit | IndicatorsBit | SeriesBit | RoadCasualtiesBit;

    // Member bits of an indicator definition.
    private const int IdBit = 1, NameBit = 2, UnitBit = 4, PolarityBit = 8, SeverityClassifiedBit = 16;
    private const int DefinitionRequired = IdBit | NameBit | UnitBit | PolarityBit;

    // Member bits of a series.
    private const int IndicatorIdBit = 1, PeriodKindBit = 2, BasisBit = 4, ValuesBit = 8;
    private const int SeriesRequired = IndicatorIdBit | PeriodKindBit | ValuesBit;

    // Member bits of a value.
    private const int PeriodBit = 1, ValueBit = 2;
    private const int ValueRequired = PeriodBit | ValueBit;

    // Member bits of road casualty figures.
    private const int FigurePeriodBit = 1, FigureBasisBit = 2, KilledBit = 4, SeriouslyInjuredBit = 8, SlightlyInjuredBit = 16, KsiBit = 32;
    private const int FiguresRequired = FigurePeriodBit | FigureBasisBit | KilledBit | SeriouslyInjuredBit | SlightlyInjuredBit;

    /// <summary>
    /// Tries to read <paramref name="utf8"/>, a document that has passed the checks of the readers' preparation (no
    /// byte-order mark, within <see cref="JsonReadLimits.MaxDocumentBytes"/>, valid UTF-8), as an indicator set.
    /// </summary>
    /// <param name="utf8">The document.</param>
    /// <param name="limits">The limits to hold it to (depth and string length); null when a pass over the document has already checked them.</param>
    /// <param name="provenanceInfo">The metadata the library reads a provenance member with.</param>
    /// <param name="set">The set, when read.</param>
    /// <returns>True with the set when the document is certainly a valid schema version 2 indicator set document;
    /// false, with nothing thrown, when the caller is to read it the usual way.</returns>
    internal static bool TryRead(ReadOnlySpan<byte> utf8, JsonReadLimits? limits, JsonTypeInfo<ProvenanceWire> provenanceInfo, [NotNullWhen(true)] out IndicatorSet? set)
    {
        set = null;
        var session = new Session(limits, provenanceInfo);
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = session.MaxDepth });
            set = session.ReadDocument(ref reader, utf8);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // Not certainly valid: malformed JSON, too deep, a string that cannot be decoded, or a value the model refuses.
            // The usual reader reads the bytes again and reports what it finds.
            set = null;
        }
        return set is not null;
    }

    /// <summary>One read: the limits, the scratch list of values reused by every series, and what has been read so far.</summary>
    private sealed class Session
    {
        private readonly JsonTypeInfo<ProvenanceWire> provenanceInfo;
        private readonly int maxStringBytes;
        private IndicatorValue[] scratch = new IndicatorValue[64];

        internal Session(JsonReadLimits? limits, JsonTypeInfo<ProvenanceWire> provenanceInfo)
        {
            this.provenanceInfo = provenanceInfo;
            // With no limits given, a pass over the document has already held it to them: any depth the serializer reads.
            MaxDepth = limits?.MaxDepth ?? JsonReadLimits.MaxDepthCeiling;
            maxStringBytes = limits?.MaxStringBytes ?? int.MaxValue;
        }

        /// <summary>The depth the reader allows: <c>{}</c> is 1, as in <see cref="JsonReadLimits.MaxDepth"/>.</summary>
        internal int MaxDepth { get; }

        /// <summary>Reads the document; null when it is not certainly valid.</summary>
        internal IndicatorSet? ReadDocument(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
        {
            if (!Next(ref reader) || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            int seen = 0;
            var definitions = new List<IndicatorDefinition>();
            var series = new List<SeriesParts>();
            var figures = new List<RoadCasualtyFigures>();
            ProvenanceRecord? provenance = null;
            while (true)
            {
                if (!Next(ref reader))
                {
                    return null;
                }
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }
                int bit = reader.ValueTextEquals("schemaVersion"u8) ? SchemaVersionBit
                    : reader.ValueTextEquals("kind"u8) ? KindBit
                    : reader.ValueTextEquals("indicators"u8) ? IndicatorsBit
                    : reader.ValueTextEquals("series"u8) ? SeriesBit
                    : reader.ValueTextEquals("roadCasualties"u8) ? RoadCasualtiesBit
                    : reader.ValueTextEquals("provenance"u8) ? ProvenanceBit
                    : 0;
                if (bit == 0 || (seen & bit) != 0 || !Next(ref reader))
                {
                    return null;
                }
                seen |= bit;
                bool ok = bit switch
                {
                    // Version 1 documents (no kind) and any other version are left to the usual reader.
                    SchemaVersionBit => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int version) && version == KentCspJson.SchemaVersion,
                    KindBit => reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(KindName),
                    IndicatorsBit => ReadDefinitions(ref reader, definitions),
                    SeriesBit => ReadAllSeries(ref reader, series),
                    RoadCasualtiesBit => ReadAllFigures(ref reader, figures),
                    _ => ReadProvenance(ref reader, utf8, out provenance),
                };
                if (!ok)
                {
                    return null;
                }
            }
            // Anything after the document's object is malformed: the reader throws, or finds no more tokens.
            if ((seen & DocumentRequired) != DocumentRequired || reader.Read())
            {
                return null;
            }
            return Build(definitions, series, figures, provenance);
        }

        /// <summary>Builds the set as the mapper does: definitions, series of defined indicators, figures, then the set's own checks.</summary>
        private static IndicatorSet? Build(List<IndicatorDefinition> definitions, List<SeriesParts> parts, List<RoadCasualtyFigures> figures, ProvenanceRecord? provenance)
        {
            var byId = new Dictionary<string, IndicatorDefinition>(definitions.Count, StringComparer.Ordinal);
            for (int i = 0; i < definitions.Count; i++)
            {
                if (byId.ContainsKey(definitions[i].Id))
                {
                    return null;
                }
                byId.Add(definitions[i].Id, definitions[i]);
            }
            var series = new IndicatorSeries[parts.Count];
            for (int i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                if (!byId.TryGetValue(part.IndicatorId, out var indicator))
                {
                    return null;
                }
                series[i] = new IndicatorSeries(indicator, part.PeriodKind, part.Basis, ValueList<IndicatorValue>.Own(part.Values));
            }
            var set = new IndicatorSet(ValueList<IndicatorDefinition>.Own(definitions.ToArray()), ValueList<IndicatorSeries>.Own(series), ValueList<RoadCasualtyFigures>.Own(figures.ToArray()));
            return provenance is null ? set : set.WithProvenance(provenance);
        }

        private bool ReadDefinitions(ref Utf8JsonReader reader, List<IndicatorDefinition> definitions)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }
            while (Next(ref reader))
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return true;
                }
                if (reader.TokenType != JsonTokenType.StartObject || ReadDefinition(ref reader) is not { } definition)
                {
                    return false;
                }
                definitions.Add(definition);
            }
            return false;
        }

        private IndicatorDefinition? ReadDefinition(ref Utf8JsonReader reader)
        {
            int seen = 0;
            string? id = null, name = null;
            IndicatorUnit? unit = null;
            IndicatorPolarity? polarity = null;
            bool severityClassified = false;
            while (Next(ref reader))
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    return (seen & DefinitionRequired) == DefinitionRequired
                        ? new IndicatorDefinition(id!, name!, unit!, polarity!, severityClassified)
                        : null;
                }
                int bit = reader.ValueTextEquals("id"u8) ? IdBit
                    : reader.ValueTextEquals("name"u8) ? NameBit
                    : reader.ValueTextEquals("unit"u8) ? UnitBit
                    : reader.ValueTextEquals("polarity"u8) ? PolarityBit
                    : reader.ValueTextEquals("severityClassified"u8) ? SeverityClassifiedBit
                    : 0;
                if (bit == 0 || (seen & bit) != 0 || !Next(ref reader))
                {
                    return null;
                }
                seen |= bit;
                var token = reader.TokenType;
                switch (bit)
                {
                    case IdBit when token == JsonTokenType.String:
                        id = reader.GetString();
                        break;
                    case NameBit when token == JsonTokenType.String:
                        name = reader.GetString();
                        break;
                    case UnitBit when token == JsonTokenType.String && Utf8Names<IndicatorUnit>.All.Find(ref reader) is { } foundUnit:
                        unit = foundUnit;
                        break;
                    case PolarityBit when token == JsonTokenType.String && Utf8Names<IndicatorPolarity>.All.Find(ref reader) is { } foundPolarity:
                        polarity = foundPolarity;
                        break;
                    // Optional: written only when true; null reads as absent.
                    case SeverityClassifiedBit when token is JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                        severityClassified = token == JsonTokenType.True;
                        break;
                    default:
                        return null;
                }
            }
            return null;
        }

        private bool ReadAllSeries(ref Utf8JsonReader reader, List<SeriesParts> series)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }
            while (Next(ref reader))
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return true;
                }
                if (reader.TokenType != JsonTokenType.StartObject || !ReadSeries(ref reader, out var parts))
                {
                    return false;
                }
                series.Add(parts);
            }
            return false;
        }

        private bool ReadSeries(ref Utf8JsonReader reader, out SeriesParts parts)
        {
            parts = default;
            int seen = 0;
            string? indicatorId = null;
            PeriodKind? periodKind = null;
            SeverityBasis? basis = null;
            IndicatorValue[]? values = null;
            while (Next(ref reader))
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    if ((seen & SeriesRequired) != SeriesRequired)
                    {
                        return false;
                    }
                    parts = new SeriesParts(indicatorId!, periodKind!, basis, values!);
                    return true;
                }
                int bit = reader.ValueTextEquals("indicatorId"u8) ? IndicatorIdBit
                    : reader.ValueTextEquals("periodKind"u8) ? PeriodKindBit
                    : reader.ValueTextEquals("basis"u8) ? BasisBit
                    : reader.ValueTextEquals("values"u8) ? ValuesBit
                    : 0;
                if (bit == 0 || (seen & bit) != 0 || !Next(ref reader))
                {
                    return false;
                }
                seen |= bit;
                var token = reader.TokenType;
                switch (bit)
                {
                    case IndicatorIdBit when token == JsonTokenType.String:
                        indicatorId = reader.GetString();
                        break;
                    case PeriodKindBit when token == JsonTokenType.String && Utf8Names<PeriodKind>.All.Find(ref reader) is { } foundKind:
                        periodKind = foundKind;
                        break;
                    // Optional: null reads as absent (a series that is not of a road casualty indicator).
                    case BasisBit when token == JsonTokenType.Null:
                        break;
                    case BasisBit when token == JsonTokenType.String && Utf8Names<SeverityBasis>.All.Find(ref reader) is { } foundBasis:
                        basis = foundBasis;
                        break;
                    case ValuesBit when token == JsonTokenType.StartArray && ReadValues(ref reader) is { } read:
                        values = read;
                        break;
                    default:
                        return false;
                }
            }
            return false;
        }

        /// <summary>Reads a series' values into the scratch list, then copies them once into an array of their number.</summary>
        private IndicatorValue[]? ReadValues(ref Utf8JsonReader reader)
        {
            int count = 0;
            while (Next(ref reader))
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    if (count == 0)
                    {
                        return [];
                    }
                    var values = new IndicatorValue[count];
                    Array.Copy(scratch, values, count);
                    Array.Clear(scratch, 0, count);
                    return values;
                }
                if (reader.TokenType != JsonTokenType.StartObject || ReadValue(ref reader) is not { } value)
                {
                    return null;
                }
                if (count == scratch.Length)
                {
                    Array.Resize(ref scratch, count * 2);
                }
                scratch[count++] = value;
            }
            return null;
        }

        private IndicatorValue? ReadValue(ref Utf8JsonReader reader)
        {
            int seen = 0;
            ReportingPeriod? period = null;
            decimal value = 0m;
            while (Next(ref reader))
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    return seen == ValueRequired ? new IndicatorValue(period!, value) : null;
                }
                int bit = reader.ValueTextEquals("period"u8) ? PeriodBit
                    : reader.ValueTextEquals("value"u8) ? ValueBit
                    : 0;
                if (bit == 0 || (seen & bit) != 0 || !Next(ref reader))
                {
                    return null;
                }
                seen |= bit;
                if (bit == PeriodBit)
                {
                    if (!TryReadPeriod(ref reader, out period))
                    {
                        return null;
                    }
                }
                else if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out value))
                {
                    return null;
                }
            }
            return null;
        }

        private bool ReadAllFigures(ref Utf8JsonReader reader, List<RoadCasualtyFigures> figures)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }
            while (Next(ref reader))
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return true;
                }
                if (reader.TokenType != JsonTokenType.StartObject || ReadFigures(ref reader) is not { } read)
                {
                    return false;
                }
                figures.Add(read);
            }
            return false;
        }

        private RoadCasualtyFigures? ReadFigures(ref Utf8JsonReader reader)
        {
            int seen = 0;
            ReportingPeriod? period = null;
            SeverityBasis? basis = null;
            decimal killed = 0m, seriouslyInjured = 0m, slightlyInjured = 0m;
            decimal? killedOrSeriouslyInjured = null;
            while (Next(ref reader))
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    if ((seen & FiguresRequired) != FiguresRequired)
                    {
                        return null;
                    }
                    var figures = new RoadCasualtyFigures(period!, basis!, killed, seriouslyInjured, slightlyInjured);
                    // KSI is written for readers; when given, it must be killed + seriously injured (the mapper's check).
                    return killedOrSeriouslyInjured is { } given && given != figures.KilledOrSeriouslyInjured ? null : figures;
                }
                int bit = reader.ValueTextEquals("period"u8) ? FigurePeriodBit
                    : reader.ValueTextEquals("basis"u8) ? FigureBasisBit
                    : reader.ValueTextEquals("killed"u8) ? KilledBit
                    : reader.ValueTextEquals("seriouslyInjured"u8) ? SeriouslyInjuredBit
                    : reader.ValueTextEquals("slightlyInjured"u8) ? SlightlyInjuredBit
                    : reader.ValueTextEquals("killedOrSeriouslyInjured"u8) ? KsiBit
                    : 0;
                if (bit == 0 || (seen & bit) != 0 || !Next(ref reader))
                {
                    return null;
                }
                seen |= bit;
                var token = reader.TokenType;
                bool ok = bit switch
                {
                    FigurePeriodBit => TryReadPeriod(ref reader, out period),
                    FigureBasisBit => token == JsonTokenType.String && (basis = Utf8Names<SeverityBasis>.All.Find(ref reader)) is not null,
                    KilledBit => token == JsonTokenType.Number && reader.TryGetDecimal(out killed),
                    SeriouslyInjuredBit => token == JsonTokenType.Number && reader.TryGetDecimal(out seriouslyInjured),
                    SlightlyInjuredBit => token == JsonTokenType.Number && reader.TryGetDecimal(out slightlyInjured),
                    // Optional: null reads as absent.
                    _ => token == JsonTokenType.Null || (token == JsonTokenType.Number && TryGetDecimal(ref reader, out killedOrSeriouslyInjured)),
                };
                if (!ok)
                {
                    return null;
                }
            }
            return null;
        }

        /// <summary>
        /// Reads the provenance member: null, or an object whose tokens are walked here (held to the limits) and whose
        /// bytes are then read by the serializer and mapped as the usual reader maps them.
        /// </summary>
        private bool ReadProvenance(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, out ProvenanceRecord? provenance)
        {
            provenance = null;
            if (reader.TokenType == JsonTokenType.Null)
            {
                return true;
            }
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            int start = checked((int)reader.TokenStartIndex);
            int depth = reader.CurrentDepth;
            while (Next(ref reader))
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
                {
                    var wire = JsonSerializer.Deserialize(utf8.Slice(start, checked((int)reader.BytesConsumed) - start), provenanceInfo);
                    provenance = wire is null ? null : WireMapper.FromProvenanceWire(wire);
                    return provenance is not null;
                }
            }
            return false;
        }

        /// <summary>
        /// Reads the next token, and gives false at the end of the input or at a string or member name longer than
        /// <see cref="JsonReadLimits.MaxStringBytes"/> as written (decoding escapes only shortens a string, so one within
        /// the limit as written is within it decoded; one over it is left to the usual reader to measure and report).
        /// </summary>
        private bool Next(ref Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                return false;
            }
            var token = reader.TokenType;
            return (token != JsonTokenType.String && token != JsonTokenType.PropertyName) || reader.ValueSpan.Length <= maxStringBytes;
        }

        private static bool TryGetDecimal(ref Utf8JsonReader reader, out decimal? value)
        {
            bool ok = reader.TryGetDecimal(out decimal read);
            value = read;
            return ok;
        }

        /// <summary>Reads a period label from its UTF-8 bytes; an escaped label is decoded and read as the converter reads it.</summary>
        private static bool TryReadPeriod(ref Utf8JsonReader reader, [NotNullWhen(true)] out ReportingPeriod? period)
        {
            period = null;
            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }
            return reader.ValueIsEscaped
                ? ReportingPeriod.TryParse(reader.GetString(), out period)
                : ReportingPeriodUtf8.TryParse(reader.ValueSpan, out period);
        }
    }

    /// <summary>What a series member holds until the whole document is read: its indicator is looked up once every definition is known.</summary>
    private readonly struct SeriesParts(string indicatorId, PeriodKind periodKind, SeverityBasis? basis, IndicatorValue[] values)
    {
        internal string IndicatorId { get; } = indicatorId;

        internal PeriodKind PeriodKind { get; } = periodKind;

        internal SeverityBasis? Basis { get; } = basis;

        internal IndicatorValue[] Values { get; } = values;
    }

    /// <summary>The kind name of an indicator set document, <c>"indicators"</c>, as UTF-8.</summary>
    private static readonly byte[] KindName = System.Text.Encoding.UTF8.GetBytes(DocumentKind.IndicatorSet.WireName);
}
