using System;
using System.IO;
using System.Text;

namespace KentCsp.Cli;

/// <summary>
/// A write-only stream that decodes the UTF-8 bytes written to it and writes the text to a <see cref="TextWriter"/>:
/// how a command that writes bytes reaches an output it was given as a writer. A character split between two writes is
/// kept until its last byte arrives. Disposing flushes the writer and leaves it open.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] chars = new char[1024];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        int needed = decoder.GetCharCount(buffer, offset, count, flush: false);
        if (needed > chars.Length)
        {
            chars = new char[Math.Max(needed, chars.Length * 2)];
        }
        int decoded = decoder.GetChars(buffer, offset, count, chars, 0, flush: false);
        writer.Write(chars, 0, decoded);
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            writer.Flush();
        }
        base.Dispose(disposing);
    }
}
