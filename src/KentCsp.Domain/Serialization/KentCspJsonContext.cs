using System.Text.Json;
using System.Text.Json.Serialization;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Reviews;

namespace KentCsp.Domain.Serialization;

/// <summary>Source-generated metadata for the wire documents, so that applications can trim and compile ahead of time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    AllowDuplicateProperties = false,
    Converters =
    [
        typeof(LocalDateJsonConverter),
        typeof(SmartEnumNameJsonConverter<ResponsibleAuthorityKind>),
        typeof(SmartEnumNameJsonConverter<MembershipRole>),
        typeof(SmartEnumNameJsonConverter<PartnershipLevel>),
        typeof(MoneyJsonConverter),
        typeof(FinancialYearJsonConverter),
        typeof(SmartEnumNameJsonConverter<LocalPolicingBodyKind>),
        typeof(SmartEnumNameJsonConverter<GrantCondition>),
        typeof(SmartEnumNameJsonConverter<DecisionOutcome>),
        typeof(SmartEnumNameJsonConverter<ScopeKind>),
        typeof(SmartEnumNameJsonConverter<Classification>),
        typeof(SmartEnumNameJsonConverter<ReviewStep>),
        typeof(SmartEnumNameJsonConverter<PerpetratorRelationship>),
        typeof(SmartEnumNameJsonConverter<DeathCircumstance>),
        typeof(SmartEnumNameJsonConverter<ReviewDecisionOutcome>),
        typeof(SmartEnumNameJsonConverter<AgencyInformationKind>),
        typeof(SmartEnumNameJsonConverter<QualityAssuranceOutcome>),
        typeof(SmartEnumNameJsonConverter<ActionStatus>),
        typeof(SmartEnumNameJsonConverter<RefreshOutcome>),
        typeof(SmartEnumNameJsonConverter<AreaKind>),
        typeof(InstantJsonConverter),
        typeof(SmartEnumNameJsonConverter<OffenceCategory>),
        typeof(SmartEnumNameJsonConverter<RecordingDecisionKind>),
        typeof(SmartEnumNameJsonConverter<CountingMode>),
        typeof(SmartEnumNameJsonConverter<CountingRule>),
        typeof(SmartEnumNameJsonConverter<FindingSeverity>),
        typeof(ReportingPeriodJsonConverter),
        typeof(SmartEnumNameJsonConverter<PeriodKind>),
        typeof(SmartEnumNameJsonConverter<IndicatorUnit>),
        typeof(SmartEnumNameJsonConverter<IndicatorPolarity>),
        typeof(SmartEnumNameJsonConverter<SeverityBasis>),
        typeof(SmartEnumNameJsonConverter<MorileFactorGroup>),
        typeof(SmartEnumNameJsonConverter<MorileCombination>),
        typeof(SmartEnumNameJsonConverter<ProvenanceKind>),
    ])]
[JsonSerializable(typeof(PartnershipDocument))]
[JsonSerializable(typeof(AgreementEditionDocument))]
[JsonSerializable(typeof(FundingRoundDocument))]
[JsonSerializable(typeof(MeetingDocument))]
[JsonSerializable(typeof(ReviewCaseDocument))]
[JsonSerializable(typeof(ReviewRegisterDocument))]
[JsonSerializable(typeof(ActionPlanDocument))]
[JsonSerializable(typeof(PartnershipRecordDocument))]
[JsonSerializable(typeof(FindingsDocument))]
[JsonSerializable(typeof(IncidentDocument))]
[JsonSerializable(typeof(CrimeCountDocument))]
[JsonSerializable(typeof(AccuracyAuditDocument))]
[JsonSerializable(typeof(IndicatorSetDocument))]
[JsonSerializable(typeof(MorileDocument))]
[JsonSerializable(typeof(FundingPolicyDocument))]
[JsonSerializable(typeof(AgreementHistoryDocument))]
internal sealed partial class KentCspJsonContext : JsonSerializerContext
{
}
