using KentCsp.Domain.Funding;
using KentCsp.Domain.Partnership;
using NodaTime;

namespace KentCsp.Domain.Kent;

/// <summary>
/// The Kent Police and Crime Commissioner's grants to the Kent Community Safety Partnership, and the rounds in which
/// the KCSP passed them on, as the KCSP's papers record them.
/// </summary>
/// <remarks>
/// <para><b>2016/17</b> (Working Group update, 15 March 2017, section 3): £39,661 to fund pan-Kent projects focusing
/// on the Community Safety Agreement priorities and supporting the Police and Crime Plan; eight projects, whose amounts
/// add up exactly to the grant. The report names projects, not the organisations that ran them, so each project is its
/// own recipient with a <c>360G-kentcsp-project-…</c> identifier. It gives no award dates, bid amounts or bid window:
/// decisions and allocations carry the report's date (the date by which they had been made), amounts asked for are
/// left out, and the priorities each project supports are read from its description (the report says only that the
/// projects focus on the agreement's priorities).</para>
/// <para><b>2017/18</b> (Working Group update, section 3.3; minute 150 of 19 July 2017): funding "at its current
/// level" confirmed, recorded here as £39,661; by July 2017 three bids funded (online safety workshops, Licence to
/// Kill presentations, scams Tru-Call devices) and the integrated approach to gangs training funded in principle
/// pending further discussion. The minutes give no amounts, so the decisions carry none and there are no
/// allocations.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentFunding
{
    private static readonly LocalDate ReportDate = new(2017, 3, 15);
    private static readonly LocalDate MeetingDate = new(2017, 7, 19);

    /// <summary>The Kent Police and Crime Commissioner, the elected local policing body for Kent (not the Commissioner's office).</summary>
    public static LocalPolicingBody PoliceAndCrimeCommissioner { get; } =
        new(KentOrganisations.PoliceAndCrimeCommissioner, LocalPolicingBodyKind.PoliceAndCrimeCommissioner, "Kent");

    /// <summary>The KCSP as the recipient of the grant.</summary>
    public static Organisation Kcsp { get; } = new(KentData.KcspId, KentData.Partnership.Name);

    /// <summary>The 2016/17 grant: £39,661 from the Kent Police and Crime Commissioner to the KCSP.</summary>
    public static Grant Grant2016To17 { get; } = new(
        "kcsp-2016-17",
        PoliceAndCrimeCommissioner,
        Kcsp,
        new FinancialYear(2016),
        Money.FromPounds(39_661m),
        "To fund pan Kent projects focussing on the priorities identified in the Community Safety Agreement and supporting the Police and Crime Plan.",
        [GrantCondition.SupportsPriorities, GrantCondition.PanCountyScope],
        KentSources.WorkingGroupUpdate2017March15.At("section 3.1"));

    /// <summary>The 2016/17 round: the eight projects the KCSP funded, with their amounts.</summary>
    public static FundingRound Round2016To17 { get; } = Build2016To17();

    /// <summary>
    /// The 2017/18 grant: funding "at its current level" (Working Group update, section 3.3), "approximately £40k"
    /// (minute 150), with strengthened criteria. The amount £39,661 is inferred from those words and the 2016/17 grant;
    /// <see cref="Round2017To18"/> marks it so (<c>grant.amount</c>).
    /// </summary>
    public static Grant Grant2017To18 { get; } = new(
        "kcsp-2017-18",
        PoliceAndCrimeCommissioner,
        Kcsp,
        new FinancialYear(2017),
        Money.FromPounds(39_661m),
        "Funding at its current level, for bids that support the priorities of the new Police and Crime Plan with no duplication of effort across the County.",
        [GrantCondition.SupportsPriorities, GrantCondition.PanCountyScope, GrantCondition.NoDuplication, GrantCondition.MonitoringReturns],
        KentSources.WorkingGroupUpdate2017March15.At("section 3.3"));

    /// <summary>The 2017/18 round as the minutes of 19 July 2017 describe it: three bids funded, gangs training funded in principle.</summary>
    public static FundingRound Round2017To18 { get; } = Build2017To18();

    private static FundingRound Build2016To17()
    {
        var source = KentSources.WorkingGroupUpdate2017March15.At("section 3.2");
        (string Id, string Project, string Purpose, decimal Pounds, string Priority)[] projects =
        [
            ("licence-to-kill", "Licence to Kill", "Theatre based road safety show to raise awareness of the risks to young people on the roads and ways of making themselves safer.", 6_000m, "road-safety"),
            ("stop-the-scammers", "Stop the Scammers", "Development of a postcard sized leaflet (Scam - It's a Crime!) to raise awareness with staff and the public to spot scams, recognise victims and where to report it.", 1_000m, "safeguarding-vulnerable-people"),
            ("domestic-homicide-reviews", "Domestic Homicide Reviews", "Contribution to the cost of facilitating the statutory DHR process including independent chairs.", 12_000m, "domestic-abuse"),
            ("small-steps", "Small Steps", "Child pedestrian training scheme designed to teach children as young as five the essential skills needed to cross the road; countywide, targeting KSI hotspot areas.", 3_100m, "road-safety"),
            ("project-liberty", "Project Liberty", "Kent initiative mainly funded by the Big Lottery Fund to support at least 270 girls (aged 11 to 24) and their parents who are at risk of exploitation and abuse.", 7_535m, "safeguarding-vulnerable-people"),
            ("da-perpetrator-programme-support-work", "DA Perpetrator Programme – Support Work", "Provision of additional support work for the partners/families of the attendees at the 12 week perpetrator programme.", 1_080m, "domestic-abuse"),
            ("mental-health-section-136-research", "Mental Health - Section 136 research", "Research project aiming to reduce the number of individuals detained by Police under Section 136 of the Mental Health Act and to understand where interventions could be most effective.", 2_250m, "safeguarding-vulnerable-people"),
            ("is-it-worth-it-school-tour", "'Is it Worth It' School Tour", "Educational show visiting secondary schools delivering messages to young people around internet safety, raising awareness of the potential risks associated with online activity and behaviour.", 6_696m, "safeguarding-vulnerable-people"),
        ];
        var bids = new Bid[projects.Length];
        var decisions = new BidDecision[projects.Length];
        var allocations = new Allocation[projects.Length];
        for (int i = 0; i < projects.Length; i++)
        {
            var (id, project, purpose, pounds, priority) = projects[i];
            var amount = Money.FromPounds(pounds);
            bids[i] = new Bid(id, Project(id, project), project, purpose, null, [priority], [], ProjectScope.CountyWide, null);
            decisions[i] = new BidDecision(id, DecisionOutcome.Funded, ReportDate, "A pan-Kent project focusing on the Community Safety Agreement priorities (Working Group update, 15 March 2017, section 3.2).", amount, null);
            allocations[i] = new Allocation(id, id, amount, ReportDate);
        }
        var record = new ProvenanceRecord(Provenance.Sourced(source), [new FieldProvenance("grant", Provenance.Sourced(Grant2016To17.Source))]);
        for (int i = 0; i < projects.Length; i++)
        {
            record = record
                .With($"bids[{i}].applicant", Provenance.Inferred(ProjectAsRecipient, source))
                .With($"bids[{i}].priorityIds", Provenance.Inferred("Read from the project's description: the report says only that the projects focus on the agreement's priorities.", source))
                .With($"decisions[{i}].decidedOn", Provenance.Inferred(AwardDateFromReport, source))
                .With($"allocations[{i}].allocatedOn", Provenance.Inferred(AwardDateFromReport, source));
        }
        return new FundingRound("kcsp-2016-17", Grant2016To17, null, bids, decisions, allocations, [], [], [], source).WithProvenance(record);
    }

    private static FundingRound Build2017To18()
    {
        var source = KentSources.KcspMinutes2017July19.At("minute 150");
        const string Funded = "Funding allocated by the KCSP (minute 150 of 19 July 2017).";
        Bid[] bids =
        [
            new("online-safety-workshops", Project("online-safety-workshops", "Online safety workshops"), "Online safety workshops", "Online safety workshops.", null, ["safeguarding-vulnerable-people"], [], ProjectScope.CountyWide, null),
            new("licence-to-kill-presentations", Project("licence-to-kill", "Licence to Kill"), "Licence to Kill presentations", "Licence to Kill presentations.", null, ["road-safety"], [], ProjectScope.CountyWide, null),
            new("scams-tru-call-devices", Project("scams-tru-call-devices", "Scams Tru-Call devices"), "Scams Tru-Call devices", "Scams Tru-Call devices.", null, ["safeguarding-vulnerable-people"], [], ProjectScope.CountyWide, null),
            new("gangs-training", Project("gangs-training", "Integrated approach to gangs training"), "Integrated approach to gangs training", "Integrated approach to gangs training.", null, ["serious-and-organised-crime"], [], ProjectScope.CountyWide, null),
        ];
        BidDecision[] decisions =
        [
            new("online-safety-workshops", DecisionOutcome.Funded, MeetingDate, Funded, null, null),
            new("licence-to-kill-presentations", DecisionOutcome.Funded, MeetingDate, Funded, null, null),
            new("scams-tru-call-devices", DecisionOutcome.Funded, MeetingDate, Funded, null, null),
            new("gangs-training", DecisionOutcome.FundedInPrinciple, MeetingDate, "Funded in principle whilst further discussions were undertaken (minute 150 of 19 July 2017).", null, null),
        ];
        var record = new ProvenanceRecord(
            Provenance.Sourced(source),
            [
                new FieldProvenance("grant", Provenance.Sourced(Grant2017To18.Source)),
                new FieldProvenance("grant.amount", Provenance.Inferred(
                    "The sources give funding \"at its current level\" (Working Group update, 15 March 2017, section 3.3) and \"approximately £40k\" (minute 150 of 19 July 2017), so the amount is taken to be the 2016/17 grant of £39,661.",
                    Grant2017To18.Source)),
            ]);
        for (int i = 0; i < bids.Length; i++)
        {
            record = record
                .With($"bids[{i}].applicant", Provenance.Inferred(ProjectAsRecipient, source))
                .With($"bids[{i}].priorityIds", Provenance.Inferred("Read from the project's name: the minutes name the projects and no priorities.", source))
                .With($"decisions[{i}].decidedOn", Provenance.Inferred("The meeting date, by which the minutes record the funding as allocated \"so far\"; the day of each decision is not given.", source));
        }
        return new FundingRound("kcsp-2017-18", Grant2017To18, null, bids, decisions, [], [], [], [], source).WithProvenance(record);
    }

    private const string ProjectAsRecipient = "The sources name projects, not the organisations that ran them, so each project stands as its own recipient.";

    private const string AwardDateFromReport = "The report's date, by which the award had been made; the sources give no award dates.";

    private static Organisation Project(string id, string name) =>
        new(new OrganisationId(KentOrganisations.Scheme, "project-" + id), name);
}
