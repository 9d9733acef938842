using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Serialization;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;

namespace KentCsp.Reports.Tests;

/// <summary>The five papers, on the built-in Kent data and on generated data, by name.</summary>
internal static class Papers
{
    /// <summary>The date the built-in papers are drawn up as at: the KCSP meeting of 19 July 2017.</summary>
    public static readonly LocalDate KentMeeting = new(2017, 7, 19);

    public static readonly string[] Names = ["csa-update", "action-plan", "funding", "reviews", "partnership"];

    public static IEnumerable<object[]> NameData()
    {
        foreach (string name in Names)
        {
            yield return [name];
        }
    }

    /// <summary>A paper on the built-in Kent data as at <see cref="KentMeeting"/>.</summary>
    public static string BuiltIn(string name, CommitteeReports? reports = null)
    {
        reports ??= CommitteeReports.Default;
        return name switch
        {
            "csa-update" => reports.CsaUpdate(KentData.CommunitySafetyAgreements, KentIndicators.July2017, KentIndicators.ReportedJuly2017, KentMeeting),
            "action-plan" => reports.ActionPlan(KentActionPlans.Illustration2017To18, KentPolicies.ActionPlans, KentMeeting),
            "funding" => reports.Funding(KentFunding.Round2016To17, KentPolicies.Funding, KentMeeting),
            "reviews" => reports.Reviews(KentReviews.Register, ReviewPolicy.Default, KentMeeting),
            "partnership" => reports.Partnership(KentData.PartnershipRecord, KentMeetings.All, KentMeeting),
            _ => throw new ArgumentException("no such paper: " + name, nameof(name)),
        };
    }

    /// <summary>
    /// A paper on generated data: the illustrative indicator set with series and road casualties, a plan and a round
    /// that use every member, the Kent register without provenance a year on, and a meeting with restricted content.
    /// </summary>
    public static string Generated(string name) => name switch
    {
        "csa-update" => CommitteeReports.Default.CsaUpdate(KentData.CommunitySafetyAgreements, IllustrativeIndicators(), [], new LocalDate(2018, 6, 30)),
        "action-plan" => CommitteeReports.Default.ActionPlan(ActionPlanBuilders.EveryMember(), KentPolicies.ActionPlans, new LocalDate(2017, 12, 1)),
        "funding" => CommitteeReports.Default.Funding(FundingBuilders.EveryMember(), KentPolicies.Funding, new LocalDate(2018, 3, 1)),
        "reviews" => CommitteeReports.Default.Reviews(new ReviewRegister(KentData.KcspId, KentReviews.Register.Cases), ReviewPolicy.Default, new LocalDate(2018, 7, 19)),
        "partnership" => CommitteeReports.Default.Partnership(KentData.PartnershipRecord, [MeetingBuilders.WithRestrictedContent()], new LocalDate(2024, 3, 31)),
        _ => throw new ArgumentException("no such paper: " + name, nameof(name)),
    };

    public static Domain.Indicators.IndicatorSet IllustrativeIndicators() =>
        KentCspJson.DeserializeIndicatorSet(RepositoryPaths.ReadText("tests/KentCsp.Domain.Tests/Indicators/IndicatorJsonTest.Serialize_IllustrativeSet_MatchesSnapshot.approved.json"));

    /// <summary>The folder of this source file, where the approved snapshots are kept.</summary>
    public static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
