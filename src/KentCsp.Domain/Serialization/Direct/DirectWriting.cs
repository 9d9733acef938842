using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.SmartEnum;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// What the direct writers share: the writer options of the serializer's context, pre-encoded names, dates, years,
/// amounts and catalogue names written from their values, the provenance and source members, and the three outputs
/// (text, UTF-8 bytes, a stream, synchronously or not) over one pooled buffer.
/// </summary>
/// <remarks>
/// A direct writer walks the domain object and writes each member with <see cref="Utf8JsonWriter"/>, in the order and
/// form of the wire document (see <c>Documents/*Document.cs</c>), so that it writes exactly the bytes the serializer
/// writes for that document — with no wire objects and no intermediate strings. The options are those the serializer
/// hands its writer for <c>KentCspJson</c>'s context: indented by two spaces with <c>\n</c> line ends, the relaxed
/// encoder (non-ASCII text and HTML-sensitive characters kept; quotes, backslashes and control characters escaped) and
/// no validation of the writer's own structure.
/// </remarks>
internal static class DirectWriting
{
    /// <summary>
    /// Writes the next part of <paramref name="value"/>'s document from <paramref name="cursor"/>: true when the
    /// document is complete, false when the part is full and <paramref name="cursor"/> marks where the next begins.
    /// </summary>
    internal delegate bool WritePart<T>(Utf8JsonWriter writer, T value, ref DirectCursor cursor);

    /// <summary>The encoder of <c>KentCspJson</c>'s serializer options.</summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The writer options the serializer derives from <c>KentCspJson</c>'s context options.</summary>
    internal static readonly JsonWriterOptions Options = new()
    {
        Encoder = Encoder,
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        MaxDepth = JsonReadLimits.MaxDepthCeiling + 1,
        SkipValidation = true,
    };

    /// <summary>The size of the first pooled buffer, and the number of pending bytes past which a stream writer hands them on: the serializer's own.</summary>
    internal const int BufferSize = 16 * 1024;

    /// <summary>Pending bytes past which the writer commits them to its buffer (and a stream writer to the stream).</summary>
    internal const int FlushThreshold = (int)(BufferSize * 0.9);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // ---- Names shared by several documents ---------------------------------------------------------------------

    internal static readonly JsonEncodedText SchemaVersion = Name("schemaVersion");
    internal static readonly JsonEncodedText Kind = Name("kind");
    internal static readonly JsonEncodedText Id = Name("id");
    internal static readonly JsonEncodedText Source = Name("source");
    internal static readonly JsonEncodedText Provenance = Name("provenance");
    private static readonly JsonEncodedText Title = Name("title");
    private static readonly JsonEncodedText Date = Name("date");
    private static readonly JsonEncodedText Locator = Name("locator");
    private static readonly JsonEncodedText Reason = Name("reason");
    private static readonly JsonEncodedText Fields = Name("fields");

