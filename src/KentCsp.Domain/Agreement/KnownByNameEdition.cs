using System;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;
using NodaTime.Text;

namespace KentCsp.Domain.Agreement;

/// <summary>
/// An edition of a Community Safety Agreement that the documents name and date but whose content (priorities and
/// cross-cutting themes) they do not record: a refresh of a rolling agreement known by name only.
/// </summary>
/// <remarks>
/// <para>A county CSA is a rolling document refreshed annually (SI 2007/1830, reg 9; Kent: reports to the KCSP of
/// 19 July 2017, section 2.3, and 16 November 2023, section 2.1), so a partnership can know that a refresh came into
/// force without holding what it says. Such an edition still ends the one before it: <see cref="AgreementHistory.InForceOn"/>
/// answers with it (<see cref="EditionContentNotHeld"/>) rather than with an older edition whose content is held.</para>
/// <para>The documents date these editions to a month, not a day, so <see cref="InForceMonth"/> is a
/// <see cref="YearMonth"/>: the edition is known to be in force from the last day of that month, and which edition was
/// in force earlier in the month is not known.</para>
/// <para>Two entries are equal when partnership, label, month and source are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record KnownByNameEdition
{
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.CreateWithInvariantCulture("MMMM uuuu");

    /// <summary>Creates an entry for an edition known by name only.</summary>
    /// <param name="partnershipId">The county partnership whose agreement this is.</param>
    /// <param name="label">The edition's name as the documents give it, e.g. "version 2.0".</param>
    /// <param name="inForceMonth">The month the documents date the edition to, e.g. April 2018; the day is not given.</param>
    /// <param name="source">The document that names the edition.</param>
    /// <exception cref="ArgumentNullException"><paramref name="partnershipId"/>, <paramref name="label"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is empty or white space.</exception>
    public KnownByNameEdition(OrganisationId partnershipId, string label, YearMonth inForceMonth, SourceDocument source)
    {
        PartnershipId = Preconditions.CheckNotNull(partnershipId);
        Label = Preconditions.CheckNotBlank(label);
        InForceMonth = inForceMonth;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The county partnership whose agreement this is.</summary>
    public OrganisationId PartnershipId { get; }

    /// <summary>The edition's name as the documents give it, e.g. "version 2.0".</summary>
    public string Label { get; }

    /// <summary>The month the documents date the edition to; the day is not given.</summary>
    public YearMonth InForceMonth { get; }

    /// <summary>The document that names the edition.</summary>
    public SourceDocument Source { get; }

    /// <summary>The first day on which the edition is known to be in force: the last day of <see cref="InForceMonth"/>.</summary>
    public LocalDate KnownInForceFrom => InForceMonth.ToDateInterval().End;

    /// <summary>The month as the documents give it, in words, e.g. "April 2018".</summary>
    /// <returns>The month name and year.</returns>
    public string FormatMonth() => MonthPattern.Format(InForceMonth);

    /// <summary>Formats the entry: "Community Safety Agreement version 2.0".</summary>
    /// <returns>The edition's name.</returns>
    public override string ToString() => $"Community Safety Agreement {Label}";
}
