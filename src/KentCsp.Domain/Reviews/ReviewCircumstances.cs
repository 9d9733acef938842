using System;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// The facts of a death that the review criteria turn on, as the partnership records them: whether the victim was aged
/// 16 or over, the relationship of the person whose conduct the death appears to have resulted from, and how the death
/// came about. Each fact may be unrecorded (null).
/// </summary>
/// <remarks>
/// <para>By design the model holds no name, date of birth, address or other direct identifier of the victim, the
/// perpetrator or the family — only these three facts, which are what <see cref="ReviewCriteria"/> needs.</para>
/// <para>Two values are equal when every fact is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReviewCircumstances
{
    /// <summary>Creates the facts of a death.</summary>
    /// <param name="victimAgedSixteenOrOver">Whether the victim was aged 16 or over, or null if not recorded.</param>
    /// <param name="relationship">The relationship to the victim of the person whose conduct the death appears to have resulted from, or null if not recorded.</param>
    /// <param name="death">How the death came about, or null if not recorded.</param>
    public ReviewCircumstances(bool? victimAgedSixteenOrOver, PerpetratorRelationship? relationship, DeathCircumstance? death)
    {
        VictimAgedSixteenOrOver = victimAgedSixteenOrOver;
        Relationship = relationship;
        Death = death;
    }

    /// <summary>No fact recorded.</summary>
    public static ReviewCircumstances NotRecorded { get; } = new(null, null, null);

    /// <summary>Whether the victim was aged 16 or over, or null if not recorded.</summary>
    public bool? VictimAgedSixteenOrOver { get; }

    /// <summary>The relationship to the victim, or null if not recorded.</summary>
    public PerpetratorRelationship? Relationship { get; }

    /// <summary>How the death came about, or null if not recorded.</summary>
    public DeathCircumstance? Death { get; }

    /// <summary>Formats the facts: "aged 16 or over; a former intimate partner; resulted, or appears to have resulted, from violence, abuse or neglect".</summary>
    /// <returns>The facts, "not recorded" for each missing one.</returns>
    public override string ToString() =>
        (VictimAgedSixteenOrOver switch { true => "aged 16 or over", false => "aged under 16", null => "age not recorded" })
        + "; " + (Relationship?.Description ?? "relationship not recorded")
        + "; " + (Death?.Description ?? "circumstances not recorded");

    /// <summary>
    /// The first recorded fact that rules out the criteria under every regime (a victim under 16, a relationship no
    /// regime covers, a death neither regime covers), as the name of the fact and the reason; or null.
    /// </summary>
    internal (string Fact, string Reason)? Contradiction()
    {
        if (VictimAgedSixteenOrOver == false)
        {
            return ("victimAgedSixteenOrOver", "the victim was under 16, and a review covers only the death of a person aged 16 or over");
        }
        if (Relationship is { CoversDomesticHomicideReview: false } relationship)
        {
            return ("relationship", $"the death is recorded as caused by {relationship.Description}, and neither regime covers that relationship");
        }
        if (Death is { IsReviewable: false } death)
        {
            return ("death", $"the death is recorded as having {death.Description}, which neither regime covers");
        }
        return null;
    }
}
