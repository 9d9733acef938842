using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>
/// The 360Giving export refused the rounds because a guard found reasons not to publish them: allocations that break
/// an error-level funding rule or are withdrawn, or critical findings of 360Giving's Data Quality Tool on the package
/// the rounds would make. Nothing has been written.
/// </summary>
/// <remarks>
/// <para>The refusal is an <see cref="ArgumentException"/> naming <c>rounds</c>, as the export's other refusals are (no
/// allocations, two grants with one identifier): the rounds are the argument refused, and code that catches
/// <see cref="ArgumentException"/> catches it too. It is a type of its own, rather than an
/// <see cref="ArgumentRefusedException"/>, so that it can carry every reason as data: <see cref="RuleBreaches"/> each
/// name the round, the allocation and the rule, with the rule's message and source; <see cref="CriticalFindings"/> each
/// name the check and where in the package it fired.</para>
/// <para>To publish anyway, set the guard to <see cref="ThreeSixtyGivingGuard.Warn"/>
/// (<see cref="ThreeSixtyGivingExportOptions.WithRuleGuard"/>, <see cref="ThreeSixtyGivingExportOptions.WithQualityGuard"/>);
/// the reasons then come back with the package in <see cref="ThreeSixtyGivingExportReport"/>.</para>
/// </remarks>
public sealed class ThreeSixtyGivingExportRefusedException : ArgumentException
{
    /// <summary>How many reasons the message names before it counts the rest.</summary>
    private const int NamedInMessage = 3;

    private readonly ValueList<ThreeSixtyGivingRuleBreach> ruleBreaches;
    private readonly ValueList<ThreeSixtyGivingQualityFinding> criticalFindings;

    internal ThreeSixtyGivingExportRefusedException(ValueList<ThreeSixtyGivingRuleBreach> ruleBreaches, ThreeSixtyGivingQualityReport quality, ValueList<ThreeSixtyGivingQualityFinding> criticalFindings)
        : base(Describe(ruleBreaches, criticalFindings), "rounds")
    {
        this.ruleBreaches = ruleBreaches;
        this.criticalFindings = criticalFindings;
        Quality = quality;
    }

    /// <summary>The refused argument: always <c>rounds</c>.</summary>
    public override string ParamName => base.ParamName!;

    /// <summary>
    /// The breaches that refused the export: each allocation that breaks an error-level funding rule or is withdrawn,
    /// with its round, identifier and rule. Empty when the funding-rule guard warns or found nothing.
    /// </summary>
    public IReadOnlyList<ThreeSixtyGivingRuleBreach> RuleBreaches => ruleBreaches;

    /// <summary>
    /// The critical findings that refused the export, in the tool's order. Empty when the quality guard warns or no
    /// critical check fired.
    /// </summary>
    public IReadOnlyList<ThreeSixtyGivingQualityFinding> CriticalFindings => criticalFindings;

    /// <summary>The quality checks of the package the rounds would make, judged as at the issue date.</summary>
    public ThreeSixtyGivingQualityReport Quality { get; }

    // Built only when the export refuses: the counts, then the first few reasons, each naming round, allocation and rule
    // or the check and its first location.
    private static string Describe(ValueList<ThreeSixtyGivingRuleBreach> breaches, ValueList<ThreeSixtyGivingQualityFinding> findings)
    {
        var text = new StringBuilder("rounds cannot be published as 360Giving data: ");
        if (breaches.Count > 0)
        {
            text.Append(Count(breaches.Count, "breach", "breaches")).Append(" of the funding rules");
        }
        if (findings.Count > 0)
        {
            text.Append(breaches.Count > 0 ? " and " : "").Append(Count(findings.Count, "critical quality finding", "critical quality findings"));
        }
        int named = 0;
        foreach (var breach in breaches)
        {
            if (named++ == NamedInMessage)
            {
                break;
            }
            text.Append(named == 1 ? ": " : "; ").Append(breach);
        }
        foreach (var finding in findings)
        {
            if (named++ >= NamedInMessage)
            {
                break;
            }
            text.Append(named == 1 ? ": " : "; ").Append(finding.Check.Id).Append(' ').Append(finding.Heading);
            if (finding.Locations.Count > 0)
            {
                text.Append(" (").Append(finding.Locations[0]).Append(')');
            }
        }
        int total = breaches.Count + findings.Count;
        if (total > NamedInMessage)
        {
            text.Append("; and ").Append((total - NamedInMessage).ToString(CultureInfo.InvariantCulture)).Append(" more");
        }
        return text.Append(". Set the guard to Warn to publish them with warnings.").ToString();
    }

    private static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
