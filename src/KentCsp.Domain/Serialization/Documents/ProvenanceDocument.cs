using System.Collections.Generic;

namespace KentCsp.Domain.Serialization;

// The wire shape of the optional provenance member that any document (and the MoRiLE scheme inside its document) may
// carry: the whole object's kind, source and reason, then the fields whose provenance differs, keyed by their JSON
// path inside the document. It is written only when the object carries provenance; a document without it reads as an
// object with none.

internal sealed class ProvenanceWire
{
    public required ProvenanceKind Kind { get; init; }
    public string? Reason { get; init; }
    public SourceDocumentWire? Source { get; init; }
    // Written only when some field differs from the whole; keyed by JSON path inside the document, in the model's order.
    public Dictionary<string, FieldProvenanceWire?>? Fields { get; init; }
}

internal sealed class FieldProvenanceWire
{
    public required ProvenanceKind Kind { get; init; }
    public string? Reason { get; init; }
    public SourceDocumentWire? Source { get; init; }
}

/// <summary>The provenance member: a <see cref="ProvenanceRecord"/> to its wire shape and back.</summary>
internal static partial class WireMapper
{
    private static ProvenanceWire? ToWire(ProvenanceRecord? record)
    {
        if (record is null)
        {
            return null;
        }
        Dictionary<string, FieldProvenanceWire?>? fields = null;
        if (record.Fields.Count > 0)
        {
            fields = new Dictionary<string, FieldProvenanceWire?>(record.Fields.Count, System.StringComparer.Ordinal);
            foreach (var field in record.Fields)
            {
                var provenance = field.Provenance;
                fields.Add(field.Field, new FieldProvenanceWire
                {
                    Kind = provenance.Kind,
                    Reason = provenance.Reason,
                    Source = provenance.Source is { } source ? ToWire(source) : null,
                });
            }
        }
        var whole = record.Whole;
        return new ProvenanceWire
        {
            Kind = whole.Kind,
            Reason = whole.Reason,
            Source = whole.Source is { } wholeSource ? ToWire(wholeSource) : null,
            Fields = fields,
        };
    }

    /// <summary>Reads the provenance member at <paramref name="path"/>; null when the document has none.</summary>
    private static ProvenanceRecord? FromWire(ProvenanceWire? wire, string path)
    {
        if (wire is null)
        {
            return null;
        }
        var whole = ProvenanceFromWire(wire.Kind, wire.Source, wire.Reason, path);
        var fields = new List<FieldProvenance>(wire.Fields?.Count ?? 0);
        if (wire.Fields is not null)
        {
            foreach (var pair in wire.Fields)
            {
                string fieldPath = $"{path}.fields['{pair.Key}']";
                var field = pair.Value ?? throw NullElement(fieldPath);
                var provenance = ProvenanceFromWire(field.Kind, field.Source, field.Reason, fieldPath);
                fields.Add(Build(fieldPath, () => new FieldProvenance(pair.Key, provenance)));
            }
        }
        return Build(path, () => new ProvenanceRecord(whole, fields));
    }

    /// <summary>
    /// Reads a document's provenance, or the <c>"illustration": true</c> that documents written before the
    /// provenance member carried (an illustrative provenance); the provenance member wins when both are given.
    /// </summary>
    private static ProvenanceRecord? FromWire(ProvenanceWire? wire, bool? illustration, string path, string illustrationReason) =>
        wire is not null ? FromWire(wire, path)
        : illustration == true ? ProvenanceRecord.Of(Provenance.Illustrative(illustrationReason))
        : null;

    private static Provenance ProvenanceFromWire(ProvenanceKind kind, SourceDocumentWire? sourceWire, string? reason, string path)
    {
        var source = sourceWire is null ? null : FromWire(sourceWire, path + ".source");
        return Build(path, () => Provenance.Of(kind, source, reason));
    }
}
