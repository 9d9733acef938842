using System.Collections.Generic;
using KentCsp.Domain.Morile;

namespace KentCsp.Domain.Tests.Morile;

/// <summary>A small MoRiLE scheme for tests: two harm factors, one likelihood factor, one position factor.</summary>
internal static class MorileBuilders
{
    public static readonly SourceDocument TestSource = new("Test MoRiLE scheme", null, "for tests");

    public static MorileFactor[] Factors() =>
    [
        new MorileFactor("harmPhysical", "Physical harm", MorileFactorGroup.Harm, MorileFactor.WholeNumbers(0, 4), 1m),
        new MorileFactor("harmVictimVulnerability", "Victim vulnerability", MorileFactorGroup.Harm, MorileFactor.WholeNumbers(0, 4), 1.5m),
        new MorileFactor("likelihood", "Likelihood", MorileFactorGroup.Likelihood, [0.5m, 1m, 1.5m, 2m], 1m),
        new MorileFactor("positionCapacity", "Capacity", MorileFactorGroup.OrganisationalPosition, MorileFactor.WholeNumbers(1, 3), 0.25m),
    ];

    public static MorileConfidenceLevel[] Levels() =>
    [
        new MorileConfidenceLevel("high", "High", 0.9m),
        new MorileConfidenceLevel("low", "Low", 0.3m),
    ];

    public static MorileScheme Scheme(MorileCombination? combination = null, string id = "test-scheme") =>
        new(id, "Test scheme", combination ?? MorileCombination.Product, Factors(), Levels(), TestSource);

    public static Dictionary<string, decimal> Scores(decimal physical, decimal vulnerability, decimal likelihood, decimal capacity) => new()
    {
        ["harmPhysical"] = physical,
        ["harmVictimVulnerability"] = vulnerability,
        ["likelihood"] = likelihood,
        ["positionCapacity"] = capacity,
    };

    public static MorileAssessment Assess(string issueId, decimal physical, decimal vulnerability, decimal likelihood, decimal capacity, string confidence = "high", MorileScheme? scheme = null) =>
        new(scheme ?? Scheme(), issueId, issueId, Scores(physical, vulnerability, likelihood, capacity), confidence);
}
