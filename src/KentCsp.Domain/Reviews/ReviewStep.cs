using System;
using System.Collections.Generic;
using Ardalis.SmartEnum;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Reviews;

/// <summary>
/// Where a domestic homicide review (or domestic abuse related death review) stands: the steps of the statutory
/// process as a state machine, with the moves each step allows.
/// </summary>
/// <remarks>
/// <para>The process (Domestic Violence, Crime and Victims Act 2004 s.9; Multi-agency Statutory Guidance for the
/// Conduct of Domestic Homicide Reviews, December 2016): the police notify the partnership in writing
/// (<see cref="Notified"/>); the partnership decides whether to hold a review (<see cref="Decided"/>) and informs the
/// Home Office of its decision (<see cref="HomeOfficeInformed"/>, or <see cref="ClosedWithoutReview"/> when it
/// decided not to review); it appoints an independent chair (<see cref="ChairAppointed"/>), convenes the review panel
/// and agrees terms of reference (<see cref="PanelConvened"/>), asks agencies for Individual Management Reviews and
/// chronologies (<see cref="GatheringAgencyInformation"/>), completes the overview report, executive summary and
/// action plan (<see cref="ReportCompleted"/>) and signs it off (<see cref="SignedOff"/>); the report goes to the Home
/// Office Quality Assurance Panel (<see cref="SubmittedForQualityAssurance"/>), which approves it
/// (<see cref="Approved"/>) or asks for it to be resubmitted with feedback (<see cref="ResubmissionRequested"/>, from
/// which the report is submitted again); the approved report is published, anonymised (<see cref="Published"/>), and
/// its action plan monitored to closure (<see cref="ActionPlanClosed"/>).</para>
/// <para>The moves are held here, in the catalogue, as one table of steps by name: <see cref="CanMoveTo"/>,
/// <see cref="NextSteps"/> and <see cref="IsClosed"/> (no moves) are read from it, and a <see cref="ReviewCase"/>
/// checks its history, and the order of its dates, against it. A step that allows more agency information to be
/// requested or received moves to itself.</para>
/// <para>The order of the process is the walk of the table from <see cref="Notified"/>: each step before the steps it
/// leads to, the main line before a branch that closes the case (<see cref="ClosedWithoutReview"/> last).
/// <see cref="SmartEnum{TEnum, TValue}.Value"/> numbers the steps in that order, so <see cref="Catalogue{TSelf}.All"/>
/// lists them in it; the library's tests walk the table and hold the numbering to it.</para>
/// <para>The catalogue is closed; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewStep : Catalogue<ReviewStep>
{
    /// <summary>The police have notified the partnership of the death, in writing; a decision on whether to review is due.</summary>
    public static readonly ReviewStep Notified = new(nameof(Notified), 1, "notified");

    /// <summary>The partnership has decided whether to hold a review; the Home Office is to be informed.</summary>
    public static readonly ReviewStep Decided = new(nameof(Decided), 2, "decided");

    /// <summary>The partnership decided to review and has informed the Home Office; an independent chair is to be appointed.</summary>
    public static readonly ReviewStep HomeOfficeInformed = new(nameof(HomeOfficeInformed), 3, "Home Office informed");

    /// <summary>An independent chair is appointed; the panel and terms of reference are to follow.</summary>
    public static readonly ReviewStep ChairAppointed = new(nameof(ChairAppointed), 4, "independent chair appointed");

    /// <summary>The review panel is convened and its terms of reference agreed; agency information is to be requested.</summary>
    public static readonly ReviewStep PanelConvened = new(nameof(PanelConvened), 5, "panel and terms of reference agreed");

    /// <summary>Individual Management Reviews and chronologies have been requested from agencies; the report follows once all are received.</summary>
    public static readonly ReviewStep GatheringAgencyInformation = new(nameof(GatheringAgencyInformation), 6, "agency information requested");

    /// <summary>The overview report, executive summary and action plan are complete; the partnership is to sign them off.</summary>
    public static readonly ReviewStep ReportCompleted = new(nameof(ReportCompleted), 7, "report completed");

    /// <summary>The partnership has signed off the report; it is to go to the Home Office Quality Assurance Panel.</summary>
    public static readonly ReviewStep SignedOff = new(nameof(SignedOff), 8, "signed off");

    /// <summary>The report is with the Home Office Quality Assurance Panel.</summary>
    public static readonly ReviewStep SubmittedForQualityAssurance = new(nameof(SubmittedForQualityAssurance), 9, "with the Quality Assurance Panel");

    /// <summary>The Quality Assurance Panel has asked for the report to be resubmitted, with feedback; it is to be submitted again.</summary>
    public static readonly ReviewStep ResubmissionRequested = new(nameof(ResubmissionRequested), 10, "resubmission requested");

    /// <summary>The Quality Assurance Panel has approved the report; it may be published.</summary>
    public static readonly ReviewStep Approved = new(nameof(Approved), 11, "approved for publication");

    /// <summary>The report is published, anonymised; its action plan is being monitored.</summary>
    public static readonly ReviewStep Published = new(nameof(Published), 12, "published");

    /// <summary>Every action of the action plan is complete and the plan is closed. The review is closed.</summary>
    public static readonly ReviewStep ActionPlanClosed = new(nameof(ActionPlanClosed), 13, "action plan closed");

    /// <summary>The partnership decided not to review and has informed the Home Office. The case is closed.</summary>
    public static readonly ReviewStep ClosedWithoutReview = new(nameof(ClosedWithoutReview), 14, "closed without review");

    /// <summary>
    /// The process as a table, one row per step naming the steps it may move to: the one place the order of the
    /// process is written down. <see cref="NextSteps"/>, <see cref="CanMoveTo"/>, <see cref="IsClosed"/> and the
    /// history a <see cref="ReviewCase"/> works out from its record all follow from it, and the numbering of the steps
    /// (the order of <see cref="Catalogue{TSelf}.All"/>) follows its walk from <see cref="Notified"/>.
    /// </summary>
    private static readonly (ReviewStep From, ReviewStep[] To)[] Moves =
    [
        (Notified, [Decided]),
        (Decided, [HomeOfficeInformed, ClosedWithoutReview]),
        (HomeOfficeInformed, [ChairAppointed]),
        (ChairAppointed, [PanelConvened]),
        (PanelConvened, [GatheringAgencyInformation]),
        (GatheringAgencyInformation, [GatheringAgencyInformation, ReportCompleted]),
        (ReportCompleted, [SignedOff]),
        (SignedOff, [SubmittedForQualityAssurance]),
        (SubmittedForQualityAssurance, [ResubmissionRequested, Approved]),
        (ResubmissionRequested, [SubmittedForQualityAssurance]),
        (Approved, [Published]),
        (Published, [ActionPlanClosed]),
        (ActionPlanClosed, []),
        (ClosedWithoutReview, []),
    ];

    private readonly Lazy<ValueList<ReviewStep>> nextSteps;

    private readonly Lazy<bool> allowsSendingReport;

    private ReviewStep(string name, int value, string description)
        : base(name, value)
    {
        Description = description;
        // Resolved on first use: the table is built after every member.
        nextSteps = new Lazy<ValueList<ReviewStep>>(() => ValueList<ReviewStep>.Own((ReviewStep[])Row(this).Clone()));
        allowsSendingReport = new Lazy<bool>(() => this == SubmittedForQualityAssurance || SubmittedForQualityAssurance.LeadsTo(this));
    }

    /// <summary>The step in words, e.g. "report completed".</summary>
    public string Description { get; }

    /// <summary>Whether the case is closed at this step: nothing follows it.</summary>
    public bool IsClosed => NextSteps.Count == 0;

    /// <summary>
    /// Whether the report may be sent to the Domestic Abuse Commissioner at this step: once it is completed, that is
    /// first submitted to the Quality Assurance Panel (<see cref="SubmittedForQualityAssurance"/> and every step it
    /// leads to), whatever the panel decides.
    /// </summary>
    /// <remarks>
    /// The Domestic Violence, Crime and Victims Act 2004 s.9(3B)–(3C) requires the report to be sent to the
    /// Commissioner as soon as reasonably practicable after it is completed; the panel's approval is not a condition.
    /// "Completed" is read as <see cref="ReviewCase.CompletedOn"/>, the partnership's part done — the same reading the
    /// timetable's completion deadline uses. That reading is the library's (<b>unconfirmed</b>).
    /// </remarks>
    public bool AllowsSendingReport => allowsSendingReport.Value;

    /// <summary>The steps a case may move to from this one, in the order of the process.</summary>
    /// <value>Empty for a closed step. <see cref="GatheringAgencyInformation"/> lists itself.</value>
    public IReadOnlyList<ReviewStep> NextSteps => nextSteps.Value;

    /// <summary>Whether a case at this step may move to <paramref name="next"/>.</summary>
    /// <param name="next">The step to move to.</param>
    /// <returns>True if the process allows the move.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is null.</exception>
    public bool CanMoveTo(ReviewStep next)
    {
        if (next is null)
        {
            throw new ArgumentNullException(nameof(next));
        }
        return Array.IndexOf(Row(this), next) >= 0;
    }

    /// <summary>Whether a case at this step has yet to reach <paramref name="later"/>, which the process leads to from here by one or more moves.</summary>
    internal bool LeadsTo(ReviewStep later)
    {
        var seen = new HashSet<ReviewStep>();
        var queue = new Queue<ReviewStep>(Row(this));
        while (queue.Count > 0)
        {
            var step = queue.Dequeue();
            if (step == later)
            {
                return true;
            }
            if (seen.Add(step))
            {
                foreach (var next in Row(step))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return false;
    }

    private static ReviewStep[] Row(ReviewStep from)
    {
        foreach (var (step, to) in Moves)
        {
            if (step == from)
            {
                return to;
            }
        }
        throw new InvalidOperationException($"The table of moves has no row for {from.Name}.");
    }
}
