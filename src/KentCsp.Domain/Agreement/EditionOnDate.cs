using KentCsp.Domain.Utility;
using NodaTime;
using OneOf;

namespace KentCsp.Domain.Agreement;

/// <summary>
/// The answer of <see cref="AgreementHistory.InForceOn"/>: the edition in force, an edition in force whose content is
/// not held, or why no edition is known.
/// </summary>
/// <remarks>Handle the three cases with <c>Match</c>. An answer is only made by <see cref="AgreementHistory.InForceOn"/>.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EditionOnDate : OneOfBase<CommunitySafetyAgreementEdition, EditionNotKnown, EditionContentNotHeld>
{
    private EditionOnDate(OneOf<CommunitySafetyAgreementEdition, EditionNotKnown, EditionContentNotHeld> input)
        : base(input)
    {
    }

    /// <summary>Whether an edition whose content is held is known to be in force on the date.</summary>
    public bool IsKnown => IsT0;

    internal static EditionOnDate Known(CommunitySafetyAgreementEdition edition) => new(edition);

    internal static EditionOnDate NotKnown(EditionNotKnown notKnown) => new(notKnown);

    internal static EditionOnDate ContentNotHeld(EditionContentNotHeld contentNotHeld) => new(contentNotHeld);

    /// <summary>Describes the answer: the edition, or the reason none is known, or which edition is in force without its content.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Match(edition => edition.ToString(), notKnown => notKnown.Reason, contentNotHeld => contentNotHeld.Reason);
}

/// <summary>No edition is known to be in force on a date, with the reason.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EditionNotKnown
{
    internal EditionNotKnown(LocalDate date, string reason)
    {
        Date = date;
        Reason = Preconditions.CheckNotBlank(reason);
    }

    /// <summary>The date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>Why no edition is known, e.g. "No edition is known to be in force on 2016-01-01: the earliest known, Community Safety Agreement 2017, is in force by 2017-04-01.".</summary>
    public string Reason { get; }

    /// <summary>Returns <see cref="Reason"/>.</summary>
    /// <returns>The reason.</returns>
    public override string ToString() => Reason;
}

/// <summary>
/// The latest edition known to be in force on a date is one the documents name but whose content is not held
/// (<see cref="KnownByNameEdition"/>); an older edition whose content is held is no longer the one in force.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EditionContentNotHeld
{
    internal EditionContentNotHeld(LocalDate date, KnownByNameEdition edition, CommunitySafetyAgreementEdition? latestHeld)
    {
        Date = date;
        Edition = edition;
        LatestHeld = latestHeld;
        Reason = $"{edition} ({edition.FormatMonth()}; the sources give the month, not the day) is the latest edition known to be in force on {Dates.Iso(date)}; its content is not held."
            + (latestHeld is null ? " No earlier edition's content is held." : $" The latest edition whose content is held is {latestHeld}.");
    }

    /// <summary>The date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>The edition in force, known by name only.</summary>
    public KnownByNameEdition Edition { get; }

    /// <summary>The latest edition before <see cref="Edition"/> whose content is held, for reference; it is not in force on <see cref="Date"/>. Null if there is none.</summary>
    public CommunitySafetyAgreementEdition? LatestHeld { get; }

    /// <summary>The answer in a sentence, e.g. "Community Safety Agreement version 3.0 (April 2019; the sources give the month, not the day) is the latest edition known to be in force on 2019-06-01; its content is not held. The latest edition whose content is held is Community Safety Agreement 2017.".</summary>
    public string Reason { get; }

    /// <summary>Returns <see cref="Reason"/>.</summary>
    /// <returns>The reason.</returns>
    public override string ToString() => Reason;
}
