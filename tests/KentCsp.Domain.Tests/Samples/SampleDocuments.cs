using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using NodaTime;

namespace KentCsp.Domain.Tests.Samples;

/// <summary>
/// The example documents in <c>samples/</c>: one small document of every kind for Wyvern Vale, a made-up district,
/// built through the public API and written by <see cref="KentCspJson"/>. Every document that can carry provenance says
/// it is illustrative; organisation identifiers use the plainly fictional scheme <c>360G-example</c>.
/// </summary>
internal static class SampleDocuments
{
    /// <summary>The folder of the samples, relative to the repository root.</summary>
    public const string Folder = "samples";

    /// <summary>The scheme of every organisation identifier in the samples: 360Giving's self-assigned prefix, plainly an example.</summary>
    private const string Scheme = "360G-example";

    private const string Area = "Wyvern Vale";

    private static readonly Provenance Made =
        Provenance.Illustrative("Made up to show the format: Wyvern Vale is a fictional district, and no source gives any of this.");

    private static readonly ProvenanceRecord Illustration = ProvenanceRecord.Of(Made);

    /// <summary>One sample: its file name in <c>samples/</c>, its kind, and the text the library writes for it.</summary>
    internal sealed record Sample(string FileName, DocumentKind Kind, Func<string> Write);

    /// <summary>Every sample, in the order of <c>samples/README.md</c>.</summary>
    public static IReadOnlyList<Sample> All { get; } =
    [
        new("partnership.json", DocumentKind.Partnership, () => KentCspJson.Serialize(Partnership())),
        new("partnership-record.json", DocumentKind.PartnershipRecord, () => KentCspJson.Serialize(PartnershipRecord())),
        new("csa-2024.json", DocumentKind.AgreementEdition, () => KentCspJson.Serialize(Agreement2024())),
        new("csa-2026.json", DocumentKind.AgreementEdition, () => KentCspJson.Serialize(Agreement2026())),
        new("csa-history.json", DocumentKind.AgreementHistory, () => KentCspJson.Serialize(AgreementHistory())),
        new("funding.json", DocumentKind.FundingRound, () => KentCspJson.Serialize(FundingRound())),
        new("funding-policy.json", DocumentKind.FundingPolicy, () => KentCspJson.Serialize(FundingPolicy())),
        new("findings.json", DocumentKind.Findings, () => KentCspJson.SerializeFindings(Findings())),
        new("meeting.json", DocumentKind.Meeting, () => KentCspJson.Serialize(Meeting())),
        new("review-case.json", DocumentKind.ReviewCase, () => KentCspJson.Serialize(ReviewCase())),
        new("reviews.json", DocumentKind.ReviewRegister, () => KentCspJson.Serialize(ReviewRegister())),
        new("plan.json", DocumentKind.ActionPlan, () => KentCspJson.Serialize(ActionPlan())),
        new("incident.json", DocumentKind.Incident, () => KentCspJson.Serialize(Incident())),
        new("crime-count.json", DocumentKind.CrimeCount, () => KentCspJson.Serialize(CrimeCount())),
        new("audit.json", DocumentKind.AccuracyAudit, () => KentCspJson.Serialize(Audit())),
        new("indicators.json", DocumentKind.IndicatorSet, () => KentCspJson.Serialize(Indicators())),
        new("morile.json", DocumentKind.MorileRanking, () => KentCspJson.Serialize(Morile())),
    ];

    private static OrganisationId Id(string identifier) => new(Scheme, identifier);

    private static OrganisationId CspId { get; } = Id("wyvern-vale-csp");

    private static OrganisationId TaskGroupId { get; } = Id("wyvern-vale-csp-task-group");

    private static SourceDocument Minutes(LocalDate date) =>
        new("Wyvern Vale Community Safety Partnership, minutes (illustrative example)", date);

    private static Organisation Council { get; } = new(Id("wyvern-vale-council"), "Wyvern Vale District Council", ResponsibleAuthorityKind.DistrictCouncil);

    private static Organisation CountyCouncil { get; } = new(Id("wyvernshire-county-council"), "Wyvernshire County Council", ResponsibleAuthorityKind.CountyCouncil);

    private static Organisation Police { get; } = new(Id("wyvernshire-police"), "Wyvernshire Police", ResponsibleAuthorityKind.ChiefOfficerOfPolice);

