using System;
using System.IO;
using System.Linq;
using System.Text;
using KentCsp.Cli;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Cli.Tests;

/// <summary>
/// Files are read as UTF-8 bytes: a file argument of <c>-</c> reads standard input under the same size limit, and a file
/// that is not UTF-8 is refused in one line; <c>kentcsp json</c> writes through the library's stream writer.
/// </summary>
public class StandardInputTest
{
    private static readonly FixedClock Clock = FixedClock.AtLondonMidday(new LocalDate(2026, 11, 23));

    private static MemoryStream Input(string text) => new(new UTF8Encoding(false).GetBytes(text));

    [Fact]
    public void Validate_Dash_ReadsTheDocumentOnStandardInput()
    {
        var (code, output, error) = CliRun.Run(Clock, Input(KentCspJson.Serialize(KentFunding.Round2016To17)), "validate", "-");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal("valid funding document: kcsp-2016-17: 8 bids, 8 allocations\n", output);
    }

    [Fact]
    public void Validate_KindAndDash_ReadsStandardInputAsThatKind()
    {
        var (code, output, error) = CliRun.Run(Clock, Input(KentCspJson.Serialize(KentData.Partnership)), "validate", "partnership", "-");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.StartsWith("valid partnership document: Kent Community Safety Partnership: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DashInvalid_NamesStandardInputAndThePathAndExitsOne()
    {
        string json = KentCspJson.Serialize(KentFunding.Round2016To17).Replace("\"currency\": \"GBP\"", "\"currency\": \"EUR\"");

        var (code, output, error) = CliRun.Run(Clock, Input(json), "validate", "-");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith("standard input: $.currency: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void FundingCheck_Dash_PrintsWhatTheSameFilePrints()
    {
        string json = KentCspJson.Serialize(KentFunding.Round2017To18);
        string path = CliRun.WriteTemp(json);

        var fromFile = CliRun.Run(Clock, "funding", "check", path, "--as-at", "2018-06-01");
        var fromInput = CliRun.Run(Clock, Input(json), "funding", "check", "-", "--as-at", "2018-06-01");

        Assert.Equal(fromFile, fromInput);
        Assert.StartsWith("Funding round kcsp-2017-18", fromInput.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Meeting_Dash_PrintsTheMinutesOnStandardInput()
    {
        var fromInput = CliRun.Run(Clock, Input(KentCspJson.Serialize(KentMeetings.Kcsp2017July19)), "meeting", "-");

        Assert.Equal(CliRun.Run(Clock, "meeting", "2017-07-19"), fromInput);
    }

    [Fact]
    public void Validate_DashOverTheSizeLimit_RefusedInOneLineAfterReadingOneByteMoreExitsTwo()
    {
        var endless = new EndlessInput((byte)'{');

        var (code, output, error) = CliRun.Run(Clock, endless, "validate", "-");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("kentcsp: standard input is more than 268,435,456 bytes, larger than the 268,435,456 bytes a document may be.\n", error);
        Assert.Equal(JsonReadLimits.DefaultMaxDocumentBytes + 1L, endless.BytesRead);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "partnership")]
    [InlineData("funding", "check")]
    public void Dash_EmptyStandardInput_OneLineSayingTheDocumentIsEmptyExitsOne(params string[] command)
    {
        var (code, output, error) = CliRun.Run(Clock, new MemoryStream(), [.. command, "-"]);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Matches(@"^standard input: \$: the document is empty: expected an? [A-Za-z. ]+ document \(a JSON object\)\.\n$", error);
    }

    [Fact]
    public void Validate_DashWithNoStandardInputGiven_ReadsAnEmptyDocument()
    {
        var (code, _, error) = CliRun.Run(Clock, "validate", "-");

        Assert.Equal(1, code);
        Assert.Equal("standard input: $: the document is empty: expected a KentCsp.Domain document (a JSON object).\n", error);
    }

    [Fact]
    public void Validate_MissingFile_OneLineExitsTwo()
    {
        string path = CliRun.TempPath();

        var (code, output, error) = CliRun.Run(Clock, "validate", path);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"kentcsp: cannot read {Path.GetFileName(path)}: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Validate_FileInLatin1_RefusedAsNotUtf8NamingTheByteExitsOne()
    {
        // "Kent Community Safety Partnership" with an é saved as Latin-1, the one byte 0xE9.
        byte[] utf8 = Encoding.UTF8.GetBytes(KentCspJson.Serialize(KentData.Partnership));
        string marker = "\"name\": \"Kent Community Safety Partnership\"";
        int at = IndexOf(utf8, Encoding.UTF8.GetBytes(marker)) + marker.Length - 1;
        byte[] latin1 = [.. utf8.Take(at), 0xE9, .. utf8.Skip(at)];
        string path = CliRun.TempPath();
        File.WriteAllBytes(path, latin1);

        var (code, output, error) = CliRun.Run(Clock, "validate", path);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Matches($@"^{Path.GetFileName(path)}: \$: the document is not valid UTF-8: the byte 0xE9 \(line \d+, byte \d+\) is not part of a well-formed character, and a JSON document is UTF-8 text\.\n$", error);
    }

    [Fact]
    public void Json_EveryBuiltInDocument_WritesTheBytesOfTheLibraryAndALineEnd()
    {
        foreach (var kind in DocumentKinds.All)
        {
            foreach (string name in kind.BuiltInNames)
            {
                using var expected = new MemoryStream();
                Assert.True(kind.TryWriteBuiltIn(name, expected));

                var (code, output, error) = CliRun.Run(Clock, "json", name);

                Assert.Equal(0, code);
                Assert.Equal("", error);
                Assert.Equal(new UTF8Encoding(false, true).GetString(expected.ToArray()) + "\n", output);
            }
        }
        Assert.Equal(KentCspJson.Serialize(KentMeetings.Kcsp2017July19) + "\n", CliRun.Run(Clock, "json", "meeting-2017-07-19").Output);
    }

    [Fact]
    public void TextWriterStream_CharactersSplitBetweenWrites_WrittenWhole()
    {
        byte[] utf8 = new UTF8Encoding(false).GetBytes("Kent – “Safer” £1 é 😀");
        var text = new StringWriter();

        using (var stream = new TextWriterStream(text))
        {
            foreach (byte b in utf8)
            {
                stream.Write([b], 0, 1);
            }
        }

        Assert.Equal("Kent – “Safer” £1 é 😀", text.ToString());
    }

    private static int IndexOf(byte[] bytes, byte[] find)
    {
        for (int i = 0; i + find.Length <= bytes.Length; i++)
        {
            if (bytes.AsSpan(i, find.Length).SequenceEqual(find))
            {
                return i;
            }
        }
        throw new InvalidOperationException("not found");
    }

    /// <summary>Standard input that never ends: <paramref name="first"/>, then spaces; it counts the bytes read.</summary>
    private sealed class EndlessInput(byte first) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            if (BytesRead == 0 && count > 0)
            {
                buffer[offset] = first;
            }
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
