using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Ardalis.SmartEnum;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// Reading a document straight from Utf8JsonReader into the domain objects, for the valid case only.
//
// The way a document is read otherwise — bytes to the source-generated wire types (strict options: duplicate, unknown
// and missing members refused), then WireMapper to the domain constructors — stays the authority: it gives every error
// its message and JSON path. A direct reader reads the same bytes first and builds the domain objects as it goes,
// through the same public constructors, so every domain check runs; at the first thing it is not certain the authority
// would accept in exactly the same way (an unexpected token, an unknown, repeated or missing member, a null where a
// value is required, a number or date in an unusual form, a name written with escapes, a string longer than the limit,
// a constructor refusing, anything) it gives up, and the caller reads the bytes again the usual way, which then reports
// the problem as it always has. So a direct reader never builds a message or a path, and a document it reads is one
// the authority reads to an equal value (the differential tests in tests/KentCsp.Domain.Tests/Serialization/Direct
// hold it to that).

/// <summary>
/// A <see cref="Utf8JsonReader"/> over one whole document, with the steps a direct reader is made of: each step reads
/// the next token and returns false, building nothing, where the token is not the plain, valid form it expects.
/// </summary>
/// <remarks>
/// <para>Accepted forms are a subset of what the serializer and the library's converters accept, and each gives the
/// same value: strings of at most <see cref="JsonReadLimits.MaxStringBytes"/> bytes as written (escapes make a string
/// longer as written than decoded, so a string within the limit as written is within it decoded); amounts in the
/// converter's plain form (<see cref="MoneyJsonConverter.TryReadPlain"/>); dates as <c>yyyy-MM-dd</c> without escapes
/// (<see cref="LocalDateJsonConverter.TryReadPlain"/>); catalogue names matched on their UTF-8 bytes, exactly, as
/// <see cref="SmartEnum{TEnum, TValue}.TryFromName(string, out TEnum)"/> matches them; member names without escapes.
/// Comments and trailing commas are refused by the reader itself (its default options), as they are by the serializer.</para>
/// <para>Depth: a direct reader knows the deepest nesting of the documents it reads (<see cref="Admits"/>); a document
/// that nests deeper holds a member it does not know, and it gives up there.</para>
/// <para>A step may throw (a <see cref="JsonException"/> from the reader on text that is not JSON, an
/// <see cref="InvalidOperationException"/> decoding a string, an <see cref="ArgumentException"/> from a domain
/// constructor); the direct reader catches those (see <see cref="GivesUp"/>) and gives up.</para>
/// </remarks>
internal ref struct DirectJsonReader
{
    private Utf8JsonReader reader;
    private readonly int maxStringBytes;

    /// <summary>A reader over <paramref name="utf8"/>, a whole document without a byte-order mark, under <paramref name="limits"/>.</summary>
    internal DirectJsonReader(ReadOnlySpan<byte> utf8, JsonReadLimits limits)
    {
        // The document's depth is bounded by what the direct reader knows (see Admits), so the reader's own limit is
        // only a backstop.
        reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1 });
        maxStringBytes = limits.MaxStringBytes;
    }

    /// <summary>
    /// Whether a direct reader whose documents nest at most <paramref name="depth"/> levels and whose longest member
    /// name is <paramref name="longestName"/> bytes can read under <paramref name="limits"/>: when a limit is tighter,
    /// a valid document could be over it, and only the usual reader says so correctly.
    /// </summary>
    internal static bool Admits(JsonReadLimits limits, int depth, int longestName) =>
        limits.MaxDepth >= depth && limits.MaxStringBytes >= longestName;

    /// <summary>Whether <paramref name="exception"/> is one a step may throw on input it does not read, so that the direct reader gives up.</summary>
    internal static bool GivesUp(Exception exception) =>
        exception is JsonException or ArgumentException or InvalidOperationException or FormatException or OverflowException;

    /// <summary>Reads the next token: true when it starts an object.</summary>
    internal bool StartObject() => reader.Read() && reader.TokenType == JsonTokenType.StartObject;

    /// <summary>Reads the next token: true when it starts an array.</summary>
    internal bool StartArray() => reader.Read() && reader.TokenType == JsonTokenType.StartArray;

    /// <summary>
    /// Reads the next token of an array: true when it starts an object (an element to read); false at the end of the
    /// array, with <paramref name="ended"/> true, or at anything else (a null element, another kind of value).
    /// </summary>
    internal bool NextObjectElement(out bool ended)
    {
        bool read = reader.Read();
        ended = read && reader.TokenType == JsonTokenType.EndArray;
        return read && reader.TokenType == JsonTokenType.StartObject;
    }

    /// <summary>
    /// Reads the next token of an object: true with the member's name when it is a member; false at the end of the
    /// object, with <paramref name="ended"/> true, or at a name written with escapes (which the direct readers do not
    /// match).
    /// </summary>
    internal bool NextMember(out ReadOnlySpan<byte> name, out bool ended)
    {
        bool read = reader.Read();
        ended = read && reader.TokenType == JsonTokenType.EndObject;
        if (read && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            name = reader.ValueSpan;
            return true;
        }
        name = default;
        return false;
    }

    /// <summary>True when the document has nothing after its one value but white space.</summary>
    internal bool AtEnd() => !reader.Read();

    /// <summary>Reads a string of at most the limit's length as written; false at a null or any other token.</summary>
    internal bool String(out string value)
    {
        value = null!;
        return reader.Read() && CurrentString(out value);
    }

    /// <summary>Reads an optional member's string: null (as the serializer reads an optional member written as null), or as <see cref="String"/>.</summary>
    internal bool OptionalString(out string? value)
    {
        value = null;
        return reader.Read() && (reader.TokenType == JsonTokenType.Null || CurrentString(out value!));
    }

    /// <summary>Reads the next token: true when it starts an object (<paramref name="isNull"/> false) or is null (true).</summary>
    internal bool StartObjectOrNull(out bool isNull)
    {
        bool read = reader.Read();
        isNull = read && reader.TokenType == JsonTokenType.Null;
        return read && (isNull || reader.TokenType == JsonTokenType.StartObject);
    }

    private bool CurrentString(out string value)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && reader.ValueSpan.Length <= maxStringBytes)
        {
            value = reader.GetString()!;
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>Reads a string that is exactly <paramref name="expected"/>, written without escapes.</summary>
    internal bool Literal(ReadOnlySpan<byte> expected) =>
        reader.Read() && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
        && reader.ValueSpan.SequenceEqual(expected);

    /// <summary>Reads a number written exactly as <paramref name="expected"/>, e.g. <c>2</c> for a schema version.</summary>
    internal bool Number(ReadOnlySpan<byte> expected) =>
        reader.Read() && reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence && reader.ValueSpan.SequenceEqual(expected);

    /// <summary>Reads an amount in the plain form of <see cref="MoneyJsonConverter.TryReadPlain"/>.</summary>
    internal bool Money(out Money value)
    {
        value = default;
        return reader.Read() && CurrentMoney(out value);
    }

    /// <summary>Reads an optional member's amount: null, or as <see cref="Money"/>.</summary>
    internal bool OptionalMoney(out Money? value)
    {
        value = null;
        return reader.Read() && (reader.TokenType == JsonTokenType.Null || (CurrentMoney(out var amount) && (value = amount) is not null));
    }

    /// <summary>Reads a date in the plain form of <see cref="LocalDateJsonConverter.TryReadPlain"/>.</summary>
    internal bool Date(out LocalDate value)
    {
        value = default;
        return reader.Read() && CurrentDate(out value);
    }

    /// <summary>Reads an optional member's date: null, or as <see cref="Date"/>.</summary>
    internal bool OptionalDate(out LocalDate? value)
    {
        value = null;
        return reader.Read() && (reader.TokenType == JsonTokenType.Null || (CurrentDate(out var date) && (value = date) is not null));
    }

    private bool CurrentMoney(out Money value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence && MoneyJsonConverter.TryReadPlain(reader.ValueSpan, out value);
    }

    private bool CurrentDate(out LocalDate value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && LocalDateJsonConverter.TryReadPlain(reader.ValueSpan, out value);
    }

    /// <summary>Reads a financial year as <see cref="FinancialYearJsonConverter"/> does (<see cref="FinancialYear.TryParse"/>).</summary>
    internal bool Year(out FinancialYear value)
    {
        value = default;
        return String(out string text) && FinancialYear.TryParse(text, out value);
    }

    /// <summary>Reads a catalogue member's name, matched on its UTF-8 bytes by <paramref name="names"/>.</summary>
    internal bool Catalogue<TEnum>(Utf8Names<TEnum> names, out TEnum value)
        where TEnum : SmartEnum<TEnum>
    {
        value = null!;
        return reader.Read() && CurrentCatalogue(names, out value);
    }

    /// <summary>Reads an optional member's catalogue name: null, or as <see cref="Catalogue{TEnum}"/>.</summary>
    internal bool OptionalCatalogue<TEnum>(Utf8Names<TEnum> names, out TEnum? value)
        where TEnum : SmartEnum<TEnum>
    {
        value = null;
        return reader.Read() && (reader.TokenType == JsonTokenType.Null || CurrentCatalogue(names, out value!));
    }

    private bool CurrentCatalogue<TEnum>(Utf8Names<TEnum> names, out TEnum value)
        where TEnum : SmartEnum<TEnum>
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && names.TryFind(reader.ValueSpan, out var found))
        {
            value = found;
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>
    /// Reads an array of strings into <paramref name="scratch"/> (cleared first) and hands them over as one list of
    /// exactly their number: no list is made for an empty array.
    /// </summary>
    internal bool Strings(List<string> scratch, out ValueList<string> values)
    {
        values = ValueList<string>.Empty;
        if (!StartArray())
        {
            return false;
        }
        scratch.Clear();
        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }
            if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueSpan.Length > maxStringBytes)
            {
                return false;
            }
            scratch.Add(reader.GetString()!);
        }
        values = scratch.Count == 0 ? ValueList<string>.Empty : ValueList<string>.Own(scratch.ToArray());
        return true;
    }

    /// <summary>
    /// Reads an array of catalogue names and hands them over as one list of exactly their number. Only a small array
    /// is expected (a grant's conditions), so the list is grown as it is read.
    /// </summary>
    internal bool Catalogues<TEnum>(Utf8Names<TEnum> names, out ValueList<TEnum> values)
        where TEnum : SmartEnum<TEnum>
    {
        values = ValueList<TEnum>.Empty;
        if (!StartArray())
        {
            return false;
        }
        List<TEnum>? items = null;
        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }
            if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || !names.TryFind(reader.ValueSpan, out var found))
            {
                return false;
            }
            (items ??= new List<TEnum>()).Add(found);
        }
        values = items is null ? ValueList<TEnum>.Empty : ValueList<TEnum>.Own(items.ToArray());
        return true;
    }

    /// <summary>Marks member <paramref name="bit"/> of an object as read: false when it was read before (a repeated member).</summary>
    internal static bool Mark(ref int seen, int bit)
    {
        if ((seen & bit) != 0)
        {
            return false;
        }
        seen |= bit;
        return true;
    }
}