    private static Organisation Fire { get; } = new(Id("wyvernshire-fire"), "Wyvernshire Fire and Rescue Service", ResponsibleAuthorityKind.FireAndRescueAuthority);

    private static Organisation Probation { get; } = new(Id("wyvernshire-probation"), "Wyvernshire Probation Delivery Unit", ResponsibleAuthorityKind.ProbationProvider);

    private static Organisation Health { get; } = new(Id("wyvernshire-icb"), "Wyvernshire Integrated Care Board", ResponsibleAuthorityKind.HealthBody);

    private static Organisation Commissioner { get; } = new(Id("wyvernshire-opcc"), "Office of the Wyvernshire Police and Crime Commissioner");

    /// <summary>The partnership: six responsible authorities, the commissioner's office invited, one task group.</summary>
    public static CommunitySafetyPartnership Partnership() => new CommunitySafetyPartnershipBuilder()
        .WithId(CspId)
        .WithName("Wyvern Vale Community Safety Partnership")
        .WithLevel(PartnershipLevel.District)
        .WithArea(Area)
        .AddMember(new Membership(Council, MembershipRole.ResponsibleAuthority))
        .AddMember(new Membership(CountyCouncil, MembershipRole.ResponsibleAuthority))
        .AddMember(new Membership(Police, MembershipRole.ResponsibleAuthority))
        .AddMember(new Membership(Fire, MembershipRole.ResponsibleAuthority))
        .AddMember(new Membership(Probation, MembershipRole.ResponsibleAuthority))
        .AddMember(new Membership(Health, MembershipRole.ResponsibleAuthority).WithTerm(new LocalDate(2022, 7, 1), null))
        .AddMember(new Membership(Commissioner, MembershipRole.Invitee))
        .AddSubGroup(new SubGroup(TaskGroupId, "Wyvern Vale Community Safety Task Group", "Prepares the partnership plan and reviews its actions.", CspId))
        .WithProvenance(Illustration)
        .Build();

    /// <summary>The partnership's record: its area, Terms of Reference, meetings and local policing body.</summary>
    public static PartnershipRecord PartnershipRecord() => new PartnershipRecord(
            Partnership(),
            AreaKind.TwoTierDistrict,
            [new TermsOfReference(CspId, "2024", new LocalDate(2024, 3, 12), 4, Period.FromYears(1), "Wyvernshire Information Sharing Agreement", [TaskGroupId], Minutes(new LocalDate(2024, 3, 12)).At("minute 5"))],
            [new LocalDate(2025, 6, 10), new LocalDate(2025, 9, 9), new LocalDate(2025, 12, 9), new LocalDate(2026, 3, 10)],
            [Council.Id, CountyCouncil.Id, Police.Id, Fire.Id, Probation.Id, Health.Id],
            [Commissioner.Id])
        .WithMembershipKnownFrom(new LocalDate(2024, 3, 12))
        .WithProvenance(Illustration);

    /// <summary>The Community Safety Agreement of 2024.</summary>
    public static CommunitySafetyAgreementEdition Agreement2024() => new CommunitySafetyAgreementEdition(
            CspId,
            "2024",
            new LocalDate(2024, 4, 1),
            [
                new AgreementItem("anti-social-behaviour", "Anti-social behaviour"),
                new AgreementItem("domestic-abuse", "Domestic abuse"),
                new AgreementItem("road-safety", "Road safety"),
            ],
            [new AgreementItem("early-intervention", "Early intervention and prevention")],
            new SourceDocument("Wyvern Vale Community Safety Agreement 2024 (illustrative example)", new LocalDate(2024, 3, 12)))
        .WithDates(new LocalDate(2024, 3, 12), new LocalDate(2024, 4, 1))
        .WithProvenance(Illustration);

    /// <summary>The Community Safety Agreement of 2026: one priority renamed, one merged from two, one added.</summary>
    public static CommunitySafetyAgreementEdition Agreement2026() => new CommunitySafetyAgreementEdition(
            CspId,
            "2026",
            new LocalDate(2026, 4, 1),
            [
                new AgreementItem("neighbourhood-crime", "Neighbourhood crime and anti-social behaviour", ["anti-social-behaviour"]),
                new AgreementItem("domestic-abuse", "Domestic abuse and stalking"),
                new AgreementItem("road-safety", "Road safety"),
                new AgreementItem("serious-violence", "Serious violence"),
            ],
            [
                new AgreementItem("early-intervention", "Early intervention and prevention"),
                new AgreementItem("supporting-victims", "Supporting victims"),
            ],
            new SourceDocument("Wyvern Vale Community Safety Agreement 2026 (illustrative example)", new LocalDate(2026, 3, 10)))
        .WithDates(new LocalDate(2026, 3, 10), new LocalDate(2026, 4, 1))
        .WithProvenance(Illustration);

