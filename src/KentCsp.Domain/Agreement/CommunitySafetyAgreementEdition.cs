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
/// <para>Invariants: at least one priority; item identifiers unique across priorities and themes together. Items keep
/// the order of the source document. Two editions are equal when every property is equal (items in order).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CommunitySafetyAgreementEdition : IEquatable<CommunitySafetyAgreementEdition>
{
    private readonly AgreementItem[] priorities;
    private readonly AgreementItem[] crossCuttingThemes;

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
        PartnershipId = Preconditions.CheckNotNull(partnershipId);
        Label = Preconditions.CheckNotBlank(label);
        InForceBy = inForceBy;
        this.priorities = Preconditions.CheckItems(priorities);
        this.crossCuttingThemes = Preconditions.CheckItems(crossCuttingThemes);
        Source = Preconditions.CheckNotNull(source);
        Preconditions.CheckArgument(this.priorities.Length > 0, nameof(priorities), "must contain at least one priority");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        CheckUnique(this.priorities, ids, nameof(priorities));
        CheckUnique(this.crossCuttingThemes, ids, nameof(crossCuttingThemes));
    }

    private static void CheckUnique(AgreementItem[] items, HashSet<string> ids, string paramName)
    {
        for (int i = 0; i < items.Length; i++)
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

    /// <inheritdoc />
    public override string ToString() => $"Community Safety Agreement {Label}";

    /// <inheritdoc />
    public bool Equals(CommunitySafetyAgreementEdition? other) =>
        other is not null
        && PartnershipId == other.PartnershipId
        && string.Equals(Label, other.Label, StringComparison.Ordinal)
        && InForceBy == other.InForceBy
        && EqualityHelper.SequenceEqual(Priorities, other.Priorities)
        && EqualityHelper.SequenceEqual(CrossCuttingThemes, other.CrossCuttingThemes)
        && Source == other.Source;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CommunitySafetyAgreementEdition);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        int hash = EqualityHelper.Hash(EqualityHelper.Initialize(), PartnershipId);
        hash = EqualityHelper.HashOrdinal(hash, Label);
        hash = EqualityHelper.Hash(hash, InForceBy);
        hash = EqualityHelper.HashSequence(hash, Priorities);
        hash = EqualityHelper.HashSequence(hash, CrossCuttingThemes);
        return EqualityHelper.Hash(hash, Source);
    }

    /// <summary>Compares two editions for equality.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns>True if both are null or both are equal.</returns>
    public static bool operator ==(CommunitySafetyAgreementEdition? left, CommunitySafetyAgreementEdition? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two editions for inequality.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns>True unless both are null or both are equal.</returns>
    public static bool operator !=(CommunitySafetyAgreementEdition? left, CommunitySafetyAgreementEdition? right) => !(left == right);
}
