using System;
using System.Collections.Generic;
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

namespace KentCsp.Domain.Tests.TestSupport;

/// <summary>
/// Every object of the built-in Kent data that carries provenance, by the name a reader finds it under
/// (<c>KentFunding.Round2016To17</c>), in the order docs/provenance.md lists them.
/// </summary>
internal static class KentBuiltIns
{
    /// <summary>The objects, each with its name.</summary>
    public static IReadOnlyList<(string Name, object Value)> All { get; } = Build();

    /// <summary>The JSON document an object is written as, or null for an object written only inside another (the MoRiLE scheme).</summary>
    public static string? Serialize(object value) => value switch
    {
        CommunitySafetyPartnership partnership => KentCspJson.Serialize(partnership),
        PartnershipRecord record => KentCspJson.Serialize(record),
        CommunitySafetyAgreementEdition edition => KentCspJson.Serialize(edition),
        FundingRound round => KentCspJson.Serialize(round),
        FundingPolicy policy => KentCspJson.Serialize(policy),
        Meeting meeting => KentCspJson.Serialize(meeting),
        ReviewRegister register => KentCspJson.Serialize(register),
        ReviewCase @case => KentCspJson.Serialize(@case),
        Incident incident => KentCspJson.Serialize(incident),
        IndicatorSet set => KentCspJson.Serialize(set),
        ActionPlan plan => KentCspJson.Serialize(plan),
        MorileRanking ranking => KentCspJson.Serialize(ranking),
        MorileScheme => null,
        _ => throw new ArgumentException($"no document for {value.GetType().Name}", nameof(value)),
    };

    private static List<(string, object)> Build()
    {
        var all = new List<(string, object)>
        {
            ("KentData.Partnership", KentData.Partnership),
            ("KentData.PartnershipRecord", KentData.PartnershipRecord),
            ("KentData.CommunitySafetyAgreement2017", KentData.CommunitySafetyAgreement2017),
            ("KentData.CommunitySafetyAgreement2023", KentData.CommunitySafetyAgreement2023),
            ("KentFunding.Round2016To17", KentFunding.Round2016To17),
            ("KentFunding.Round2017To18", KentFunding.Round2017To18),
            ("KentPolicies.Funding", KentPolicies.Funding),
            ("KentMeetings.Kcsp2017July19", KentMeetings.Kcsp2017July19),
            ("KentReviews.Register", KentReviews.Register),
            ("KentReviews.Elizabeth2015", KentReviews.Elizabeth2015),
            ("KentRecording.ThrownFluid", KentRecording.ThrownFluid),
            ("KentIndicators.July2017", KentIndicators.July2017),
            ("KentActionPlans.Illustration2017To18", KentActionPlans.Illustration2017To18),
            ("KentMorile.Scheme", KentMorile.Scheme),
        };
        for (int i = 0; i < KentMorile.PilotDistricts.Count; i++)
        {
            all.Add(($"KentMorile.PilotDistricts[{i}]", KentMorile.PilotDistricts[i]));
        }
        return all;
    }
}
