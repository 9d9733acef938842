using System.Collections.Generic;

namespace KentCsp.Domain.Funding;

/// <summary>
/// A 360Giving package as <see cref="ThreeSixtyGiving.ExportWithWarnings"/> writes it, with what the export reports: a
/// warning for each value it writes as a plain 360Giving field that the rounds' provenance marks as inferred or
/// illustrative, the funding-rule breaches let through, and the quality checks of the package.
/// </summary>
/// <remarks>
/// <para>The 360Giving Data Standard has no place for provenance: an award date or a recipient is written as a fact.
/// The warnings say which of them no source states, so that a publisher can check them before publishing. A round
/// with no provenance (a user's own data) or an all-sourced one gives no warnings.</para>
/// <para>Two exports are equal when their packages (ordinal) and reports are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThreeSixtyGivingExport
{
    internal ThreeSixtyGivingExport(string package, ThreeSixtyGivingExportReport report)
    {
        Package = package;
        Report = report;
    }

    /// <summary>The package as JSON text: the same text as <see cref="ThreeSixtyGiving.Export"/> returns.</summary>
    public string Package { get; }

    /// <summary>What the export reports: the same as <see cref="ThreeSixtyGiving.Write"/> returns for the same rounds and options.</summary>
    public ThreeSixtyGivingExportReport Report { get; }

    /// <summary>
    /// The values written that no source states: first each round that is inferred or illustrative as a whole, then, grant
    /// by grant in the package's order, each 360Giving field fed by an inferred or illustrative field of its round.
    /// </summary>
    /// <value>A read-only list; empty when every value written is sourced or the rounds carry no provenance. The same as <see cref="ThreeSixtyGivingExportReport.Warnings"/>.</value>
    public IReadOnlyList<ThreeSixtyGivingWarning> Warnings => Report.Warnings;

    /// <summary>The allocations written although they break a funding rule (<see cref="ThreeSixtyGivingExportReport.RuleBreaches"/>).</summary>
    /// <value>A read-only list; empty unless the funding-rule guard warns and an allocation breaks a rule.</value>
    public IReadOnlyList<ThreeSixtyGivingRuleBreach> RuleBreaches => Report.RuleBreaches;

    /// <summary>The quality checks of the package, as at its issue date (<see cref="ThreeSixtyGivingExportReport.Quality"/>).</summary>
    public ThreeSixtyGivingQualityReport Quality => Report.Quality;
}

/// <summary>
/// One value of a 360Giving package that no source states: the grant and 360Giving field it is written to, the field
/// of the funding round it comes from, and that field's provenance.
/// </summary>
/// <remarks>
/// <para>For a round that is inferred or illustrative as a whole, <see cref="GrantId"/>, <see cref="Field"/> and
/// <see cref="RoundField"/> are null: every value taken from it is of that kind.</para>
/// <para>Two warnings are equal when all their parts are equal (ordinal).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThreeSixtyGivingWarning
{
    internal ThreeSixtyGivingWarning(string roundId, string? grantId, string? field, string? roundField, Provenance provenance)
    {
        RoundId = roundId;
        GrantId = grantId;
        Field = field;
        RoundField = roundField;
        Provenance = provenance;
    }

    /// <summary>The funding round the value comes from, e.g. "kcsp-2016-17".</summary>
    public string RoundId { get; }

    /// <summary>The 360Giving grant identifier it is written to, e.g. "360G-kentcsp-2016-17-licence-to-kill"; null for a whole round.</summary>
    public string? GrantId { get; }

    /// <summary>The 360Giving field it is written to, e.g. "awardDate" or "recipientOrganization"; null for a whole round.</summary>
    public string? Field { get; }

    /// <summary>
    /// The field of the round that is marked, as its provenance keys it (its JSON path inside the round's document), e.g.
    /// "allocations[0].allocatedOn" or "bids[0].applicant"; null for a whole round.
    /// </summary>
    public string? RoundField { get; }

    /// <summary>The field's provenance, inferred or illustrative, with its reason.</summary>
    public Provenance Provenance { get; }

    /// <summary>Formats the warning: "360G-kentcsp-2016-17-licence-to-kill awardDate (kcsp-2016-17 allocations[0].allocatedOn): inferred: …".</summary>
    /// <returns>Where the value is written and where it comes from, then its provenance.</returns>
    public override string ToString() =>
        GrantId is null ? $"{RoundId}: {Provenance}" : $"{GrantId} {Field} ({RoundId} {RoundField}): {Provenance}";
}
