using System.Collections.Generic;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Funding;

/// <summary>
/// What the 360Giving export reports about the package it wrote: the values no source states, the funding-rule
/// breaches let through, and the quality checks of the package.
/// </summary>
/// <remarks>
/// <para><see cref="ThreeSixtyGiving.Write"/> and <see cref="ThreeSixtyGiving.WriteAsync(System.IO.Stream, IEnumerable{FundingRound}, ThreeSixtyGivingExportOptions)"/>
/// return it; <see cref="ThreeSixtyGivingExport"/> holds the same with the package's text.</para>
/// <para>Two reports are equal when their warnings and breaches, in order, and their quality reports are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThreeSixtyGivingExportReport
{
    private readonly ValueList<ThreeSixtyGivingWarning> warnings;
    private readonly ValueList<ThreeSixtyGivingRuleBreach> ruleBreaches;

    internal ThreeSixtyGivingExportReport(ValueList<ThreeSixtyGivingWarning> warnings, ValueList<ThreeSixtyGivingRuleBreach> ruleBreaches, ThreeSixtyGivingQualityReport quality)
    {
        this.warnings = warnings;
        this.ruleBreaches = ruleBreaches;
        Quality = quality;
    }

    /// <summary>
    /// The values written that no source states: first each round that is inferred or illustrative as a whole, then, grant
    /// by grant in the package's order, each 360Giving field fed by an inferred or illustrative field of its round.
    /// </summary>
    /// <value>A read-only list; empty when every value written is sourced or the rounds carry no provenance.</value>
    public IReadOnlyList<ThreeSixtyGivingWarning> Warnings => warnings;

    /// <summary>
    /// The allocations written although they break an error-level funding rule or are withdrawn, each with its rule:
    /// only with <see cref="ThreeSixtyGivingExportOptions.RuleGuard"/> set to <see cref="ThreeSixtyGivingGuard.Warn"/>,
    /// since the default guard refuses such an export.
    /// </summary>
    /// <value>A read-only list, in the order of the evaluation's findings (by rule, then in record order); empty when no allocation breaks a rule.</value>
    public IReadOnlyList<ThreeSixtyGivingRuleBreach> RuleBreaches => ruleBreaches;

    /// <summary>
    /// The 36 checks of 360Giving's Data Quality Tool on the package written, judged as at the issue date: the same
    /// report as <see cref="ThreeSixtyGivingQuality.Check(string, NodaTime.LocalDate)"/> gives on the finished package. It has
    /// critical findings (<see cref="ThreeSixtyGivingQualityReport.HasCritical"/>) only with
    /// <see cref="ThreeSixtyGivingExportOptions.QualityGuard"/> set to <see cref="ThreeSixtyGivingGuard.Warn"/>.
    /// </summary>
    public ThreeSixtyGivingQualityReport Quality { get; }
}
