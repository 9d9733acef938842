using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>
/// The readers of UTF-8 bytes and streams: for the same document each gives what the reader of text gives, with the same
/// message and path for a bad one, under the same limits, and a stream is read no further than the size limit needs.
/// </summary>
public class Utf8ReadersTest
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly string Kent = KentCspJson.Serialize(KentData.Partnership);

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var kind in DocumentKind.All)
        {
            data.Add(kind.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryReader_BuiltInDocumentOfEveryKind_ReadsWhatTheTextReaderReads(string kindName)
    {
        var kind = DocumentKind.FromName(kindName);
        var text = DocumentKindsForTests.For(kind);
        string json = text.Write(text.Sample());
        byte[] utf8 = Utf8OverloadsForTests.Utf8.GetBytes(json);

        foreach (var (name, read) in Utf8OverloadsForTests.For(kind).Readers())
        {
            Assert.True(json == text.Write(read(utf8)), $"{kind.WireName} through {name}");
            Assert.True(json == text.Write(read([.. ByteOrderMark, .. utf8])), $"{kind.WireName} with a byte-order mark through {name}");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ReadDocument_EveryOverloadEveryKind_ReadsItAsItsKind(string kindName)
    {
        var kind = DocumentKind.FromName(kindName);
        var text = DocumentKindsForTests.For(kind);
        string json = text.Write(text.Sample());

        foreach (var (name, result) in AnyKindResults(Utf8OverloadsForTests.Utf8.GetBytes(json), JsonReadLimits.Default))
        {
            Assert.True(result.IsRead, $"{name}: {result}");
            Assert.Same(kind, result.AsT0.Kind);
            Assert.Equal(json, text.Write(result.AsT0.GetType().GetProperty("Value")!.GetValue(result.AsT0)!));
        }
    }

    [Fact]
    public void EveryReader_BadPartnershipAndFundingDocuments_GiveTheMessageAndPathOfTheTextReader()
    {
        foreach (var (name, json) in BadDocuments())
        {
            foreach (var entry in new[] { DocumentKindsForTests.For(DocumentKind.Partnership), DocumentKindsForTests.For(DocumentKind.FundingRound) })
            {
                var expected = Assert.Throws<JsonException>(() => entry.Read(json));
                foreach (var (reader, read) in Utf8OverloadsForTests.For(entry.Kind).Readers())
                {
                    var actual = Assert.Throws<JsonException>(() => read(Utf8OverloadsForTests.Utf8.GetBytes(json)));
                    Assert.True(expected.Message == actual.Message, $"{name} through {reader}:\n  text:  {expected.Message}\n  bytes: {actual.Message}");
                    Assert.Equal(expected.Path, actual.Path);
                }
            }
        }
    }

    [Fact]
    public void ReadDocument_EveryOverload_BadDocumentsOfReadDocumentTest_FailLikeTheText()
    {
        var corpus = typeof(ReadDocumentTest).GetMethod(nameof(ReadDocumentTest.ReadDocument_BadDocument_FailsAtThePathWithTheMessage))!
            .GetCustomAttributes<InlineDataAttribute>()
            .SelectMany(data => data.GetData(null!))
            .Select(row => (string)row[0])
            .Concat(BadDocuments().Select(bad => bad.Json))
            .ToList();
        Assert.True(corpus.Count > 30);

        foreach (string json in corpus)
        {
            var expected = KentCspJson.ReadDocument(json).AsT1;
            foreach (var (name, result) in AnyKindResults(Utf8OverloadsForTests.Utf8.GetBytes(json), JsonReadLimits.Default))
            {
                Assert.True(!result.IsRead && result.AsT1.Message == expected.Message, $"{name}: {json}\n  text:  {expected.Message}\n  bytes: {result}");
                Assert.Equal(expected.Path, result.AsT1.Path);
                Assert.Same(expected.Kind, result.AsT1.Kind);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t")]
    [InlineData("[]")]
    [InlineData("\"partnership\"")]
    [InlineData("null")]
    [InlineData("{\"schemaVersion\": 2, \"kind\": \"partnership\", \"name\": \"\\ud800\"}")]
    public void EveryReader_ByteOrderMarkThenABadDocument_GivesTheMessageOfTheTextReaderWithTheMark(string json)
    {
        var expected = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership("\uFEFF" + json));

        foreach (var (name, read) in Utf8OverloadsForTests.For(DocumentKind.Partnership).Readers())
        {
            var actual = Assert.Throws<JsonException>(() => read([.. ByteOrderMark, .. Utf8OverloadsForTests.Utf8.GetBytes(json)]));
            Assert.True(expected.Message == actual.Message, $"{name}: {actual.Message}");
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xE9, 0x74, 0xE9 }, "0xE9", 1, 11, "Latin-1 été")]
    [InlineData(new byte[] { 0xC3 }, "0xC3", 1, 11, "a character cut short")]
    [InlineData(new byte[] { 0xC0, 0xAF }, "0xC0", 1, 11, "an overlong form")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "0xED", 1, 11, "a surrogate")]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "0xF4", 1, 11, "above U+10FFFF")]
    [InlineData(new byte[] { 0x80 }, "0x80", 1, 11, "a continuation byte alone")]
    [InlineData(new byte[] { 0xC3, 0xA9, 0x0A, 0x20, 0xFF }, "0xFF", 2, 2, "after an é and a line end")]
    public void EveryReader_BytesThatAreNotUtf8_OneSentenceAtTheRootNamingTheByteAndItsPlace(byte[] bad, string hex, int line, int byteInLine, string what)
    {
        // The bad bytes start after {"name": " (10 bytes) on line 1.
        byte[] utf8 = [.. "{\"name\": \""u8.ToArray(), .. bad, .. "\"}"u8.ToArray()];
        string expected = $"$: the document is not valid UTF-8: the byte {hex} (line {line}, byte {byteInLine}) is not part of a well-formed character, and a JSON document is UTF-8 text.";

        foreach (var (name, read) in Utf8OverloadsForTests.For(DocumentKind.Partnership).Readers())
        {
            var exception = Assert.Throws<JsonException>(() => read(utf8));
            Assert.True(expected == exception.Message, $"{what} through {name}: {exception.Message}");
            Assert.Equal("$", exception.Path);
        }
        foreach (var (name, result) in AnyKindResults(utf8, JsonReadLimits.Default))
        {
            Assert.True(expected == result.AsT1.Message, $"{what} through {name}: {result}");
        }
    }

    [Fact]
    public void EveryReader_Utf16WithItsByteOrderMark_RefusedNamingUtf16()
    {
        foreach (var encoding in new[] { new UnicodeEncoding(bigEndian: false, byteOrderMark: true), new UnicodeEncoding(bigEndian: true, byteOrderMark: true) })
        {
            byte[] utf16 = [.. encoding.GetPreamble(), .. encoding.GetBytes(Kent)];
            foreach (var (name, read) in Utf8OverloadsForTests.For(DocumentKind.Partnership).Readers())
            {
                var exception = Assert.Throws<JsonException>(() => read(utf16));
                Assert.True(exception.Message == "$: the document is UTF-16 (it starts with a UTF-16 byte-order mark), but a JSON document is UTF-8 text.", $"{encoding.WebName} through {name}: {exception.Message}");
            }
        }
    }

    [Fact]
    public void ReadDocument_EveryOverload_DepthAndStringLimitsAsForTheText()
    {
        string deep = "{\"schemaVersion\": 2, \"kind\": \"partnership\", \"members\": [[[[]]]]}";
        string accented = "{\"schemaVersion\": 2, \"kind\": \"partnership\", \"name\": \"" + new string('é', 40) + "\"}";
        var cases = new (string Json, JsonReadLimits Limits, string Message)[]
        {
            (deep, new JsonReadLimits(maxDepth: 4), "$.members[0][0][0]: the document nests deeper than the reading limit MaxDepth (4 levels)."),
            (accented, new JsonReadLimits(maxStringBytes: 79), "$.name: the string is 80 bytes long, over the reading limit MaxStringBytes (79 bytes)."),
            (Kent, new JsonReadLimits(maxStringBytes: 20), "$.name: the string is 33 bytes long, over the reading limit MaxStringBytes (20 bytes)."),
        };
        foreach (var (json, limits, message) in cases)
        {
            Assert.Equal(message, KentCspJson.ReadDocument(json, limits).AsT1.Message);
            foreach (var (name, result) in AnyKindResults(Utf8OverloadsForTests.Utf8.GetBytes(json), limits))
            {
                Assert.True(message == result.AsT1.Message, $"{name}: {result}");
            }
        }
    }

    [Fact]
    public void ReadDocument_BytesOverTheSizeLimit_NameTheirExactSize()
    {
        byte[] utf8 = Utf8OverloadsForTests.Utf8.GetBytes(Kent.Replace("Kent Community Safety Partnership", "Kent Community Safety Partnership é"));
        var limits = new JsonReadLimits(maxDocumentBytes: utf8.Length - 1);
        string expected = $"$: the document is {N(utf8.Length)} bytes of UTF-8, over the reading limit MaxDocumentBytes ({N(utf8.Length - 1)} bytes).";

        Assert.Equal(expected, KentCspJson.ReadDocument(utf8, limits).AsT1.Message);
        Assert.Equal(expected, KentCspJson.ReadDocument(new MemoryStream(utf8), limits).AsT1.Message);
        Assert.Equal(expected, KentCspJson.ReadDocument([.. ByteOrderMark, .. utf8], limits).AsT1.Message);
        Assert.True(KentCspJson.ReadDocument(utf8, new JsonReadLimits(maxDocumentBytes: utf8.Length)).IsRead);
        Assert.True(KentCspJson.ReadDocument(new NonSeekableStream([.. ByteOrderMark, .. utf8]), new JsonReadLimits(maxDocumentBytes: utf8.Length)).IsRead);
    }

    [Fact]
    public void ReadDocument_EndlessStream_RefusedAfterReadingOneByteMoreThanTheLimit()
    {
        byte[] start = Encoding.ASCII.GetBytes("{\"schemaVersion\": 2, \"kind\": \"partnership\", \"name\": \"");
        var stream = new EndlessStream(start, (byte)'k');

        var result = KentCspJson.ReadDocument(stream, new JsonReadLimits(maxDocumentBytes: 10_000));

        Assert.Equal("$: the document is at least 10,001 bytes of UTF-8, over the reading limit MaxDocumentBytes (10,000 bytes).", result.AsT1.Message);
        Assert.Equal(10_001, stream.BytesRead);
    }

    [Fact]
    public async Task ReadDocumentAsync_EndlessStreamAfterAByteOrderMark_RefusedAfterTheMarkAndOneByteMoreThanTheLimit()
    {
        var stream = new EndlessStream([.. ByteOrderMark, (byte)'{'], (byte)' ');

        var result = await KentCspJson.ReadDocumentAsync(stream, new JsonReadLimits(maxDocumentBytes: 5_000), CancellationToken.None);

        Assert.Equal("$: the document is at least 5,001 bytes of UTF-8, over the reading limit MaxDocumentBytes (5,000 bytes).", result.AsT1.Message);
        Assert.Equal(5_004, stream.BytesRead);
    }

    [Fact]
    public void ReadDocument_EndlessWhiteSpace_IsOverTheLimitNotEmpty()
    {
        var result = KentCspJson.ReadDocument(new EndlessStream([], (byte)' '), new JsonReadLimits(maxDocumentBytes: 100));

        Assert.Equal("$: the document is at least 101 bytes of UTF-8, over the reading limit MaxDocumentBytes (100 bytes).", result.AsT1.Message);
    }

#if !LIBRARY_NETSTANDARD
    // Reads the default limit of 256 MiB and one byte, so it runs against one build of the library only.
    [Fact]
    public void DeserializePartnership_EndlessStream_RefusedAfterReadingOneByteMoreThanTheDefaultLimit()
    {
        var stream = new EndlessStream(Encoding.ASCII.GetBytes("{\"schemaVersion\": 2, \"kind\": \"partnership\", \"name\": \""), (byte)'k');

        var exception = Assert.Throws<JsonException>(() => KentCspJson.DeserializePartnership(stream));

        Assert.Equal("$: the document is at least 268,435,457 bytes of UTF-8, over the reading limit MaxDocumentBytes (268,435,456 bytes).", exception.Message);
        Assert.Equal(JsonReadLimits.DefaultMaxDocumentBytes + 1L, stream.BytesRead);
    }
#endif

    [Fact]
    public async Task DeserializeAsync_CancelledToken_ThrowsOperationCanceledWithoutReading()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        foreach (var entry in Utf8OverloadsForTests.All)
        {
            var stream = new EndlessStream([], (byte)' ');
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await entry.ReadStreamAsyncWithToken(stream, cancelled.Token));
            Assert.Equal(0, stream.BytesRead);
        }
        var any = new EndlessStream([], (byte)' ');
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await KentCspJson.ReadDocumentAsync(any, cancelled.Token));
        Assert.Equal(0, any.BytesRead);
    }

    [Fact]
    public async Task DeserializeAsync_CancelledWhileReading_StopsReading()
    {
        using var source = new CancellationTokenSource();
        var stream = new EndlessStream([(byte)'{'], (byte)' ', onRead: source.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await KentCspJson.DeserializeMeetingAsync(stream, source.Token));

        Assert.InRange(stream.BytesRead, 1, 16 * 1024);
    }

    [Fact]
    public void Readers_NullOrUnreadableStream_ArgumentExceptionNamingTheParameter()
    {
        var writeOnly = new WriteOnlyStream();
        foreach (var entry in Utf8OverloadsForTests.All)
        {
            Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => entry.ReadStream(null!)).ParamName);
            Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => { _ = entry.ReadStreamAsyncWithToken(null!, CancellationToken.None); }).ParamName);
            var refused = Assert.Throws<ArgumentRefusedException>(() => entry.ReadStream(writeOnly));
            Assert.Equal("utf8Json", refused.ParamName);
            Assert.Equal("must be a stream that can be read, but CanRead is false.", refused.Reason);
            Assert.Equal("utf8Json", Assert.ThrowsAny<ArgumentException>(() => { _ = entry.ReadStreamAsync(writeOnly); }).ParamName);
        }
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => KentCspJson.ReadDocument((Stream)null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => { _ = KentCspJson.ReadDocumentAsync(null!); }).ParamName);
        Assert.Equal("utf8Json", Assert.ThrowsAny<ArgumentException>(() => KentCspJson.ReadDocument(writeOnly)).ParamName);
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => KentCspJson.ReadDocument("{}"u8, null!)).ParamName);
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => KentCspJson.ReadDocument(new MemoryStream(), null!)).ParamName);
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => { _ = KentCspJson.ReadDocumentAsync(new MemoryStream(), null!, CancellationToken.None); }).ParamName);
    }

    [Fact]
    public void Readers_LeaveTheStreamOpen()
    {
        var stream = new MemoryStream(Utf8OverloadsForTests.Utf8.GetBytes(Kent));

        KentCspJson.DeserializePartnership(stream);

        Assert.True(stream.CanRead);
        Assert.Equal(stream.Length, stream.Position);
    }

    /// <summary>
    /// Bad documents of the corpora of <see cref="JsonErrorMessagesTest"/> (partnership and funding round), with a few
    /// about the text as a whole: empty, not an object, cut short, half a character escaped.
    /// </summary>
    internal static IEnumerable<(string Name, string Json)> BadDocuments()
    {
        foreach (var (cases, document) in new[] { ("Cases", "Kent"), ("FundingCases", "Round") })
        {
            string original = (string)typeof(JsonErrorMessagesTest).GetField(document, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
            var corpus = ((string Case, string Find, string Replace)[])typeof(JsonErrorMessagesTest).GetField(cases, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
            foreach (var (name, find, replace) in corpus)
            {
                int index = original.IndexOf(find, StringComparison.Ordinal);
                yield return (name, original.Substring(0, index) + replace + original.Substring(index + find.Length));
            }
        }
        yield return ("empty", "");
        yield return ("white space only", " \r\n\t ");
        yield return ("an array", "[1, 2]");
        yield return ("a number", "-1");
        yield return ("null", "null");
        yield return ("cut short", Kent.Substring(0, Kent.Length / 2));
        yield return ("escaped half a character", Kent.Replace("\"Kent\"", "\"\\udc00Kent\""));
        yield return ("not JSON", "{schemaVersion: 2}");
        yield return ("trailing text", Kent + " x");
    }

    /// <summary>The result of every <c>ReadDocument</c> overload of bytes and streams, named.</summary>
    private static IEnumerable<(string Name, DocumentReadResult Result)> AnyKindResults(byte[] utf8, JsonReadLimits limits)
    {
        bool byDefault = ReferenceEquals(limits, JsonReadLimits.Default);
        yield return ("bytes", KentCspJson.ReadDocument(utf8, limits));
        yield return ("stream", KentCspJson.ReadDocument(new MemoryStream(utf8), limits));
        yield return ("stream that cannot seek", KentCspJson.ReadDocument(new NonSeekableStream(utf8), limits));
        yield return ("async stream", KentCspJson.ReadDocumentAsync(new NonSeekableStream(utf8), limits, CancellationToken.None).AsTask().GetAwaiter().GetResult());
        if (byDefault)
        {
            yield return ("bytes, default limits", KentCspJson.ReadDocument((ReadOnlySpan<byte>)utf8));
            yield return ("stream, default limits", KentCspJson.ReadDocument(new MemoryStream(utf8)));
            yield return ("async stream, default limits", KentCspJson.ReadDocumentAsync(new MemoryStream(utf8)).AsTask().GetAwaiter().GetResult());
            yield return ("async stream with a token, default limits", KentCspJson.ReadDocumentAsync(new MemoryStream(utf8), CancellationToken.None).AsTask().GetAwaiter().GetResult());
        }
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>A stream that can only be written.</summary>
internal sealed class WriteOnlyStream : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
    }
}