    /// <summary>Both editions.</summary>
    public static AgreementHistory AgreementHistory() => new([Agreement2024(), Agreement2026()]);

    private static Organisation Applicant(string identifier, string name) => new(Id(identifier), name);

    /// <summary>
    /// The 2025/26 round: three bids, one funded in full, one in part, one refused; an allocation paid in part, one
    /// monitoring return received on time and one late.
    /// </summary>
    public static FundingRound FundingRound()
    {
        var letter = new SourceDocument("Wyvernshire Police and Crime Commissioner, grant letter 2025/26 (illustrative example)", new LocalDate(2025, 3, 3));
        var funder = new LocalPolicingBody(Commissioner, LocalPolicingBodyKind.PoliceAndCrimeCommissioner, "Wyvernshire");
        var grant = new Grant("wyvern-vale-2025-26", funder, new Organisation(CspId, "Wyvern Vale Community Safety Partnership"),
            new FinancialYear(2025), Money.FromPounds(24_000m), "Crime and disorder reduction grant for Wyvern Vale.",
            [GrantCondition.SupportsPriorities, GrantCondition.MonitoringReturns], letter);
        var panel = Minutes(new LocalDate(2025, 6, 10)).At("minute 23");
        return FundingRoundBuilder.ForGrant(grant, "wyvern-vale-2025-26")
            .WithBidWindow(new DateInterval(new LocalDate(2025, 4, 7), new LocalDate(2025, 5, 16)))
            .AddBid(new BidBuilder()
                .WithId("town-centre-patrols")
                .WithApplicant(Applicant("street-pastors", "Wyvern Vale Street Pastors"))
                .WithProject("Town Centre Night Patrols")
                .WithPurpose("Volunteer patrols in the town centre on Friday and Saturday nights.")
                .WithAmountRequested(Money.FromPounds(8_000m))
                .AddPriorityId("anti-social-behaviour")
                .AddPlanObjective("safer-streets")
                .WithScope(ProjectScope.CountyWide)
                .WithSubmittedOn(new LocalDate(2025, 5, 2))
                .Build())
            .AddBid(new BidBuilder()
                .WithId("young-drivers")
                .WithApplicant(Fire)
                .WithProject("Young Drivers")
                .WithPurpose("Road safety sessions for sixth-form students.")
                .WithAmountRequested(Money.FromPounds(6_500m))
                .AddPriorityId("road-safety")
                .AddPlanObjective("safer-roads")
                .WithScope(ProjectScope.CountyWide)
                .WithSubmittedOn(new LocalDate(2025, 5, 9))
                .Build())
            .AddBid(new BidBuilder()
                .WithId("bike-marking")
                .WithApplicant(Applicant("cycle-club", "Wyvern Vale Cycle Club"))
                .WithProject("Bike Marking Days")
                .WithPurpose("Free cycle security marking at community events.")
                .WithAmountRequested(Money.FromPounds(1_500m))
                .AddPlanObjective("safer-streets")
                .WithScope(ProjectScope.CountyWide)
                .WithSubmittedOn(new LocalDate(2025, 5, 15))
                .Build())
            .AddDecision(new BidDecision("town-centre-patrols", DecisionOutcome.Funded, new LocalDate(2025, 6, 10), "Supports the anti-social behaviour priority.", Money.FromPounds(8_000m), null))
            .AddDecision(new BidDecision("young-drivers", DecisionOutcome.FundedInPart, new LocalDate(2025, 6, 10), "Funded for two schools of three.", Money.FromPounds(4_500m), null))
            .AddDecision(new BidDecision("bike-marking", DecisionOutcome.Refused, new LocalDate(2025, 6, 10), "Names no priority of the agreement.", null, null))
            .AddAllocation(new Allocation("town-centre-patrols-1", "town-centre-patrols", Money.FromPounds(8_000m), new LocalDate(2025, 6, 20)))
            .AddAllocation(new Allocation("young-drivers-1", "young-drivers", Money.FromPounds(4_500m), new LocalDate(2025, 6, 20)))
            .AddPayment(new Payment("town-centre-patrols-1", Money.FromPounds(4_000m), new LocalDate(2025, 7, 1)))
            .AddPayment(new Payment("young-drivers-1", Money.FromPounds(4_500m), new LocalDate(2025, 7, 1)))
            .AddMonitoringReturn(new MonitoringReturn("town-centre-patrols-1", new LocalDate(2025, 9, 1), new LocalDate(2025, 10, 31), new LocalDate(2025, 10, 24)))
            .AddMonitoringReturn(new MonitoringReturn("young-drivers-1", new LocalDate(2025, 9, 1), new LocalDate(2025, 10, 31), new LocalDate(2025, 12, 8)))
            .WithSource(panel)
            .WithProvenance(Illustration)
            .Build();
    }

