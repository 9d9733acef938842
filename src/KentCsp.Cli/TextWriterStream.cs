using System;
using System.IO;
using System.Text;

namespace KentCsp.Cli;

/// <summary>
/// A stream that writes the UTF-8 written to it as text to a <see cref="TextWriter"/>, so that the library's stream
/// writers can write a document to the command's output as it goes, with no string of the whole document. A character
/// split between two writes is held until its last byte comes; <see cref="Dispose(bool)"/> writes what is left.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();

    private char[] chars = [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Decode(buffer, offset, count, flush: false);

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Decode([], 0, 0, flush: true);
            writer.Flush();
        }
        base.Dispose(disposing);
    }

    private void Decode(byte[] buffer, int offset, int count, bool flush)
    {
        int needed = decoder.GetCharCount(buffer, offset, count, flush);
        if (chars.Length < needed)
        {
            chars = new char[Math.Max(needed, 2 * chars.Length)];
        }
        int written = decoder.GetChars(buffer, offset, count, chars, 0, flush);
        writer.Write(chars, 0, written);
    }
}
