using KentCsp.Domain.Utility;
using NodaTime;
using OneOf;

namespace KentCsp.Domain.Agreement;

/// <summary>The answer of <see cref="AgreementHistory.InForceOn"/>: the edition in force, or why none is known.</summary>
/// <remarks>Handle both cases with <c>Match</c>. An answer is only made by <see cref="AgreementHistory.InForceOn"/>.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EditionOnDate : OneOfBase<CommunitySafetyAgreementEdition, EditionNotKnown>
{
    private EditionOnDate(OneOf<CommunitySafetyAgreementEdition, EditionNotKnown> input)
        : base(input)
    {
    }

    /// <summary>Whether an edition is known to be in force on the date.</summary>
    public bool IsKnown => IsT0;

    internal static EditionOnDate Known(CommunitySafetyAgreementEdition edition) => new(edition);

    internal static EditionOnDate NotKnown(EditionNotKnown notKnown) => new(notKnown);

    /// <summary>Describes the answer: the edition, or the reason none is known.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Match(edition => edition.ToString(), notKnown => notKnown.Reason);
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
