using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Agreement;

/// <summary>The known editions of one partnership's Community Safety Agreement, in order, to ask what was in force on a date.</summary>
/// <remarks>
/// <para>A history holds the editions whose content is known (<see cref="Editions"/>) and, optionally, editions the
/// documents name and date but do not record (<see cref="EditionsKnownByName"/>, e.g. Kent's versions 2.0 to 4.0,
/// April 2018 to April 2020). An edition is known to be in force from its
/// <see cref="CommunitySafetyAgreementEdition.InForceBy"/> date, or from the last day of a known-by-name edition's
/// <see cref="KnownByNameEdition.InForceMonth"/>; no two editions may share that date or a label.</para>
/// <para><see cref="InForceOn"/> answers with the latest edition known to be in force on the date: the edition itself
/// when its content is held, <see cref="EditionContentNotHeld"/> when it is known by name only (an older edition whose
/// content is held is not the one in force), and <see cref="EditionNotKnown"/> with the reason for a date before the
/// first known edition, or for a date in the month a known-by-name edition came into force before its last day (the
/// documents do not give the day, so which edition was in force is not known). Never a guess.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AgreementHistory
{
    private readonly ValueList<CommunitySafetyAgreementEdition> editions;
    private readonly ValueList<KnownByNameEdition> editionsKnownByName;

    // Every edition, held or known by name, ordered by the date it is known to be in force from.
    private readonly Entry[] entries;

    /// <summary>Creates a history of editions whose content is held.</summary>
    /// <param name="editions">The editions of one partnership's agreement, in any order; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="editions"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">There is no edition, the editions belong to different partnerships, or two share an in-force-by date or a label.</exception>
    public AgreementHistory(IEnumerable<CommunitySafetyAgreementEdition> editions)
        : this(editions, [])
    {
    }

    /// <summary>Creates a history of editions whose content is held and editions known by name only.</summary>
    /// <param name="editions">The editions whose content is held, in any order; at least one.</param>
    /// <param name="editionsKnownByName">The editions the documents name but do not record, in any order; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">There is no edition whose content is held, the editions belong to different
    /// partnerships, two share a label or an in-force-by date, or a known-by-name edition's month reaches back to the
    /// date another edition is known in force by (their order is not known).</exception>
    public AgreementHistory(IEnumerable<CommunitySafetyAgreementEdition> editions, IEnumerable<KnownByNameEdition> editionsKnownByName)
    {
        var items = Preconditions.CheckItems(editions);
        var byName = Preconditions.CheckItems(editionsKnownByName);
        Preconditions.CheckArgument(items.Count > 0, nameof(editions), "must contain at least one edition");
        this.editions = ValueList<CommunitySafetyAgreementEdition>.Own(items.OrderBy(edition => edition.InForceBy).ToArray());
        this.editionsKnownByName = ValueList<KnownByNameEdition>.Own(byName.OrderBy(edition => edition.InForceMonth).ToArray());
        PartnershipId = this.editions[0].PartnershipId;
        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < this.editions.Count; i++)
        {
            var edition = this.editions[i];
            Preconditions.CheckArgument(edition.PartnershipId == PartnershipId, nameof(editions), $"mix partnerships: {edition} belongs to {edition.PartnershipId}, not {PartnershipId}");
            Preconditions.CheckArgument(labels.Add(edition.Label), nameof(editions), $"have two editions labelled '{edition.Label}'");
            Preconditions.CheckArgument(i == 0 || this.editions[i - 1].InForceBy != edition.InForceBy, nameof(editions), $"have two editions in force by {Dates.Iso(edition.InForceBy)}");
        }
        foreach (var edition in this.editionsKnownByName)
        {
            Preconditions.CheckArgument(edition.PartnershipId == PartnershipId, nameof(editionsKnownByName), $"mix partnerships: {edition} belongs to {edition.PartnershipId}, not {PartnershipId}");
            Preconditions.CheckArgument(labels.Add(edition.Label), nameof(editionsKnownByName), $"repeat the label '{edition.Label}'");
        }

        entries = this.editions.Select(edition => new Entry(edition.InForceBy, edition.InForceBy, edition, null))
            .Concat(this.editionsKnownByName.Select(edition => new Entry(edition.KnownInForceFrom, edition.InForceMonth.ToDateInterval().Start, null, edition)))
            .OrderBy(entry => entry.From)
            .ToArray();
        // Each edition's first possible day must follow the previous edition's known date, or their order is not known.
        for (int i = 1; i < entries.Length; i++)
        {
            if (entries[i].UncertainFrom <= entries[i - 1].From)
            {
                Preconditions.ThrowArgument(nameof(editionsKnownByName), $"cannot be ordered: {entries[i].Name} may have come into force on or before {Dates.Iso(entries[i - 1].From)}, the date {entries[i - 1].Name} is in force by");
            }
        }
    }

    /// <summary>The partnership whose agreement this is.</summary>
    public OrganisationId PartnershipId { get; }

    /// <summary>The editions whose content is held, earliest first.</summary>
    public IReadOnlyList<CommunitySafetyAgreementEdition> Editions => editions;

    /// <summary>The editions known by name only, earliest first; empty if none.</summary>
    public IReadOnlyList<KnownByNameEdition> EditionsKnownByName => editionsKnownByName;

    /// <summary>The latest edition whose content is held.</summary>
    public CommunitySafetyAgreementEdition Latest => editions[editions.Count - 1];

    /// <summary>Finds an edition whose content is held by its label.</summary>
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
    /// <returns>The latest edition known to be in force on that date; <see cref="EditionContentNotHeld"/> when that
    /// edition is known by name only; or <see cref="EditionNotKnown"/> for a date before the first known edition or in
    /// the month a known-by-name edition came into force, before that month's last day.</returns>
    public EditionOnDate InForceOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        int found = -1;
        int latestHeld = -1;
        for (int i = 0; i < entries.Length && entries[i].From <= date; i++)
        {
            found = i;
            latestHeld = entries[i].Held is null ? latestHeld : i;
        }
        if (found + 1 < entries.Length && entries[found + 1].UncertainFrom <= date)
        {
            var next = entries[found + 1];
            string before = found < 0 ? "no earlier edition is known" : $"{entries[found].Name} may still have been";
            return EditionOnDate.NotKnown(new EditionNotKnown(date,
                $"Which edition was in force on {Dates.Iso(date)} is not known: {next.Name} came into force in {next.ByName!.FormatMonth()} (the sources give the month, not the day), and before it {before}."));
        }
        if (found < 0)
        {
            var first = entries[0];
            return EditionOnDate.NotKnown(new EditionNotKnown(date,
                $"No edition is known to be in force on {Dates.Iso(date)}: the earliest known, {first.Name}, is in force by {Dates.Iso(first.From)}."));
        }
        var entry = entries[found];
        return entry.Held is { } held
            ? EditionOnDate.Known(held)
            : EditionOnDate.ContentNotHeld(new EditionContentNotHeld(date, entry.ByName!, latestHeld < 0 ? null : entries[latestHeld].Held));
    }

    /// <summary>An edition, held or known by name, with the date it is known in force from and the first date it may have been.</summary>
    private readonly record struct Entry(LocalDate From, LocalDate UncertainFrom, CommunitySafetyAgreementEdition? Held, KnownByNameEdition? ByName)
    {
        public string Name => Held?.ToString() ?? ByName!.ToString();
    }
}