    /// <summary>The partnership's funding policy: its own deadlines, the 2024 agreement and the commissioner's plan objectives.</summary>
    public static FundingPolicy FundingPolicy() => new FundingPolicy(
            withholdAfter: Period.FromDays(14),
            withdrawAfter: Period.FromMonths(2),
            inPrincipleLimit: Period.FromMonths(3),
            referLocalProjects: false,
            new SourceDocument("Wyvern Vale Community Safety Partnership, funding terms 2025/26 (illustrative example)", new LocalDate(2025, 3, 18), "section 2"))
        .WithAgreement(Agreement2024())
        .WithPlanObjectives(["safer-streets", "safer-roads", "support-victims"])
        .WithProvenance(Illustration);

    /// <summary>What the funding rules find in the round under the policy on 30 November 2025, when one monitoring return was a month late.</summary>
    public static IReadOnlyList<Finding> Findings() =>
        FundingRules.Evaluate(FundingRound(), new LocalDate(2025, 11, 30), FundingPolicy()).Findings;

    /// <summary>A meeting with one public item and one restricted item.</summary>
    public static Meeting Meeting()
    {
        var date = new LocalDate(2025, 6, 10);
        var minutes = Minutes(date);
        return MeetingBuilder.Of(Partnership(), date)
            .WithVenue("Wyvern Vale Civic Centre, Committee Room 2")
            .WithAttendance(new Attendance(
                [new Attendee("Councillor A. Example", "Chair", Council), new Attendee("Inspector B. Sample", null, Police), new Attendee("C. Placeholder", null, Fire)],
                [new Attendee("D. Specimen", "Community Safety Officer", Council)],
                [new Attendee("E. Instance", null, Probation)]))
            .AddItem(new AgendaItem(22, "A1", "Community Safety Agreement update", Classification.Unrestricted,
                ["The Community Safety Officer presented the quarter's indicators."],
                [new Resolution("RESOLVED that the update be noted.")],
                [],
                minutes.At("minute 22")))
            .AddItem(new AgendaItem(23, "A2", "Community safety fund 2025/26", Classification.Unrestricted,
                ["Three bids were received."],
                [new Resolution("RESOLVED that:", [new SubResolution('a', "the town centre patrols be funded in full;"), new SubResolution('b', "the young drivers sessions be funded in part.")])],
                [],
                minutes.At("minute 23")))
            .AddItem(new AgendaItem(24, "B1", "Domestic Homicide Review update", Classification.Restricted,
                ["The panel chair reported progress on the open review."],
                [new Resolution("RESOLVED that the update be noted.")],
                [],
                minutes.At("minute 24")))
            .WithSource(minutes)
            .WithProvenance(Illustration)
            .Build();
    }

    private static ReviewNotification Notification(LocalDate notifiedOn) =>
        new("Wyvernshire Police", notifiedOn, new ReviewCircumstances(true, PerpetratorRelationship.FormerIntimatePartner, DeathCircumstance.ViolenceAbuseOrNeglect));

