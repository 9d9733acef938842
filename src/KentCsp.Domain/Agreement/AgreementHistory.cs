using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Agreement;

/// <summary>The known editions of one partnership's Community Safety Agreement, in order, to ask what was in force on a date.</summary>
/// <remarks>
/// <para>Editions are ordered by <see cref="CommunitySafetyAgreementEdition.InForceBy"/>; no two may share that date or a
/// label. <see cref="InForceOn"/> answers with the latest edition known to be in force on the date: the one with the
/// latest in-force-by date on or before it. A date before the first known edition is answered with
/// <see cref="EditionNotKnown"/>, not a guess. A refresh that the documents mention but do not record (Kent's versions
/// 2.0 to 4.0, 2018 to 2020) cannot be seen: the history answers with the latest edition it holds.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AgreementHistory
{
    private readonly ValueList<CommunitySafetyAgreementEdition> editions;

    /// <summary>Creates a history.</summary>
    /// <param name="editions">The editions of one partnership's agreement, in any order; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="editions"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">There is no edition, the editions belong to different partnerships, or two share an in-force-by date or a label.</exception>
    public AgreementHistory(IEnumerable<CommunitySafetyAgreementEdition> editions)
    {
        var items = Preconditions.CheckItems(editions);
        Preconditions.CheckArgument(items.Count > 0, nameof(editions), "must contain at least one edition");
        this.editions = ValueList<CommunitySafetyAgreementEdition>.Own(items.OrderBy(edition => edition.InForceBy).ToArray());
        PartnershipId = this.editions[0].PartnershipId;
        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < this.editions.Count; i++)
        {
            var edition = this.editions[i];
            Preconditions.CheckArgument(edition.PartnershipId == PartnershipId, nameof(editions), $"mix partnerships: {edition} belongs to {edition.PartnershipId}, not {PartnershipId}");
            Preconditions.CheckArgument(labels.Add(edition.Label), nameof(editions), $"have two editions labelled '{edition.Label}'");
            Preconditions.CheckArgument(i == 0 || this.editions[i - 1].InForceBy != edition.InForceBy, nameof(editions), $"have two editions in force by {Dates.Iso(edition.InForceBy)}");
        }
    }

    /// <summary>The partnership whose agreement this is.</summary>
    public OrganisationId PartnershipId { get; }

    /// <summary>The editions, earliest first.</summary>
    public IReadOnlyList<CommunitySafetyAgreementEdition> Editions => editions;

    /// <summary>The latest edition.</summary>
    public CommunitySafetyAgreementEdition Latest => editions[editions.Count - 1];

    /// <summary>Finds an edition by its label.</summary>
    /// <param name="label">The label, e.g. "2017".</param>
    /// <returns>The edition, or null if none has that label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public CommunitySafetyAgreementEdition? Find(string label)
    {
        Preconditions.CheckNotNull(label);
        return editions.FirstOrDefault(edition => string.Equals(edition.Label, label, StringComparison.Ordinal));
    }

    /// <summary>The edition known to be in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The latest edition in force by that date, or <see cref="EditionNotKnown"/> for a date before the first known edition.</returns>
    public EditionOnDate InForceOn(LocalDate date)
    {
        CommunitySafetyAgreementEdition? found = null;
        foreach (var edition in editions)
        {
            if (edition.InForceBy <= date)
            {
                found = edition;
            }
        }
        if (found is null)
        {
            var first = editions[0];
            return EditionOnDate.NotKnown(new EditionNotKnown(date,
                $"No edition is known to be in force on {Dates.Iso(date)}: the earliest known, {first}, is in force by {Dates.Iso(first.InForceBy)}."));
        }
        return EditionOnDate.Known(found);
    }
}
