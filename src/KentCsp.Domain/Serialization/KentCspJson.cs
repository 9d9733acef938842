using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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

/// <summary>
/// Reads and writes the library's JSON documents: the one entry point to the wire format.
/// </summary>
/// <remarks>
/// <para>Every document is a JSON object whose first member is <c>schemaVersion</c> (written as
/// <see cref="SchemaVersion"/>) and whose second is <c>kind</c>, the <see cref="DocumentKind.WireName"/> of its kind.
/// Each reader reads documents of schema version 2, whose <c>kind</c> must be the reader's, and of version 1, which
/// have no <c>kind</c>; <see cref="ReadDocument(string)"/> reads a document of any kind. Members are camelCase; dates are ISO-8601 (<c>2017-07-19</c>); catalogue members
/// (such as <see cref="ResponsibleAuthorityKind"/>) are written by their stable name; amounts of <see cref="Money"/> are
/// JSON numbers of pounds with two decimal places (<c>39661.00</c>) and financial years are strings (<c>"2016/17"</c>);
/// absent optional members are left out. Output is indented by two spaces with <c>\n</c> line ends, so the same value always gives the same bytes on
/// every platform and target framework.</para>
/// <para>On read, unknown members, missing required members, nulls where a value is required, duplicate members, an
/// unknown catalogue name, a malformed date, an amount that is not a whole number of pence, and a value the domain
/// rejects (a blank name, two seats for one organisation, an allocation to a bid not in the round, …) all fail with a <see cref="JsonException"/> whose message and <see cref="JsonException.Path"/> name
/// the offending member. No partially read value is ever returned. Empty text, or text whose top-level value is not an
/// object (an array, a string, a number, a boolean, null), or that holds an unpaired surrogate, fails with one sentence
/// at <c>$</c>; a byte-order mark at the start is skipped. A message quotes at most 40 characters of a bad value, with control characters written as
/// <c>\uXXXX</c>, and is never longer than about 1,000 characters, so it is safe to print.
/// Every reader first applies <see cref="JsonReadLimits.Default"/>: a document too large, too deeply nested or with
/// too long a string is refused unread.</para>
/// <para>Metadata is source-generated, so the methods are safe to use in trimmed and ahead-of-time compiled apps.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static partial class KentCspJson
{
    /// <summary>The schema version this library writes: 2, in which every document names its kind.</summary>
    /// <remarks>Readers read this version and every earlier one, back to <see cref="FirstSchemaVersion"/>.</remarks>
    public const int SchemaVersion = 2;

    /// <summary>The oldest schema version this library reads: 1, whose documents have no <c>kind</c> member.</summary>
    public const int FirstSchemaVersion = 1;

    private static readonly KentCspJsonContext Context = new(new JsonSerializerOptions(KentCspJsonContext.Default.Options)
    {
        // Keep '&', '–' and other non-ASCII text readable; control characters and quotes are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The reading limits are checked before the serializer runs (see JsonReadLimits); this only keeps the
        // serializer from refusing a depth the limits allow.
        MaxDepth = JsonReadLimits.MaxDepthCeiling + 1,
    });

    /// <summary>Writes a partnership document.</summary>
    /// <param name="partnership">The partnership to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partnership"/> is null.</exception>
    public static string Serialize(CommunitySafetyPartnership partnership)
    {
        if (partnership is null)
        {
            throw new ArgumentNullException(nameof(partnership));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(partnership), Context.PartnershipDocument);
    }

    /// <summary>Reads a partnership document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid partnership document; the message names the JSON path.</exception>
    public static CommunitySafetyPartnership DeserializePartnership(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.PartnershipDocument, DocumentKind.Partnership));
    }

    /// <summary>Writes a Community Safety Agreement edition document.</summary>
    /// <param name="edition">The edition to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static string Serialize(CommunitySafetyAgreementEdition edition)
    {
        if (edition is null)
        {
            throw new ArgumentNullException(nameof(edition));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(edition), Context.AgreementEditionDocument);
    }

    /// <summary>Reads a Community Safety Agreement edition document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid edition document; the message names the JSON path.</exception>
    public static CommunitySafetyAgreementEdition DeserializeAgreementEdition(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.AgreementEditionDocument, DocumentKind.AgreementEdition));
    }

    /// <summary>Writes a funding round document: the grant, bids, decisions, allocations, payments, monitoring returns and repayments.</summary>
    /// <param name="round">The round to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public static string Serialize(FundingRound round)
    {
        if (round is null)
        {
            throw new ArgumentNullException(nameof(round));
        }
        return DirectWriting.ToText(round, FundingRoundDirectWriter.Part);
    }

    /// <summary>Writes a funding round through its wire document and the serializer: the bytes the direct writer must equal.</summary>
    internal static byte[] SerializeThroughWireDocument(FundingRound round) =>
        JsonSerializer.SerializeToUtf8Bytes(WireMapper.ToDocument(round), Context.FundingRoundDocument);

    /// <summary>Writes a funding round's text through its wire document and the serializer.</summary>
    internal static string SerializeTextThroughWireDocument(FundingRound round) =>
        JsonSerializer.Serialize(WireMapper.ToDocument(round), Context.FundingRoundDocument);

    /// <summary>Reads a funding round document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The round.</returns>
    /// <remarks>
    /// The document's <c>currency</c> must be <c>"GBP"</c>. The round's own checks apply — unique identifiers, and every
    /// decision, allocation, payment, monitoring return and repayment referring to a bid or allocation in the round — but
    /// the funding rules do not: a round that allocates more than its grant reads, so that
    /// <see cref="FundingRules.Evaluate"/> can report it.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid funding round document; the message names the JSON path.</exception>
    public static FundingRound DeserializeFundingRound(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        var limits = JsonReadLimits.Default;
        return ReadFundingRound(Prepare(json, limits, DocumentKind.FundingRound.Description), limits);
    }

    /// <summary>
    /// Reads a funding round from UTF-8 that has passed the checks of <c>Prepare</c>: straight into the model when the
    /// document is valid (<see cref="FundingRoundDirectReader"/>), otherwise the usual way, which gives every error its
    /// message and path. The text, bytes and stream readers of a funding round all end here.
    /// </summary>
    private static FundingRound ReadFundingRound(ReadOnlySpan<byte> utf8, JsonReadLimits limits) =>
        FundingRoundDirectReader.TryRead(utf8, limits, out var round)
            ? round
            : WireMapper.FromDocument(ReadPrepared(utf8, Context.FundingRoundDocument, DocumentKind.FundingRound, limits));

    /// <summary>Reads a funding round the usual way only, without <see cref="FundingRoundDirectReader"/>: the authority the direct reader is tested against.</summary>
    internal static FundingRound DeserializeFundingRoundWithoutDirectReader(string json) =>
        WireMapper.FromDocument(Read(json, Context.FundingRoundDocument, DocumentKind.FundingRound));

    /// <summary>
    /// Reads a document of <paramref name="kind"/> under the default limits: the size, depth and string lengths first,
    /// then the version and kind, then the members.
    /// </summary>
    private static TDocument Read<TDocument>(string json, JsonTypeInfo<TDocument> typeInfo, DocumentKind kind)
        where TDocument : class
    {
        var limits = JsonReadLimits.Default;
        return ReadPrepared(Prepare(json, limits, kind.Description), typeInfo, kind, limits);
    }

    /// <summary>
    /// Reads a document of <paramref name="kind"/> from UTF-8 that has passed the checks of <c>Prepare</c>: the depth
    /// and string lengths, then the version and kind, then the members. The text, bytes and stream readers all end here.
    /// </summary>
    private static TDocument ReadPrepared<TDocument>(ReadOnlySpan<byte> utf8, JsonTypeInfo<TDocument> typeInfo, DocumentKind kind, JsonReadLimits limits)
        where TDocument : class
    {
        DocumentHeader.Scan(utf8, limits).Check(kind);
        return Deserialize(utf8, typeInfo, kind);
    }

    /// <summary>
    /// The document as UTF-8, after the checks that need only its text: a byte-order mark left at the start by a text
    /// editor is skipped, as a reader of a file would; empty text or a top-level value that is not an object gets one
    /// sentence naming what was found; then the size limit, and an unpaired surrogate named by its line. The text is
    /// looked for the surrogate only when encoding it has failed, so a good document is not scanned for it again.
    /// </summary>
    private static byte[] Prepare(string json, JsonReadLimits limits, string expected)
    {
        int start = json.Length > 0 && json[0] == '\uFEFF' ? 1 : 0;
        if (JsonErrors.CheckStartsWithObject(json, start, expected) is { } notAnObject)
        {
            throw notAnObject;
        }
        try
        {
            return DocumentHeader.Encode(start == 0 ? json : json.Substring(start), limits);
        }
        catch (JsonException) when (json.Length <= limits.MaxDocumentBytes && JsonErrors.CheckSurrogates(json) is { } halfACharacter)
        {
            throw halfACharacter;
        }
    }

    private static TDocument Deserialize<TDocument>(ReadOnlySpan<byte> utf8, JsonTypeInfo<TDocument> typeInfo, DocumentKind kind)
        where TDocument : class
    {
        TDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, typeInfo);
        }
        catch (JsonException exception)
        {
            throw JsonErrors.Describe(exception);
        }
        return document ?? throw JsonErrors.At("$", $"expected {WireMapper.Article(kind.Description)} {kind.Description} document (a JSON object), but found null.");
    }

    /// <summary>Writes a meeting document: the body, date, venue, attendance, and the agenda items with their discussion, resolutions and reports.</summary>
    /// <param name="meeting">The meeting to write; to publish it, write its <see cref="Meeting.PublicView"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static string Serialize(Meeting meeting)
    {
        if (meeting is null)
        {
            throw new ArgumentNullException(nameof(meeting));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(meeting), Context.MeetingDocument);
    }

    /// <summary>Reads a meeting document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The meeting.</returns>
    /// <remarks>
    /// The meeting's own checks apply: minute numbers strictly increasing and item codes unique, resolution texts not
    /// blank, lettered parts lettered a, b, c… in order, and <c>classification</c> either <c>"Unrestricted"</c> or
    /// <c>"Restricted"</c>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid meeting document; the message names the JSON path.</exception>
    public static Meeting DeserializeMeeting(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.MeetingDocument, DocumentKind.Meeting));
    }

    /// <summary>Writes a review case document.</summary>
    /// <param name="case">The case to write.</param>
    /// <returns>The JSON text.</returns>
    /// <remarks>
    /// The document holds the published name, the reference, the step (worked out from the record, written for people),
    /// the notification with the facts the criteria need, and the dates and details of each step. It has no member for a
    /// name or other identifier of a person, by design.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public static string Serialize(ReviewCase @case)
    {
        if (@case is null)
        {
            throw new ArgumentNullException(nameof(@case));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(@case), Context.ReviewCaseDocument);
    }

    /// <summary>Reads a review case document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The case.</returns>
    /// <remarks>
    /// The case's own checks apply (steps in order, no step dated before the one it follows, and so on), and the
    /// <c>step</c> member must agree with the step the record shows.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid review case document; the message names the JSON path.</exception>
    public static ReviewCase DeserializeReviewCase(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.ReviewCaseDocument, DocumentKind.ReviewCase));
    }

    /// <summary>Writes a review register document: a partnership and its cases.</summary>
    /// <param name="register">The register to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    public static string Serialize(ReviewRegister register)
    {
        if (register is null)
        {
            throw new ArgumentNullException(nameof(register));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(register), Context.ReviewRegisterDocument);
    }

    /// <summary>Reads a review register document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid review register document; the message names the JSON path.</exception>
    public static ReviewRegister DeserializeReviewRegister(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.ReviewRegisterDocument, DocumentKind.ReviewRegister));
    }

    /// <summary>Writes an action plan document: the priorities' aims and outcomes, the actions with their status histories, the Working Group's reviews and any refresh record.</summary>
    /// <param name="plan">The plan to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Serialize(ActionPlan plan)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(plan), Context.ActionPlanDocument);
    }

    /// <summary>Reads an action plan document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The plan.</returns>
    /// <remarks>
    /// The plan's own checks apply (unique action identifiers, each action's priority among the plan's priorities, due
    /// dates not before start dates, status histories that do not go back in time, reviews in date order updating
    /// actions of the plan); the document names its edition only by label, so priorities and themes are not checked
    /// against an edition: use <see cref="ActionPlan.For"/> to build a plan against one.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid action plan document; the message names the JSON path.</exception>
    public static ActionPlan DeserializeActionPlan(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.ActionPlanDocument, DocumentKind.ActionPlan));
    }

    /// <summary>Writes a partnership record: what a compliance check reads — the area kind, the partnership, every version of its Terms of Reference, its meeting dates, the signatories of its information sharing agreement and the local policing bodies.</summary>
    /// <param name="record">The record to write.</param>
    /// <returns>The JSON text.</returns>
    /// <remarks>The partnership is nested as a whole partnership document. <c>meetingDates</c> and
    /// <c>informationSharingSignatories</c> are left out when the record does not hold them; a review period is an
    /// ISO-8601 period such as <c>"P1Y"</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string Serialize(PartnershipRecord record)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(record), Context.PartnershipRecordDocument);
    }

    /// <summary>Reads a partnership record document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid partnership record; the message names the JSON path (inside the nested partnership, <c>$.partnership.…</c>).</exception>
    public static PartnershipRecord DeserializePartnershipRecord(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.PartnershipRecordDocument, DocumentKind.PartnershipRecord));
    }

    /// <summary>Writes findings — of the funding rules, the compliance check or any other rule engine — as a findings document.</summary>
    /// <param name="findings">The findings, in the order to keep.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> or an element is null.</exception>
    public static string SerializeFindings(IEnumerable<Finding> findings)
    {
        if (findings is null)
        {
            throw new ArgumentNullException(nameof(findings));
        }
        var items = new List<Finding>(findings);
        if (items.Contains(null!))
        {
            throw new ArgumentNullException(nameof(findings), "findings must not contain null.");
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(items), Context.FindingsDocument);
    }

    /// <summary>Reads a findings document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The findings, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid findings document; the message names the JSON path.</exception>
    public static IReadOnlyList<Finding> DeserializeFindings(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.FindingsDocument, DocumentKind.Findings));
    }

    /// <summary>Writes an incident document: the report time, pseudonymous victims and offenders, the acts and the recording decision.</summary>
    /// <param name="incident">The incident to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    public static string Serialize(Incident incident)
    {
        if (incident is null)
        {
            throw new ArgumentNullException(nameof(incident));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(incident), Context.IncidentDocument);
    }

    /// <summary>Reads an incident document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The incident.</returns>
    /// <remarks>The incident's own checks apply (pseudonymous identifiers, a victim for each offence against the person, the decision not before the report).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid incident document; the message names the JSON path.</exception>
    public static Incident DeserializeIncident(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.IncidentDocument, DocumentKind.Incident));
    }

    /// <summary>Writes a crime count document: the crimes with their rule trails (General Rule letters) and findings.</summary>
    /// <param name="count">The count to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="count"/> is null.</exception>
    public static string Serialize(CrimeCount count)
    {
        if (count is null)
        {
            throw new ArgumentNullException(nameof(count));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(count), Context.CrimeCountDocument);
    }

    /// <summary>Reads a crime count document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The count.</returns>
    /// <remarks>Each step's <c>section</c> must be its rule's General Rule letter, and <c>total</c> the number of crimes listed.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid crime count document; the message names the JSON path.</exception>
    public static CrimeCount DeserializeCrimeCount(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.CrimeCountDocument, DocumentKind.CrimeCount));
    }

    /// <summary>Writes an accuracy audit document: the counts and level, with the rate and interval (six decimal places) for readers.</summary>
    /// <param name="audit">The audit to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audit"/> is null.</exception>
    public static string Serialize(AccuracyAudit audit)
    {
        if (audit is null)
        {
            throw new ArgumentNullException(nameof(audit));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(audit), Context.AccuracyAuditDocument);
    }

    /// <summary>Reads an accuracy audit document; the rate and interval are worked out again from the counts and, where the document gives them, must agree.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The audit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid accuracy audit document; the message names the JSON path.</exception>
    public static AccuracyAudit DeserializeAccuracyAudit(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.AccuracyAuditDocument, DocumentKind.AccuracyAudit));
    }

    /// <summary>Writes an indicator set document: definitions, series and road casualty figures, with KSI written for readers.</summary>
    /// <param name="set">The indicator set.</param>
    /// <returns>The JSON, indented by two spaces, schemaVersion first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    public static string Serialize(IndicatorSet set)
    {
        if (set is null)
        {
            throw new ArgumentNullException(nameof(set));
        }
        return DirectWriting.ToText(set, IndicatorSetDirectWriter.Part);
    }

    /// <summary>Writes an indicator set through its wire document and the serializer: the bytes the direct writer must equal.</summary>
    internal static byte[] SerializeThroughWireDocument(IndicatorSet set) =>
        JsonSerializer.SerializeToUtf8Bytes(WireMapper.ToDocument(set), Context.IndicatorSetDocument);

    /// <summary>Writes an indicator set's text through its wire document and the serializer.</summary>
    internal static string SerializeTextThroughWireDocument(IndicatorSet set) =>
        JsonSerializer.Serialize(WireMapper.ToDocument(set), Context.IndicatorSetDocument);

    /// <summary>Reads an indicator set document.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed, has an unknown, missing or duplicate member, a period not written
    /// as a label, a series of an undefined indicator, a KSI figure that is not killed + seriously injured, or a value the model
    /// refuses; the message starts with the JSON path.</exception>
    public static IndicatorSet DeserializeIndicatorSet(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        var limits = JsonReadLimits.Default;
        return ReadIndicatorSet(Prepare(json, limits, DocumentKind.IndicatorSet.Description), limits);
    }

    /// <summary>
    /// Reads an indicator set from UTF-8 that has passed the checks of <c>Prepare</c>: straight into the model when
    /// <see cref="IndicatorSetDirectReader"/> is certain the document is valid, otherwise through the wire objects and
    /// <see cref="WireMapper"/>, which report every error. The text, bytes and stream readers all end here.
    /// </summary>
    private static IndicatorSet ReadIndicatorSet(ReadOnlySpan<byte> utf8, JsonReadLimits limits) =>
        IndicatorSetDirectReader.TryRead(utf8, limits, Context.ProvenanceWire, out var set)
            ? set
            : WireMapper.FromDocument(ReadPrepared(utf8, Context.IndicatorSetDocument, DocumentKind.IndicatorSet, limits));

    /// <summary>Reads an indicator set through the wire objects and the mapper only, never the direct reader: the reader every error comes from.</summary>
    internal static IndicatorSet DeserializeIndicatorSetThroughWire(string json) =>
        WireMapper.FromDocument(Read(json, Context.IndicatorSetDocument, DocumentKind.IndicatorSet));

    /// <summary>The metadata a provenance member is read with, for the direct readers.</summary>
    internal static System.Text.Json.Serialization.Metadata.JsonTypeInfo<ProvenanceWire> ProvenanceWireInfo => Context.ProvenanceWire;

    /// <summary>
    /// Writes a MoRiLE document: the ranking's title, its scheme (factors with groups, weights and allowed scores; the
    /// combination; the confidence levels) and its assessments in ranked order, each with its rank and risk score for readers.
    /// </summary>
    /// <param name="ranking">The ranking to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ranking"/> is null.</exception>
    public static string Serialize(MorileRanking ranking)
    {
        if (ranking is null)
        {
            throw new ArgumentNullException(nameof(ranking));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(ranking), Context.MorileDocument);
    }

    /// <summary>Reads a MoRiLE document and ranks its assessments.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The ranking.</returns>
    /// <remarks>Each assessment's <c>scores</c> must score every factor of the scheme exactly once with an allowed score, and
    /// its <c>confidence</c> must name one of the scheme's levels; <c>rank</c> and <c>riskScore</c> may be left out and,
    /// where given, must agree with the scores.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid MoRiLE document; the message names the JSON path, e.g.
    /// <c>$.assessments[2].scores.harmPhysical</c>.</exception>
    public static MorileRanking DeserializeMorileRanking(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.MorileDocument, DocumentKind.MorileRanking));
    }

    /// <summary>
    /// Writes a funding policy document: the monitoring deadlines, the limit for in-principle decisions, whether local
    /// projects are referred, the agreement edition and plan objectives bids are checked against when the policy sets
    /// them, and the document that sets the policy.
    /// </summary>
    /// <param name="policy">The policy to write, such as <c>KentPolicies.Funding</c>.</param>
    /// <returns>The JSON text.</returns>
    /// <remarks>
    /// Every member is written, defaults included: a policy's terms are data, so Kent's unconfirmed defaults (a month to
    /// withdrawal, three months for an in-principle decision) appear in its document as values a partnership can change.
    /// Periods are ISO-8601 periods (<c>"P0D"</c>, <c>"P1M"</c>); the agreement, when set, is an edition document
    /// nested whole.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static string Serialize(FundingPolicy policy)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(policy), Context.FundingPolicyDocument);
    }

    /// <summary>Reads a funding policy document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy.</returns>
    /// <remarks>
    /// Every member but <c>agreement</c> and <c>planObjectives</c> is required; nothing is filled in by the reader. The
    /// policy's own checks apply: each period is whole days, weeks, months or years and not negative, the plan objectives
    /// are distinct identifiers, and a nested agreement passes every check of <see cref="DeserializeAgreementEdition(string)"/>
    /// (its messages name the path inside the policy, e.g. <c>$.agreement.priorities[0].id</c>).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid funding policy document; the message names the JSON path, e.g.
    /// <c>$.withdrawAfter</c>.</exception>
    public static FundingPolicy DeserializeFundingPolicy(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.FundingPolicyDocument, DocumentKind.FundingPolicy));
    }

    /// <summary>
    /// Writes a Community Safety Agreement history document: every edition whose content is held, earliest first, each
    /// with the members of its edition document (<see cref="Serialize(CommunitySafetyAgreementEdition)"/>) but its own
    /// <c>schemaVersion</c> and <c>kind</c>, and the editions known by name only, each with its month as <c>yyyy-MM</c>.
    /// </summary>
    /// <param name="history">The history to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static string Serialize(AgreementHistory history)
    {
        if (history is null)
        {
            throw new ArgumentNullException(nameof(history));
        }
        return JsonSerializer.Serialize(WireMapper.ToDocument(history), Context.AgreementHistoryDocument);
    }

    /// <summary>Reads a Community Safety Agreement history document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The history.</returns>
    /// <remarks>
    /// Each edition is read as an edition document's members are, at <c>$.editions[i]</c>; each edition known by name
    /// at <c>$.editionsKnownByName[i]</c>, whose <c>inForceMonth</c> is a month (<c>"2018-04"</c>: the sources give no
    /// day). The history's own checks apply: at least one edition, one partnership, no label twice, no two editions in
    /// force by the same date, and no edition known by name whose month reaches back to another edition's date.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid agreement history document; the message names the JSON
    /// path, e.g. <c>$.editionsKnownByName[1].inForceMonth</c>.</exception>
    public static AgreementHistory DeserializeAgreementHistory(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        return WireMapper.FromDocument(Read(json, Context.AgreementHistoryDocument, DocumentKind.AgreementHistory));
    }

    /// <summary>Reads a document of any kind, under <see cref="JsonReadLimits.Default"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document read (a subclass of <see cref="KentCspDocument"/> for its kind), or why it could not be read.</returns>
    /// <remarks>See <see cref="ReadDocument(string, JsonReadLimits)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentReadResult ReadDocument(string json) => ReadDocument(json, JsonReadLimits.Default);

    /// <summary>Reads a document of any kind, under <paramref name="limits"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The reading limits.</param>
    /// <returns>The document read (a subclass of <see cref="KentCspDocument"/> for its kind), or why it could not be read:
    /// a <see cref="DocumentReadFailure"/> with the JSON path and the message the reader for its kind would throw.</returns>
    /// <remarks>
    /// <para>A document of schema version 2 is read as the kind its <c>kind</c> member names. A document of schema
    /// version 1 has no <c>kind</c> and is recognised by a top-level member that only documents of one kind have
    /// (<see cref="DocumentKind.Marker"/>): <c>members</c> (partnership), <c>crossCuttingThemes</c> (CSA edition),
    /// <c>grant</c> (funding round), <c>bodyName</c> (meeting), <c>notification</c> (review case), <c>cases</c>
    /// (review register), <c>editionLabel</c> (action plan), <c>termsOfReference</c> (partnership record),
    /// <c>reportedAt</c> (incident), <c>crimes</c> (crime count), <c>sampleSize</c> (accuracy audit),
    /// <c>roadCasualties</c> (indicator set), <c>assessments</c> (MoRiLE), <c>withholdAfter</c> (funding policy), <c>editions</c> (CSA history), and <c>findings</c> with none of the others
    /// (findings: a crime count lists findings too). A version 1 document with none of these members, or with the
    /// members of two kinds, is refused at <c>$</c> with a message that lists what it has.</para>
    /// <para>Nothing is thrown for a bad document: the limits, the version, the kind and every check of the kind's
    /// own reader are reported in the failure.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="limits"/> is null.</exception>
    public static DocumentReadResult ReadDocument(string json, JsonReadLimits limits)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
        if (limits is null)
        {
            throw new ArgumentNullException(nameof(limits));
        }
        byte[] utf8;
        try
        {
            utf8 = Prepare(json, limits, AnyKind);
        }
        catch (JsonException exception)
        {
            return DocumentReadResult.Failed(DocumentReadFailure.From(exception, null));
        }
        return ReadAnyPrepared(utf8, limits);
    }

    /// <summary>What a document of any kind is called before its kind is known, in "expected a … document".</summary>
    private const string AnyKind = "KentCsp.Domain";

    /// <summary>
    /// Reads a document of any kind from UTF-8 that has passed the checks of <c>Prepare</c>; every failure is returned,
    /// with the kind once it is known. The text, bytes and stream readers all end here.
    /// </summary>
    private static DocumentReadResult ReadAnyPrepared(ReadOnlySpan<byte> utf8, JsonReadLimits limits)
    {
        // The two kinds that grow large are read straight into the model when certainly valid, held to the limits by
        // the direct readers themselves, as DeserializeFundingRound and DeserializeIndicatorSet read them: no scan of
        // the whole document first. Any doubt, and any other kind, goes through the scan and the usual reader.
        if (FundingRoundDirectReader.TryRead(utf8, limits, out var round))
        {
            return DocumentReadResult.Read(new FundingRoundContent(SchemaVersion, round));
        }
        if (IndicatorSetDirectReader.TryRead(utf8, limits, Context.ProvenanceWire, out var set))
        {
            return DocumentReadResult.Read(new IndicatorSetContent(SchemaVersion, set));
        }
        DocumentKind? kind = null;
        try
        {
            var header = DocumentHeader.Scan(utf8, limits);
            if (header.SyntaxError is { } syntaxError)
            {
                string path = DocumentHeader.PathOf(utf8, -1, limits.MaxDepth);
                return DocumentReadResult.Failed(DocumentReadFailure.From(JsonErrors.Describe(syntaxError, path), null));
            }
            kind = header.Detect();
            return DocumentReadResult.Read(ReadAs(kind, header.Version!.Value, utf8));
        }
        catch (JsonException exception)
        {
            return DocumentReadResult.Failed(DocumentReadFailure.From(exception, kind));
        }
    }

    private static KentCspDocument ReadAs(DocumentKind kind, int version, ReadOnlySpan<byte> utf8) => kind.Name switch
    {
        nameof(DocumentKind.Partnership) => new PartnershipContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.PartnershipDocument, kind))),
        nameof(DocumentKind.AgreementEdition) => new AgreementEditionContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.AgreementEditionDocument, kind))),
        // The direct readers have given up on this document already (ReadAnyPrepared).
        nameof(DocumentKind.FundingRound) => new FundingRoundContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.FundingRoundDocument, kind))),
        nameof(DocumentKind.Meeting) => new MeetingContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.MeetingDocument, kind))),
        nameof(DocumentKind.ReviewCase) => new ReviewCaseContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.ReviewCaseDocument, kind))),
        nameof(DocumentKind.ReviewRegister) => new ReviewRegisterContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.ReviewRegisterDocument, kind))),
        nameof(DocumentKind.ActionPlan) => new ActionPlanContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.ActionPlanDocument, kind))),
        nameof(DocumentKind.PartnershipRecord) => new PartnershipRecordContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.PartnershipRecordDocument, kind))),
        nameof(DocumentKind.Findings) => new FindingsContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.FindingsDocument, kind))),
        nameof(DocumentKind.Incident) => new IncidentContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.IncidentDocument, kind))),
        nameof(DocumentKind.CrimeCount) => new CrimeCountContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.CrimeCountDocument, kind))),
        nameof(DocumentKind.AccuracyAudit) => new AccuracyAuditContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.AccuracyAuditDocument, kind))),
        // The document has been held to the limits by the pass that found its kind: the direct reader need not check them again.
        nameof(DocumentKind.IndicatorSet) => new IndicatorSetContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.IndicatorSetDocument, kind))),
        nameof(DocumentKind.FundingPolicy) => new FundingPolicyContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.FundingPolicyDocument, kind))),
        nameof(DocumentKind.AgreementHistory) => new AgreementHistoryContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.AgreementHistoryDocument, kind))),
        _ => new MorileRankingContent(version, WireMapper.FromDocument(Deserialize(utf8, Context.MorileDocument, kind))),
    };
}
