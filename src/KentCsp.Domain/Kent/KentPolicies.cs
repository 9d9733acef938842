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
    /// <summary>
    /// Kent's conditions for the grant the KCSP passes on (Kent Community Safety Partnership Working Group Update,
    /// 15 March 2017, section 3.3): withheld from the day after a missed monitoring deadline, localised projects
    /// referred to the local partnerships.
    /// </summary>
    /// <remarks>
    /// Kent's papers give no second deadline for withdrawal and no time limit for an in-principle decision, so
    /// <see cref="FundingPolicy.WithdrawAfter"/> (one month) and <see cref="FundingPolicy.InPrincipleLimit"/> (three
    /// months) are <b>unconfirmed defaults</b>: set them to the funder's actual terms.
    /// </remarks>
    public static FundingPolicy Funding { get; } = new(
        withholdAfter: Period.Zero,
        withdrawAfter: Period.FromMonths(1),
        inPrincipleLimit: Period.FromMonths(3),
        referLocalProjects: true,
        new SourceDocument("Kent Community Safety Partnership Working Group Update, report to the Kent Community Safety Partnership", new LocalDate(2017, 3, 15), "section 3.3"));

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