    /// <summary>A review case that has reached the panel, with agency information requested.</summary>
    public static ReviewCase ReviewCase() =>
        ReviewCaseBuilder.Open(new ReviewCaseName("Alex", 2025), "wyvern-vale-dhr-2025-01", Notification(new LocalDate(2025, 2, 3)))
            .WithDecision(new ReviewDecision(ReviewDecisionOutcome.Review, new LocalDate(2025, 2, 24), true, null))
            .WithHomeOfficeInformedOn(new LocalDate(2025, 2, 26))
            .WithChairAppointedOn(new LocalDate(2025, 3, 20))
            .WithPanelConvenedOn(new LocalDate(2025, 4, 15))
            .AddAgencyInformation(new AgencyInformation("Wyvernshire Police", AgencyInformationKind.IndividualManagementReview, new LocalDate(2025, 4, 15), new LocalDate(2025, 6, 2)))
            .AddAgencyInformation(new AgencyInformation("Wyvern Vale District Council", AgencyInformationKind.IndividualManagementReview, new LocalDate(2025, 4, 15), null))
            .WithProvenance(Illustration)
            .Build();

    /// <summary>The register: the case above and one just notified.</summary>
    public static ReviewRegister ReviewRegister() =>
        new ReviewRegister(CspId,
            [
                ReviewCase().WithProvenance(null),
                ReviewCaseBuilder.Open(new ReviewCaseName("Jo", 2026), "wyvern-vale-dhr-2026-01", Notification(new LocalDate(2026, 9, 7))).Build(),
            ])
            .WithProvenance(Illustration);

    /// <summary>The 2025/26 action plan for the 2024 agreement: one action reviewed late, one not yet started.</summary>
    public static ActionPlan ActionPlan()
    {
        var start = new LocalDate(2025, 4, 1);
        return new ActionPlanBuilder()
            .WithPartnershipId(CspId)
            .WithEditionLabel("2024")
            .WithYear(new FinancialYear(2025))
            .AddPriority(new PriorityPlan("anti-social-behaviour", "Fewer repeat reports of anti-social behaviour in the town centre.", ["Night-time patrols every weekend"]))
            .AddPriority(new PriorityPlan("road-safety", "Fewer young drivers killed or seriously injured.", ["Every sixth form reached"]))
            .AddAction(new PlanAction("night-patrols", "anti-social-behaviour",
                "Volunteer patrols in the town centre on Friday and Saturday nights.", "Wyvern Vale Street Pastors", ["Wyvernshire Police"],
                "Patrols held and incidents attended, reported to the task group",
                start, new LocalDate(2026, 3, 31),
                [new ActionMilestone("Volunteers trained", new LocalDate(2025, 6, 30))],
                [new StatusChange(start, ActionStatus.InProgress)],
                ["early-intervention"],
                [new FundedProjectLink("wyvern-vale-2025-26", "town-centre-patrols")]))
            .AddAction(new PlanAction("young-drivers", "road-safety",
                "Road safety sessions for sixth-form students.", "Wyvernshire Fire and Rescue Service", [],
                "Sessions delivered, reported to the task group",
                new LocalDate(2025, 9, 1), new LocalDate(2025, 12, 19),
                [],
                [new StatusChange(new LocalDate(2025, 9, 1), ActionStatus.NotStarted)],
                ["early-intervention"],
                [new FundedProjectLink("wyvern-vale-2025-26", "young-drivers")]))
            .AddReview(new WorkingGroupReview(new LocalDate(2025, 7, 8), [new ActionUpdate("night-patrols", "Twelve volunteers trained; patrols began in June.", 25, null)]))
            .WithSource(new SourceDocument("Wyvern Vale Community Safety Partnership action plan 2025/26 (illustrative example)", new LocalDate(2025, 4, 1)))
            .WithProvenance(Illustration)
            .Build();
    }

    /// <summary>A fight with two victims, each also an offender, recorded three hours after the report.</summary>
    public static Incident Incident()
    {
        var ranking = OffenceRanking.Illustrative;
        var reportedAt = Instant.FromUtc(2025, 8, 16, 23, 10);
        return new Incident(
                "wyvern-vale-high-street-fight",
                reportedAt,
                ["p1", "p2"],
                ["p1", "p2"],
                [
                    new IncidentAct(ranking.Find("assault-with-injury")!, ["p1"], ["p2"]),
                    new IncidentAct(ranking.Find("assault-without-injury")!, ["p1"], ["p2"]),
                    new IncidentAct(ranking.Find("assault-without-injury")!, ["p2"], ["p1"]),
                ],
                new RecordingDecision(RecordingDecisionKind.Recorded, reportedAt.Plus(Duration.FromHours(3)), null),
                ranking.Find("public-order"))
            .WithProvenance(Illustration);
    }

    /// <summary>The incident counted one crime per victim, with the rule trail.</summary>
    public static CrimeCount CrimeCount() => CrimeCounter.Count(Incident(), OffenceRanking.Illustrative, CountingMode.VictimBased);

