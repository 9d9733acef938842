using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.ActionPlans;
using KentCsp.Domain.Agreement;
using KentCsp.Domain.Funding;
using KentCsp.Domain.Indicators;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Recording;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;

namespace KentCsp.Domain.Tests.Serialization;

/// <summary>For each kind of document: its reader and writer in <see cref="KentCspJson"/>, and a value to write.</summary>
internal static class DocumentKindsForTests
{
    internal sealed record Entry(DocumentKind Kind, Func<string, object> Read, Func<object, string> Write, Func<object> Sample);

    internal static IReadOnlyList<Entry> All { get; } =
    [
        new(DocumentKind.Partnership, json => KentCspJson.DeserializePartnership(json), value => KentCspJson.Serialize((CommunitySafetyPartnership)value), () => KentData.Partnership),
        new(DocumentKind.AgreementEdition, json => KentCspJson.DeserializeAgreementEdition(json), value => KentCspJson.Serialize((CommunitySafetyAgreementEdition)value), () => KentData.CommunitySafetyAgreement2017),
        new(DocumentKind.FundingRound, json => KentCspJson.DeserializeFundingRound(json), value => KentCspJson.Serialize((FundingRound)value), () => FundingBuilders.EveryMember()),
        new(DocumentKind.Meeting, json => KentCspJson.DeserializeMeeting(json), value => KentCspJson.Serialize((Meeting)value), () => KentMeetings.Kcsp2017July19),
        new(DocumentKind.ReviewCase, json => KentCspJson.DeserializeReviewCase(json), value => KentCspJson.Serialize((ReviewCase)value), () => KentReviews.Register.Cases[0]),
        new(DocumentKind.ReviewRegister, json => KentCspJson.DeserializeReviewRegister(json), value => KentCspJson.Serialize((ReviewRegister)value), () => KentReviews.Register),
        new(DocumentKind.ActionPlan, json => KentCspJson.DeserializeActionPlan(json), value => KentCspJson.Serialize((ActionPlan)value), () => KentActionPlans.Illustration2017To18),
        new(DocumentKind.PartnershipRecord, json => KentCspJson.DeserializePartnershipRecord(json), value => KentCspJson.Serialize((PartnershipRecord)value), () => KentCspJson.DeserializePartnershipRecord(Fixture("partnership-record.json"))),
        new(DocumentKind.Findings, json => KentCspJson.DeserializeFindings(json), value => KentCspJson.SerializeFindings((IReadOnlyList<Finding>)value), () => KentCspJson.DeserializeFindings(Fixture("findings.json"))),
        new(DocumentKind.Incident, json => KentCspJson.DeserializeIncident(json), value => KentCspJson.Serialize((Incident)value), () => KentRecording.ThrownFluid),
        new(DocumentKind.CrimeCount, json => KentCspJson.DeserializeCrimeCount(json), value => KentCspJson.Serialize((CrimeCount)value), () => KentCspJson.DeserializeCrimeCount(Fixture("crime-count-street-fight.json"))),
        new(DocumentKind.AccuracyAudit, json => KentCspJson.DeserializeAccuracyAudit(json), value => KentCspJson.Serialize((AccuracyAudit)value), () => new AccuracyAudit(1000, 836)),
        new(DocumentKind.IndicatorSet, json => KentCspJson.DeserializeIndicatorSet(json), value => KentCspJson.Serialize((IndicatorSet)value), () => KentIndicators.July2017),
        new(DocumentKind.MorileRanking, json => KentCspJson.DeserializeMorileRanking(json), value => KentCspJson.Serialize((MorileRanking)value), () => KentMorile.PilotDistricts[0]),
        new(DocumentKind.FundingPolicy, json => KentCspJson.DeserializeFundingPolicy(json), value => KentCspJson.Serialize((FundingPolicy)value), () => KentCsp.Domain.Tests.Funding.FundingPolicyJsonTest.EveryMember()),
        new(DocumentKind.AgreementHistory, json => KentCspJson.DeserializeAgreementHistory(json), value => KentCspJson.Serialize((AgreementHistory)value), () => KentData.CommunitySafetyAgreements),
    ];

    internal static Entry For(DocumentKind kind) => All.Single(entry => entry.Kind == kind);

    /// <summary>The text of a committed version-1 fixture.</summary>
    internal static string Fixture(string name) => V1Fixtures.Read(name);
}
