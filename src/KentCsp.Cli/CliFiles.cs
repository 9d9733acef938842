using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using KentCsp.Domain.Serialization;

namespace KentCsp.Cli;

/// <summary>A reader of one kind of document from its UTF-8 bytes, such as <see cref="KentCspJson.DeserializeFundingRound(ReadOnlySpan{byte})"/>.</summary>
internal delegate T Utf8Reader<out T>(ReadOnlySpan<byte> utf8Json);

/// <summary>
/// Reads a document named on the command line, or takes the built-in one when no file is given. A file argument of
/// <c>-</c> is standard input. Documents are read as bytes and handed to the library's UTF-8 readers: no string of a
/// document is built.
/// </summary>
internal static class CliFiles
{
    /// <summary>The file argument that names standard input.</summary>
    internal const string StandardInputName = "-";

    // Standard input of the command line being run: set by KentCspCommand.Run for the length of the run, so that the
    // commands, which are built once per run, need not pass it along.
    private static readonly AsyncLocal<Stream?> Input = new();

    /// <summary>Makes <paramref name="input"/> the standard input of the commands until the result is disposed.</summary>
    internal static IDisposable UseStandardInput(Stream input)
    {
        var previous = Input.Value;
        Input.Value = input;
        return new Restore(previous);
    }

    /// <summary>Whether <paramref name="file"/> is the argument <c>-</c>, standard input.</summary>
    internal static bool IsStandardInput(FileInfo file) => file.ToString() == StandardInputName;

    /// <summary>How messages name <paramref name="file"/>: its name, or "standard input".</summary>
    internal static string NameOf(FileInfo file) => IsStandardInput(file) ? "standard input" : CliText.Quote(file.Name);

    /// <summary>
    /// Reads <paramref name="file"/> with <paramref name="parse"/>; with no file, gives <paramref name="builtIn"/>. A file
    /// that cannot be read is reported in one line on <paramref name="error"/> and gives false (exit code 2); a file that
    /// is not a valid document throws <see cref="InvalidDocumentException"/>, which <see cref="KentCspCommand.Run(string[], Stream, TextWriter, TextWriter, NodaTime.IClock)"/>
    /// reports in one line with exit code 1.
    /// </summary>
    internal static bool TryRead<T>(FileInfo? file, T builtIn, Utf8Reader<T> parse, TextWriter error, out T value)
        where T : class
    {
        value = builtIn;
        return file is null || TryRead(file, parse, error, out value);
    }

    /// <summary>As <see cref="TryRead{T}(FileInfo?, T, Utf8Reader{T}, TextWriter, out T)"/>, for a file that must be given.</summary>
    internal static bool TryRead<T>(FileInfo file, Utf8Reader<T> parse, TextWriter error, out T value)
        where T : class
    {
        value = null!;
        if (!TryReadBytes(file, error, out var utf8))
        {
            return false;
        }
        try
        {
            value = parse(utf8.AsSpan());
            return true;
        }
        catch (JsonException exception)
        {
            throw new InvalidDocumentException($"{NameOf(file)}: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Reads <paramref name="file"/> as a document of either of two kinds, whichever it is (<paramref name="expected"/>
    /// names them for the refusal, e.g. <c>a partnership record ("partnership-record") or partnership
    /// ("partnership")</c>); false (exit code 2) if the file cannot be read. A document that is not valid, or of
    /// another kind, throws <see cref="InvalidDocumentException"/> naming the JSON path.
    /// </summary>
    internal static bool TryReadOneOf<TFirst, TSecond>(FileInfo file, string expected, TextWriter error, out KentCspDocument document)
        where TFirst : KentCspDocument
        where TSecond : KentCspDocument
    {
        document = null!;
        if (!TryReadBytes(file, error, out var utf8))
        {
            return false;
        }
        var result = KentCspJson.ReadDocument(utf8.AsSpan());
        if (!result.TryPickT0(out var read, out var failure))
        {
            throw new InvalidDocumentException($"{NameOf(file)}: {failure.Message}", new JsonException(failure.Message));
        }
        if (read is not (TFirst or TSecond))
        {
            var kind = read.Kind;
            string article = "aeiouAEIOU".IndexOf(kind.Description[0]) >= 0 ? "an" : "a";
            string message = $"$.kind: this is {article} {kind.Description} document (\"{kind.WireName}\"), but {expected} document was expected.";
            throw new InvalidDocumentException($"{NameOf(file)}: {message}", new JsonException(message));
        }
        document = read;
        return true;
    }

    /// <summary>
    /// Reads the bytes of <paramref name="file"/>, or of standard input for <c>-</c>, refusing in one line on
    /// <paramref name="error"/> a file that cannot be read or that is larger than the library reads
    /// (<see cref="JsonReadLimits.MaxDocumentBytes"/> of <see cref="JsonReadLimits.Default"/>). The size of a file is
    /// checked before it is read; standard input is read to one byte past the limit at most, then refused.
    /// </summary>
    internal static bool TryReadBytes(FileInfo file, TextWriter error, out ArraySegment<byte> utf8)
    {
        utf8 = default;
        long limit = JsonReadLimits.Default.MaxDocumentBytes;
        try
        {
            if (IsStandardInput(file))
            {
                if (ReadAtMost(Input.Value ?? Stream.Null, limit + 1) is not { } read)
                {
                    error.WriteLine($"kentcsp: standard input is more than {Number(limit)} bytes, larger than the {Number(limit)} bytes a document may be.");
                    return false;
                }
                utf8 = read;
                return true;
            }
            long size = new FileInfo(file.FullName).Length;
            if (size > limit)
            {
                error.WriteLine($"kentcsp: {NameOf(file)} is {Number(size)} bytes, larger than the {Number(limit)} bytes a document may be.");
                return false;
            }
            utf8 = new ArraySegment<byte>(File.ReadAllBytes(file.FullName));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"kentcsp: cannot read {NameOf(file)}: {CliText.Quote(exception.Message, 300)}");
            return false;
        }
    }

    /// <summary>The bytes of <paramref name="input"/> to its end, or null if it has <paramref name="most"/> bytes or more: no more than that is read.</summary>
    private static ArraySegment<byte>? ReadAtMost(Stream input, long most)
    {
        var buffer = new MemoryStream();
        byte[] chunk = new byte[64 * 1024];
        while (buffer.Length < most)
        {
            int read = input.Read(chunk, 0, (int)Math.Min(chunk.Length, most - buffer.Length));
            if (read == 0)
            {
                return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
            buffer.Write(chunk, 0, read);
        }
        return null;
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private sealed class Restore(Stream? previous) : IDisposable
    {
        public void Dispose() => Input.Value = previous;
    }
}

/// <summary>
/// A document named on the command line is not valid: the message is the one line to print (the file name and the
/// library's message, which starts with the JSON path); <see cref="KentCspCommand.Run(string[], Stream, TextWriter, TextWriter, NodaTime.IClock)"/> prints it and exits 1.
/// </summary>
internal sealed class InvalidDocumentException(string message, Exception inner) : Exception(message, inner);
