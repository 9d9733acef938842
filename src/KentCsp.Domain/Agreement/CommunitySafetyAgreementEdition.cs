using System;
using System.Collections.Generic;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Agreement;

/// <summary>
/// One edition of a county Community Safety Agreement (SI 2007/1830, reg 9): the priorities and cross-cutting themes
/// the county strategy group agreed from the districts' strategic assessments.
/// </summary>
/// <remarks>
/// <para>A CSA is a rolling document refreshed annually, so an edition is known by what a dated document records.
/// <see cref="InForceBy"/> is the date by which that document shows the edition in force; it is not a start date,
/// which the documents often do not give.</para>
/// <para>Where the documents give them, <see cref="AgreedOn"/> and <see cref="InForceFrom"/> record the day the edition
/// was agreed and came into force (<c>WithDates</c>); the edition's appendices and the strategic assessments it is based
/// on are added with <c>WithAppendices</c> and <c>WithStrategicAssessments</c>.</para>
/// <para>Invariants: at least one priority; item identifiers unique across priorities and themes together; the agreed
/// and in-force-from dates not after <see cref="InForceBy"/>; appendix labels unique. Items keep the order of the
/// source document. Two editions are equal when every property is equal (lists in order).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CommunitySafetyAgreementEdition
{
    private readonly ValueList<AgreementItem> priorities;
    private readonly ValueList<AgreementItem> crossCuttingThemes;
    private readonly ValueList<AgreementAppendix> appendices = ValueList<AgreementAppendix>.Empty;
    private readonly ValueList<SourceDocument> strategicAssessments = ValueList<SourceDocument>.Empty;

    /// <summary>Creates an edition.</summary>
    /// <param name="partnershipId">The county partnership whose agreement this is.</param>
    /// <param name="label">The edition's label, e.g. "2023".</param>
    /// <param name="inForceBy">The date by which the source shows the edition in force.</param>
    /// <param name="priorities">The priorities, in the source's order; copied.</param>
    /// <param name="crossCuttingThemes">The cross-cutting themes, in the source's order; copied.</param>
    /// <param name="source">The document that records the edition.</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank, there is no priority, or two items share an identifier.</exception>
    public CommunitySafetyAgreementEdition(
        OrganisationId partnershipId,
        string label,
        LocalDate inForceBy,
        IEnumerable<AgreementItem> priorities,
        IEnumerable<AgreementItem> crossCuttingThemes,
        SourceDocument source)
    {
        SupportedDates.CheckCalendar(inForceBy);
        PartnershipId = Preconditions.CheckNotNull(partnershipId);
        Label = Preconditions.CheckNotBlank(label);
        InForceBy = inForceBy;
        this.priorities = Preconditions.CheckItems(priorities);
        this.crossCuttingThemes = Preconditions.CheckItems(crossCuttingThemes);
        Source = Preconditions.CheckNotNull(source);
        Preconditions.CheckArgument(this.priorities.Count > 0, nameof(priorities), "must contain at least one priority");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        CheckUnique(this.priorities, ids, nameof(priorities));
        CheckUnique(this.crossCuttingThemes, ids, nameof(crossCuttingThemes));
    }

    private CommunitySafetyAgreementEdition(
        CommunitySafetyAgreementEdition edition,
        LocalDate? agreedOn,
        LocalDate? inForceFrom,
        ValueList<AgreementAppendix> appendices,
        ValueList<SourceDocument> strategicAssessments)
    {
        PartnershipId = edition.PartnershipId;
        Label = edition.Label;
        InForceBy = edition.InForceBy;
        priorities = edition.priorities;
        crossCuttingThemes = edition.crossCuttingThemes;
        Source = edition.Source;
        Provenance = edition.Provenance;
        if (agreedOn is { } agreed)
        {
            Preconditions.CheckArgument(agreed <= InForceBy, nameof(agreedOn), $"({Dates.Iso(agreed)}) must not be after the date the edition is in force by ({Dates.Iso(InForceBy)})");
        }
        if (inForceFrom is { } from)
        {
            Preconditions.CheckArgument(from <= InForceBy, nameof(inForceFrom), $"({Dates.Iso(from)}) must not be after the date the edition is in force by ({Dates.Iso(InForceBy)})");
        }
        AgreedOn = agreedOn;
        InForceFrom = inForceFrom;
        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < appendices.Count; i++)
        {
            Preconditions.CheckArgument(labels.Add(appendices[i].Label), $"appendices[{i}]", $"repeats the label '{appendices[i].Label}'");
        }
        this.appendices = appendices;
        this.strategicAssessments = strategicAssessments;
    }

    private static void CheckUnique(ValueList<AgreementItem> items, HashSet<string> ids, string paramName)
    {
        for (int i = 0; i < items.Count; i++)
        {
            Preconditions.CheckArgument(ids.Add(items[i].Id), paramName, $"element {i} repeats the identifier \"{items[i].Id}\"");
        }
    }

    /// <summary>The county partnership whose agreement this is.</summary>
    public OrganisationId PartnershipId { get; }

    /// <summary>The edition's label.</summary>
    public string Label { get; }

    /// <summary>The date by which the source shows the edition in force.</summary>
    public LocalDate InForceBy { get; }

    /// <summary>The priorities, in the source's order.</summary>
    public IReadOnlyList<AgreementItem> Priorities => priorities;

    /// <summary>The cross-cutting themes, in the source's order.</summary>
    public IReadOnlyList<AgreementItem> CrossCuttingThemes => crossCuttingThemes;

    /// <summary>The document that records the edition.</summary>
    public SourceDocument Source { get; }

    /// <summary>The date the partnership agreed the edition, or null where the documents do not give the day.</summary>
    public LocalDate? AgreedOn { get; }

    /// <summary>The date the edition came into force, or null where the documents show only <see cref="InForceBy"/>.</summary>
    public LocalDate? InForceFrom { get; }

    /// <summary>The edition's appendices, e.g. strategic assessment outcomes, MoRiLE outcomes, horizon scanning, Police and Crime Plan.</summary>
    public IReadOnlyList<AgreementAppendix> Appendices => appendices;

    /// <summary>The strategic assessments the edition is based on (SI 2007/1830, reg 9).</summary>
    public IReadOnlyList<SourceDocument> StrategicAssessments => strategicAssessments;

    /// <summary>Returns the edition with the dates it was agreed and came into force, where the documents give them.</summary>
    /// <param name="agreedOn">The date it was agreed, or null.</param>
    /// <param name="inForceFrom">The date it came into force, or null.</param>
    /// <returns>The new edition.</returns>
    /// <exception cref="ArgumentException">A date is after <see cref="InForceBy"/>.</exception>
    public CommunitySafetyAgreementEdition WithDates(LocalDate? agreedOn, LocalDate? inForceFrom)
    {
        SupportedDates.CheckCalendar(agreedOn);
        SupportedDates.CheckCalendar(inForceFrom);
        return new(this, agreedOn, inForceFrom, appendices, strategicAssessments);
    }

    /// <summary>Returns the edition with these appendices.</summary>
    /// <param name="appendices">The appendices, labels unique; copied.</param>
    /// <returns>The new edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="appendices"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">Two appendices share a label.</exception>
    public CommunitySafetyAgreementEdition WithAppendices(IEnumerable<AgreementAppendix> appendices) =>
        new(this, AgreedOn, InForceFrom, Preconditions.CheckItems(appendices), strategicAssessments);

    /// <summary>Returns the edition with the strategic assessments it is based on.</summary>
    /// <param name="strategicAssessments">The assessments, as documents; copied.</param>
    /// <returns>The new edition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategicAssessments"/> or an element is null.</exception>
    public CommunitySafetyAgreementEdition WithStrategicAssessments(IEnumerable<SourceDocument> strategicAssessments) =>
        new(this, AgreedOn, InForceFrom, appendices, Preconditions.CheckItems(strategicAssessments));

    /// <summary>What changed from <paramref name="older"/> to <paramref name="newer"/>: each item's lineage (continued, reworded, merged, split, added, retired).</summary>
    /// <param name="older">The earlier edition.</param>
    /// <param name="newer">The later edition of the same partnership's agreement.</param>
    /// <returns>The changes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The editions belong to different partnerships, or <paramref name="older"/> is in force by a later date than <paramref name="newer"/>.</exception>
    public static AgreementDiff Diff(CommunitySafetyAgreementEdition older, CommunitySafetyAgreementEdition newer)
    {
        Preconditions.CheckNotNull(older);
        Preconditions.CheckNotNull(newer);
        Preconditions.CheckArgument(older.PartnershipId == newer.PartnershipId, nameof(newer), $"belongs to partnership {newer.PartnershipId}, not {older.PartnershipId}");
        Preconditions.CheckArgument(older.InForceBy <= newer.InForceBy, nameof(older), $"({older}) is in force by {Dates.Iso(older.InForceBy)}, after {newer} ({Dates.Iso(newer.InForceBy)}); pass the earlier edition first");
        return AgreementDiff.Between(older, newer);
    }

    /// <inheritdoc />
    public override string ToString() => $"Community Safety Agreement {Label}";

    /// <summary>
    /// Where the edition comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>Null unless set with <see cref="WithProvenance"/>; written to JSON as the <c>provenance</c> member.</value>
    public ProvenanceRecord? Provenance { get; private init; }

    /// <summary>Returns the edition with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the edition comes from, or null for nothing recorded.</param>
    /// <returns>A new edition with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public CommunitySafetyAgreementEdition WithProvenance(ProvenanceRecord? provenance) => this with { Provenance = provenance };
}
