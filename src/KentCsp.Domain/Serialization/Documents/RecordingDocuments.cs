using System;
using KentCsp.Domain.Utility;
using System.Collections.Generic;
using System.Linq;
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
    // Absent from schema version 1 documents; required in version 2, where it must be "incident".
    public string? Kind { get; init; }
    public required string Id { get; init; }
    public required Instant ReportedAt { get; init; }
    public required List<string?> VictimIds { get; init; }
    public required List<string?> OffenderIds { get; init; }
    public required List<IncidentActWire?> Acts { get; init; }
    public required RecordingDecisionWire Decision { get; init; }
    public OffenceWire? LegacyOffence { get; init; }
    // Written only when the object carries provenance (see ProvenanceDocument.cs).
    public ProvenanceWire? Provenance { get; init; }
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
    // Absent from schema version 1 documents; required in version 2, where it must be "crime-count".
    public string? Kind { get; init; }
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
    // Absent from schema version 1 documents; required in version 2, where it must be "audit".
    public string? Kind { get; init; }
    public required int SampleSize { get; init; }
    public required int CorrectlyRecorded { get; init; }
    public required decimal ConfidenceLevel { get; init; }

    // Written for readers; optional on reading, and checked against the counts when given.
    public decimal? Rate { get; init; }
    public decimal? Lower { get; init; }
    public decimal? Upper { get; init; }
}

/// <summary>The recording documents: <see cref="Incident"/>, <see cref="CrimeCount"/> and <see cref="AccuracyAudit"/> to their wire documents and back.</summary>
internal static partial class WireMapper
{
    private const int AuditDecimals = 6;

