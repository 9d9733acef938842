using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Morile;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Kent;

/// <summary>
/// An <b>illustration</b> of the Kent pilot of the MoRiLE (Management of Risk in Law Enforcement) risk assessment
/// matrix reported to the KCSP on 15 March 2017: an illustrative scoring scheme and six pilot districts' illustrative assessments, ranked by the
/// library.
/// </summary>
/// <remarks>
/// <para><b>What the source says.</b> Report "Kent Community Safety Partnership Working Group Update" to the KCSP,
/// 15 March 2017, paragraph 2.2: the Kent Community Safety Team facilitated a pilot of the MoRiLE matrix with six of
/// the local districts/boroughs; the pilot group agreed the issues to review, "including topics such as child sexual
/// exploitation, anti-social behaviour etc."; the matrix let each district rank the issues on threat, risk and harm,
/// and the outcomes fed into the local strategic assessments. The Kent Community Safety Agreement's appendix B is
/// "MoRiLE outcomes".</para>
/// <para><b>What is illustrative.</b> Everything else. The real MoRiLE score values, weights and arithmetic are
/// unconfirmed, so <see cref="Scheme"/> is made up (its <see cref="MorileScheme.Provenance"/> is illustrative as a
/// whole). The source names neither the six districts nor their scores, so the districts are labelled "Pilot district
/// 1" to "Pilot district 6" and every score is made up (each ranking's <see cref="MorileRanking.Provenance"/> is
/// illustrative as a whole). A ranking's JSON document writes both in its <c>provenance</c> members, the scheme's
/// inside <c>scheme</c>. Of the
/// issues, child sexual exploitation and anti-social behaviour are named in the source; domestic abuse, substance misuse
/// and serious and organised crime are plausible Community Safety Partnership issues added for the illustration. The
/// ranks are never written down here: the library computes them from the scores.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public static class KentMorile
{
    private const string ChildSexualExploitation = "child-sexual-exploitation";
    private const string AntiSocialBehaviour = "anti-social-behaviour";
    private const string DomesticAbuse = "domestic-abuse";
    private const string SubstanceMisuse = "substance-misuse";
    private const string SeriousAndOrganisedCrime = "serious-and-organised-crime";

    private static readonly Dictionary<string, string> IssueNames = new()
    {
        [ChildSexualExploitation] = "Child sexual exploitation",
        [AntiSocialBehaviour] = "Anti-social behaviour",
        [DomesticAbuse] = "Domestic abuse",
        [SubstanceMisuse] = "Substance misuse",
        [SeriousAndOrganisedCrime] = "Serious and organised crime",
    };

    /// <summary>The source of the pilot: the KCSP Working Group update of 15 March 2017, paragraph 2.2.</summary>
    public static SourceDocument PilotSource { get; } = KentSources.WorkingGroupUpdate2017March15.At("paragraph 2.2");

    /// <summary>
    /// An illustrative scheme (not the real MoRiLE values and weights, which are unconfirmed): seven harm factors scored
    /// 0–4 (victim vulnerability weighted 2, the others 1), likelihood scored 0.5, 1, 1.5 or 2, capacity and capability
    /// scored 1–3 (capability weighted 0.5; a weaker position scores higher); risk = harm × likelihood × organisational
    /// position (at most 288); confidence high 3, medium 2, low 1.
    /// </summary>
    public static MorileScheme Scheme { get; } = BuildScheme();

    /// <summary>
    /// The six pilot districts' illustrative assessments of five issues each, ranked by the library. The districts are
    /// unnamed in the source, hence "Pilot district 1" to "Pilot district 6"; all scores are illustrative.
    /// </summary>
    public static IReadOnlyList<MorileRanking> PilotDistricts { get; } = ValueList<MorileRanking>.Own(BuildPilot());

    private static MorileScheme BuildScheme()
    {
        var harm = MorileFactor.WholeNumbers(0, 4);
        var position = MorileFactor.WholeNumbers(1, 3);
        return new MorileScheme(
            "kent-illustrative-morile",
            "Illustrative MoRiLE scheme",
            MorileCombination.Product,
            [
                new MorileFactor("harmPhysical", "Physical harm", MorileFactorGroup.Harm, harm, 1m),
                new MorileFactor("harmPsychological", "Psychological harm", MorileFactorGroup.Harm, harm, 1m),
                new MorileFactor("harmFinancial", "Financial harm", MorileFactorGroup.Harm, harm, 1m),
                new MorileFactor("harmCommunity", "Community harm", MorileFactorGroup.Harm, harm, 1m),
                new MorileFactor("harmEnvironment", "Environmental harm", MorileFactorGroup.Harm, harm, 1m),
                new MorileFactor("harmGeographicScope", "Geographic scope", MorileFactorGroup.Harm, harm, 1m),
                new MorileFactor("harmVictimVulnerability", "Victim vulnerability", MorileFactorGroup.Harm, harm, 2m),
                new MorileFactor("likelihood", "Likelihood", MorileFactorGroup.Likelihood, [0.5m, 1m, 1.5m, 2m], 1m),
                new MorileFactor("positionCapacity", "Capacity", MorileFactorGroup.OrganisationalPosition, position, 1m),
                new MorileFactor("positionCapability", "Capability", MorileFactorGroup.OrganisationalPosition, position, 0.5m),
            ],
            [
                new MorileConfidenceLevel("high", "High", 3m),
                new MorileConfidenceLevel("medium", "Medium", 2m),
                new MorileConfidenceLevel("low", "Low", 1m),
            ],
            new SourceDocument("Illustrative MoRiLE scheme", null, "made up for documentation and tests: the real MoRiLE score values and weights are unconfirmed"))
            .WithProvenance(ProvenanceRecord.Of(Provenance.Illustrative("Made up: the real MoRiLE score values, weights and arithmetic are unconfirmed.")));
    }

    private static MorileRanking[] BuildPilot() =>
    [
        District(1,
            (ChildSexualExploitation, [3, 4, 1, 2, 0, 1, 4, 1.5m, 2, 3], "medium"),
            (AntiSocialBehaviour, [1, 2, 1, 4, 2, 2, 2, 2, 2, 2], "high"),
            (DomesticAbuse, [3, 4, 2, 2, 0, 1, 3, 2, 2, 1], "high"),
            (SubstanceMisuse, [2, 3, 2, 3, 1, 2, 3, 1.5m, 3, 1], "high"),
            (SeriousAndOrganisedCrime, [3, 3, 3, 2, 1, 3, 3, 1, 3, 3], "low")),
        District(2,
            (ChildSexualExploitation, [4, 4, 1, 2, 0, 2, 4, 2, 3, 2], "medium"),
            (AntiSocialBehaviour, [1, 2, 1, 3, 2, 1, 2, 2, 1, 2], "high"),
            (DomesticAbuse, [3, 4, 2, 2, 0, 1, 4, 2, 2, 2], "high"),
            (SubstanceMisuse, [2, 2, 2, 2, 1, 1, 2, 1.5m, 2, 1], "medium"),
            (SeriousAndOrganisedCrime, [2, 2, 2, 1, 0, 2, 3, 1, 3, 3], "low")),
        District(3,
            (ChildSexualExploitation, [3, 3, 1, 1, 0, 1, 4, 1, 2, 2], "low"),
            (AntiSocialBehaviour, [1, 2, 1, 4, 3, 2, 2, 2, 2, 1], "high"),
            (DomesticAbuse, [3, 3, 2, 2, 0, 1, 3, 2, 1, 1], "high"),
            (SubstanceMisuse, [2, 3, 2, 3, 1, 2, 2, 2, 2, 2], "medium"),
            (SeriousAndOrganisedCrime, [3, 3, 3, 2, 1, 2, 3, 1, 3, 2], "medium")),
        District(4,
            (ChildSexualExploitation, [4, 4, 1, 2, 0, 1, 4, 1.5m, 3, 3], "medium"),
            (AntiSocialBehaviour, [1, 1, 1, 3, 2, 1, 1, 2, 1, 1], "high"),
            (DomesticAbuse, [3, 4, 2, 2, 0, 1, 4, 2, 2, 1], "high"),
            (SubstanceMisuse, [2, 2, 1, 2, 1, 1, 2, 1.5m, 2, 2], "medium"),
            (SeriousAndOrganisedCrime, [4, 3, 3, 3, 1, 3, 3, 0.5m, 3, 3], "low")),
        District(5,
            (ChildSexualExploitation, [3, 4, 1, 2, 0, 1, 4, 1, 2, 3], "medium"),
            (AntiSocialBehaviour, [2, 2, 2, 4, 3, 3, 2, 2, 2, 2], "high"),
            (DomesticAbuse, [2, 3, 2, 2, 0, 1, 3, 2, 2, 2], "high"),
            (SubstanceMisuse, [2, 3, 2, 3, 2, 2, 3, 1.5m, 2, 1], "medium"),
            (SeriousAndOrganisedCrime, [3, 2, 2, 2, 0, 2, 2, 1, 2, 2], "low")),
        District(6,
            (ChildSexualExploitation, [3, 4, 1, 2, 0, 1, 4, 1.5m, 3, 2], "high"),
            (AntiSocialBehaviour, [1, 2, 1, 3, 2, 2, 2, 1.5m, 2, 1], "high"),
            (DomesticAbuse, [3, 4, 2, 2, 0, 1, 4, 1.5m, 2, 2], "medium"),
            (SubstanceMisuse, [2, 3, 2, 2, 1, 1, 3, 2, 2, 1], "medium"),
            (SeriousAndOrganisedCrime, [3, 3, 3, 2, 1, 2, 3, 1, 2, 2], "low")),
    ];

    /// <summary>One district's assessments; each issue's scores are given in the scheme's order of factors.</summary>
    private static MorileRanking District(int number, params (string Issue, decimal[] Scores, string Confidence)[] issues) =>
        new MorileRanking(
            $"Pilot district {number}",
            Scheme,
            issues.Select(issue => new MorileAssessment(
                Scheme,
                issue.Issue,
                IssueNames[issue.Issue],
                Scheme.Factors.Select((factor, i) => new KeyValuePair<string, decimal>(factor.Id, issue.Scores[i])),
                issue.Confidence)))
            .WithProvenance(ProvenanceRecord.Of(Provenance.Illustrative(
                "Made up: the source (Working Group update, 15 March 2017, paragraph 2.2) names neither the six pilot districts nor their scores.")));
}