    /// <summary>An audit of 200 records, 183 of them correct.</summary>
    public static AccuracyAudit Audit() => new(200, 183);

    /// <summary>Two quarterly series and road casualties for two years, raw and severity-adjusted.</summary>
    public static IndicatorSet Indicators()
    {
        var asb = new IndicatorDefinition("asb-incidents", "Anti-social behaviour incidents reported", IndicatorUnit.Count, IndicatorPolarity.LowerIsBetter);
        var repeat = new IndicatorDefinition("repeat-victims", "Repeat victims of domestic abuse", IndicatorUnit.Count, IndicatorPolarity.NoPreferredDirection);
        return new IndicatorSetBuilder()
            .AddIndicator(asb)
            .AddIndicator(repeat)
            .AddIndicator(CasualtyMeasure.KilledOrSeriouslyInjured.Indicator)
            .AddSeries(new IndicatorSeries(asb, PeriodKind.FinancialQuarter, null,
            [
                new IndicatorValue(ReportingPeriod.Parse("2024/25 Q1"), 412),
                new IndicatorValue(ReportingPeriod.Parse("2024/25 Q2"), 455),
                new IndicatorValue(ReportingPeriod.Parse("2024/25 Q3"), 390),
                new IndicatorValue(ReportingPeriod.Parse("2024/25 Q4"), 361),
                new IndicatorValue(ReportingPeriod.Parse("2025/26 Q1"), 377),
            ]))
            .AddSeries(new IndicatorSeries(repeat, PeriodKind.FinancialQuarter, null,
            [
                new IndicatorValue(ReportingPeriod.Parse("2024/25 Q1"), 48),
                new IndicatorValue(ReportingPeriod.Parse("2025/26 Q1"), 64),
            ]))
            .AddRoadCasualties(new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2023), SeverityBasis.Raw, 3, 41, 310))
            .AddRoadCasualties(new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2024), SeverityBasis.Raw, 2, 52, 298))
            .AddRoadCasualties(new RoadCasualtyFigures(ReportingPeriod.ForCalendarYear(2024), SeverityBasis.Adjusted, 2, 58.5m, 291.5m))
            .WithProvenance(Illustration)
            .Build();
    }

    /// <summary>A ranking of three issues under a small scheme of the partnership's own.</summary>
    public static MorileRanking Morile()
    {
        var scores = MorileFactor.WholeNumbers(0, 4);
        var scheme = new MorileScheme(
                "wyvern-vale-scheme",
                "Wyvern Vale MoRiLE scheme",
                MorileCombination.Product,
                [
                    new MorileFactor("harmPhysical", "Physical harm", MorileFactorGroup.Harm, scores, weight: 1m),
                    new MorileFactor("harmVictimVulnerability", "Victim vulnerability", MorileFactorGroup.Harm, scores, weight: 1.5m),
                    new MorileFactor("likelihood", "Likelihood", MorileFactorGroup.Likelihood, [0.5m, 1m, 1.5m, 2m], weight: 1m),
                    new MorileFactor("positionCapacity", "Capacity", MorileFactorGroup.OrganisationalPosition, [1m, 2m, 3m], weight: 0.5m),
                ],
                [new MorileConfidenceLevel("high", "High", 3m), new MorileConfidenceLevel("low", "Low", 1m)],
                new SourceDocument("Wyvern Vale MoRiLE scoring guide (illustrative example)", null, "version 1"))
            .WithProvenance(Illustration);
        MorileAssessment Assess(string id, string name, decimal physical, decimal vulnerability, decimal likelihood, decimal capacity, string confidence) =>
            new(scheme, id, name,
                new Dictionary<string, decimal> { ["harmPhysical"] = physical, ["harmVictimVulnerability"] = vulnerability, ["likelihood"] = likelihood, ["positionCapacity"] = capacity },
                confidence);
        return new MorileRanking("Wyvern Vale, 2025", scheme,
            [
                Assess("anti-social-behaviour", "Anti-social behaviour", 1, 2, 2, 2, "high"),
                Assess("domestic-abuse", "Domestic abuse", 3, 4, 1.5m, 2, "high"),
                Assess("cycle-theft", "Cycle theft", 0, 1, 2, 1, "low"),
            ])
            .WithProvenance(Illustration);
    }
}
