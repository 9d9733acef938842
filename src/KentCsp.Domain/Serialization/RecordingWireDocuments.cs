using System.Collections.Generic;
using System.Text.Json.Serialization;
using KentCsp.Domain.Recording;
using NodaTime;

namespace KentCsp.Domain.Serialization;

// The wire shape of the recording documents: incidents, crime counts and accuracy audits. Property order here is the
// order in the JSON; schemaVersion comes first. People appear only as pseudonymous identifiers: there is no member for
// a name.

internal sealed class IncidentDocument
{
    public required int SchemaVersion { get; init; }
    public required string Id { get; init; }
    public required Instant ReportedAt { get; init; }
    public required List<string?> VictimIds { get; init; }
    public required List<string?> OffenderIds { get; init; }
    public required List<IncidentActWire?> Acts { get; init; }
    public required RecordingDecisionWire Decision { get; init; }
    public OffenceWire? LegacyOffence { get; init; }
}

internal sealed class OffenceWire
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required OffenceCategory Category { get; init; }
}

internal sealed class IncidentActWire
{
    public required OffenceWire Offence { get; init; }
    public required List<string?> OffenderIds { get; init; }
    public required List<string?> VictimIds { get; init; }
}

internal sealed class RecordingDecisionWire
{
    public required RecordingDecisionKind Kind { get; init; }
    public required Instant At { get; init; }
    public string? Reason { get; init; }
}

internal sealed class CrimeCountDocument
{
    public required int SchemaVersion { get; init; }
    public required string IncidentId { get; init; }
    public required CountingMode Mode { get; init; }
    public required int Total { get; init; }
    public required List<CountingStepWire?> Steps { get; init; }
    public required List<CountedCrimeWire?> Crimes { get; init; }
    public required List<FindingWire?> Findings { get; init; }
}

internal sealed class CountedCrimeWire
{
    public required OffenceWire Offence { get; init; }
    public string? VictimId { get; init; }
    public required List<string?> OffenderIds { get; init; }
    public required List<OffenceWire?> Offences { get; init; }
    public required List<CountingStepWire?> Steps { get; init; }
}

internal sealed class CountingStepWire
{
    public required CountingRule Rule { get; init; }
    public string? Section { get; init; }
    public required string Message { get; init; }
}

internal sealed class AccuracyAuditDocument
{
    public required int SchemaVersion { get; init; }
    public required int SampleSize { get; init; }
    public required int CorrectlyRecorded { get; init; }
    public required decimal ConfidenceLevel { get; init; }

    // Written for readers; optional on reading, and checked against the counts when given.
    public decimal? Rate { get; init; }
    public decimal? Lower { get; init; }
    public decimal? Upper { get; init; }
}
