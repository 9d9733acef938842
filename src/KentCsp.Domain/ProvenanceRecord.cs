using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain;

/// <summary>
/// The provenance of one object of the built-in data: the provenance of the object as a whole, and overrides for the
/// fields that differ from it, each keyed by the field's JSON path inside the object's document (e.g.
/// <c>grant.amount</c> or <c>cases[0].decision.decidedOn</c>).
/// </summary>
/// <remarks>
/// <para>A key is the path of a member of the object's JSON document, relative to the document and without the
/// leading <c>$.</c>: member names as the JSON writes them, joined by dots, with <c>[i]</c> for an element of a list.
/// A key names a member that the document writes; the tests check that every key of the built-in data does.</para>
/// <para>Keys are unique (ordinal) and kept in the order given. Two records are equal when their whole provenance and
/// their fields, in order, are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ProvenanceRecord
{
    private readonly ValueList<FieldProvenance> fields;

    /// <summary>Creates a record.</summary>
    /// <param name="whole">The provenance of the object as a whole: every field not in <paramref name="fields"/> has it.</param>
    /// <param name="fields">The fields whose provenance differs, each keyed by its JSON path; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="whole"/> is null, or an element of <paramref name="fields"/> is null.</exception>
    /// <exception cref="ArgumentException">Two fields have the same key.</exception>
    public ProvenanceRecord(Provenance whole, IEnumerable<FieldProvenance>? fields = null)
    {
        Whole = Preconditions.CheckNotNull(whole);
        this.fields = fields is null ? ValueList<FieldProvenance>.Empty : Preconditions.CheckItems(fields);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in this.fields)
        {
            if (!keys.Add(field.Field))
            {
                Preconditions.ThrowArgument(nameof(fields), $"has the field '{field.Field}' more than once");
            }
        }
    }

    /// <summary>The provenance of the object as a whole.</summary>
    public Provenance Whole { get; }

    /// <summary>The fields whose provenance differs from <see cref="Whole"/>, in the order given.</summary>
    /// <value>A read-only list; empty when every field has the whole object's provenance.</value>
    public IReadOnlyList<FieldProvenance> Fields => fields;

    /// <summary>Whether the whole object and every field is sourced, so that all of it may be presented as fact.</summary>
    public bool IsAllFact
    {
        get
        {
            if (!Whole.IsFact)
            {
                return false;
            }
            foreach (var marked in fields)
            {
                if (!marked.Provenance.IsFact)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>Gets the provenance of a field: its override, or the whole object's provenance.</summary>
    /// <param name="field">The field's JSON path inside the document, e.g. "grant.amount".</param>
    /// <returns>The field's provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public Provenance For(string field)
    {
        Preconditions.CheckNotNull(field);
        var found = fields.Find(candidate => string.Equals(candidate.Field, field, StringComparison.Ordinal));
        return found?.Provenance ?? Whole;
    }

    /// <summary>A record of one provenance for the whole object, with no field overrides.</summary>
    /// <param name="whole">The provenance of the whole object.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="whole"/> is null.</exception>
    public static ProvenanceRecord Of(Provenance whole) => new(whole);

    /// <summary>Returns the record with one more field override.</summary>
    /// <param name="field">The field's JSON path inside the document.</param>
    /// <param name="provenance">The field's provenance.</param>
    /// <returns>A new record.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank or already has an override.</exception>
    public ProvenanceRecord With(string field, Provenance provenance) =>
        new(Whole, fields.Append(new FieldProvenance(field, provenance)));

    /// <summary>Formats the record for a person: the whole object's provenance, then each field's.</summary>
    /// <returns>For example "sourced: …; grant.amount inferred: …".</returns>
    public override string ToString()
    {
        var text = Whole.ToString();
        foreach (var field in fields)
        {
            text += "; " + field;
        }
        return text;
    }
}

/// <summary>The provenance of one field of an object, keyed by the field's JSON path inside the object's document.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FieldProvenance
{
    /// <summary>Creates a field's provenance.</summary>
    /// <param name="field">The field's JSON path inside the document, e.g. "grant.amount"; stored trimmed.</param>
    /// <param name="provenance">The field's provenance.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is empty or white space.</exception>
    public FieldProvenance(string field, Provenance provenance)
    {
        Field = Preconditions.CheckNotBlank(field);
        Provenance = Preconditions.CheckNotNull(provenance);
    }

    /// <summary>The field's JSON path inside the document, e.g. "grant.amount".</summary>
    public string Field { get; }

    /// <summary>The field's provenance.</summary>
    public Provenance Provenance { get; }

    /// <summary>Formats the field's provenance for a person: the field, then its provenance.</summary>
    /// <returns>For example "grant.amount inferred: …".</returns>
    public override string ToString() => Field + " " + Provenance;
}
