using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;
using OneOf;

namespace KentCsp.Domain.Partnership;

/// <summary>The answer of <see cref="PartnershipRecord.MembersOn"/>: the memberships that last on a date, or why they are not known.</summary>
/// <remarks>Handle both cases with <c>Match</c>. An answer is only made by <see cref="PartnershipRecord.MembersOn"/>.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class MembershipOnDate : OneOfBase<IReadOnlyList<Membership>, MembershipNotKnown>
{
    private MembershipOnDate(OneOf<IReadOnlyList<Membership>, MembershipNotKnown> input)
        : base(input)
    {
    }

    /// <summary>Whether the membership on the date is known.</summary>
    public bool IsKnown => IsT0;

    internal static MembershipOnDate Known(IReadOnlyList<Membership> members) => new(OneOf<IReadOnlyList<Membership>, MembershipNotKnown>.FromT0(members));

    internal static MembershipOnDate NotKnown(MembershipNotKnown notKnown) => new(notKnown);

    /// <summary>Describes the answer: the number of memberships, or the reason they are not known.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Match(members => $"{members.Count} member{(members.Count == 1 ? "" : "s")}", notKnown => notKnown.Reason);
}

/// <summary>A partnership's membership is not known on a date, with the reason.</summary>
/// <remarks>
/// The record knows the membership only from <see cref="KnownFrom"/> (<see cref="PartnershipRecord.MembershipKnownFrom"/>):
/// its source says who sat on that day, not since when.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class MembershipNotKnown
{
    internal MembershipNotKnown(LocalDate date, LocalDate knownFrom, string reason)
    {
        Date = date;
        KnownFrom = knownFrom;
        Reason = Preconditions.CheckNotBlank(reason);
    }

    /// <summary>The date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>The first day on which the record knows the membership.</summary>
    public LocalDate KnownFrom { get; }

    /// <summary>Why the membership is not known, e.g. "The membership of Kent Community Safety Partnership is not known on 2011-06-01: the record knows who sat from 2017-07-19, not since when.".</summary>
    public string Reason { get; }

    /// <summary>Returns <see cref="Reason"/>.</summary>
    /// <returns>The reason.</returns>
    public override string ToString() => Reason;
}
