using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>For each kind of document: its readers of UTF-8 bytes and streams and its writers to bytes and streams.</summary>
internal static class Utf8OverloadsForTests
{
    internal sealed record Entry(
        DocumentKind Kind,
        Func<byte[], object> ReadBytes,
        Func<Stream, object> ReadStream,
        Func<Stream, ValueTask<object>> ReadStreamAsync,
        Func<Stream, CancellationToken, ValueTask<object>> ReadStreamAsyncWithToken,
        Func<object, byte[]> WriteBytes,
        Action<Stream, object> WriteStream,
        Func<Stream, object, Task> WriteStreamAsync,
        Func<Stream, object, CancellationToken, Task> WriteStreamAsyncWithToken)
    {
        /// <summary>Every reader of this kind, named: each reads the bytes given as a span, a seekable stream, a stream that cannot seek, or asynchronously.</summary>
        internal IEnumerable<(string Name, Func<byte[], object> Read)> Readers()
        {
            yield return ("bytes", ReadBytes);
            yield return ("stream", bytes => ReadStream(new MemoryStream(bytes)));
            yield return ("stream that cannot seek", bytes => ReadStream(new NonSeekableStream(bytes)));
            yield return ("async stream", bytes => Wait(ReadStreamAsync(new NonSeekableStream(bytes))));
            yield return ("async stream with a token", bytes => Wait(ReadStreamAsyncWithToken(new MemoryStream(bytes), CancellationToken.None)));
        }

        /// <summary>Every writer of this kind, named, each giving the bytes it wrote.</summary>
        internal IEnumerable<(string Name, Func<object, byte[]> Write)> Writers()
        {
            yield return ("bytes", WriteBytes);
            yield return ("stream", value => Written(stream => WriteStream(stream, value)));
            yield return ("async stream", value => Written(stream => WriteStreamAsync(stream, value).GetAwaiter().GetResult()));
            yield return ("async stream with a token", value => Written(stream => WriteStreamAsyncWithToken(stream, value, CancellationToken.None).GetAwaiter().GetResult()));
        }
    }

