using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;

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
/// <para>The moves are held here, in the catalogue: <see cref="CanMoveTo"/> and <see cref="NextSteps"/>. A step that
/// allows more agency information to be requested or received moves to itself.</para>
/// <para>The catalogue is closed and ordered by <see cref="SmartEnum{TEnum, TValue}.Value"/>, the order of the
/// process; <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable JSON name.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReviewStep : SmartEnum<ReviewStep>
{
    /// <summary>The police have notified the partnership of the death, in writing; a decision on whether to review is due.</summary>
    public static readonly ReviewStep Notified = new(nameof(Notified), 1, "notified", isClosed: false, allowsSendingReport: false, 2);

    /// <summary>The partnership has decided whether to hold a review; the Home Office is to be informed.</summary>
    public static readonly ReviewStep Decided = new(nameof(Decided), 2, "decided", isClosed: false, allowsSendingReport: false, 3, 14);

    /// <summary>The partnership decided to review and has informed the Home Office; an independent chair is to be appointed.</summary>
    public static readonly ReviewStep HomeOfficeInformed = new(nameof(HomeOfficeInformed), 3, "Home Office informed", isClosed: false, allowsSendingReport: false, 4);

    /// <summary>An independent chair is appointed; the panel and terms of reference are to follow.</summary>
    public static readonly ReviewStep ChairAppointed = new(nameof(ChairAppointed), 4, "independent chair appointed", isClosed: false, allowsSendingReport: false, 5);

    /// <summary>The review panel is convened and its terms of reference agreed; agency information is to be requested.</summary>
    public static readonly ReviewStep PanelConvened = new(nameof(PanelConvened), 5, "panel and terms of reference agreed", isClosed: false, allowsSendingReport: false, 6);

    /// <summary>Individual Management Reviews and chronologies have been requested from agencies; the report follows once all are received.</summary>
    public static readonly ReviewStep GatheringAgencyInformation = new(nameof(GatheringAgencyInformation), 6, "agency information requested", isClosed: false, allowsSendingReport: false, 6, 7);

    /// <summary>The overview report, executive summary and action plan are complete; the partnership is to sign them off.</summary>
    public static readonly ReviewStep ReportCompleted = new(nameof(ReportCompleted), 7, "report completed", isClosed: false, allowsSendingReport: false, 8);

    /// <summary>The partnership has signed off the report; it is to go to the Home Office Quality Assurance Panel.</summary>
    public static readonly ReviewStep SignedOff = new(nameof(SignedOff), 8, "signed off", isClosed: false, allowsSendingReport: false, 9);

    /// <summary>The report is with the Home Office Quality Assurance Panel.</summary>
    public static readonly ReviewStep SubmittedForQualityAssurance = new(nameof(SubmittedForQualityAssurance), 9, "with the Quality Assurance Panel", isClosed: false, allowsSendingReport: false, 10, 11);

    /// <summary>The Quality Assurance Panel has asked for the report to be resubmitted, with feedback; it is to be submitted again.</summary>
    public static readonly ReviewStep ResubmissionRequested = new(nameof(ResubmissionRequested), 10, "resubmission requested", isClosed: false, allowsSendingReport: false, 9);

    /// <summary>The Quality Assurance Panel has approved the report; it may be published.</summary>
    public static readonly ReviewStep Approved = new(nameof(Approved), 11, "approved for publication", isClosed: false, allowsSendingReport: true, 12);

    /// <summary>The report is published, anonymised; its action plan is being monitored.</summary>
    public static readonly ReviewStep Published = new(nameof(Published), 12, "published", isClosed: false, allowsSendingReport: true, 13);

    /// <summary>Every action of the action plan is complete and the plan is closed. The review is closed.</summary>
    public static readonly ReviewStep ActionPlanClosed = new(nameof(ActionPlanClosed), 13, "action plan closed", isClosed: true, allowsSendingReport: true);

    /// <summary>The partnership decided not to review and has informed the Home Office. The case is closed.</summary>
    public static readonly ReviewStep ClosedWithoutReview = new(nameof(ClosedWithoutReview), 14, "closed without review", isClosed: true, allowsSendingReport: false);

    private static readonly Lazy<ReviewStep[]> Ordered = new(() => List.OrderBy(step => step.Value).ToArray());

    private readonly int[] nextValues;
    private readonly Lazy<ReviewStep[]> nextSteps;

    private ReviewStep(string name, int value, string description, bool isClosed, bool allowsSendingReport, params int[] nextValues)
        : base(name, value)
    {
        Description = description;
        IsClosed = isClosed;
        AllowsSendingReport = allowsSendingReport;
        this.nextValues = nextValues;
        // Resolved on first use: the members named here may not exist yet while the catalogue is being built.
        nextSteps = new Lazy<ReviewStep[]>(() => Array.ConvertAll(this.nextValues, FromValue));
    }

    /// <summary>Every step, in the order of the process (<see cref="ClosedWithoutReview"/> last).</summary>
    /// <value>A list built once and shared; it is never modified.</value>
    public static IReadOnlyList<ReviewStep> All => Ordered.Value;

    /// <summary>The step in words, e.g. "report completed".</summary>
    public string Description { get; }

    /// <summary>Whether the case is closed at this step: nothing follows it.</summary>
    public bool IsClosed { get; }

    /// <summary>Whether the report may be sent to the Domestic Abuse Commissioner at this step: once the Quality Assurance Panel has approved it.</summary>
    public bool AllowsSendingReport { get; }

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
        return Array.IndexOf(nextValues, next.Value) >= 0;
    }
}
