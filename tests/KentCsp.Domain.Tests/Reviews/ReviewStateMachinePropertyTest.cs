using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using KentCsp.Domain.Reviews;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Reviews;

/// <summary>
/// Model-based: random sequences of commands (with dates before, on and after the step they follow) run against a
/// <see cref="ReviewCase"/> and against a small independent model of the process. Every answer must agree with the
/// model; no sequence may reach a case the public constructor would refuse; a refusal must leave the case unchanged.
/// </summary>
public class ReviewStateMachinePropertyTest
{
    private static readonly string[] Agencies = ["Kent Police", "Kent County Council"];

    internal enum Kind
    {
        Decide, InformHomeOffice, AppointChair, ConvenePanel, Request, Receive, CompleteReport, SignOff, Submit,
        Approve, RequestResubmission, Publish, CloseActionPlan, SendToCommissioner,
    }

    internal sealed record Command(Kind Kind, int Offset, int Agency, int InformationKind, bool Flag, bool Flag2)
    {
        public override string ToString() => $"{Kind}({Offset:+0;-0}, {Agencies[Agency]}, {AgencyInformationKind.All[InformationKind].ShortName}, {Flag}, {Flag2})";
    }

    internal static readonly Gen<Command> Commands =
        Gen.Select(Gen.Int[0, 13], Gen.Int[-6, 40], Gen.Int[0, 1], Gen.Int[0, 1], Gen.Bool, Gen.Bool,
            (kind, offset, agency, information, flag, flag2) => new Command((Kind)kind, offset, agency, information, flag, flag2));

    private static readonly Gen<bool?> OptionalBool = Gen.Int[0, 2].Select(i => i switch { 0 => (bool?)true, 1 => false, _ => null });

    private static Gen<T?> Optional<T>(IReadOnlyList<T> items)
        where T : class =>
        Gen.Int[0, items.Count].Select(i => i == items.Count ? null : items[i]);

    internal static readonly Gen<ReviewCircumstances> Circumstances =
        Gen.Select(Gen.Frequency((4, Gen.Const((bool?)true)), (1, OptionalBool)), Optional(PerpetratorRelationship.All), Optional(DeathCircumstance.All),
            (age, relationship, death) => new ReviewCircumstances(age, relationship, death));

    [Fact]
    public void Commands_AnySequence_AgreeWithTheModelAndNeverReachAnIllegalCase()
    {
        var reached = new System.Collections.Concurrent.ConcurrentDictionary<ReviewStep, bool>();
        var refusedFor = new System.Collections.Concurrent.ConcurrentDictionary<ReviewRefusalReason, bool>();
        Gen.Select(Circumstances, Commands.Array[0, 250]).Sample((circumstances, commands) =>
        {
            var @case = ReviewCase.Open(new ReviewCaseName("Alex", 2024), "dhr-alex-2024", new ReviewNotification("Kent Police", new LocalDate(2024, 1, 15), circumstances));
            var model = new Model(@case.Notification);
            foreach (var command in commands)
            {
                var before = @case;
                var on = before.LastRecordedOn.PlusDays(command.Offset);
                var change = Apply(before, command, on);
                bool expected = model.Apply(command, on);
                @case = change.Match(
                    changed =>
                    {
                        Assert.True(expected, $"{command}: the case accepted what the model refused, at {before.Step.Name}");
                        Assert.Same(before, changed.Previous);
                        Assert.True(changed.Case.Step == before.Step || before.Step.CanMoveTo(changed.Case.Step),
                            $"{command}: {before.Step.Name} → {changed.Case.Step.Name} is not a move the catalogue allows");
                        return changed.Case;
                    },
                    refused =>
                    {
                        Assert.False(expected, $"{command}: refused, but the model accepts it: {refused.Message}");
                        refusedFor[refused.Reason] = true;
                        Assert.Same(before, refused.Case);
                        Assert.Equal(Rebuild(before), before);
                        return before;
                    });
                Assert.Equal(model.Step, @case.Step);
                CheckLegal(@case);
                reached[@case.Step] = true;
            }
        }, iter: 400);
        // The generator is strong enough to reach every step and provoke every refusal.
        Assert.Equal(ReviewStep.All.Count, reached.Count);
        Assert.Equal(ReviewRefusalReason.All.Count, refusedFor.Count);
    }