    internal static IReadOnlyList<Entry> All { get; } =
    [
        Of<CommunitySafetyPartnership>(DocumentKind.Partnership, bytes => KentCspJson.DeserializePartnership(bytes), KentCspJson.DeserializePartnership, KentCspJson.DeserializePartnershipAsync, KentCspJson.DeserializePartnershipAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<CommunitySafetyAgreementEdition>(DocumentKind.AgreementEdition, bytes => KentCspJson.DeserializeAgreementEdition(bytes), KentCspJson.DeserializeAgreementEdition, KentCspJson.DeserializeAgreementEditionAsync, KentCspJson.DeserializeAgreementEditionAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<FundingRound>(DocumentKind.FundingRound, bytes => KentCspJson.DeserializeFundingRound(bytes), KentCspJson.DeserializeFundingRound, KentCspJson.DeserializeFundingRoundAsync, KentCspJson.DeserializeFundingRoundAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<Meeting>(DocumentKind.Meeting, bytes => KentCspJson.DeserializeMeeting(bytes), KentCspJson.DeserializeMeeting, KentCspJson.DeserializeMeetingAsync, KentCspJson.DeserializeMeetingAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<ReviewCase>(DocumentKind.ReviewCase, bytes => KentCspJson.DeserializeReviewCase(bytes), KentCspJson.DeserializeReviewCase, KentCspJson.DeserializeReviewCaseAsync, KentCspJson.DeserializeReviewCaseAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<ReviewRegister>(DocumentKind.ReviewRegister, bytes => KentCspJson.DeserializeReviewRegister(bytes), KentCspJson.DeserializeReviewRegister, KentCspJson.DeserializeReviewRegisterAsync, KentCspJson.DeserializeReviewRegisterAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<ActionPlan>(DocumentKind.ActionPlan, bytes => KentCspJson.DeserializeActionPlan(bytes), KentCspJson.DeserializeActionPlan, KentCspJson.DeserializeActionPlanAsync, KentCspJson.DeserializeActionPlanAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<PartnershipRecord>(DocumentKind.PartnershipRecord, bytes => KentCspJson.DeserializePartnershipRecord(bytes), KentCspJson.DeserializePartnershipRecord, KentCspJson.DeserializePartnershipRecordAsync, KentCspJson.DeserializePartnershipRecordAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<IReadOnlyList<Finding>>(DocumentKind.Findings, bytes => KentCspJson.DeserializeFindings(bytes), KentCspJson.DeserializeFindings, KentCspJson.DeserializeFindingsAsync, KentCspJson.DeserializeFindingsAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<Incident>(DocumentKind.Incident, bytes => KentCspJson.DeserializeIncident(bytes), KentCspJson.DeserializeIncident, KentCspJson.DeserializeIncidentAsync, KentCspJson.DeserializeIncidentAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<CrimeCount>(DocumentKind.CrimeCount, bytes => KentCspJson.DeserializeCrimeCount(bytes), KentCspJson.DeserializeCrimeCount, KentCspJson.DeserializeCrimeCountAsync, KentCspJson.DeserializeCrimeCountAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<AccuracyAudit>(DocumentKind.AccuracyAudit, bytes => KentCspJson.DeserializeAccuracyAudit(bytes), KentCspJson.DeserializeAccuracyAudit, KentCspJson.DeserializeAccuracyAuditAsync, KentCspJson.DeserializeAccuracyAuditAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<IndicatorSet>(DocumentKind.IndicatorSet, bytes => KentCspJson.DeserializeIndicatorSet(bytes), KentCspJson.DeserializeIndicatorSet, KentCspJson.DeserializeIndicatorSetAsync, KentCspJson.DeserializeIndicatorSetAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<MorileRanking>(DocumentKind.MorileRanking, bytes => KentCspJson.DeserializeMorileRanking(bytes), KentCspJson.DeserializeMorileRanking, KentCspJson.DeserializeMorileRankingAsync, KentCspJson.DeserializeMorileRankingAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<FundingPolicy>(DocumentKind.FundingPolicy, bytes => KentCspJson.DeserializeFundingPolicy(bytes), KentCspJson.DeserializeFundingPolicy, KentCspJson.DeserializeFundingPolicyAsync, KentCspJson.DeserializeFundingPolicyAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
        Of<AgreementHistory>(DocumentKind.AgreementHistory, bytes => KentCspJson.DeserializeAgreementHistory(bytes), KentCspJson.DeserializeAgreementHistory, KentCspJson.DeserializeAgreementHistoryAsync, KentCspJson.DeserializeAgreementHistoryAsync, KentCspJson.SerializeToUtf8Bytes, KentCspJson.Serialize, KentCspJson.SerializeAsync, KentCspJson.SerializeAsync),
    ];

    internal static Entry For(DocumentKind kind) => All.Single(entry => entry.Kind == kind);

    /// <summary>UTF-8 without a byte-order mark, refusing a lone surrogate as a file would.</summary>
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bytes written to a stream by <paramref name="write"/>.</summary>
    internal static byte[] Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static object Wait<T>(ValueTask<T> task) => task.AsTask().GetAwaiter().GetResult()!;

    // The reader is called before this, so that an argument it refuses is thrown at the call, as the library throws it.
    private static async ValueTask<object> Boxed<T>(ValueTask<T> task)
        where T : class => await task;

    // The findings writers take IEnumerable<Finding>; the entry hands them the list the findings reader gives.
    private static Entry Of<T>(
        DocumentKind kind,
        Func<byte[], T> readBytes,
        Func<Stream, T> readStream,
        Func<Stream, ValueTask<T>> readStreamAsync,
        Func<Stream, CancellationToken, ValueTask<T>> readStreamAsyncWithToken,
        Func<T, byte[]> writeBytes,
        Action<Stream, T> writeStream,
        Func<Stream, T, Task> writeStreamAsync,
        Func<Stream, T, CancellationToken, Task> writeStreamAsyncWithToken)
        where T : class =>
        new(kind,
            bytes => readBytes(bytes),
            stream => readStream(stream),
            stream => Boxed(readStreamAsync(stream)),
            (stream, token) => Boxed(readStreamAsyncWithToken(stream, token)),
            value => writeBytes((T)value),
            (stream, value) => writeStream(stream, (T)value),
            (stream, value) => writeStreamAsync(stream, (T)value),
            (stream, value, token) => writeStreamAsyncWithToken(stream, (T)value, token));
}

/// <summary>A stream over fixed bytes that cannot seek, as standard input or a network stream; it counts what is read.</summary>
internal sealed class NonSeekableStream(byte[] bytes) : Stream
{
    private int position;

    public int BytesRead => position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        // At most 1,000 bytes a read, so that a reader must loop as it would over a pipe.
        int n = Math.Min(Math.Min(count, 1000), bytes.Length - position);
        Array.Copy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>
/// A stream that never ends and cannot seek: <paramref name="start"/>, then <paramref name="filler"/> for ever. It counts
/// the bytes read, and runs <paramref name="onRead"/> after each read.
/// </summary>
internal sealed class EndlessStream(byte[] start, byte filler, Action? onRead = null) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        for (int i = 0; i < count; i++)
        {
            long at = BytesRead + i;
            buffer[offset + i] = at < start.Length ? start[at] : filler;
        }
        BytesRead += count;
        onRead?.Invoke();
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
