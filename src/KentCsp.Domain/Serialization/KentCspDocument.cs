using System.Collections.Generic;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Serialization;

/// <summary>
/// A document read by <see cref="KentCspJson.ReadDocument(string)"/>, of any kind: its <see cref="Kind"/>, the schema
/// version it was written in, and (in the subclass for its kind) the value it holds.
/// </summary>
/// <remarks>
/// The set of subclasses is closed, one per <see cref="DocumentKind"/>; each derives from
/// <see cref="KentCspDocument{T}"/>, whose <see cref="KentCspDocument{T}.Value"/> is the value read. Match on the
/// subclass (<c>case FundingRoundContent content: … content.Value …</c>) or on <see cref="KentCspDocument{T}"/> for the
/// value's type.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public abstract class KentCspDocument
{
    private protected KentCspDocument(DocumentKind kind, int schemaVersion)
    {
        Kind = kind;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The kind of the document.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The schema version the document was written in: 1 (no <c>kind</c> member) or 2.</summary>
    public int SchemaVersion { get; }

    /// <summary>Describes the document, e.g. "funding document (schema version 2)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Kind.WireName} document (schema version {SchemaVersion})";
}

/// <summary>A document read by <see cref="KentCspJson.ReadDocument(string)"/> that holds a <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The type of the value the document holds.</typeparam>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public abstract class KentCspDocument<T> : KentCspDocument
    where T : class
{
    private protected KentCspDocument(DocumentKind kind, int schemaVersion, T value)
        : base(kind, schemaVersion)
    {
        Value = Preconditions.CheckNotNull(value);
    }

    /// <summary>The value the document holds, read with every check its own reader applies.</summary>
    public T Value { get; }
}

/// <summary>A <see cref="DocumentKind.Partnership"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is a partnership.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PartnershipContent : KentCspDocument<CommunitySafetyPartnership>
{
    internal PartnershipContent(int schemaVersion, CommunitySafetyPartnership value)
        : base(DocumentKind.Partnership, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.AgreementEdition"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is a Community Safety Agreement edition.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AgreementEditionContent : KentCspDocument<CommunitySafetyAgreementEdition>
{
    internal AgreementEditionContent(int schemaVersion, CommunitySafetyAgreementEdition value)
        : base(DocumentKind.AgreementEdition, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.FundingRound"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is a funding round.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FundingRoundContent : KentCspDocument<FundingRound>
{
    internal FundingRoundContent(int schemaVersion, FundingRound value)
        : base(DocumentKind.FundingRound, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.Meeting"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is a meeting.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class MeetingContent : KentCspDocument<Meeting>
{
    internal MeetingContent(int schemaVersion, Meeting value)
        : base(DocumentKind.Meeting, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.ReviewCase"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is a review case.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewCaseContent : KentCspDocument<ReviewCase>
{
    internal ReviewCaseContent(int schemaVersion, ReviewCase value)
        : base(DocumentKind.ReviewCase, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.ReviewRegister"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is a review register.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewRegisterContent : KentCspDocument<ReviewRegister>
{
    internal ReviewRegisterContent(int schemaVersion, ReviewRegister value)
        : base(DocumentKind.ReviewRegister, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.ActionPlan"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is an action plan.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ActionPlanContent : KentCspDocument<ActionPlan>
{
    internal ActionPlanContent(int schemaVersion, ActionPlan value)
        : base(DocumentKind.ActionPlan, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.PartnershipRecord"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is a partnership record.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PartnershipRecordContent : KentCspDocument<PartnershipRecord>
{
    internal PartnershipRecordContent(int schemaVersion, PartnershipRecord value)
        : base(DocumentKind.PartnershipRecord, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.Findings"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is findings, in document order.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FindingsContent : KentCspDocument<IReadOnlyList<Finding>>
{
    internal FindingsContent(int schemaVersion, IReadOnlyList<Finding> value)
        : base(DocumentKind.Findings, schemaVersion, ValueList<Finding>.CopyOf(value))
    {
    }
}

/// <summary>A <see cref="DocumentKind.Incident"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is an incident.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IncidentContent : KentCspDocument<Incident>
{
    internal IncidentContent(int schemaVersion, Incident value)
        : base(DocumentKind.Incident, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.CrimeCount"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is a crime count.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CrimeCountContent : KentCspDocument<CrimeCount>
{
    internal CrimeCountContent(int schemaVersion, CrimeCount value)
        : base(DocumentKind.CrimeCount, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.AccuracyAudit"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is an accuracy audit.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AccuracyAuditContent : KentCspDocument<AccuracyAudit>
{
    internal AccuracyAuditContent(int schemaVersion, AccuracyAudit value)
        : base(DocumentKind.AccuracyAudit, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.IndicatorSet"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is an indicator set.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorSetContent : KentCspDocument<IndicatorSet>
{
    internal IndicatorSetContent(int schemaVersion, IndicatorSet value)
        : base(DocumentKind.IndicatorSet, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.MorileRanking"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is a MoRiLE ranking.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class MorileRankingContent : KentCspDocument<MorileRanking>
{
    internal MorileRankingContent(int schemaVersion, MorileRanking value)
        : base(DocumentKind.MorileRanking, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.FundingPolicy"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is a funding policy.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FundingPolicyContent : KentCspDocument<FundingPolicy>
{
    internal FundingPolicyContent(int schemaVersion, FundingPolicy value)
        : base(DocumentKind.FundingPolicy, schemaVersion, value)
    {
    }
}

/// <summary>A <see cref="DocumentKind.AgreementHistory"/> document read by <see cref="KentCspJson.ReadDocument(string)"/>: its value is a Community Safety Agreement history.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AgreementHistoryContent : KentCspDocument<AgreementHistory>
{
    internal AgreementHistoryContent(int schemaVersion, AgreementHistory value)
        : base(DocumentKind.AgreementHistory, schemaVersion, value)
    {
    }
}
