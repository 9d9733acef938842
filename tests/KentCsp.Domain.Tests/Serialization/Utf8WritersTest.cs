using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using Xunit;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>The writers of UTF-8 bytes and streams write exactly the bytes of the text writer: UTF-8, no byte-order mark.</summary>
public class Utf8WritersTest
{
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
    public void EveryWriter_BuiltInDocumentOfEveryKind_WritesTheBytesOfTheText(string kindName)
    {
        var kind = DocumentKind.FromName(kindName);
        var text = DocumentKindsForTests.For(kind);
        object value = text.Sample();
        byte[] expected = Utf8OverloadsForTests.Utf8.GetBytes(text.Write(value));
        Assert.False(expected.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }));

        foreach (var (name, write) in Utf8OverloadsForTests.For(kind).Writers())
        {
            Assert.True(expected.SequenceEqual(write(value)), $"{kind.WireName} through {name}");
        }
    }

    [Fact]
    public void EveryWriter_GeneratedPartnershipsAndEditions_WriteTheBytesOfTheTextAndReadBack()
    {
        var partnerships = Utf8OverloadsForTests.For(DocumentKind.Partnership);
        JsonRoundTripPropertyTest.Partnerships.Sample(partnership =>
        {
            byte[] expected = Utf8OverloadsForTests.Utf8.GetBytes(KentCspJson.Serialize(partnership));
            foreach (var (name, write) in partnerships.Writers())
            {
                byte[] written = write(partnership);
                Assert.True(expected.SequenceEqual(written), name);
                Assert.Equal(partnership, KentCspJson.DeserializePartnership(written));
            }
        }, iter: 300);

        var editions = Utf8OverloadsForTests.For(DocumentKind.AgreementEdition);
        JsonRoundTripPropertyTest.Editions.Sample(edition =>
        {
            byte[] expected = Utf8OverloadsForTests.Utf8.GetBytes(KentCspJson.Serialize(edition));
            foreach (var (name, write) in editions.Writers())
            {
                byte[] written = write(edition);
                Assert.True(expected.SequenceEqual(written), name);
                Assert.Equal(edition, KentCspJson.DeserializeAgreementEdition(new NonSeekableStream(written)));
            }
        }, iter: 200);
    }

#if !LIBRARY_NETSTANDARD
    // LargeDocumentTest builds the rounds; it is compiled against one build of the library only.
    [Fact]
    public void EveryWriter_GeneratedFundingRounds_WriteTheBytesOfTheText()
    {
        var rounds = Utf8OverloadsForTests.For(DocumentKind.FundingRound);
        foreach (int bids in new[] { 1, 7, 150 })
        {
            var round = LargeFundingRound.Build(bids);
            byte[] expected = Utf8OverloadsForTests.Utf8.GetBytes(KentCspJson.Serialize(round));
            foreach (var (name, write) in rounds.Writers())
            {
                byte[] written = write(round);
                Assert.True(expected.SequenceEqual(written), $"{bids} bids through {name}");
                Assert.Equal(bids, KentCspJson.DeserializeFundingRound(written).Bids.Count);
            }
        }
    }
#endif

    [Fact]
    public void Writers_NullOrUnwritableStreamOrNullValue_ArgumentExceptionNamingTheParameter()
    {
        var readOnly = new NonSeekableStream([]);
        foreach (var entry in Utf8OverloadsForTests.All)
        {
            object sample = DocumentKindsForTests.For(entry.Kind).Sample();
            Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => entry.WriteStream(null!, sample)).ParamName);
            Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => { _ = entry.WriteStreamAsync(null!, sample); }).ParamName);
            var refused = Assert.Throws<ArgumentRefusedException>(() => entry.WriteStream(readOnly, sample));
            Assert.Equal("utf8Json", refused.ParamName);
            Assert.Equal("must be a stream that can be written, but CanWrite is false.", refused.Reason);
            Assert.Equal("utf8Json", Assert.Throws<ArgumentRefusedException>(() => { _ = entry.WriteStreamAsyncWithToken(readOnly, sample, CancellationToken.None); }).ParamName);
            string valueName = Assert.Throws<ArgumentNullException>(() => entry.WriteBytes(null!)).ParamName!;
            Assert.Equal(valueName, Assert.Throws<ArgumentNullException>(() => entry.WriteStream(new MemoryStream(), null!)).ParamName);
            Assert.Equal(valueName, Assert.Throws<ArgumentNullException>(() => { _ = entry.WriteStreamAsync(new MemoryStream(), null!); }).ParamName);
        }
        Assert.Equal("partnership", Assert.Throws<ArgumentNullException>(() => KentCspJson.SerializeToUtf8Bytes((Domain.Partnership.CommunitySafetyPartnership)null!)).ParamName);
        Assert.Equal("findings", Assert.Throws<ArgumentNullException>(() => KentCspJson.SerializeToUtf8Bytes(new Finding[] { null! })).ParamName);
    }

    [Fact]
    public async Task SerializeAsync_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        foreach (var entry in Utf8OverloadsForTests.All)
        {
            object sample = DocumentKindsForTests.For(entry.Kind).Sample();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => entry.WriteStreamAsyncWithToken(new MemoryStream(), sample, cancelled.Token));
        }
    }

    [Fact]
    public void Serialize_LeavesTheStreamOpen()
    {
        var stream = new MemoryStream();

        KentCspJson.Serialize(stream, KentData.Partnership);

        Assert.True(stream.CanWrite);
        Assert.Equal(KentCspJson.SerializeToUtf8Bytes(KentData.Partnership), stream.ToArray());
    }
}