    internal static ReviewChange Apply(ReviewCase @case, Command command, LocalDate on)
    {
        string agency = Agencies[command.Agency];
        var kind = AgencyInformationKind.All[command.InformationKind];
        return command.Kind switch
        {
            Kind.Decide => @case.Decide(command.Flag
                ? new ReviewDecision(ReviewDecisionOutcome.Review, on, command.Flag2, command.Flag2 ? null : "Reviewed although the criteria are not met.")
                : new ReviewDecision(ReviewDecisionOutcome.NoReview, on, command.Flag2, "Another review covers the death.")),
            Kind.InformHomeOffice => @case.InformHomeOffice(on),
            Kind.AppointChair => @case.AppointChair(on),
            Kind.ConvenePanel => @case.ConvenePanel(on),
            Kind.Request => @case.RequestAgencyInformation(command.Flag ? agency : agency.ToUpperInvariant(), kind, on),
            Kind.Receive => @case.ReceiveAgencyInformation(command.Flag ? agency : agency.ToLowerInvariant(), kind, on),
            Kind.CompleteReport => @case.CompleteReport(on),
            Kind.SignOff => @case.SignOff(on),
            Kind.Submit => @case.SubmitForQualityAssurance(on),
            Kind.Approve => @case.RecordApproval(on, command.Flag ? "Approved." : null),
            Kind.RequestResubmission => @case.RecordResubmissionRequest(on, "Revise the chronology."),
            Kind.Publish => @case.Publish(new ReviewPublication(on, "https://www.example.org/reviews")),
            Kind.CloseActionPlan => @case.CloseActionPlan(on),
            Kind.SendToCommissioner => @case.SendToCommissioner(on),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static ReviewCase Rebuild(ReviewCase @case) => new(
        @case.Name, @case.Reference, @case.Notification, @case.Decision, @case.HomeOfficeInformedOn, @case.ChairAppointedOn,
        @case.PanelConvenedOn, @case.AgencyInformation, @case.ReportCompletedOn, @case.SignedOffOn, @case.QualityAssurance,
        @case.Publication, @case.ActionPlanClosedOn, @case.SentToCommissionerOn);

    /// <summary>The case passes its own constructor again, and its history is a path the catalogue allows, in date order.</summary>
    private static void CheckLegal(ReviewCase @case)
    {
        Assert.Equal(@case, Rebuild(@case));
        var history = @case.History;
        Assert.Equal(ReviewStep.Notified, history[0].Step);
        Assert.Equal(@case.Step, history[history.Count - 1].Step);
        for (int i = 1; i < history.Count; i++)
        {
            Assert.True(history[i - 1].Step.CanMoveTo(history[i].Step), $"{history[i - 1].Step.Name} → {history[i].Step.Name}");
            Assert.True(history[i].EnteredOn >= history[i - 1].EnteredOn);
            Assert.Equal(history[i].EnteredOn, history[i - 1].LeftOn);
        }
        if (@case.Publication is not null)
        {
            Assert.NotNull(@case.ApprovedOn);
        }
        if (@case.SignedOffOn is not null)
        {
            Assert.All(@case.AgencyInformation, item => Assert.True(item.IsReceived));
        }
    }

    /// <summary>The process as the statutory guidance describes it, written independently of the library.</summary>
    private sealed class Model(ReviewNotification notification)
    {
        private readonly Dictionary<(string, AgencyInformationKind), (LocalDate Requested, LocalDate? Received)> requests = new();
        private LocalDate stepDate = notification.NotifiedOn;
        private LocalDate panelOn;
        private LocalDate? completedOn;
        private bool review;
        private bool sent;

        public ReviewStep Step { get; private set; } = ReviewStep.Notified;

        public bool Apply(Command command, LocalDate on)
        {
            var key = (Agencies[command.Agency].ToUpperInvariant(), AgencyInformationKind.All[command.InformationKind]);
            switch (command.Kind)
            {
                case Kind.Decide:
                    var facts = notification.Circumstances;
                    bool contradicted = command.Flag2 && (facts.VictimAgedSixteenOrOver == false || facts.Relationship == PerpetratorRelationship.Other || facts.Death == DeathCircumstance.Other);
                    if (Step != ReviewStep.Notified || contradicted || on < stepDate)
                    {
                        return false;
                    }
                    review = command.Flag;
                    return Move(ReviewStep.Decided, on);
                case Kind.InformHomeOffice:
                    return Step == ReviewStep.Decided && on >= stepDate && Move(review ? ReviewStep.HomeOfficeInformed : ReviewStep.ClosedWithoutReview, on);
                case Kind.AppointChair:
                    return Step == ReviewStep.HomeOfficeInformed && on >= stepDate && Move(ReviewStep.ChairAppointed, on);
                case Kind.ConvenePanel:
                    if (Step == ReviewStep.ChairAppointed && on >= stepDate)
                    {
                        panelOn = on;
                        return Move(ReviewStep.PanelConvened, on);
                    }
                    return false;
                case Kind.Request:
                    if ((Step == ReviewStep.PanelConvened || Step == ReviewStep.GatheringAgencyInformation) && !requests.ContainsKey(key) && on >= panelOn)
                    {
                        requests.Add(key, (on, null));
                        return Step == ReviewStep.GatheringAgencyInformation || Move(ReviewStep.GatheringAgencyInformation, on);
                    }
                    return false;
                case Kind.Receive:
                    if (Step == ReviewStep.GatheringAgencyInformation && requests.TryGetValue(key, out var request) && request.Received is null && on >= request.Requested)
                    {
                        requests[key] = (request.Requested, on);
                        return true;
                    }
                    return false;
                case Kind.CompleteReport:
                    return Step == ReviewStep.GatheringAgencyInformation
                        && requests.Values.All(item => item.Received is { } received && on >= received)
                        && Move(ReviewStep.ReportCompleted, on);
                case Kind.SignOff:
                    return Step == ReviewStep.ReportCompleted && on >= stepDate && Move(ReviewStep.SignedOff, on);
                case Kind.Submit:
                    if ((Step == ReviewStep.SignedOff || Step == ReviewStep.ResubmissionRequested) && on >= stepDate)
                    {
                        completedOn ??= on;   // completed on the first submission
                        return Move(ReviewStep.SubmittedForQualityAssurance, on);
                    }
                    return false;
                case Kind.Approve:
                    return Step == ReviewStep.SubmittedForQualityAssurance && on >= stepDate && Move(ReviewStep.Approved, on);
                case Kind.RequestResubmission:
                    return Step == ReviewStep.SubmittedForQualityAssurance && on >= stepDate && Move(ReviewStep.ResubmissionRequested, on);
                case Kind.Publish:
                    return Step == ReviewStep.Approved && on >= stepDate && Move(ReviewStep.Published, on);
                case Kind.CloseActionPlan:
                    return Step == ReviewStep.Published && on >= stepDate && Move(ReviewStep.ActionPlanClosed, on);
                case Kind.SendToCommissioner:
                    // 2004 Act s.9(3B)-(3C): once the report is completed, whatever the Quality Assurance Panel decides.
                    if (completedOn is { } completed && !sent && on >= completed)
                    {
                        sent = true;
                        return true;
                    }
                    return false;
                default:
                    throw new ArgumentOutOfRangeException(nameof(command));
            }
        }

        private bool Move(ReviewStep step, LocalDate on)
        {
            Step = step;
            stepDate = on;
            return true;
        }
    }
}
