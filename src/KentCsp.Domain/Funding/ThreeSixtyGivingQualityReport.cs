using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>
/// What <see cref="ThreeSixtyGivingQuality"/> found in a 360Giving package: the checks that fired, in the order the
/// Data Quality Tool reports them, and the grant counts their shares rest on.
/// </summary>
/// <remarks>
/// <para>Order: the quality findings, critical ones first and otherwise in id order, then the usefulness findings in id
/// order — the tool's order. A check that did not fire has no finding.</para>
/// <para>Two reports are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThreeSixtyGivingQualityReport
{
    private readonly ValueList<ThreeSixtyGivingQualityFinding> findings;

    internal ThreeSixtyGivingQualityReport(LocalDate asOf, int grantCount, int recipientIndividualCount, ValueList<ThreeSixtyGivingQualityFinding> findings)
    {
        AsOf = asOf;
        GrantCount = grantCount;
        RecipientIndividualCount = recipientIndividualCount;
        this.findings = findings;
    }

    /// <summary>The day the date checks were judged on ("today").</summary>
    public LocalDate AsOf { get; }

    /// <summary>The number of grants in the package.</summary>
    public int GrantCount { get; }

    /// <summary>The number of grants with a <c>recipientIndividual</c> that is not empty: the grants to individuals.</summary>
    public int RecipientIndividualCount { get; }

    /// <summary>The checks that fired, in the tool's order.</summary>
    public IReadOnlyList<ThreeSixtyGivingQualityFinding> Findings => findings;

    /// <summary>Whether a critical check fired.</summary>
    public bool HasCritical
    {
        get
        {
            foreach (var finding in findings)
            {
                if (finding.IsCritical)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
