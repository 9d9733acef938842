using Ardalis.SmartEnum;

namespace KentCsp.Domain.Partnership;

/// <summary>A rule that <see cref="PartnershipCompliance"/> checks, with its stable id, severity and meaning.</summary>
/// <remarks>
/// <para>Rule ids (<c>CSP-001</c> …) are stable and never reused. Statutory rules cite the Act; rules from the Terms of
/// Reference cite the Terms of Reference that set them. The duties judged on evidence the caller supplies
/// (<c>CSP-008</c> to <c>CSP-010</c>) are warnings: the evidence is the caller's account, and "having regard" is not a
/// measurable pass or fail.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ComplianceRule : RuleCatalogue<ComplianceRule>
{
    /// <summary>CSP-001: a kind of responsible authority required on a date is not represented.</summary>
    public static readonly ComplianceRule RequiredAuthorityMissing = new(nameof(RequiredAuthorityMissing), 1, FindingSeverity.Error,
        "required responsible authority not represented",
        "A kind of responsible authority that Crime and Disorder Act 1998 s.5(1) required for the area on a date has no member on that date.",
        "Crime and Disorder Act 1998 s.5(1)");

    /// <summary>CSP-002: fewer meetings in a financial year than the Terms of Reference require.</summary>
    public static readonly ComplianceRule TooFewMeetings = new(nameof(TooFewMeetings), 2, FindingSeverity.Error,
        "too few meetings",
        "The partnership met fewer times in a financial year than its Terms of Reference require.",
        "the Terms of Reference (TermsOfReference.Source)");

    /// <summary>CSP-003: the Terms of Reference were not reviewed in time.</summary>
    public static readonly ComplianceRule TermsOfReferenceNotReviewed = new(nameof(TermsOfReferenceNotReviewed), 3, FindingSeverity.Warning,
        "Terms of Reference not reviewed",
        "The latest Terms of Reference of the partnership or a sub-group were approved longer ago than the review period they set.",
        "the Terms of Reference (TermsOfReference.Source)");

    /// <summary>CSP-004: a member has not signed the information sharing agreement.</summary>
    public static readonly ComplianceRule NotSignedUpToInformationSharing = new(nameof(NotSignedUpToInformationSharing), 4, FindingSeverity.Warning,
        "not signed up to information sharing",
        "A member organisation has not signed the information sharing agreement the Terms of Reference require.",
        "the Terms of Reference (TermsOfReference.Source)");

    /// <summary>CSP-005: the local policing body is listed as a responsible authority.</summary>
    public static readonly ComplianceRule LocalPolicingBodyAsResponsibleAuthority = new(nameof(LocalPolicingBodyAsResponsibleAuthority), 5, FindingSeverity.Error,
        "local policing body listed as a responsible authority",
        "The local policing body (a Police and Crime Commissioner) sits as a responsible authority; it is not one (absent from s.5(1)), but must co-operate with them (PRSRA 2011 s.10).",
        "Police Reform and Social Responsibility Act 2011 s.10; Crime and Disorder Act 1998 s.5(1)");

    /// <summary>CSP-006: a member sits as a kind of responsible authority that was not in force.</summary>
    public static readonly ComplianceRule AuthorityKindNotInForce = new(nameof(AuthorityKindNotInForce), 6, FindingSeverity.Error,
        "responsible authority kind not in force",
        "A member sits as a kind of responsible authority that s.5(1) did not name on a date of its membership (e.g. a police authority after 22 November 2012).",
        "the statutory designation of the kind (ResponsibleAuthorityKind.Designations)");

    /// <summary>
    /// CSP-007: a rule could not be judged because the record lacks what it needs. It is information, not a breach:
    /// the record is silent, so nothing is known to be wrong.
    /// </summary>
    public static readonly ComplianceRule NotJudged = new(nameof(NotJudged), 7, FindingSeverity.Information,
        "not judged",
        "A rule could not be judged because the record does not hold what it needs (meeting dates, information sharing signatories, the membership on a date before the record knows it, evidence of a duty).",
        "the source of the rule not judged");

    /// <summary>
    /// CSP-008: no public meeting in a financial year met SI 2007/1830 reg 12(4): held, attended by a person in a senior
    /// position from each responsible authority, and publicised. Judged only on evidence the caller supplies; whether
    /// the regulation still applies as made is <b>unconfirmed</b> (<see cref="PartnershipDutyPolicy"/>).
    /// </summary>
    public static readonly ComplianceRule AnnualPublicMeeting = new(nameof(AnnualPublicMeeting), 8, FindingSeverity.Warning,
        "no qualifying annual public meeting",
        "In a financial year no public meeting was held, attended by a person in a senior position from each responsible authority and publicised, as SI 2007/1830 reg 12(4) as made requires (whether later amended is unconfirmed).",
        "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 (SI 2007/1830) reg 12(4)");

    /// <summary>
    /// CSP-009: no record shows that each responsible authority had regard to the police and crime objectives in a
    /// financial year (Crime and Disorder Act 1998 s.6(1A)). Judged only on evidence the caller supplies.
    /// </summary>
    public static readonly ComplianceRule RegardToPoliceAndCrimeObjectives = new(nameof(RegardToPoliceAndCrimeObjectives), 9, FindingSeverity.Warning,
        "regard to police and crime objectives not shown",
        "The evidence supplied does not show that each responsible authority had regard to the police and crime objectives set out in the police and crime plan in a financial year.",
        "Crime and Disorder Act 1998 s.6(1A)");

    /// <summary>
    /// CSP-010: no record shows that the local policing body had regard to the priorities of each responsible authority
    /// in a financial year (Police Reform and Social Responsibility Act 2011 s.10(1)). Judged only on evidence the
    /// caller supplies.
    /// </summary>
    public static readonly ComplianceRule PolicingBodyRegardToPriorities = new(nameof(PolicingBodyRegardToPriorities), 10, FindingSeverity.Warning,
        "local policing body's regard to priorities not shown",
        "The evidence supplied does not show that the local policing body had regard to the relevant priorities of each responsible authority in a financial year.",
        "Police Reform and Social Responsibility Act 2011 s.10(1)");

    private ComplianceRule(string name, int value, FindingSeverity severity, string title, string meaning, string basis)
        : base(name, value, "CSP", severity, title, meaning, basis)
    {
    }
}
