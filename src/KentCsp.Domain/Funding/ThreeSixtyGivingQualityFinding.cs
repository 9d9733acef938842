using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>
/// A 360Giving Data Quality Tool check that fired on a package: the check, the tool's heading, the count and share it
/// reports, where in the package, and the same as an explained <see cref="Domain.Finding"/>.
/// </summary>
/// <remarks>
/// <para>Locations are written as the Data Quality Tool writes them: <c>grants/3/recipientOrganization/0/id</c>, with
/// no leading slash, in grant order and then in order within the grant. Only the first
/// <see cref="ThreeSixtyGivingQuality.MaxLocations"/> are kept; <see cref="LocationCount"/> counts them all.</para>
/// <para>Two findings are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThreeSixtyGivingQualityFinding
{
    private readonly ValueList<string> locations;

    internal ThreeSixtyGivingQualityFinding(ThreeSixtyGivingCheck check, int count, decimal fraction, int percentage, string heading,
        ValueList<string> locations, int locationCount, Finding finding)
    {
        Check = check;
        Count = count;
        Fraction = fraction;
        Percentage = percentage;
        Heading = heading;
        this.locations = locations;
        LocationCount = locationCount;
        Finding = finding;
    }

    /// <summary>The check that fired.</summary>
    public ThreeSixtyGivingCheck Check { get; }

    /// <summary>Whether the check is critical (<see cref="ThreeSixtyGivingCheck.IsCritical"/>).</summary>
    public bool IsCritical => Check.IsCritical;

    /// <summary>
    /// The count the Data Quality Tool reports: grants for most checks, but organisations, fields or locations for
    /// those that count each one (so it can exceed the number of grants), and 0 for DQT-009 (more than one funder) and
    /// for a check on grants to individuals when the package has none.
    /// </summary>
    public int Count { get; }

    /// <summary>
    /// <see cref="Count"/> as a fraction of the grants the check is about (all grants, grants to organisations, or grants
    /// to individuals), exact (the tool computes it as a binary fraction; <see cref="Percentage"/> is rounded from
    /// that binary value, as the tool rounds it); not capped at 1; 1 when the package has one grant and the count is 1.
    /// </summary>
    public decimal Fraction { get; }

    /// <summary><see cref="Fraction"/> as a whole percentage, rounded half to even on the tool's binary value, as the tool rounds it (12.5 → 12; 23 of 40 → 57).</summary>
    public int Percentage { get; }

    /// <summary>The tool's heading, without its HTML, e.g. "60% of grants have Award Dates that are in the future".</summary>
    public string Heading { get; }

    /// <summary>The first <see cref="ThreeSixtyGivingQuality.MaxLocations"/> locations concerned, e.g. "grants/0/amountAwarded".</summary>
    public IReadOnlyList<string> Locations => locations;

    /// <summary>How many locations the check flagged, including those not kept in <see cref="Locations"/>.</summary>
    public int LocationCount { get; }

    /// <summary>
    /// The finding in the library's usual shape: the check's id and severity, the subject <c>grants</c>, the heading as
    /// message, figures for the count, share and locations, and the check's source.
    /// </summary>
    public Finding Finding { get; }

    /// <summary>Formats the finding on one line: id, severity, critical mark and heading.</summary>
    /// <returns>For example "DQT-017 error critical: 2 grants have Award Dates that are in the future".</returns>
    public override string ToString() =>
        $"{Check.Id} {Check.Severity.Description}{(IsCritical ? " critical" : "")}: {Heading}";
}
