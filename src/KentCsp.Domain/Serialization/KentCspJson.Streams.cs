using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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

namespace KentCsp.Domain.Serialization;

// UTF-8 bytes and streams: every document kind read from a span of bytes or a stream and written to bytes or a stream.
// Each reader gives exactly what the reader of text gives for the same document, under the same limits and with the same
// messages, and no string of the document is built; each writer writes exactly the bytes of the text writer, in UTF-8
// without a byte-order mark. The members are one line each over the private helpers at the end.
public static partial class KentCspJson
{
    /// <inheritdoc cref="DeserializePartnership(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid partnership document, or not UTF-8; the message and path are those <see cref="DeserializePartnership(string)"/> gives for the same text.</exception>
    public static CommunitySafetyPartnership DeserializePartnership(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.PartnershipDocument, DocumentKind.Partnership, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializePartnership(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid partnership document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializePartnership(string)"/> gives for the same text.</exception>
    public static CommunitySafetyPartnership DeserializePartnership(Stream utf8Json) => FromStream(utf8Json, Context.PartnershipDocument, DocumentKind.Partnership, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializePartnershipAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<CommunitySafetyPartnership> DeserializePartnershipAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.PartnershipDocument, DocumentKind.Partnership, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializePartnership(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The partnership, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid partnership document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializePartnership(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<CommunitySafetyPartnership> DeserializePartnershipAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.PartnershipDocument, DocumentKind.Partnership, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(CommunitySafetyPartnership)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(CommunitySafetyPartnership)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(CommunitySafetyPartnership partnership) => ToUtf8Bytes(partnership, nameof(partnership), WireMapper.ToDocument, Context.PartnershipDocument);

    /// <inheritdoc cref="Serialize(CommunitySafetyPartnership)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(CommunitySafetyPartnership)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="partnership">The partnership to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="partnership"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, CommunitySafetyPartnership partnership) => ToStream(utf8Json, partnership, nameof(partnership), WireMapper.ToDocument, Context.PartnershipDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, CommunitySafetyPartnership, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, CommunitySafetyPartnership partnership) => ToStreamAsync(utf8Json, partnership, nameof(partnership), WireMapper.ToDocument, Context.PartnershipDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(CommunitySafetyPartnership)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(CommunitySafetyPartnership)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="partnership">The partnership to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="partnership"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, CommunitySafetyPartnership partnership, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, partnership, nameof(partnership), WireMapper.ToDocument, Context.PartnershipDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeAgreementEdition(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid edition document, or not UTF-8; the message and path are those <see cref="DeserializeAgreementEdition(string)"/> gives for the same text.</exception>
    public static CommunitySafetyAgreementEdition DeserializeAgreementEdition(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.AgreementEditionDocument, DocumentKind.AgreementEdition, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeAgreementEdition(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid edition document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeAgreementEdition(string)"/> gives for the same text.</exception>
    public static CommunitySafetyAgreementEdition DeserializeAgreementEdition(Stream utf8Json) => FromStream(utf8Json, Context.AgreementEditionDocument, DocumentKind.AgreementEdition, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeAgreementEditionAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<CommunitySafetyAgreementEdition> DeserializeAgreementEditionAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.AgreementEditionDocument, DocumentKind.AgreementEdition, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeAgreementEdition(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The edition, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid edition document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeAgreementEdition(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<CommunitySafetyAgreementEdition> DeserializeAgreementEditionAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.AgreementEditionDocument, DocumentKind.AgreementEdition, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(CommunitySafetyAgreementEdition)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(CommunitySafetyAgreementEdition)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(CommunitySafetyAgreementEdition edition) => ToUtf8Bytes(edition, nameof(edition), WireMapper.ToDocument, Context.AgreementEditionDocument);

    /// <inheritdoc cref="Serialize(CommunitySafetyAgreementEdition)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(CommunitySafetyAgreementEdition)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="edition">The edition to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, CommunitySafetyAgreementEdition edition) => ToStream(utf8Json, edition, nameof(edition), WireMapper.ToDocument, Context.AgreementEditionDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, CommunitySafetyAgreementEdition, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, CommunitySafetyAgreementEdition edition) => ToStreamAsync(utf8Json, edition, nameof(edition), WireMapper.ToDocument, Context.AgreementEditionDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(CommunitySafetyAgreementEdition)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(CommunitySafetyAgreementEdition)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="edition">The edition to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, CommunitySafetyAgreementEdition edition, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, edition, nameof(edition), WireMapper.ToDocument, Context.AgreementEditionDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeFundingRound(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid funding round document, or not UTF-8; the message and path are those <see cref="DeserializeFundingRound(string)"/> gives for the same text.</exception>
    public static FundingRound DeserializeFundingRound(ReadOnlySpan<byte> utf8Json) =>
        ReadFundingRound(Prepare(utf8Json, complete: true, totalLength: null, JsonReadLimits.Default, DocumentKind.FundingRound.Description), JsonReadLimits.Default);

    /// <inheritdoc cref="DeserializeFundingRound(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid funding round document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeFundingRound(string)"/> gives for the same text.</exception>
    public static FundingRound DeserializeFundingRound(Stream utf8Json)
    {
        Utf8Input.CheckReadable(utf8Json, nameof(utf8Json));
        return ReadFundingRound(Utf8Input.Read(utf8Json, JsonReadLimits.Default));
    }

    /// <inheritdoc cref="DeserializeFundingRoundAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<FundingRound> DeserializeFundingRoundAsync(Stream utf8Json) => DeserializeFundingRoundAsync(utf8Json, CancellationToken.None);

    /// <inheritdoc cref="DeserializeFundingRound(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The funding round, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid funding round document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeFundingRound(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<FundingRound> DeserializeFundingRoundAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        Utf8Input.CheckReadable(utf8Json, nameof(utf8Json));
        return ReadAsync();

        async ValueTask<FundingRound> ReadAsync() =>
            ReadFundingRound(await Utf8Input.ReadAsync(utf8Json, JsonReadLimits.Default, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Reads a funding round from a stream's bytes, as <see cref="FromInput"/> reads other kinds, straight into the model when it is valid.</summary>
    private static FundingRound ReadFundingRound(Utf8Input input)
    {
        var limits = JsonReadLimits.Default;
        return ReadFundingRound(Prepare(input.Bytes, input.Complete, input.TotalLength, limits, DocumentKind.FundingRound.Description), limits);
    }

    /// <inheritdoc cref="Serialize(FundingRound)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(FundingRound)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(FundingRound round) => DirectToUtf8Bytes(round, nameof(round), FundingRoundDirectWriter.Part);

    /// <inheritdoc cref="Serialize(FundingRound)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(FundingRound)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="round">The funding round to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="round"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, FundingRound round) => DirectToStream(utf8Json, round, nameof(round), FundingRoundDirectWriter.Part);

    /// <inheritdoc cref="SerializeAsync(Stream, FundingRound, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, FundingRound round) => DirectToStreamAsync(utf8Json, round, nameof(round), FundingRoundDirectWriter.Part, CancellationToken.None);

    /// <inheritdoc cref="Serialize(FundingRound)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(FundingRound)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="round">The funding round to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="round"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, FundingRound round, CancellationToken cancellationToken) => DirectToStreamAsync(utf8Json, round, nameof(round), FundingRoundDirectWriter.Part, cancellationToken);

    /// <inheritdoc cref="DeserializeMeeting(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid meeting document, or not UTF-8; the message and path are those <see cref="DeserializeMeeting(string)"/> gives for the same text.</exception>
    public static Meeting DeserializeMeeting(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.MeetingDocument, DocumentKind.Meeting, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeMeeting(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid meeting document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeMeeting(string)"/> gives for the same text.</exception>
    public static Meeting DeserializeMeeting(Stream utf8Json) => FromStream(utf8Json, Context.MeetingDocument, DocumentKind.Meeting, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeMeetingAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<Meeting> DeserializeMeetingAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.MeetingDocument, DocumentKind.Meeting, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeMeeting(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The meeting, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid meeting document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeMeeting(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<Meeting> DeserializeMeetingAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.MeetingDocument, DocumentKind.Meeting, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(Meeting)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(Meeting)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(Meeting meeting) => ToUtf8Bytes(meeting, nameof(meeting), WireMapper.ToDocument, Context.MeetingDocument);

    /// <inheritdoc cref="Serialize(Meeting)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(Meeting)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="meeting">The meeting to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="meeting"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, Meeting meeting) => ToStream(utf8Json, meeting, nameof(meeting), WireMapper.ToDocument, Context.MeetingDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, Meeting, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, Meeting meeting) => ToStreamAsync(utf8Json, meeting, nameof(meeting), WireMapper.ToDocument, Context.MeetingDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(Meeting)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(Meeting)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="meeting">The meeting to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="meeting"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, Meeting meeting, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, meeting, nameof(meeting), WireMapper.ToDocument, Context.MeetingDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeReviewCase(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid review case document, or not UTF-8; the message and path are those <see cref="DeserializeReviewCase(string)"/> gives for the same text.</exception>
    public static ReviewCase DeserializeReviewCase(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.ReviewCaseDocument, DocumentKind.ReviewCase, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeReviewCase(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid review case document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeReviewCase(string)"/> gives for the same text.</exception>
    public static ReviewCase DeserializeReviewCase(Stream utf8Json) => FromStream(utf8Json, Context.ReviewCaseDocument, DocumentKind.ReviewCase, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeReviewCaseAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<ReviewCase> DeserializeReviewCaseAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.ReviewCaseDocument, DocumentKind.ReviewCase, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeReviewCase(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The review case, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid review case document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeReviewCase(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<ReviewCase> DeserializeReviewCaseAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.ReviewCaseDocument, DocumentKind.ReviewCase, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(ReviewCase)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(ReviewCase)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(ReviewCase @case) => ToUtf8Bytes(@case, nameof(@case), WireMapper.ToDocument, Context.ReviewCaseDocument);

    /// <inheritdoc cref="Serialize(ReviewCase)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(ReviewCase)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="case">The review case to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="case"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, ReviewCase @case) => ToStream(utf8Json, @case, nameof(@case), WireMapper.ToDocument, Context.ReviewCaseDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, ReviewCase, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, ReviewCase @case) => ToStreamAsync(utf8Json, @case, nameof(@case), WireMapper.ToDocument, Context.ReviewCaseDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(ReviewCase)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(ReviewCase)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="case">The review case to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="case"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, ReviewCase @case, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, @case, nameof(@case), WireMapper.ToDocument, Context.ReviewCaseDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeReviewRegister(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid review register document, or not UTF-8; the message and path are those <see cref="DeserializeReviewRegister(string)"/> gives for the same text.</exception>
    public static ReviewRegister DeserializeReviewRegister(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.ReviewRegisterDocument, DocumentKind.ReviewRegister, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeReviewRegister(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid review register document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeReviewRegister(string)"/> gives for the same text.</exception>
    public static ReviewRegister DeserializeReviewRegister(Stream utf8Json) => FromStream(utf8Json, Context.ReviewRegisterDocument, DocumentKind.ReviewRegister, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeReviewRegisterAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<ReviewRegister> DeserializeReviewRegisterAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.ReviewRegisterDocument, DocumentKind.ReviewRegister, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeReviewRegister(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The review register, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid review register document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeReviewRegister(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<ReviewRegister> DeserializeReviewRegisterAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.ReviewRegisterDocument, DocumentKind.ReviewRegister, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(ReviewRegister)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(ReviewRegister)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(ReviewRegister register) => ToUtf8Bytes(register, nameof(register), WireMapper.ToDocument, Context.ReviewRegisterDocument);

    /// <inheritdoc cref="Serialize(ReviewRegister)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(ReviewRegister)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="register">The review register to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, ReviewRegister register) => ToStream(utf8Json, register, nameof(register), WireMapper.ToDocument, Context.ReviewRegisterDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, ReviewRegister, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, ReviewRegister register) => ToStreamAsync(utf8Json, register, nameof(register), WireMapper.ToDocument, Context.ReviewRegisterDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(ReviewRegister)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(ReviewRegister)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="register">The review register to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, ReviewRegister register, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, register, nameof(register), WireMapper.ToDocument, Context.ReviewRegisterDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeActionPlan(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid action plan document, or not UTF-8; the message and path are those <see cref="DeserializeActionPlan(string)"/> gives for the same text.</exception>
    public static ActionPlan DeserializeActionPlan(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.ActionPlanDocument, DocumentKind.ActionPlan, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeActionPlan(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid action plan document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeActionPlan(string)"/> gives for the same text.</exception>
    public static ActionPlan DeserializeActionPlan(Stream utf8Json) => FromStream(utf8Json, Context.ActionPlanDocument, DocumentKind.ActionPlan, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeActionPlanAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<ActionPlan> DeserializeActionPlanAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.ActionPlanDocument, DocumentKind.ActionPlan, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeActionPlan(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The action plan, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid action plan document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeActionPlan(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<ActionPlan> DeserializeActionPlanAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.ActionPlanDocument, DocumentKind.ActionPlan, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(ActionPlan)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(ActionPlan)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(ActionPlan plan) => ToUtf8Bytes(plan, nameof(plan), WireMapper.ToDocument, Context.ActionPlanDocument);

    /// <inheritdoc cref="Serialize(ActionPlan)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(ActionPlan)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="plan">The action plan to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, ActionPlan plan) => ToStream(utf8Json, plan, nameof(plan), WireMapper.ToDocument, Context.ActionPlanDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, ActionPlan, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, ActionPlan plan) => ToStreamAsync(utf8Json, plan, nameof(plan), WireMapper.ToDocument, Context.ActionPlanDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(ActionPlan)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(ActionPlan)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="plan">The action plan to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, ActionPlan plan, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, plan, nameof(plan), WireMapper.ToDocument, Context.ActionPlanDocument, cancellationToken);

    /// <inheritdoc cref="DeserializePartnershipRecord(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid partnership record document, or not UTF-8; the message and path are those <see cref="DeserializePartnershipRecord(string)"/> gives for the same text.</exception>
    public static PartnershipRecord DeserializePartnershipRecord(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.PartnershipRecordDocument, DocumentKind.PartnershipRecord, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializePartnershipRecord(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid partnership record document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializePartnershipRecord(string)"/> gives for the same text.</exception>
    public static PartnershipRecord DeserializePartnershipRecord(Stream utf8Json) => FromStream(utf8Json, Context.PartnershipRecordDocument, DocumentKind.PartnershipRecord, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializePartnershipRecordAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<PartnershipRecord> DeserializePartnershipRecordAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.PartnershipRecordDocument, DocumentKind.PartnershipRecord, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializePartnershipRecord(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The partnership record, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid partnership record document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializePartnershipRecord(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<PartnershipRecord> DeserializePartnershipRecordAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.PartnershipRecordDocument, DocumentKind.PartnershipRecord, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(PartnershipRecord)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(PartnershipRecord)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(PartnershipRecord record) => ToUtf8Bytes(record, nameof(record), WireMapper.ToDocument, Context.PartnershipRecordDocument);

    /// <inheritdoc cref="Serialize(PartnershipRecord)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(PartnershipRecord)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="record">The partnership record to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, PartnershipRecord record) => ToStream(utf8Json, record, nameof(record), WireMapper.ToDocument, Context.PartnershipRecordDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, PartnershipRecord, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, PartnershipRecord record) => ToStreamAsync(utf8Json, record, nameof(record), WireMapper.ToDocument, Context.PartnershipRecordDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(PartnershipRecord)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(PartnershipRecord)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="record">The partnership record to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, PartnershipRecord record, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, record, nameof(record), WireMapper.ToDocument, Context.PartnershipRecordDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeFindings(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid findings document, or not UTF-8; the message and path are those <see cref="DeserializeFindings(string)"/> gives for the same text.</exception>
    public static IReadOnlyList<Finding> DeserializeFindings(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.FindingsDocument, DocumentKind.Findings, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeFindings(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid findings document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeFindings(string)"/> gives for the same text.</exception>
    public static IReadOnlyList<Finding> DeserializeFindings(Stream utf8Json) => FromStream(utf8Json, Context.FindingsDocument, DocumentKind.Findings, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeFindingsAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<IReadOnlyList<Finding>> DeserializeFindingsAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.FindingsDocument, DocumentKind.Findings, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeFindings(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The findings, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid findings document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeFindings(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<IReadOnlyList<Finding>> DeserializeFindingsAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.FindingsDocument, DocumentKind.Findings, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="SerializeFindings(IEnumerable{Finding})" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="SerializeFindings(IEnumerable{Finding})"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(IEnumerable<Finding> findings) => ToUtf8Bytes(findings, nameof(findings), FindingsToDocument, Context.FindingsDocument);

    /// <inheritdoc cref="SerializeFindings(IEnumerable{Finding})" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="SerializeFindings(IEnumerable{Finding})"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="findings">The findings, in the order to keep.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="findings"/> is null, or an element is.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, IEnumerable<Finding> findings) => ToStream(utf8Json, findings, nameof(findings), FindingsToDocument, Context.FindingsDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, IEnumerable{Finding}, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, IEnumerable<Finding> findings) => ToStreamAsync(utf8Json, findings, nameof(findings), FindingsToDocument, Context.FindingsDocument, CancellationToken.None);

    /// <inheritdoc cref="SerializeFindings(IEnumerable{Finding})" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="SerializeFindings(IEnumerable{Finding})"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="findings">The findings, in the order to keep.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="findings"/> is null, or an element is.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, IEnumerable<Finding> findings, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, findings, nameof(findings), FindingsToDocument, Context.FindingsDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeIncident(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid incident document, or not UTF-8; the message and path are those <see cref="DeserializeIncident(string)"/> gives for the same text.</exception>
    public static Incident DeserializeIncident(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.IncidentDocument, DocumentKind.Incident, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeIncident(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid incident document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeIncident(string)"/> gives for the same text.</exception>
    public static Incident DeserializeIncident(Stream utf8Json) => FromStream(utf8Json, Context.IncidentDocument, DocumentKind.Incident, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeIncidentAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<Incident> DeserializeIncidentAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.IncidentDocument, DocumentKind.Incident, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeIncident(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The incident, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid incident document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeIncident(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<Incident> DeserializeIncidentAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.IncidentDocument, DocumentKind.Incident, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(Incident)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(Incident)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(Incident incident) => ToUtf8Bytes(incident, nameof(incident), WireMapper.ToDocument, Context.IncidentDocument);

    /// <inheritdoc cref="Serialize(Incident)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(Incident)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="incident">The incident to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="incident"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, Incident incident) => ToStream(utf8Json, incident, nameof(incident), WireMapper.ToDocument, Context.IncidentDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, Incident, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, Incident incident) => ToStreamAsync(utf8Json, incident, nameof(incident), WireMapper.ToDocument, Context.IncidentDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(Incident)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(Incident)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="incident">The incident to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="incident"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, Incident incident, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, incident, nameof(incident), WireMapper.ToDocument, Context.IncidentDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeCrimeCount(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid crime count document, or not UTF-8; the message and path are those <see cref="DeserializeCrimeCount(string)"/> gives for the same text.</exception>
    public static CrimeCount DeserializeCrimeCount(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.CrimeCountDocument, DocumentKind.CrimeCount, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeCrimeCount(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid crime count document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeCrimeCount(string)"/> gives for the same text.</exception>
    public static CrimeCount DeserializeCrimeCount(Stream utf8Json) => FromStream(utf8Json, Context.CrimeCountDocument, DocumentKind.CrimeCount, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeCrimeCountAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<CrimeCount> DeserializeCrimeCountAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.CrimeCountDocument, DocumentKind.CrimeCount, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeCrimeCount(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The crime count, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid crime count document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeCrimeCount(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<CrimeCount> DeserializeCrimeCountAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.CrimeCountDocument, DocumentKind.CrimeCount, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(CrimeCount)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(CrimeCount)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(CrimeCount count) => ToUtf8Bytes(count, nameof(count), WireMapper.ToDocument, Context.CrimeCountDocument);

    /// <inheritdoc cref="Serialize(CrimeCount)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(CrimeCount)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="count">The crime count to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="count"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, CrimeCount count) => ToStream(utf8Json, count, nameof(count), WireMapper.ToDocument, Context.CrimeCountDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, CrimeCount, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, CrimeCount count) => ToStreamAsync(utf8Json, count, nameof(count), WireMapper.ToDocument, Context.CrimeCountDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(CrimeCount)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(CrimeCount)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="count">The crime count to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="count"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, CrimeCount count, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, count, nameof(count), WireMapper.ToDocument, Context.CrimeCountDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeAccuracyAudit(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid accuracy audit document, or not UTF-8; the message and path are those <see cref="DeserializeAccuracyAudit(string)"/> gives for the same text.</exception>
    public static AccuracyAudit DeserializeAccuracyAudit(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.AccuracyAuditDocument, DocumentKind.AccuracyAudit, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeAccuracyAudit(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid accuracy audit document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeAccuracyAudit(string)"/> gives for the same text.</exception>
    public static AccuracyAudit DeserializeAccuracyAudit(Stream utf8Json) => FromStream(utf8Json, Context.AccuracyAuditDocument, DocumentKind.AccuracyAudit, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeAccuracyAuditAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<AccuracyAudit> DeserializeAccuracyAuditAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.AccuracyAuditDocument, DocumentKind.AccuracyAudit, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeAccuracyAudit(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The accuracy audit, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid accuracy audit document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeAccuracyAudit(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<AccuracyAudit> DeserializeAccuracyAuditAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.AccuracyAuditDocument, DocumentKind.AccuracyAudit, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(AccuracyAudit)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(AccuracyAudit)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(AccuracyAudit audit) => ToUtf8Bytes(audit, nameof(audit), WireMapper.ToDocument, Context.AccuracyAuditDocument);

    /// <inheritdoc cref="Serialize(AccuracyAudit)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(AccuracyAudit)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="audit">The accuracy audit to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="audit"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, AccuracyAudit audit) => ToStream(utf8Json, audit, nameof(audit), WireMapper.ToDocument, Context.AccuracyAuditDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, AccuracyAudit, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, AccuracyAudit audit) => ToStreamAsync(utf8Json, audit, nameof(audit), WireMapper.ToDocument, Context.AccuracyAuditDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(AccuracyAudit)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(AccuracyAudit)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="audit">The accuracy audit to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="audit"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, AccuracyAudit audit, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, audit, nameof(audit), WireMapper.ToDocument, Context.AccuracyAuditDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeIndicatorSet(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid indicator set document, or not UTF-8; the message and path are those <see cref="DeserializeIndicatorSet(string)"/> gives for the same text.</exception>
    public static IndicatorSet DeserializeIndicatorSet(ReadOnlySpan<byte> utf8Json) =>
        ReadIndicatorSet(Prepare(utf8Json, complete: true, totalLength: null, JsonReadLimits.Default, DocumentKind.IndicatorSet.Description), JsonReadLimits.Default);

    /// <inheritdoc cref="DeserializeIndicatorSet(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid indicator set document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeIndicatorSet(string)"/> gives for the same text.</exception>
    public static IndicatorSet DeserializeIndicatorSet(Stream utf8Json)
    {
        Utf8Input.CheckReadable(utf8Json, nameof(utf8Json));
        return ReadIndicatorSet(Utf8Input.Read(utf8Json, JsonReadLimits.Default));
    }

    /// <inheritdoc cref="DeserializeIndicatorSetAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<IndicatorSet> DeserializeIndicatorSetAsync(Stream utf8Json) => DeserializeIndicatorSetAsync(utf8Json, CancellationToken.None);

    /// <inheritdoc cref="DeserializeIndicatorSet(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The indicator set, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid indicator set document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeIndicatorSet(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<IndicatorSet> DeserializeIndicatorSetAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        Utf8Input.CheckReadable(utf8Json, nameof(utf8Json));
        return ReadAsync();

        async ValueTask<IndicatorSet> ReadAsync() =>
            ReadIndicatorSet(await Utf8Input.ReadAsync(utf8Json, JsonReadLimits.Default, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Reads an indicator set from a stream's bytes, after the checks of <c>Prepare</c>, as <see cref="FromInput"/> reads other kinds.</summary>
    private static IndicatorSet ReadIndicatorSet(Utf8Input input) =>
        ReadIndicatorSet(Prepare(input.Bytes, input.Complete, input.TotalLength, JsonReadLimits.Default, DocumentKind.IndicatorSet.Description), JsonReadLimits.Default);

    /// <inheritdoc cref="Serialize(IndicatorSet)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(IndicatorSet)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(IndicatorSet set) => DirectToUtf8Bytes(set, nameof(set), IndicatorSetDirectWriter.Part);

    /// <inheritdoc cref="Serialize(IndicatorSet)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(IndicatorSet)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="set">The indicator set to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="set"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, IndicatorSet set) => DirectToStream(utf8Json, set, nameof(set), IndicatorSetDirectWriter.Part);

    /// <inheritdoc cref="SerializeAsync(Stream, IndicatorSet, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, IndicatorSet set) => DirectToStreamAsync(utf8Json, set, nameof(set), IndicatorSetDirectWriter.Part, CancellationToken.None);

    /// <inheritdoc cref="Serialize(IndicatorSet)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(IndicatorSet)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="set">The indicator set to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="set"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, IndicatorSet set, CancellationToken cancellationToken) => DirectToStreamAsync(utf8Json, set, nameof(set), IndicatorSetDirectWriter.Part, cancellationToken);

    /// <inheritdoc cref="DeserializeMorileRanking(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid MoRiLE ranking document, or not UTF-8; the message and path are those <see cref="DeserializeMorileRanking(string)"/> gives for the same text.</exception>
    public static MorileRanking DeserializeMorileRanking(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.MorileDocument, DocumentKind.MorileRanking, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeMorileRanking(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid MoRiLE ranking document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeMorileRanking(string)"/> gives for the same text.</exception>
    public static MorileRanking DeserializeMorileRanking(Stream utf8Json) => FromStream(utf8Json, Context.MorileDocument, DocumentKind.MorileRanking, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeMorileRankingAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<MorileRanking> DeserializeMorileRankingAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.MorileDocument, DocumentKind.MorileRanking, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeMorileRanking(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The MoRiLE ranking, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid MoRiLE ranking document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeMorileRanking(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<MorileRanking> DeserializeMorileRankingAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.MorileDocument, DocumentKind.MorileRanking, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(MorileRanking)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(MorileRanking)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(MorileRanking ranking) => ToUtf8Bytes(ranking, nameof(ranking), WireMapper.ToDocument, Context.MorileDocument);

    /// <inheritdoc cref="Serialize(MorileRanking)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(MorileRanking)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="ranking">The MoRiLE ranking to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="ranking"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, MorileRanking ranking) => ToStream(utf8Json, ranking, nameof(ranking), WireMapper.ToDocument, Context.MorileDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, MorileRanking, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, MorileRanking ranking) => ToStreamAsync(utf8Json, ranking, nameof(ranking), WireMapper.ToDocument, Context.MorileDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(MorileRanking)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(MorileRanking)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="ranking">The MoRiLE ranking to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="ranking"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, MorileRanking ranking, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, ranking, nameof(ranking), WireMapper.ToDocument, Context.MorileDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeFundingPolicy(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid funding policy document, or not UTF-8; the message and path are those <see cref="DeserializeFundingPolicy(string)"/> gives for the same text.</exception>
    public static FundingPolicy DeserializeFundingPolicy(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.FundingPolicyDocument, DocumentKind.FundingPolicy, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeFundingPolicy(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid funding policy document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeFundingPolicy(string)"/> gives for the same text.</exception>
    public static FundingPolicy DeserializeFundingPolicy(Stream utf8Json) => FromStream(utf8Json, Context.FundingPolicyDocument, DocumentKind.FundingPolicy, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeFundingPolicyAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<FundingPolicy> DeserializeFundingPolicyAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.FundingPolicyDocument, DocumentKind.FundingPolicy, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeFundingPolicy(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The funding policy, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid funding policy document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeFundingPolicy(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<FundingPolicy> DeserializeFundingPolicyAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.FundingPolicyDocument, DocumentKind.FundingPolicy, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(FundingPolicy)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(FundingPolicy)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(FundingPolicy policy) => ToUtf8Bytes(policy, nameof(policy), WireMapper.ToDocument, Context.FundingPolicyDocument);

    /// <inheritdoc cref="Serialize(FundingPolicy)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(FundingPolicy)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="policy">The funding policy to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, FundingPolicy policy) => ToStream(utf8Json, policy, nameof(policy), WireMapper.ToDocument, Context.FundingPolicyDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, FundingPolicy, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, FundingPolicy policy) => ToStreamAsync(utf8Json, policy, nameof(policy), WireMapper.ToDocument, Context.FundingPolicyDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(FundingPolicy)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(FundingPolicy)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="policy">The funding policy to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, FundingPolicy policy, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, policy, nameof(policy), WireMapper.ToDocument, Context.FundingPolicyDocument, cancellationToken);

    /// <inheritdoc cref="DeserializeAgreementHistory(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <exception cref="JsonException">The bytes are not a valid Community Safety Agreement history document, or not UTF-8; the message and path are those <see cref="DeserializeAgreementHistory(string)"/> gives for the same text.</exception>
    public static AgreementHistory DeserializeAgreementHistory(ReadOnlySpan<byte> utf8Json) => FromUtf8(utf8Json, Context.AgreementHistoryDocument, DocumentKind.AgreementHistory, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeAgreementHistory(string)" path="/*[not(self::param or self::exception)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid Community Safety Agreement history document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeAgreementHistory(string)"/> gives for the same text.</exception>
    public static AgreementHistory DeserializeAgreementHistory(Stream utf8Json) => FromStream(utf8Json, Context.AgreementHistoryDocument, DocumentKind.AgreementHistory, WireMapper.FromDocument);

    /// <inheritdoc cref="DeserializeAgreementHistoryAsync(Stream, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static ValueTask<AgreementHistory> DeserializeAgreementHistoryAsync(Stream utf8Json) => FromStreamAsync(utf8Json, Context.AgreementHistoryDocument, DocumentKind.AgreementHistory, WireMapper.FromDocument, CancellationToken.None);

    /// <inheritdoc cref="DeserializeAgreementHistory(string)" path="/*[not(self::param or self::exception or self::returns)]"/>
    /// <param name="utf8Json">The stream to read the document from as UTF-8, to its end; it is left open.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The history, when the stream has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid Community Safety Agreement history document in UTF-8, or holds more than <see cref="JsonReadLimits.MaxDocumentBytes"/>; the message and path are those <see cref="DeserializeAgreementHistory(string)"/> gives for the same text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<AgreementHistory> DeserializeAgreementHistoryAsync(Stream utf8Json, CancellationToken cancellationToken) => FromStreamAsync(utf8Json, Context.AgreementHistoryDocument, DocumentKind.AgreementHistory, WireMapper.FromDocument, cancellationToken);

    /// <inheritdoc cref="Serialize(AgreementHistory)" path="/*[not(self::returns)]"/>
    /// <returns>The JSON as UTF-8 without a byte-order mark: the text of <see cref="Serialize(AgreementHistory)"/>, encoded.</returns>
    public static byte[] SerializeToUtf8Bytes(AgreementHistory history) => ToUtf8Bytes(history, nameof(history), WireMapper.ToDocument, Context.AgreementHistoryDocument);

    /// <inheritdoc cref="Serialize(AgreementHistory)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(AgreementHistory)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="history">The history to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    public static void Serialize(Stream utf8Json, AgreementHistory history) => ToStream(utf8Json, history, nameof(history), WireMapper.ToDocument, Context.AgreementHistoryDocument);

    /// <inheritdoc cref="SerializeAsync(Stream, AgreementHistory, CancellationToken)" path="/*[not(@name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    public static Task SerializeAsync(Stream utf8Json, AgreementHistory history) => ToStreamAsync(utf8Json, history, nameof(history), WireMapper.ToDocument, Context.AgreementHistoryDocument, CancellationToken.None);

    /// <inheritdoc cref="Serialize(AgreementHistory)" path="/*[not(self::param or self::returns or self::exception)]"/>
    /// <param name="utf8Json">The stream to write to: the text of <see cref="Serialize(AgreementHistory)"/> as UTF-8, without a byte-order mark; it is left open.</param>
    /// <param name="history">The history to write.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, AgreementHistory history, CancellationToken cancellationToken) => ToStreamAsync(utf8Json, history, nameof(history), WireMapper.ToDocument, Context.AgreementHistoryDocument, cancellationToken);

    /// <summary>Reads a document of any kind from UTF-8, under <see cref="JsonReadLimits.Default"/>.</summary>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <returns>The document read, or why it could not be read.</returns>
    /// <remarks>See <see cref="ReadDocument(ReadOnlySpan{byte}, JsonReadLimits)"/>.</remarks>
    public static DocumentReadResult ReadDocument(ReadOnlySpan<byte> utf8Json) => ReadDocument(utf8Json, JsonReadLimits.Default);

    /// <summary>Reads a document of any kind from UTF-8, under <paramref name="limits"/>.</summary>
    /// <param name="utf8Json">The document as UTF-8; a byte-order mark at the start is skipped.</param>
    /// <param name="limits">The reading limits.</param>
    /// <returns>What <see cref="ReadDocument(string, JsonReadLimits)"/> returns for the same text, failures with the same
    /// message and path; bytes that are not UTF-8 are a failure at <c>$</c> naming the line and byte.</returns>
    /// <remarks>See <see cref="ReadDocument(string, JsonReadLimits)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public static DocumentReadResult ReadDocument(ReadOnlySpan<byte> utf8Json, JsonReadLimits limits) => ReadAnyUtf8(utf8Json, complete: true, totalLength: null, limits);

    /// <summary>Reads a document of any kind from a stream, under <see cref="JsonReadLimits.Default"/>.</summary>
    /// <param name="utf8Json">The stream to read the document from as UTF-8; it is left open.</param>
    /// <returns>The document read, or why it could not be read.</returns>
    /// <remarks>See <see cref="ReadDocument(Stream, JsonReadLimits)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    public static DocumentReadResult ReadDocument(Stream utf8Json) => ReadDocument(utf8Json, JsonReadLimits.Default);

    /// <summary>Reads a document of any kind from a stream, under <paramref name="limits"/>.</summary>
    /// <param name="utf8Json">The stream to read the document from as UTF-8: to its end, or to one byte past
    /// <see cref="JsonReadLimits.MaxDocumentBytes"/>, when the document is refused without reading the rest; it is left open.</param>
    /// <param name="limits">The reading limits.</param>
    /// <returns>What <see cref="ReadDocument(ReadOnlySpan{byte}, JsonReadLimits)"/> returns for the bytes of the stream.</returns>
    /// <remarks>See <see cref="ReadDocument(string, JsonReadLimits)"/>. A failure of the stream itself is thrown, not returned.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    public static DocumentReadResult ReadDocument(Stream utf8Json, JsonReadLimits limits) => ReadAnyStream(utf8Json, limits);

    /// <inheritdoc cref="ReadDocumentAsync(Stream, JsonReadLimits, CancellationToken)" path="/*[not(@name='limits' or @name='cancellationToken' or contains(@cref, 'OperationCanceledException'))]"/>
    /// <summary>Reads a document of any kind from a stream, under <see cref="JsonReadLimits.Default"/>.</summary>
    public static ValueTask<DocumentReadResult> ReadDocumentAsync(Stream utf8Json) => ReadDocumentAsync(utf8Json, JsonReadLimits.Default, CancellationToken.None);

    /// <inheritdoc cref="ReadDocumentAsync(Stream, JsonReadLimits, CancellationToken)" path="/*[not(@name='limits')]"/>
    /// <summary>Reads a document of any kind from a stream, under <see cref="JsonReadLimits.Default"/>.</summary>
    public static ValueTask<DocumentReadResult> ReadDocumentAsync(Stream utf8Json, CancellationToken cancellationToken) => ReadDocumentAsync(utf8Json, JsonReadLimits.Default, cancellationToken);

    /// <summary>Reads a document of any kind from a stream, under <paramref name="limits"/>.</summary>
    /// <param name="utf8Json">The stream to read the document from as UTF-8: to its end, or to one byte past
    /// <see cref="JsonReadLimits.MaxDocumentBytes"/>, when the document is refused without reading the rest; it is left open.</param>
    /// <param name="limits">The reading limits.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>When the stream has been read, what <see cref="ReadDocument(ReadOnlySpan{byte}, JsonReadLimits)"/> returns for its bytes.</returns>
    /// <remarks>See <see cref="ReadDocument(string, JsonReadLimits)"/>. A failure of the stream itself is thrown, not returned.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="ArgumentRefusedException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the stream was read.</exception>
    public static ValueTask<DocumentReadResult> ReadDocumentAsync(Stream utf8Json, JsonReadLimits limits, CancellationToken cancellationToken) => ReadAnyStreamAsync(utf8Json, limits, cancellationToken);

    /// <summary>Reads a document of <paramref name="kind"/> from UTF-8 under the default limits, and maps it to its value.</summary>
    private static T FromUtf8<TDocument, T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<TDocument> typeInfo, DocumentKind kind, Func<TDocument, T> fromDocument)
        where TDocument : class
    {
        var limits = JsonReadLimits.Default;
        return fromDocument(ReadPrepared(Prepare(utf8Json, complete: true, totalLength: null, limits, kind.Description), typeInfo, kind, limits));
    }

    /// <summary>Reads a document of <paramref name="kind"/> from a stream, no further than the default size limit needs.</summary>
    private static T FromStream<TDocument, T>(Stream utf8Json, JsonTypeInfo<TDocument> typeInfo, DocumentKind kind, Func<TDocument, T> fromDocument)
        where TDocument : class
    {
        Utf8Input.CheckReadable(utf8Json, nameof(utf8Json));
        return FromInput(Utf8Input.Read(utf8Json, JsonReadLimits.Default), typeInfo, kind, fromDocument);
    }

    /// <summary>As <see cref="FromStream"/>, asynchronously; the arguments are checked at once, before the task starts.</summary>
    private static ValueTask<T> FromStreamAsync<TDocument, T>(Stream utf8Json, JsonTypeInfo<TDocument> typeInfo, DocumentKind kind, Func<TDocument, T> fromDocument, CancellationToken cancellationToken)
        where TDocument : class
    {
        Utf8Input.CheckReadable(utf8Json, nameof(utf8Json));
        return ReadAsync();

        async ValueTask<T> ReadAsync() =>
            FromInput(await Utf8Input.ReadAsync(utf8Json, JsonReadLimits.Default, cancellationToken).ConfigureAwait(false), typeInfo, kind, fromDocument);
    }

    private static T FromInput<TDocument, T>(Utf8Input input, JsonTypeInfo<TDocument> typeInfo, DocumentKind kind, Func<TDocument, T> fromDocument)
        where TDocument : class
    {
        var limits = JsonReadLimits.Default;
        return fromDocument(ReadPrepared(Prepare(input.Bytes, input.Complete, input.TotalLength, limits, kind.Description), typeInfo, kind, limits));
    }

    private static DocumentReadResult ReadAnyStream(Stream utf8Json, JsonReadLimits limits)
    {
        Utf8Input.CheckReadable(utf8Json, nameof(utf8Json));
        if (limits is null)
        {
            throw new ArgumentNullException(nameof(limits));
        }
        var input = Utf8Input.Read(utf8Json, limits);
        return ReadAnyUtf8(input.Bytes, input.Complete, input.TotalLength, limits);
    }

    private static ValueTask<DocumentReadResult> ReadAnyStreamAsync(Stream utf8Json, JsonReadLimits limits, CancellationToken cancellationToken)
    {
        Utf8Input.CheckReadable(utf8Json, nameof(utf8Json));
        if (limits is null)
        {
            throw new ArgumentNullException(nameof(limits));
        }
        return ReadAsync();

        async ValueTask<DocumentReadResult> ReadAsync()
        {
            var input = await Utf8Input.ReadAsync(utf8Json, limits, cancellationToken).ConfigureAwait(false);
            return ReadAnyUtf8(input.Bytes, input.Complete, input.TotalLength, limits);
        }
    }

    /// <summary>Reads a document of any kind from UTF-8: every failure, of the checks of <c>Prepare</c> too, is returned.</summary>
    private static DocumentReadResult ReadAnyUtf8(ReadOnlySpan<byte> utf8, bool complete, long? totalLength, JsonReadLimits limits)
    {
        if (limits is null)
        {
            throw new ArgumentNullException(nameof(limits));
        }
        ReadOnlySpan<byte> document;
        try
        {
            document = Prepare(utf8, complete, totalLength, limits, AnyKind);
        }
        catch (JsonException exception)
        {
            return DocumentReadResult.Failed(DocumentReadFailure.From(exception, null));
        }
        return ReadAnyPrepared(document, limits);
    }

    /// <summary>
    /// The document without its byte-order mark, after the checks that need only its bytes, in the order and with the
    /// messages of <see cref="Prepare(string, JsonReadLimits, string)"/>: empty, or a top-level value that is not an
    /// object; then the size limit; then bytes that are not UTF-8, in one sentence at <c>$</c> naming the line and byte.
    /// <paramref name="complete"/> is false when a stream was read only to one byte past the limit: the size is then
    /// <paramref name="totalLength"/> when the stream could say it, or "at least" what was read.
    /// </summary>
    private static ReadOnlySpan<byte> Prepare(ReadOnlySpan<byte> utf8, bool complete, long? totalLength, JsonReadLimits limits, string expected)
    {
        int start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        var document = utf8.Slice(start);
        if (JsonErrors.CheckStartsWithObject(document, complete, expected) is { } notAnObject)
        {
            throw notAnObject;
        }
        if (document.Length > limits.MaxDocumentBytes)
        {
            string size = complete ? DocumentHeader.Number(document.Length)
                : totalLength is { } total ? DocumentHeader.Number(total - start)
                : "at least " + DocumentHeader.Number(document.Length);
            throw DocumentHeader.TooLarge(size, limits);
        }
        if (JsonErrors.CheckUtf8(document) is { } notUtf8)
        {
            throw notUtf8;
        }
        return document;
    }

    /// <summary>Writes <paramref name="value"/> as UTF-8 bytes: the serializer writes UTF-8, and the text writers decode it.</summary>
    private static byte[] ToUtf8Bytes<T, TDocument>(T value, string paramName, Func<T, TDocument> toDocument, JsonTypeInfo<TDocument> typeInfo)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }
        return JsonSerializer.SerializeToUtf8Bytes(toDocument(value), typeInfo);
    }

    private static void ToStream<T, TDocument>(Stream utf8Json, T value, string paramName, Func<T, TDocument> toDocument, JsonTypeInfo<TDocument> typeInfo)
        where T : class
    {
        Utf8Input.CheckWritable(utf8Json, nameof(utf8Json));
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }
        JsonSerializer.Serialize(utf8Json, toDocument(value), typeInfo);
    }

    /// <summary>As <see cref="ToStream"/>, asynchronously; the arguments are checked, and the value mapped, before the task starts.</summary>
    private static Task ToStreamAsync<T, TDocument>(Stream utf8Json, T value, string paramName, Func<T, TDocument> toDocument, JsonTypeInfo<TDocument> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        Utf8Input.CheckWritable(utf8Json, nameof(utf8Json));
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }
        return JsonSerializer.SerializeAsync(utf8Json, toDocument(value), typeInfo, cancellationToken);
    }

    /// <summary>Writes <paramref name="value"/> as UTF-8 bytes with its direct writer.</summary>
    private static byte[] DirectToUtf8Bytes<T>(T value, string paramName, DirectWriting.WritePart<T> write)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }
        return DirectWriting.ToUtf8Bytes(value, write);
    }

    /// <summary>Writes <paramref name="value"/> to a stream with its direct writer.</summary>
    private static void DirectToStream<T>(Stream utf8Json, T value, string paramName, DirectWriting.WritePart<T> write)
        where T : class
    {
        Utf8Input.CheckWritable(utf8Json, nameof(utf8Json));
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }
        DirectWriting.ToStream(utf8Json, value, write);
    }

    /// <summary>As <see cref="DirectToStream"/>, asynchronously; the arguments are checked before the task starts.</summary>
    private static Task DirectToStreamAsync<T>(Stream utf8Json, T value, string paramName, DirectWriting.WritePart<T> write, CancellationToken cancellationToken)
        where T : class
    {
        Utf8Input.CheckWritable(utf8Json, nameof(utf8Json));
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }
        return DirectWriting.ToStreamAsync(utf8Json, value, write, cancellationToken);
    }

    /// <summary>The findings document, refusing a null element as <see cref="SerializeFindings"/> does.</summary>
    private static FindingsDocument FindingsToDocument(IEnumerable<Finding> findings)
    {
        var items = new List<Finding>(findings);
        if (items.Contains(null!))
        {
            throw new ArgumentNullException(nameof(findings), "findings must not contain null.");
        }
        return WireMapper.ToDocument(items);
    }

}
