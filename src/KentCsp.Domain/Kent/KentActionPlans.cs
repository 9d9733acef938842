using KentCsp.Domain.ActionPlans;
using NodaTime;

namespace KentCsp.Domain.Kent;

/// <summary>
/// An <b>illustration</b> of Kent's Community Safety Agreement action plan for 2017/18, put together from what the
/// reports and minutes say about it. The plan itself (Appendix 1 of the report of 19 July 2017) is not in the sources,
/// so this is not that plan: its <see cref="ActionPlan.Provenance"/> is illustrative as a whole
/// (<see cref="ActionPlan.IsIllustration"/> is true), and the JSON document writes that in its <c>provenance</c> member.
/// </summary>
/// <remarks>
/// <para>What comes from the sources: the actions carried forward as ongoing — Domestic Homicide Reviews, information
/// sharing, raising awareness across partners, training and workshops on online safety and road safety (Licence to
/// Kill) — and the actions added — the 2017 Community Safety Conference and the projects that received funding (Kent
/// Community Safety Agreement Update, 19 July 2017, section 3.4); the conference date, 7 November 2017, and the funded
/// projects (minute 150 of 19 July 2017); the reference to the Kent Community Alcohol Partnerships in the plan (minute
/// 155); the Kent and Medway Information Sharing Agreement (minute 152); the DHR Steering Group and seminars (minute 159).</para>
/// <para>What does <b>not</b> come from the sources, and is why the whole plan is marked illustrative: the wording of each
/// priority's aim and outcomes, the leads and partners where the minutes name none, the start date of every action
/// (1 April 2017, the start of the year), the due dates other than the conference's (31 March 2018, the end of the
/// year), and the statuses: the ongoing actions and the funded projects not yet started are recorded from
/// 1 April 2017, and the conference as in progress from 19 July 2017. The plan has no reviews: the sources give no
/// progress figures.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentActionPlans
{
    private static readonly LocalDate YearStart = new(2017, 4, 1);
    private static readonly LocalDate YearEnd = new(2018, 3, 31);
    private static readonly LocalDate ReportDate = new(2017, 7, 19);

    /// <summary>The illustration of Kent's 2017/18 action plan for the 2017 Community Safety Agreement; see the class remarks for what is and is not from the sources.</summary>
    public static ActionPlan Illustration2017To18 { get; } = Build();

    private static ActionPlan Build()
    {
        const string Kcc = "KCC Community Safety Team";
        const string WorkingGroup = "Progress reported to the KCSP Working Group, which reviews the plan during the year (section 3.6)";
        PriorityPlan[] priorities =
        [
            new("domestic-abuse", "Illustration: reduce the harm caused by domestic abuse and learn from domestic homicides.",
                ["Illustration: Domestic Homicide Reviews completed under the Home Office statutory guidance (minute 159)."]),
            new("substance-misuse", "Illustration: reduce the harm caused by drugs and alcohol, with the Kent Drug and Alcohol Strategy.",
                ["Illustration: Kent Community Alcohol Partnerships supported (minute 155)."]),
            new("safeguarding-vulnerable-people", "Illustration: protect vulnerable people, including online and from scams.",
                ["Illustration: online safety workshops delivered (minute 150).", "Illustration: partners share information under the Kent and Medway Information Sharing Agreement (minute 152)."]),
            new("serious-and-organised-crime", "Illustration: work together to protect vulnerable people from organised crime.",
                ["Illustration: the 2017 Community Safety Conference held on that theme (minute 150)."]),
            new("road-safety", "Illustration: reduce the number of people killed or seriously injured on Kent's roads (section 4.3).",
                ["Illustration: Licence to Kill presentations delivered to young people (minute 150)."]),
        ];
        PlanAction[] actions =
        [
            Action("conference-2017", "serious-and-organised-crime",
                "Hold the annual Community Safety Conference 2017 on working together to protect vulnerable people from organised crime (7 November 2017, Kent County Showground).",
                "KCSP Working Group", [], "Conference held; feedback reported to the Working Group (illustration)",
                new LocalDate(2017, 11, 7), ActionStatus.InProgress, ["early-intervention"], []),
            Action("domestic-homicide-reviews", "domestic-abuse",
                "Commission and oversee Domestic Homicide Reviews through the DHR Steering Group; DHR seminars planned.",
                Kcc, ["Medway CSP"], "Status of active DHR cases reported to the KCSP (minute 159)",
                null, ActionStatus.Ongoing, ["reoffending-and-victims"], []),
            Action("information-sharing", "safeguarding-vulnerable-people",
                "Information sharing: every KCSP member organisation signed up to the latest Kent and Medway Information Sharing Agreement.",
                "KCSP member organisations", [], "Sign-up reported to the KCSP (illustration)",
                null, ActionStatus.Ongoing, ["quality-of-life"], []),
            Action("awareness-raising", "safeguarding-vulnerable-people",
                "Continue to raise awareness across partners on a variety of issues, including awareness campaigns and weeks run with other partnerships.",
                Kcc, [], WorkingGroup,
                null, ActionStatus.Ongoing, ["early-intervention"], []),
            Action("online-safety", "safeguarding-vulnerable-people",
                "Training and workshops on online safety (e-safety), including the online safety workshops funded by the KCSP.",
                Kcc, [], WorkingGroup,
                YearEnd, ActionStatus.Ongoing, ["early-intervention"], [new FundedProjectLink("kcsp-2017-18", "online-safety-workshops")]),
            Action("licence-to-kill", "road-safety",
                "Road safety training: Licence to Kill presentations to young people, funded by the KCSP.",
                "Kent and Medway Road Casualty Reduction Partnership (illustration)", ["Kent Fire and Rescue Service"], WorkingGroup,
                YearEnd, ActionStatus.Ongoing, ["early-intervention"], [new FundedProjectLink("kcsp-2017-18", "licence-to-kill-presentations")]),
            Action("scams-tru-call", "safeguarding-vulnerable-people",
                "Provide Tru-Call devices to protect vulnerable people from scam calls, funded by the KCSP.",
                Kcc, [], WorkingGroup,
                YearEnd, ActionStatus.NotStarted, ["reoffending-and-victims"], [new FundedProjectLink("kcsp-2017-18", "scams-tru-call-devices")]),
            Action("gangs-training", "serious-and-organised-crime",
                "Integrated approach to gangs training, funded in principle whilst further discussions are undertaken.",
                Kcc, [], WorkingGroup,
                YearEnd, ActionStatus.NotStarted, ["early-intervention"], [new FundedProjectLink("kcsp-2017-18", "gangs-training")]),
            Action("community-alcohol-partnerships", "substance-misuse",
                "Support the Kent Community Alcohol Partnerships (KCAP), referred to in the action plan; a relaunch was considered a good idea.",
                "Kent Drug and Alcohol Action Team Board (illustration)", [], WorkingGroup,
                null, ActionStatus.Ongoing, ["quality-of-life"], []),
        ];
        return ActionPlan.For(
                KentData.CommunitySafetyAgreement2017,
                new FinancialYear(2017),
                priorities,
                actions,
                KentSources.CsaUpdate2017July19.At("sections 3.1–3.6; minutes 150, 152, 155 and 159 of 19 July 2017"))
            .WithProvenance(ProvenanceRecord.Of(Provenance.Illustrative(
                "Put together from what the report and minutes of 19 July 2017 say about the plan, which is not in the sources: aims, outcomes, leads where none is named, start and due dates other than the conference's, and statuses are made up.")));
    }

    private static PlanAction Action(
        string id,
        string priorityId,
        string description,
        string lead,
        string[] partners,
        string measure,
        LocalDate? dueOn,
        ActionStatus status,
        string[] themeIds,
        FundedProjectLink[] fundedProjects) =>
        new(id, priorityId, description, lead, partners, measure, YearStart, dueOn, [],
            status == ActionStatus.InProgress
                ? [new StatusChange(YearStart, ActionStatus.NotStarted), new StatusChange(ReportDate, status)]
                : [new StatusChange(YearStart, status)],
            themeIds, fundedProjects);
}
