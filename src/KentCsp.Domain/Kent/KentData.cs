using System.Collections.Generic;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Kent;

/// <summary>
/// The built-in Kent data: the Kent Community Safety Partnership and its Community Safety Agreement editions, each
/// item taken from a named source document (see <see cref="KentSources"/>).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentData
{
    private static readonly LocalDate ClinicalCommissioningGroupsFrom = new(2013, 4, 1);
    private static readonly LocalDate IntegratedCareBoardsFrom = new(2022, 7, 1);

    /// <summary>The identifier of the Kent Community Safety Partnership.</summary>
    public static OrganisationId KcspId { get; } = new(KentOrganisations.Scheme, "kcsp");

    /// <summary>The identifier of the KCSP Working Group (Working Group update of 15 March 2017, section 1.2).</summary>
    public static OrganisationId WorkingGroupId { get; } = new(KentOrganisations.Scheme, "kcsp-working-group");

    /// <summary>The identifier of the KCSP's DHR Steering Group (minute 152 of 19 July 2017).</summary>
    public static OrganisationId DhrSteeringGroupId { get; } = new(KentOrganisations.Scheme, "kcsp-dhr-steering-group");

    /// <summary>
    /// The Kent Community Safety Partnership (KCSP), the county-level partnership for Kent: the core statutory
    /// responsible authorities, all of which are members in Kent, with invitations to the district and borough CSP
    /// chairs, a number of participating bodies and Medway CSP (Terms of Reference, minute 152 of 19 July 2017); the
    /// Office of the Police and Crime Commissioner is recorded as an invitee because minute 151 records the
    /// Commissioner's representative attending (marked inferred). The health body was the clinical commissioning groups until 30 June 2022 and is the Integrated
    /// Care Board from 1 July 2022, the day the ICB became the responsible authority. The partnership is supported by
    /// the KCSP Working Group and the DHR Steering Group.
    /// </summary>
    /// <remarks>
    /// <para>The sources say who sat on 19 July 2017, not since when, so the memberships carry no start date of their
    /// own; <see cref="PartnershipRecord"/> records that the membership is known only from that day
    /// (<see cref="KentCsp.Domain.Partnership.PartnershipRecord.MembershipKnownFrom"/>). The only dates here are the law's: the
    /// clinical commissioning groups' seat runs from 1 April 2013, the day CCGs replaced Primary Care Trusts as the
    /// s.5(1)(e) health body (there were none before), to 1 July 2022, the day the Integrated Care Board replaced them
    /// (SI 2022/634).</para>
    /// </remarks>
    public static CommunitySafetyPartnership Partnership { get; } = new CommunitySafetyPartnership(
        KcspId,
        "Kent Community Safety Partnership",
        PartnershipLevel.County,
        "Kent",
        [
            new Membership(KentOrganisations.KentCountyCouncil, MembershipRole.ResponsibleAuthority),
            new Membership(KentOrganisations.DistrictAndBoroughCouncils, MembershipRole.ResponsibleAuthority),
            new Membership(KentOrganisations.ProbationProvider, MembershipRole.ResponsibleAuthority),
            new Membership(KentOrganisations.KentPolice, MembershipRole.ResponsibleAuthority),
            new Membership(KentOrganisations.KentFireAndRescueService, MembershipRole.ResponsibleAuthority),
            new Membership(KentOrganisations.KentAndMedwayClinicalCommissioningGroups, MembershipRole.ResponsibleAuthority)
                .WithTerm(ClinicalCommissioningGroupsFrom, IntegratedCareBoardsFrom),
            new Membership(KentOrganisations.KentAndMedwayIntegratedCareBoard, MembershipRole.ResponsibleAuthority)
                .WithTerm(IntegratedCareBoardsFrom, null),
            new Membership(KentOrganisations.OfficeOfThePoliceAndCrimeCommissioner, MembershipRole.Invitee),
            new Membership(KentOrganisations.MedwayCommunitySafetyPartnership, MembershipRole.Invitee),
            new Membership(KentOrganisations.DistrictCommunitySafetyPartnerships, MembershipRole.Invitee),
        ]).WithSubGroups(
        [
            new SubGroup(WorkingGroupId, "KCSP Working Group",
                "Prepares and monitors the Community Safety Agreement, its action plan and performance reports, and manages the Kent Community Safety fund on behalf of the KCSP.",
                KcspId),
            new SubGroup(DhrSteeringGroupId, "DHR Steering Group", "Oversees domestic homicide reviews for the KCSP.", KcspId),
        ]).WithProvenance(new ProvenanceRecord(
        Provenance.Sourced(KentSources.KcspMinutes2017July19.At("minute 152")),
        [
            new FieldProvenance("members[1].organisation.name", Provenance.Inferred(
                "The documents say \"KCC/District/Boroughs\"; the name gathers Kent's district and borough councils under one seat.",
                KentSources.CsaUpdate2017July19.At("section 1.1"))),
            new FieldProvenance("members[2].organisation.name", Provenance.Inferred(
                "The documents do not name the probation provider; the name says only what the seat is.")),
            new FieldProvenance("members[5].organisation.name", Provenance.Inferred(
                "The minutes of 19 July 2017 name only West Kent CCG; the name gathers the clinical commissioning groups of Kent and Medway.",
                KentSources.KcspMinutes2017July19)),
            new FieldProvenance("members[5].until", Provenance.Inferred(IntegratedCareBoardsReason)),
            new FieldProvenance("members[6].from", Provenance.Inferred(IntegratedCareBoardsReason)),
            new FieldProvenance("members[7]", Provenance.Inferred(
                "The Terms of Reference extend invitations to \"a number of participating bodies\" without naming them (minute 152); Mr Phillips attended representing the Police and Crime Commissioner.",
                KentSources.KcspMinutes2017July19.At("minute 151"))),
            new FieldProvenance("members[6].organisation.name", Provenance.Inferred(
                "The Kent documents do not name the Integrated Care Board; the name is the board's own for Kent and Medway.")),
            new FieldProvenance("members[8].organisation.name", Provenance.Inferred(
                "The documents say \"Medway CSP\"; the name spells the abbreviation out.",
                KentSources.KcspMinutes2017July19.At("minute 152"))),
            new FieldProvenance("members[9].organisation.name", Provenance.Inferred(
                "The documents invite the \"CSP chairs\"; the name gathers Kent's district and borough community safety partnerships.",
                KentSources.KcspMinutes2017July19.At("minute 152"))),
            new FieldProvenance("subGroups[0].purpose", Provenance.Sourced(KentSources.KcspMinutes2017July19.At("minute 152"))),
            new FieldProvenance("subGroups[1].purpose", Provenance.Inferred(
                "The Terms of Reference name a DHR steering group without its remit (minute 152); the purpose is read from its name and the DHR update (minute 159).")),
        ]));

    private const string IntegratedCareBoardsReason =
        "The day the Integrated Care Board replaced the clinical commissioning groups as the responsible authority (Health and Care Act 2022); the KCSP's papers do not record the change.";

    /// <summary>
    /// The KCSP Terms of Reference approved on 19 July 2017 (minute 152): at least three meetings a year, supported by
    /// the Working Group and a DHR Steering Group, reviewed annually, members signed up to the Kent and Medway
    /// Information Sharing Agreement.
    /// </summary>
    public static TermsOfReference TermsOfReference2017 { get; } = new(
        KcspId,
        "July 2017",
        new LocalDate(2017, 7, 19),
        minimumMeetingsPerYear: 3,
        reviewWithin: Period.FromYears(1),
        informationSharingAgreement: "Kent and Medway Information Sharing Agreement",
        [WorkingGroupId, DhrSteeringGroupId],
        KentSources.KcspMinutes2017July19.At("minute 152"));

    /// <summary>
    /// What the built-in documents record about the KCSP for a compliance check: a county strategy group for a
    /// two-tier county, the July 2017 Terms of Reference, and the elected Police and Crime Commissioner as the
    /// local policing body. The documents give neither a full list of meeting dates nor the signatories of the
    /// information sharing agreement, so those are left unrecorded and the rules that need them are reported as not
    /// judged. The membership is known from 19 July 2017, the day the Terms of Reference describe it (minute 152); on
    /// an earlier date it is not known (<see cref="KentCsp.Domain.Partnership.PartnershipRecord.MembersOn"/>), and the rules that read
    /// it are reported as not judged.
    /// </summary>
    /// <remarks>
    /// The Terms of Reference are sourced (minute 152); the kind of area, the name of the Terms of Reference version, the
    /// local policing body and the day the membership is known from are marked inferred, each with its reason
    /// (<see cref="KentCsp.Domain.Partnership.PartnershipRecord.Provenance"/>). The partnership inside carries its own
    /// marks (<see cref="Partnership"/>).
    /// </remarks>
    public static PartnershipRecord PartnershipRecord { get; } = new KentCsp.Domain.Partnership.PartnershipRecord(
        Partnership,
        AreaKind.TwoTierCounty,
        [TermsOfReference2017],
        meetingDates: null,
        informationSharingSignatories: null,
        [KentOrganisations.PoliceAndCrimeCommissioner.Id])
        .WithMembershipKnownFrom(TermsOfReference2017.ApprovedOn)
        .WithProvenance(new ProvenanceRecord(
        Provenance.Sourced(KentSources.KcspMinutes2017July19.At("minute 152")),
        [
            new FieldProvenance("area", Provenance.Inferred(
                "The papers do not name the kind of area; they name Kent County Council and the district and borough councils, whose community safety partnerships' chairs the Terms of Reference invite (minute 152), so Kent is read as a two-tier county.")),
            new FieldProvenance("termsOfReference[0].version", Provenance.Inferred(
                "The minutes give the revised Terms of Reference no version name; they are named by the month they were approved (minute 152).")),
            new FieldProvenance("localPolicingBodies[0]", Provenance.Inferred(
                "The papers record the Police and Crime Commissioner's representative at the meeting (minute 151) but call no body the local policing body; the law makes the elected Commissioner the local policing body (Police Reform and Social Responsibility Act 2011), so the record lists the Commissioner, not the office.",
                KentSources.KcspMinutes2017July19.At("minute 151"))),
            new FieldProvenance("membershipKnownFrom", Provenance.Inferred(
                "The date of the meeting whose minutes say who sat (minute 152): the papers say who sat that day, not since when.",
                KentSources.KcspMinutes2017July19.At("minute 152"))),
        ]));

    /// <summary>
    /// The Kent Community Safety Agreement agreed in March 2017 and in force from 1 April 2017, after the 2014-17
    /// agreement ended on 31 March 2017 (report of 19 July 2017, section 2), with the appendices of Kent's CSA
    /// version 1.0 (April 2017): A strategic assessment outcomes, B MoRiLE outcomes, C horizon scanning, D Police and
    /// Crime Plan. The day it was agreed is not in the documents ("agreed ... at the last meeting"), so
    /// <see cref="CommunitySafetyAgreementEdition.AgreedOn"/> is not set.
    /// </summary>
    public static CommunitySafetyAgreementEdition CommunitySafetyAgreement2017 { get; } = new CommunitySafetyAgreementEdition(
        KcspId,
        "2017",
        new LocalDate(2017, 4, 1),
        [
            new AgreementItem("anti-social-behaviour", "Anti-Social Behaviour"),
            new AgreementItem("domestic-abuse", "Domestic Abuse"),
            new AgreementItem("substance-misuse", "Substance Misuse"),
            new AgreementItem("safeguarding-vulnerable-people", "Safeguarding Vulnerable People"),
            new AgreementItem("serious-and-organised-crime", "Serious and Organised Crime"),
            new AgreementItem("road-safety", "Road Safety"),
        ],
        [
            new AgreementItem("early-intervention", "Early intervention, prevention & education"),
            new AgreementItem("reoffending-and-victims", "Reducing re-offending and supporting victims"),
            new AgreementItem("quality-of-life", "Improving quality of life and enhancing community resilience"),
        ],
        KentSources.CsaUpdate2017July19.At("section 2.2"))
        .WithDates(agreedOn: null, inForceFrom: new LocalDate(2017, 4, 1))
        .WithAppendices(
        [
            new AgreementAppendix("A", "Strategic assessment outcomes"),
            new AgreementAppendix("B", "MoRiLE outcomes"),
            new AgreementAppendix("C", "Horizon scanning"),
            new AgreementAppendix("D", "Police and Crime Plan"),
        ])
        .WithProvenance(new ProvenanceRecord(
            Provenance.Sourced(KentSources.CsaUpdate2017July19.At("section 2.2")),
            [
                new FieldProvenance("inForceFrom", Provenance.Sourced(KentSources.CsaUpdate2017July19.At("section 2"))),
                new FieldProvenance("appendices", Provenance.Inferred(
                    "Taken from Kent's Community Safety Agreement version 1.0 (April 2017), which the cited reports refer to but do not reproduce.")),
            ]));

    /// <summary>
    /// The Kent Community Safety Agreement priorities and cross-cutting themes as the report of 16 November 2023
    /// records them (section 2.1). The date the set took effect is not in the documents: it is recorded as in force by
    /// 16 November 2023. All of it is sourced (<see cref="CommunitySafetyAgreementEdition.Provenance"/>).
    /// </summary>
    public static CommunitySafetyAgreementEdition CommunitySafetyAgreement2023 { get; } = new CommunitySafetyAgreementEdition(
        KcspId,
        "2023",
        new LocalDate(2023, 11, 16),
        [
            new AgreementItem("anti-social-behaviour", "Preventing Neighbourhood Crime & ASB"),
            new AgreementItem("domestic-abuse", "Domestic Abuse"),
            new AgreementItem("substance-misuse", "Substance Misuse"),
            new AgreementItem("safeguarding-vulnerable-people", "Safeguarding Vulnerable People"),
            new AgreementItem("serious-and-organised-crime", "Serious Violence and Organised Crime"),
            new AgreementItem("extremism-and-hate", "Preventing Extremism and Hate"),
            new AgreementItem("road-safety", "Road Safety"),
            new AgreementItem("violence-against-women-and-girls", "Violence against women and girls"),
        ],
        [
            new AgreementItem("early-intervention", "Early intervention, prevention & education"),
            new AgreementItem("reoffending-and-victims", "Reduce re-offending and support victims"),
            new AgreementItem("quality-of-life", "Improve quality of life and enhance community resilience"),
            new AgreementItem("mental-health-and-wellbeing", "Support mental health and wellbeing"),
            new AgreementItem("significant-community-events", "Response and Recovery from Significant Community Events"),
        ],
        KentSources.CsaUpdate2023November16.At("section 2.1"))
        .WithProvenance(ProvenanceRecord.Of(Provenance.Sourced(KentSources.CsaUpdate2023November16.At("section 2.1"))));

    /// <summary>
    /// The refreshes of the Kent Community Safety Agreement known by name only: versions 2.0 (April 2018), 3.0
    /// (April 2019) and 4.0 (April 2020), each citing the Agreement's own version and month. The agreement is a rolling
    /// document refreshed annually (reports of 19 July 2017, section 2.3, and 16 November 2023, section 2.1); the
    /// documents give these versions' months but not their days or contents, so the library holds neither. Version 1.0
    /// (April 2017) is <see cref="CommunitySafetyAgreement2017"/>.
    /// </summary>
    public static IReadOnlyList<KnownByNameEdition> CommunitySafetyAgreementsKnownByName { get; } = ValueList<KnownByNameEdition>.Own(
    [
        CommunitySafetyAgreementVersion("2.0", 2018),
        CommunitySafetyAgreementVersion("3.0", 2019),
        CommunitySafetyAgreementVersion("4.0", 2020),
    ]);

    /// <summary>
    /// The known editions of the Kent Community Safety Agreement: the 2017 and 2023 editions, whose content is held,
    /// and versions 2.0 to 4.0 (April 2018 to April 2020), known by name only
    /// (<see cref="CommunitySafetyAgreementsKnownByName"/>). Between April 2018 and 16 November 2023 the answer of
    /// <see cref="AgreementHistory.InForceOn"/> is a version whose content is not held, not the 2017 edition.
    /// </summary>
    public static AgreementHistory CommunitySafetyAgreements { get; } =
        new([CommunitySafetyAgreement2017, CommunitySafetyAgreement2023], CommunitySafetyAgreementsKnownByName);

    private static KnownByNameEdition CommunitySafetyAgreementVersion(string version, int year) =>
        new(KcspId, "version " + version, new YearMonth(year, 4), new SourceDocument("Kent Community Safety Agreement", null, $"version {version}, April {year}"));
}
