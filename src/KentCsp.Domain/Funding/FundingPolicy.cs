using System;
using System.Collections.Generic;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>
/// The local policy a partnership applies to the grant it passes on: deadlines for monitoring returns, how long an
/// in-principle decision may stand, whether local projects are referred, and which priorities bids must support.
/// </summary>
/// <remarks>
/// <para>PRSRA 2011 s.9 leaves the conditions of a grant to the local policing body, so a policy is data the caller
/// supplies. Kent's conditions (Working Group update, 15 March 2017, section 3.3) are <c>KentPolicies.Funding</c>: bids
/// support the priorities of the Community Safety Agreement and the Police and Crime Plan, no duplication of effort
/// across the county, localised projects referred to the local partnerships, funding withheld or withdrawn when
/// monitoring forms are not returned by the deadline; its withdrawal period and in-principle limit are unconfirmed
/// defaults.</para>
/// <para>Where each term comes from is <see cref="Provenance"/>, keyed by the member the funding policy document writes
/// it as (<c>withdrawAfter</c>): Kent's marks its sourced terms with the paper that sets them and its two unconfirmed
/// defaults as such; a policy a caller builds, or changes a term or the source of, records none until
/// <see cref="WithProvenance"/> gives one.</para>
/// <para>The type is immutable: each <c>With…</c> method returns a new policy. Two policies are equal when every member
/// is equal, provenance included.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FundingPolicy
{
    private readonly ValueList<string>? planObjectives;

    private FundingPolicy(
        Period withholdAfter,
        Period withdrawAfter,
        Period inPrincipleLimit,
        bool referLocalProjects,
        CommunitySafetyAgreementEdition? agreement,
        ValueList<string>? planObjectives,
        SourceDocument source,
        ProvenanceRecord? provenance)
    {
        WithholdAfter = withholdAfter;
        WithdrawAfter = withdrawAfter;
        InPrincipleLimit = inPrincipleLimit;
        ReferLocalProjects = referLocalProjects;
        Agreement = agreement;
        this.planObjectives = planObjectives;
        Source = source;
        Provenance = provenance;
    }

    /// <summary>
    /// Creates a policy with the given deadlines, accepting whatever priorities and Police and Crime Plan objectives bids
    /// name (see <see cref="WithAgreement"/> and <see cref="WithPlanObjectives"/>). Kent's policy is
    /// <c>KentPolicies.Funding</c>.
    /// </summary>
    /// <param name="withholdAfter">How long after its deadline a missing monitoring return leads to withholding.</param>
    /// <param name="withdrawAfter">How long after its deadline a monitoring return still missing leads to withdrawal.</param>
    /// <param name="inPrincipleLimit">How long an in-principle decision with no confirm-by date may stand.</param>
    /// <param name="referLocalProjects">Whether local projects must be referred to the local partnership.</param>
    /// <param name="source">The document that sets the policy; findings from local-policy rules cite it.</param>
    /// <remarks>The policy records no <see cref="Provenance"/>, as for a caller's own terms; <see cref="WithProvenance"/> gives one.</remarks>
    /// <exception cref="ArgumentNullException">A period or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A period has a time part or a negative part.</exception>
    public FundingPolicy(Period withholdAfter, Period withdrawAfter, Period inPrincipleLimit, bool referLocalProjects, SourceDocument source)
        : this(CheckPeriod(withholdAfter), CheckPeriod(withdrawAfter), CheckPeriod(inPrincipleLimit), referLocalProjects, null, null, Preconditions.CheckNotNull(source), null)
    {
    }

    /// <summary>How long after its deadline a missing monitoring return leads to the allocation being withheld.</summary>
    /// <value>Kent's is zero: withheld from the day after the deadline ("not returned within the deadline").</value>
    public Period WithholdAfter { get; }

    /// <summary>How long after its deadline a monitoring return still missing leads to the allocation being withdrawn.</summary>
    /// <value>Kent's is one month, an <b>unconfirmed default</b>: its papers say funding will be withdrawn but give no second deadline.</value>
    public Period WithdrawAfter { get; }

    /// <summary>How long an in-principle decision with no confirm-by date may stand before it is reported as pending too long.</summary>
    /// <value>Kent's is three months, an <b>unconfirmed default</b>: its papers set no limit.</value>
    public Period InPrincipleLimit { get; }

    /// <summary>Whether local projects must be referred to the local partnership rather than funded.</summary>
    /// <value>Kent's is true: pan-Kent projects are funded by the KCSP, localised projects referred to the local CSPs.</value>
    public bool ReferLocalProjects { get; }

    /// <summary>The Community Safety Agreement edition whose priorities bids must support, or null to accept the priorities bids name.</summary>
    /// <value>Null unless set with the <c>With…</c> method.</value>
    public CommunitySafetyAgreementEdition? Agreement { get; }

    /// <summary>The Police and Crime Plan objectives bids may support instead, or null to accept the objectives bids name.</summary>
    /// <value>Null unless set with the <c>With…</c> method.</value>
    public IReadOnlyList<string>? PlanObjectives => planObjectives;

    /// <summary>The document that sets this policy; findings from local-policy rules cite it.</summary>
    /// <value>Kent's is the KCSP Working Group update of 15 March 2017, section 3.3.</value>
    public SourceDocument Source { get; }

    /// <summary>
    /// Where the policy's terms come from: the provenance of the policy as a whole and of each term that differs, keyed
    /// by the member the funding policy document writes it as (<c>withdrawAfter</c>, <c>inPrincipleLimit</c>; see
    /// <see cref="ProvenanceRecord"/>); null when nothing is recorded, as for a caller's own policy.
    /// </summary>
    /// <value>
    /// Null unless set with <see cref="WithProvenance"/>; written to JSON as the <c>provenance</c> member. Kent's cites
    /// the Working Group update of 15 March 2017 (section 3.3) as a whole and the minute of that meeting for the referral
    /// of local projects, and marks <see cref="WithdrawAfter"/> and <see cref="InPrincipleLimit"/> as unconfirmed
    /// defaults (illustrative: no source gives them). A method that changes a term or the source returns a policy with
    /// none, since the marks speak for the terms they were given with; <see cref="WithAgreement"/> and
    /// <see cref="WithPlanObjectives"/> keep it.
    /// </value>
    public ProvenanceRecord? Provenance { get; }

    /// <summary>Returns a policy with another withholding period.</summary>
    /// <remarks>The new policy records no <see cref="Provenance"/>: the one this policy carries speaks for its own terms.</remarks>
    /// <param name="period">A period of whole days, weeks, months or years, not negative.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has a time part or a negative part.</exception>
    public FundingPolicy WithWithholdAfter(Period period) =>
        new(CheckPeriod(period), WithdrawAfter, InPrincipleLimit, ReferLocalProjects, Agreement, planObjectives, Source, null);

    /// <summary>Returns a policy with another withdrawal period.</summary>
    /// <remarks>The new policy records no <see cref="Provenance"/>: the one this policy carries speaks for its own terms.</remarks>
    /// <param name="period">A period of whole days, weeks, months or years, not negative.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has a time part or a negative part.</exception>
    public FundingPolicy WithWithdrawAfter(Period period) =>
        new(WithholdAfter, CheckPeriod(period), InPrincipleLimit, ReferLocalProjects, Agreement, planObjectives, Source, null);

    /// <summary>Returns a policy with another limit for in-principle decisions.</summary>
    /// <remarks>The new policy records no <see cref="Provenance"/>: the one this policy carries speaks for its own terms.</remarks>
    /// <param name="period">A period of whole days, weeks, months or years, not negative.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has a time part or a negative part.</exception>
    public FundingPolicy WithInPrincipleLimit(Period period) =>
        new(WithholdAfter, WithdrawAfter, CheckPeriod(period), ReferLocalProjects, Agreement, planObjectives, Source, null);

    /// <summary>Returns a policy that does or does not require local projects to be referred.</summary>
    /// <remarks>The new policy records no <see cref="Provenance"/>: the one this policy carries speaks for its own terms.</remarks>
    /// <param name="refer">True to refer local projects.</param>
    /// <returns>The new policy.</returns>
    public FundingPolicy WithReferLocalProjects(bool refer) =>
        new(WithholdAfter, WithdrawAfter, InPrincipleLimit, refer, Agreement, planObjectives, Source, null);

    /// <summary>Returns a policy that checks bids against the priorities of <paramref name="agreement"/>.</summary>
    /// <remarks>The new policy keeps this policy's <see cref="Provenance"/>, which marks its terms.</remarks>
    /// <param name="agreement">The edition in force for the round, or null to accept the priorities bids name.</param>
    /// <returns>The new policy.</returns>
    public FundingPolicy WithAgreement(CommunitySafetyAgreementEdition? agreement) =>
        new(WithholdAfter, WithdrawAfter, InPrincipleLimit, ReferLocalProjects, agreement, planObjectives, Source, Provenance);

    /// <summary>Returns a policy that checks bids against these Police and Crime Plan objectives.</summary>
    /// <remarks>The new policy keeps this policy's <see cref="Provenance"/>, which marks its terms.</remarks>
    /// <param name="objectives">The objectives' identifiers, or null to accept the objectives bids name.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException">An objective is null, malformed or repeated.</exception>
    public FundingPolicy WithPlanObjectives(IEnumerable<string>? objectives) =>
        new(WithholdAfter, WithdrawAfter, InPrincipleLimit, ReferLocalProjects, Agreement, objectives is null ? null : Slug.CheckDistinct(objectives), Source, Provenance);

    /// <summary>Returns a policy citing another document, for a funder whose terms differ from Kent's.</summary>
    /// <remarks>The new policy records no <see cref="Provenance"/>: the one this policy carries speaks for its own terms.</remarks>
    /// <param name="source">The document that sets the policy.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public FundingPolicy WithSource(SourceDocument source) =>
        new(WithholdAfter, WithdrawAfter, InPrincipleLimit, ReferLocalProjects, Agreement, planObjectives, Preconditions.CheckNotNull(source), null);

    /// <summary>Returns the policy with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the policy's terms come from, each keyed by the member the document writes it as, or null for nothing recorded.</param>
    /// <returns>A new policy with <see cref="Provenance"/> set; every term is unchanged.</returns>
    public FundingPolicy WithProvenance(ProvenanceRecord? provenance) =>
        new(WithholdAfter, WithdrawAfter, InPrincipleLimit, ReferLocalProjects, Agreement, planObjectives, Source, provenance);

    private static Period CheckPeriod(Period period, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(period))] string? paramName = null)
    {
        Preconditions.CheckNotNull(period, paramName);
        bool valid = !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0;
        Preconditions.CheckArgument(valid, paramName, $"must be whole days, weeks, months or years and not negative, but was {period} (an ISO-8601 period)");
        return period;
    }
}
