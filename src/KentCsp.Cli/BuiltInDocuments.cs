using System;
using System.Collections.Generic;
using KentCsp.Domain.Kent;
using KentCsp.Domain.Serialization;

namespace KentCsp.Cli;

/// <summary>The built-in Kent data that <c>kentcsp json</c> can write, by name.</summary>
internal static class BuiltInDocuments
{
    private static readonly Dictionary<string, Func<string>> Writers = new(StringComparer.Ordinal)
    {
        ["partnership"] = () => KentCspJson.Serialize(KentData.Partnership),
        ["csa-2017"] = () => KentCspJson.Serialize(KentData.CommunitySafetyAgreement2017),
        ["csa-2023"] = () => KentCspJson.Serialize(KentData.CommunitySafetyAgreement2023),
        ["funding-2016-17"] = () => KentCspJson.Serialize(KentFunding.Round2016To17),
        ["funding-2017-18"] = () => KentCspJson.Serialize(KentFunding.Round2017To18),
        ["meeting-2017-07-19"] = () => KentCspJson.Serialize(KentMeetings.Kcsp2017July19),
        ["reviews"] = () => KentCspJson.Serialize(KentReviews.Register),
        ["plan-2017-18"] = () => KentCspJson.Serialize(KentActionPlans.Illustration2017To18),
        ["incident-thrown-fluid"] = () => KentCspJson.Serialize(KentRecording.ThrownFluid),
        ["indicators-2017"] = () => KentCspJson.Serialize(KentIndicators.July2017),
        ["morile-pilot-1"] = () => KentCspJson.Serialize(KentMorile.PilotDistricts[0]),
    };

    internal static IEnumerable<string> Names => Writers.Keys;

    internal static string Write(string name) => Writers[name]();
}