    /// <summary>A member name as the serializer writes it: encoded once, with the context's encoder.</summary>
    internal static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, Encoder);

    // ---- Values --------------------------------------------------------------------------------------------------

    /// <summary>Writes a date as <see cref="LocalDateJsonConverter"/> does: ISO <c>yyyy-MM-dd</c>, after the same calendar check.</summary>
    internal static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, LocalDate value)
    {
        SupportedDates.CheckCalendar(value);
        int year = value.Year;
        if (year < 0 || year > 9999)
        {
            writer.WriteString(name, LocalDatePattern.Iso.Format(value));
            return;
        }
        Span<byte> text = stackalloc byte[10];
        Digits(text, 0, year, 4);
        text[4] = (byte)'-';
        Digits(text, 5, value.Month, 2);
        text[7] = (byte)'-';
        Digits(text, 8, value.Day, 2);
        writer.WriteString(name, text);
    }

    /// <summary>Writes a date that may be absent: left out when null, as the serializer's options leave out nulls.</summary>
    internal static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, LocalDate? value)
    {
        if (value is { } date)
        {
            WriteDate(writer, name, date);
        }
    }

    /// <summary>Writes an amount as <see cref="MoneyJsonConverter"/> does: a JSON number of pounds with exactly two decimal places.</summary>
    internal static void WriteMoney(Utf8JsonWriter writer, JsonEncodedText name, Money value) =>
        writer.WriteNumber(name, decimal.Round(value.Pounds, 2) + 0.00m);

    /// <summary>Writes an amount that may be absent: left out when null.</summary>
    internal static void WriteMoney(Utf8JsonWriter writer, JsonEncodedText name, Money? value)
    {
        if (value is { } money)
        {
            WriteMoney(writer, name, money);
        }
    }

    /// <summary>Writes a financial year as <see cref="FinancialYearJsonConverter"/> does: <c>"2016/17"</c>.</summary>
    internal static void WriteFinancialYear(Utf8JsonWriter writer, JsonEncodedText name, FinancialYear value)
    {
        Span<byte> text = stackalloc byte[7];
        FinancialYearText(text, value.StartYear);
        writer.WriteString(name, text);
    }

    /// <summary>Writes the seven characters of the financial year starting in <paramref name="startYear"/>: <c>2016/17</c>.</summary>
    internal static void FinancialYearText(Span<byte> text, int startYear)
    {
        Digits(text, 0, startYear, 4);
        text[4] = (byte)'/';
        Digits(text, 5, (startYear + 1) % 100, 2);
    }

    /// <summary>Writes <paramref name="value"/> (not negative) as <paramref name="count"/> ASCII digits at <paramref name="start"/>, with leading zeros.</summary>
    internal static void Digits(Span<byte> text, int start, int value, int count)
    {
        for (int i = start + count - 1; i >= start; i--)
        {
            text[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Writes a string that may be absent: left out when null.</summary>
    internal static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a catalogue member by its name, as <see cref="SmartEnumNameJsonConverter{TEnum}"/> does.</summary>
    internal static void WriteName<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, TEnum value)
        where TEnum : SmartEnum<TEnum>
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }
        writer.WriteString(name, EncodedNames<TEnum>.Of(value));
    }

    /// <summary>Writes a catalogue member that may be absent: left out when null.</summary>
    internal static void WriteOptionalName<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, TEnum? value)
        where TEnum : SmartEnum<TEnum>
    {
        if (value is not null)
        {
            writer.WriteString(name, EncodedNames<TEnum>.Of(value));
        }
    }

    /// <summary>Writes a catalogue member by its name as an array element.</summary>
    internal static void WriteNameValue<TEnum>(Utf8JsonWriter writer, TEnum value)
        where TEnum : SmartEnum<TEnum>
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }
        writer.WriteStringValue(EncodedNames<TEnum>.Of(value));
    }

    /// <summary>
    /// The names of one catalogue's members, each encoded once with the context's encoder, found by the member itself
    /// (not by its value, which two members may share). A member not in the catalogue's list is encoded when it is written.
    /// </summary>
    private static class EncodedNames<TEnum>
        where TEnum : SmartEnum<TEnum>
    {
        private static readonly Dictionary<TEnum, JsonEncodedText> Names = Build();

        internal static JsonEncodedText Of(TEnum value) =>
            Names.TryGetValue(value, out var encoded) ? encoded : Name(value.Name);

        private static Dictionary<TEnum, JsonEncodedText> Build()
        {
            var names = new Dictionary<TEnum, JsonEncodedText>(ByReference<TEnum>.Instance);
            foreach (var member in SmartEnum<TEnum>.List)
            {
                names[member] = Name(member.Name);
            }
            return names;
        }
    }

    /// <summary>Compares by reference, so that two catalogue members of one value keep their own names.</summary>
    private sealed class ByReference<T> : IEqualityComparer<T>
        where T : class
    {
        internal static readonly ByReference<T> Instance = new();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }

    // ---- Members shared by several documents -------------------------------------------------------------------

    /// <summary>Writes a source document member as <c>SourceDocumentWire</c>: title, then date and locator when known.</summary>
    internal static void WriteSource(Utf8JsonWriter writer, JsonEncodedText name, SourceDocument source)
    {
        writer.WriteStartObject(name);
        writer.WriteString(Title, source.Title);
        WriteDate(writer, Date, source.Date);
        WriteOptional(writer, Locator, source.Locator);
        writer.WriteEndObject();
    }

    /// <summary>Writes the provenance member as <c>ProvenanceWire</c>; nothing when <paramref name="record"/> is null.</summary>
    internal static void WriteProvenance(Utf8JsonWriter writer, ProvenanceRecord? record)
    {
        if (record is null)
        {
            return;
        }
        writer.WriteStartObject(Provenance);
        WriteProvenanceMembers(writer, record.Whole);
        var fields = record.Fields;
        if (fields.Count > 0)
        {
            // The record holds each field once (its constructor refuses a second), as the wire document's dictionary needs.
            writer.WriteStartObject(Fields);
            for (int i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                writer.WriteStartObject(field.Field);
                WriteProvenanceMembers(writer, field.Provenance);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteProvenanceMembers(Utf8JsonWriter writer, Provenance provenance)
    {
        WriteName(writer, Kind, provenance.Kind);
        WriteOptional(writer, Reason, provenance.Reason);
        if (provenance.Source is { } source)
        {
            WriteSource(writer, Source, source);
        }
    }

    // ---- Outputs ---------------------------------------------------------------------------------------------

    /// <summary>Whether the writer holds enough pending bytes for a part of the document to end: a direct writer checks after each element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool PartIsFull(Utf8JsonWriter writer) => writer.BytesPending > FlushThreshold;

    /// <summary>
    /// Writes the elements of an array member from <paramref name="index"/> on (-1: the array is not started), until the
    /// array ends (true) or the part is full (false, with <paramref name="index"/> at the next element).
    /// </summary>
    internal static bool WriteElements<TItem>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<TItem> items, ref int index, Action<Utf8JsonWriter, TItem> write)
    {
        if (index < 0)
        {
            writer.WriteStartArray(name);
            index = 0;
        }
        int count = items.Count;
        while (index < count)
        {
            write(writer, items[index]);
            index++;
            if (PartIsFull(writer) && index < count)
            {
                return false;
            }
        }
        writer.WriteEndArray();
        return true;
    }

    /// <summary>Writes <paramref name="value"/> to UTF-8 bytes.</summary>
    /// <remarks>
    /// The bytes are written into pooled segments of a fixed size and copied once into the array returned, rather than
    /// into one buffer that doubles (and is copied) as the document grows: a large document costs one copy, and no
    /// working buffer larger than a segment.
    /// </remarks>
    internal static byte[] ToUtf8Bytes<T>(T value, WritePart<T> write)
    {
        using var buffer = new SegmentedBuffer();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            var cursor = default(DirectCursor);
            while (!write(writer, value, ref cursor))
            {
                // Commits the part, so that the next one runs until it too is full rather than one element at a time.
                writer.Flush();
            }
            writer.Flush();
        }
        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="value"/> to text: the UTF-8 bytes decoded, as the serializer's text writer does.</summary>
    internal static string ToText<T>(T value, WritePart<T> write)
    {
        using var buffer = new PooledBuffer(BufferSize);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            var cursor = default(DirectCursor);
            while (!write(writer, value, ref cursor))
            {
            }
            writer.Flush();
        }
        return StrictUtf8.GetString(buffer.Array, 0, buffer.Count);
    }

    /// <summary>Writes <paramref name="value"/> to a stream, handing the bytes on whenever the buffer fills, without flushing the stream.</summary>
    internal static void ToStream<T>(Stream stream, T value, WritePart<T> write)
    {
        using var buffer = new PooledBuffer(BufferSize);
        using var writer = new Utf8JsonWriter(buffer, Options);
        var cursor = default(DirectCursor);
        bool done;
        do
        {
            done = write(writer, value, ref cursor);
            writer.Flush();
            if (done || buffer.Count > FlushThreshold)
            {
                stream.Write(buffer.Array, 0, buffer.Count);
                buffer.Clear();
            }
        }
        while (!done);
    }

    /// <summary>As <see cref="ToStream{T}"/>, handing the bytes on asynchronously between parts.</summary>
    internal static async Task ToStreamAsync<T>(Stream stream, T value, WritePart<T> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new PooledBuffer(BufferSize);
        using var writer = new Utf8JsonWriter(buffer, Options);
        var cursor = default(DirectCursor);
        bool done;
        do
        {
            done = write(writer, value, ref cursor);
            writer.Flush();
            if (done || buffer.Count > FlushThreshold)
            {
                await stream.WriteAsync(buffer.Array, 0, buffer.Count, cancellationToken).ConfigureAwait(false);
                buffer.Clear();
            }
        }
        while (!done);
    }

    /// <summary>
    /// A buffer of bytes in segments rented from the shared pool and returned on dispose: the first of
    /// <see cref="FirstSegmentSize"/> bytes, each next one twice the size of the last (or as large as a request). It grows
    /// by adding a segment, never by copying; and since the segments are of distinct sizes, the pool can keep each
    /// between documents, so writing one allocates nothing but the array returned.
    /// </summary>
    internal sealed class SegmentedBuffer : IBufferWriter<byte>, IDisposable
    {
        /// <summary>The size of the first segment.</summary>
        internal const int FirstSegmentSize = BufferSize;

        // The largest segment asked for: the pool's and an array's limit.
        private const int LargestSegment = 1 << 30;

        // The full segments and how many bytes of each were written; then the segment being written.
        private readonly List<KeyValuePair<byte[], int>> full = [];
        private byte[] current = ArrayPool<byte>.Shared.Rent(FirstSegmentSize);
        private int used;
        private long total;

        /// <summary>The number of bytes written.</summary>
        internal long Count => total;

        /// <summary>The bytes written, in one new array.</summary>
        /// <exception cref="OutOfMemoryException">More bytes were written than an array can hold, as the serializer reports it.</exception>
        internal byte[] ToArray()
        {
            if (total > int.MaxValue)
            {
                throw new OutOfMemoryException($"Cannot allocate a buffer of size {total}.");
            }
            var bytes = new byte[total];
            int at = 0;
            foreach (var segment in full)
            {
                Buffer.BlockCopy(segment.Key, 0, bytes, at, segment.Value);
                at += segment.Value;
            }
            Buffer.BlockCopy(current, 0, bytes, at, used);
            return bytes;
        }

        public void Advance(int count)
        {
            used += count;
            total += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return current.AsMemory(used);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return current.AsSpan(used);
        }

        private void Reserve(int sizeHint)
        {
            int needed = Math.Max(sizeHint, 1);
            if (current.Length - used >= needed)
            {
                return;
            }
            int previous = current.Length;
            full.Add(new KeyValuePair<byte[], int>(current, used));
            // Cleared before the next rent, so that a failure to rent does not return the segment twice.
            current = [];
            used = 0;
            int next = (int)Math.Min(Math.Max((long)previous * 2, needed), Math.Max(LargestSegment, needed));
            current = ArrayPool<byte>.Shared.Rent(next);
        }

        public void Dispose()
        {
            foreach (var segment in full)
            {
                ArrayPool<byte>.Shared.Return(segment.Key);
            }
            full.Clear();
            if (current.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(current);
            }
            current = [];
            used = 0;
            total = 0;
        }
    }

    /// <summary>A growable buffer of bytes rented from the shared pool and returned on dispose.</summary>
    internal sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
    {
        private byte[] array;
        private int count;

        internal PooledBuffer(int initialSize) => array = ArrayPool<byte>.Shared.Rent(initialSize);

        /// <summary>The array the written bytes start at; valid until the next write.</summary>
        internal byte[] Array => array;

        /// <summary>The number of bytes written.</summary>
        internal int Count => count;

        internal byte[] ToArray()
        {
            var bytes = new byte[count];
            Buffer.BlockCopy(array, 0, bytes, 0, count);
            return bytes;
        }

        internal void Clear() => count = 0;

        public void Advance(int count) => this.count += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return array.AsMemory(count);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return array.AsSpan(count);
        }

        private void Reserve(int sizeHint)
        {
            int needed = Math.Max(sizeHint, 1);
            if (array.Length - count >= needed)
            {
                return;
            }
            long size = Math.Max((long)array.Length * 2, (long)count + needed);
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, int.MaxValue));
            Buffer.BlockCopy(array, 0, larger, 0, count);
            ArrayPool<byte>.Shared.Return(array);
            array = larger;
        }

        public void Dispose()
        {
            var rented = array;
            array = [];
            count = 0;
            if (rented.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}

/// <summary>Where a direct writer stopped: the member it is in, the element of that member's array, and the element of that element's array.</summary>
internal struct DirectCursor
{
    /// <summary>The member being written, numbered by the writer; 0 before the document starts.</summary>
    internal int Section;

    /// <summary>The next element of the member's array; -1 before the array starts.</summary>
    internal int Index;

    /// <summary>The next element of the current element's own array; -1 before that array starts.</summary>
    internal int Inner;

    /// <summary>Moves to the next member, before its array starts.</summary>
    internal void Next()
    {
        Section++;
        Index = -1;
        Inner = -1;
    }
}
