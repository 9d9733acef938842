using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain;

/// <summary>
/// Where one value or object of the built-in data comes from: <see cref="ProvenanceKind.Sourced"/> with the document
/// and place it is copied from, <see cref="ProvenanceKind.Inferred"/> with one sentence saying from what it is worked
/// out, or <see cref="ProvenanceKind.Illustrative"/> with why it is made up.
/// </summary>
/// <remarks>
/// <para>Illegal states cannot be built: a sourced value always has a <see cref="Source"/>, an inferred or illustrative
/// one always has a <see cref="Reason"/>. An inferred value may also cite the document it is worked out from.</para>
/// <para>Two provenances are equal when kind, source and reason are equal (ordinal). Reasons are stored with
/// surrounding white space removed.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Provenance
{
    private Provenance(ProvenanceKind kind, SourceDocument? source, string? reason)
    {
        Kind = kind;
        Source = source;
        Reason = reason;
    }

    /// <summary>The kind: sourced, inferred or illustrative.</summary>
    public ProvenanceKind Kind { get; }

    /// <summary>The document (and place) the value is copied from, or worked out from; null for an illustrative value and optional for an inferred one.</summary>
    public SourceDocument? Source { get; }

    /// <summary>For an inferred value, from what it is worked out; for an illustrative one, why it is made up; null for a sourced value.</summary>
    public string? Reason { get; }

    /// <summary>Whether the value may be presented as a fact: true only when it is sourced.</summary>
    public bool IsFact => Kind.IsFact;

    /// <summary>A value copied from <paramref name="source"/>.</summary>
    /// <param name="source">The document and place, e.g. <c>KentSources.KcspMinutes2017July19.At("minute 152")</c>.</param>
    /// <returns>A sourced provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static Provenance Sourced(SourceDocument source) =>
        new(ProvenanceKind.Sourced, Preconditions.CheckNotNull(source), null);

    /// <summary>A value worked out from what the sources say.</summary>
    /// <param name="reason">One sentence saying from what, e.g. "The 2016/17 amount: the sources say funding continues at its current level."</param>
    /// <param name="source">The document it is worked out from, if one; optional.</param>
    /// <returns>An inferred provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or white space.</exception>
    public static Provenance Inferred(string reason, SourceDocument? source = null) =>
        new(ProvenanceKind.Inferred, source, Preconditions.CheckNotBlank(reason));

    /// <summary>A value made up to show a feature.</summary>
    /// <param name="reason">Why it is made up, e.g. "The minutes give no dates for the review's steps."</param>
    /// <returns>An illustrative provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or white space.</exception>
    public static Provenance Illustrative(string reason) =>
        new(ProvenanceKind.Illustrative, null, Preconditions.CheckNotBlank(reason));

    /// <summary>Builds a provenance of any kind, checking that the kind has what it needs.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="source">The document; required when sourced, optional when inferred, refused when illustrative.</param>
    /// <param name="reason">The reason; refused when sourced, required otherwise.</param>
    /// <returns>The provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null, or a required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument the kind refuses is given, or <paramref name="reason"/> is blank.</exception>
    public static Provenance Of(ProvenanceKind kind, SourceDocument? source, string? reason)
    {
        Preconditions.CheckNotNull(kind);
        if (kind == ProvenanceKind.Sourced)
        {
            if (reason is not null)
            {
                Preconditions.ThrowArgument(nameof(reason), "a sourced value has no reason: its source says where it stands");
            }
            return Sourced(Preconditions.CheckNotNull(source));
        }
        if (kind == ProvenanceKind.Inferred)
        {
            return Inferred(Preconditions.CheckNotNull(reason), source);
        }
        if (source is not null)
        {
            Preconditions.ThrowArgument(nameof(source), "an illustrative value has no source: it is made up");
        }
        return Illustrative(Preconditions.CheckNotNull(reason));
    }

    /// <summary>Formats the provenance for a person: "sourced: …", "inferred: …" or "illustrative: …".</summary>
    /// <returns>The kind, then the reason, then the source where present.</returns>
    public override string ToString()
    {
        var text = Kind.Description + ": ";
        if (Reason is not null)
        {
            text += Reason;
            if (Source is not null)
            {
                text += " (" + Source + ")";
            }
            return text;
        }
        return text + Source;
    }
}
