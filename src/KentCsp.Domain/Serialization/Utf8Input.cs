using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// A document read from a stream into one byte buffer, never into a string, and no further than the size limit needs:
/// after a byte-order mark (when there is one), at most one byte more than <see cref="JsonReadLimits.MaxDocumentBytes"/>
/// is read, so that a stream too long (even an endless one) is refused after reading that much. The buffer starts at the
/// length a seekable stream says it has left, or 16 KiB, and doubles as it fills.
/// </summary>
internal sealed class Utf8Input
{
    // The most elements a byte array may have (Array.MaxLength, which .NET Standard 2.0 does not have).
    private const int MaxArrayLength = 0x7FFFFFC7;

    private const int FirstBufferLength = 16 * 1024;

    private const int ByteOrderMarkLength = 3;

    private readonly long maxDocumentBytes;

    // How many bytes are worth reading: one more than the limit after the byte-order mark. Unknown (null) until the
    // first three bytes show whether there is a mark.
    private long? wanted;

    private byte[] buffer;

    private int count;

    private Utf8Input(Stream stream, JsonReadLimits limits)
    {
        maxDocumentBytes = limits.MaxDocumentBytes;
        TotalLength = LengthLeft(stream);
        long first = TotalLength is { } total ? Math.Min(total, maxDocumentBytes + ByteOrderMarkLength) + 1 : FirstBufferLength;
        buffer = new byte[(int)Math.Min(first, MaxArrayLength)];
    }

    /// <summary>The bytes read.</summary>
    internal ReadOnlySpan<byte> Bytes => new(buffer, 0, count);

    /// <summary>Whether the stream ended: false when reading stopped at the size limit with the rest unread.</summary>
    internal bool Complete { get; private set; }

    /// <summary>How many bytes a seekable stream had left to read when reading began; null for a stream that cannot say.</summary>
    internal long? TotalLength { get; }

    /// <summary>
    /// Refuses a null <paramref name="stream"/> (<see cref="ArgumentNullException"/>) and one that cannot be read
    /// (<see cref="ArgumentRefusedException"/>), both named <paramref name="paramName"/>.
    /// </summary>
    internal static void CheckReadable(Stream stream, string paramName)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(paramName);
        }
        if (!stream.CanRead)
        {
            Preconditions.ThrowArgument(paramName, "must be a stream that can be read, but CanRead is false");
        }
    }

    /// <summary>
    /// Refuses a null <paramref name="stream"/> (<see cref="ArgumentNullException"/>) and one that cannot be written
    /// (<see cref="ArgumentRefusedException"/>), both named <paramref name="paramName"/>.
    /// </summary>
    internal static void CheckWritable(Stream stream, string paramName)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(paramName);
        }
        if (!stream.CanWrite)
        {
            Preconditions.ThrowArgument(paramName, "must be a stream that can be written, but CanWrite is false");
        }
    }

    /// <summary>Reads <paramref name="stream"/>, which <see cref="CheckReadable"/> has accepted, to its end or to one byte past <paramref name="limits"/>.</summary>
    internal static Utf8Input Read(Stream stream, JsonReadLimits limits)
    {
        var input = new Utf8Input(stream, limits);
        for (int want = input.Want(); want > 0; want = input.Want())
        {
            input.Add(stream.Read(input.buffer, input.count, want));
        }
        return input;
    }

    /// <summary>As <see cref="Read"/>, asynchronously; <paramref name="cancellationToken"/> is checked before each read.</summary>
    internal static async ValueTask<Utf8Input> ReadAsync(Stream stream, JsonReadLimits limits, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var input = new Utf8Input(stream, limits);
        for (int want = input.Want(); want > 0; want = input.Want())
        {
            cancellationToken.ThrowIfCancellationRequested();
            input.Add(await stream.ReadAsync(input.buffer, input.count, want, cancellationToken).ConfigureAwait(false));
        }
        cancellationToken.ThrowIfCancellationRequested();
        return input;
    }

    private static long? LengthLeft(Stream stream)
    {
        try
        {
            return stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>How many bytes to ask the stream for next, with room made for them; 0 when reading is done.</summary>
    private int Want()
    {
        if (Complete)
        {
            return 0;
        }
        if (wanted is null && count >= ByteOrderMarkLength)
        {
            wanted = maxDocumentBytes + 1 + (StartsWithByteOrderMark() ? ByteOrderMarkLength : 0);
        }
        // Until the mark is known, only the first three bytes are asked for.
        long target = wanted ?? ByteOrderMarkLength;
        if (count >= target)
        {
            return 0;
        }
        if (count == buffer.Length)
        {
            if (buffer.Length == MaxArrayLength)
            {
                throw JsonErrors.At("$", $"the document is more than {DocumentHeader.Number(MaxArrayLength)} bytes of UTF-8, the most one buffer holds.");
            }
            Array.Resize(ref buffer, (int)Math.Min(Math.Max(2L * buffer.Length, FirstBufferLength), Math.Min(target, MaxArrayLength)));
        }
        return (int)Math.Min(buffer.Length - count, target - count);
    }

    private void Add(int read)
    {
        if (read == 0)
        {
            Complete = true;
        }
        count += read;
    }

    private bool StartsWithByteOrderMark() => buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF;
}
