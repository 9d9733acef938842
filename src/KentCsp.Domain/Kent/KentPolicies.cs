using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Funding;
using NodaTime;

namespace KentCsp.Domain.Kent;

/// <summary>
/// The local policies the Kent Community Safety Partnership applies, as its papers set them, with the points they leave
/// open filled by <b>unconfirmed defaults</b> that are named as such.
/// </summary>
/// <remarks>
/// <para>The model types take a policy as a parameter and hold no Kent values: another partnership builds its own
/// <see cref="FundingPolicy"/> and <see cref="ActionPlanPolicy"/> from its own terms.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentPolicies
{
    // The minute of the item "Kent Community Safety Partnership Working Group Update" at the meeting of 15 March 2017,
    // whose paragraph 4 says that localised projects should be referred to the local CSPs. Declared before the policies
    // that cite it, so that it is set when they are built.
    private static readonly SourceDocument WorkingGroupUpdateMinute2017March15 =
        new("Kent Community Safety Partnership Working Group Update, minute of the Kent Community Safety Partnership", new LocalDate(2017, 3, 15));

    /// <summary>
    /// Kent's conditions for the grant the KCSP passes on (Kent Community Safety Partnership Working Group Update,
    /// 15 March 2017, section 3.3): withheld from the day after a missed monitoring deadline, localised projects
    /// referred to the local partnerships.
    /// </summary>
    /// <remarks>
    /// <para>Kent's papers give no second deadline for withdrawal and no time limit for an in-principle decision, so
    /// <see cref="FundingPolicy.WithdrawAfter"/> (one month) and <see cref="FundingPolicy.InPrincipleLimit"/> (three
    /// months) are <b>unconfirmed defaults</b>: set them to the funder's actual terms.</para>
    /// <para>Its <see cref="FundingPolicy.Provenance"/> says so in the data: sourced as a whole from the report's section
    /// 3.3 ("withheld or withdrawn if conditions are not adhered to and monitoring forms are not returned within the
    /// deadline"), <c>referLocalProjects</c> sourced from paragraph 4 of the minute of the same meeting ("Localised projects
    /// should be referred to the local CSPs"), and <c>withdrawAfter</c> and <c>inPrincipleLimit</c> marked as unconfirmed
    /// defaults.</para>
    /// </remarks>
    public static FundingPolicy Funding { get; } = new FundingPolicy(
        withholdAfter: Period.Zero,
        withdrawAfter: Period.FromMonths(1),
        inPrincipleLimit: Period.FromMonths(3),
        referLocalProjects: true,
        KentSources.WorkingGroupUpdate2017March15.At("section 3.3"))
        .WithProvenance(new ProvenanceRecord(
            Provenance.Sourced(KentSources.WorkingGroupUpdate2017March15.At("section 3.3")),
            new[]
            {
                new FieldProvenance("withdrawAfter", Provenance.Illustrative(
                    "Unconfirmed default: the report says funding will be withheld or withdrawn when monitoring forms are not returned within the deadline, but gives no second deadline for withdrawal; one month is a default, to be set to the funder's terms.")),
                new FieldProvenance("inPrincipleLimit", Provenance.Illustrative(
                    "Unconfirmed default: the papers set no time limit for a decision to fund in principle; three months is a default, to be set to the funder's terms.")),
                new FieldProvenance("referLocalProjects", Provenance.Sourced(WorkingGroupUpdateMinute2017March15.At("paragraph 4"))),
            }));

    /// <summary>
    /// Kent's policy for reviewing its action plan: a review period of three months and <see cref="RagPolicy.Default"/>.
    /// </summary>
    /// <remarks>
    /// Kent's Working Group reviews the plan at its meetings, roughly quarterly (October 2023, then January 2024: Kent
    /// Community Safety Agreement Update, 16 November 2023, section 3.1). The documents set no limit after which an
    /// action counts as not reviewed, so the three-month period is an <b>unconfirmed default</b>, as are the RAG
    /// thresholds.
    /// </remarks>
    public static ActionPlanPolicy ActionPlans { get; } =
        new(Period.FromMonths(3), RagPolicy.Default, KentSources.CsaUpdate2023November16.At("section 3.1"));
}