    internal static IncidentDocument ToDocument(Incident incident) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.Incident.WireName,
        Id = incident.Id,
        ReportedAt = incident.ReportedAt,
        VictimIds = incident.VictimIds.Select(id => (string?)id).ToList(),
        OffenderIds = incident.OffenderIds.Select(id => (string?)id).ToList(),
        Acts = incident.Acts.Select(act => (IncidentActWire?)new IncidentActWire
        {
            Offence = ToWire(act.Offence),
            OffenderIds = act.OffenderIds.Select(id => (string?)id).ToList(),
            VictimIds = act.VictimIds.Select(id => (string?)id).ToList(),
        }).ToList(),
        Decision = new RecordingDecisionWire { Kind = incident.Decision.Kind, At = incident.Decision.At, Reason = incident.Decision.Reason },
        LegacyOffence = incident.LegacyOffence is { } legacy ? ToWire(legacy) : null,
        Provenance = ToWire(incident.Provenance),
    };

    internal static Incident FromDocument(IncidentDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.Incident, "$");
        var victimIds = NotNull(document.VictimIds, "$.victimIds");
        var offenderIds = NotNull(document.OffenderIds, "$.offenderIds");
        var acts = Elements(document.Acts, "$.acts", (wire, path) =>
        {
            var offence = FromWire(wire.Offence, path + ".offence");
            var offenders = NotNull(wire.OffenderIds, path + ".offenderIds");
            var victims = NotNull(wire.VictimIds, path + ".victimIds");
            return Build(path, () => new IncidentAct(offence, offenders, victims));
        });
        var decision = Build("$.decision", () => new RecordingDecision(document.Decision.Kind, document.Decision.At, document.Decision.Reason));
        var legacy = document.LegacyOffence is { } wire ? FromWire(wire, "$.legacyOffence") : null;
        var provenance = FromWire(document.Provenance, "$.provenance");
        return Build("$", () => new Incident(document.Id, document.ReportedAt, victimIds, offenderIds, acts, decision, legacy)).WithProvenance(provenance);
    }

    internal static CrimeCountDocument ToDocument(CrimeCount count) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.CrimeCount.WireName,
        IncidentId = count.IncidentId,
        Mode = count.Mode,
        Total = count.Total,
        Steps = count.Steps.Select(ToWire).ToList(),
        Crimes = count.Crimes.Select(crime => (CountedCrimeWire?)new CountedCrimeWire
        {
            Offence = ToWire(crime.Offence),
            VictimId = crime.VictimId,
            OffenderIds = crime.OffenderIds.Select(id => (string?)id).ToList(),
            Offences = crime.Offences.Select(offence => (OffenceWire?)ToWire(offence)).ToList(),
            Steps = crime.Steps.Select(ToWire).ToList(),
        }).ToList(),
        Findings = count.Findings.Select(finding => (FindingWire?)ToWire(finding)).ToList(),
    };

    internal static CrimeCount FromDocument(CrimeCountDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.CrimeCount, "$");
        var steps = Elements(document.Steps, "$.steps", FromWire);
        var crimes = Elements(document.Crimes, "$.crimes", (wire, path) =>
        {
            var offence = FromWire(wire.Offence, path + ".offence");
            var offenders = NotNull(wire.OffenderIds, path + ".offenderIds");
            var offences = Elements(wire.Offences, path + ".offences", FromWire);
            var crimeSteps = Elements(wire.Steps, path + ".steps", FromWire);
            return Build(path, () => new CountedCrime(offence, wire.VictimId, offenders, offences, crimeSteps));
        });
        var findings = Elements(document.Findings, "$.findings", FromWire);
        var count = Build("$", () => new CrimeCount(document.IncidentId, document.Mode, crimes, steps, findings));
        if (count.Total != document.Total)
        {
            throw JsonErrors.At("$.total", $"is {document.Total}, but the document lists {count.Total} crimes.");
        }
        return count;
    }

    internal static AccuracyAuditDocument ToDocument(AccuracyAudit audit) => new()
    {
        SchemaVersion = KentCspJson.SchemaVersion,
        Kind = DocumentKind.AccuracyAudit.WireName,
        SampleSize = audit.SampleSize,
        CorrectlyRecorded = audit.CorrectlyRecorded,
        ConfidenceLevel = audit.Interval.Level,
        Rate = Math.Round(audit.Rate, AuditDecimals, MidpointRounding.AwayFromZero),
        Lower = Math.Round(audit.Interval.Lower, AuditDecimals, MidpointRounding.AwayFromZero),
        Upper = Math.Round(audit.Interval.Upper, AuditDecimals, MidpointRounding.AwayFromZero),
    };

    internal static AccuracyAudit FromDocument(AccuracyAuditDocument document)
    {
        CheckVersionAndKind(document.SchemaVersion, document.Kind, DocumentKind.AccuracyAudit, "$");
        var audit = Build("$", () => new AccuracyAudit(document.SampleSize, document.CorrectlyRecorded, document.ConfidenceLevel));
        var written = ToDocument(audit);
        CheckFigure(document.Rate, written.Rate, "$.rate");
        CheckFigure(document.Lower, written.Lower, "$.lower");
        CheckFigure(document.Upper, written.Upper, "$.upper");
        return audit;
    }

    private static void CheckFigure(decimal? given, decimal? computed, string path)
    {
        if (given is { } value && value != computed)
        {
            throw JsonErrors.At(path, $"is {value}, but the counts give {computed}.");
        }
    }

    private static OffenceWire ToWire(Offence offence) => new() { Code = offence.Code, Name = offence.Name, Category = offence.Category };

    private static Offence FromWire(OffenceWire wire, string path) => Build(path, () => new Offence(wire.Code, wire.Name, wire.Category));

    private static CountingStepWire? ToWire(CountingStep step) => new() { Rule = step.Rule, Section = step.Rule.Section, Message = step.Message };

    private static CountingStep FromWire(CountingStepWire wire, string path)
    {
        if (!string.Equals(wire.Section, wire.Rule.Section, StringComparison.Ordinal))
        {
            throw JsonErrors.At(path + ".section", $"is {(wire.Section is null ? "missing" : Preconditions.Quote(wire.Section))}, but rule {wire.Rule.Name} is General Rule {wire.Rule.Section ?? "(none)"}.");
        }
        return Build(path, () => new CountingStep(wire.Rule, wire.Message));
    }
}