/// <summary>
/// The members of a SmartEnum catalogue by the UTF-8 bytes of their names, so that a direct reader matches a name
/// without decoding it to a string. Matching is exact, byte for byte, which for valid UTF-8 is the ordinal comparison
/// <see cref="SmartEnum{TEnum, TValue}.TryFromName(string, out TEnum)"/> makes.
/// </summary>
/// <typeparam name="TEnum">The catalogue.</typeparam>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class Utf8Names<TEnum>
    where TEnum : SmartEnum<TEnum>
{
    private readonly byte[][] names;
    private readonly TEnum[] members;

    private Utf8Names()
    {
        var list = new List<TEnum>(SmartEnum<TEnum>.List);
        names = new byte[list.Count][];
        members = new TEnum[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            names[i] = Encoding.UTF8.GetBytes(list[i].Name);
            members[i] = list[i];
        }
    }

    /// <summary>The names of every member of <typeparamref name="TEnum"/>, made on first use.</summary>
    internal static Utf8Names<TEnum> All { get; } = new();

    /// <summary>
    /// The member the current string token of <paramref name="reader"/> names, or null when it names none. The token's
    /// text is compared as <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> compares it, so a name
    /// written with escapes matches too.
    /// </summary>
    internal TEnum? Find(ref Utf8JsonReader reader)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return members[i];
            }
        }
        return null;
    }

    /// <summary>Finds the member whose name is <paramref name="utf8"/>, byte for byte.</summary>
    internal bool TryFind(ReadOnlySpan<byte> utf8, out TEnum member)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (utf8.SequenceEqual(names[i]))
            {
                member = members[i];
                return true;
            }
        }
        member = null!;
        return false;
    }
}
