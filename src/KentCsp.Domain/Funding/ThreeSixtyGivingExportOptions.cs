using System;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Funding;

/// <summary>
/// How <see cref="ThreeSixtyGiving"/> exports funding rounds: who publishes, whom the grants name as funder and
/// programme, where county-wide projects benefit, the issue date, the funding rules the rounds must meet, and what
/// the two guards do.
/// </summary>
/// <remarks>
/// <para>Only the publisher, the issue date and the funding policy are required; everything else has a default:</para>
/// <list type="table">
/// <listheader><term>Member</term><description>Default</description></listheader>
/// <item><term><see cref="Funder"/></term><description>null: each grant names the partnership that holds its round's
/// grant.</description></item>
/// <item><term><see cref="Programme"/></term><description>null: each grant's programme is its round's grant.</description></item>
/// <item><term><see cref="CountyLocation"/></term><description>null: a county-wide bid has no beneficiary location.</description></item>
/// <item><term><see cref="RulesAsOf"/></term><description>the issue date.</description></item>
/// <item><term><see cref="RuleGuard"/>, <see cref="QualityGuard"/></term><description><see cref="ThreeSixtyGivingGuard.Refuse"/>.</description></item>
/// </list>
/// <para>Kent's options are <c>KentThreeSixtyGiving.Options(issued)</c>. The type is immutable: each <c>With…</c>
/// method returns new options. Two options are equal when every member is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ThreeSixtyGivingExportOptions
{
    /// <summary>Creates options with the defaults above.</summary>
    /// <param name="publisher">Who publishes the package; its prefix begins every grant identifier.</param>
    /// <param name="issued">The date the package is issued; the quality checks judge dates on it.</param>
    /// <param name="policy">The local funding policy the rounds are checked against before anything is written, e.g. <c>KentPolicies.Funding</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="publisher"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="issued"/> is not an ISO date within <see cref="SupportedDates"/>.</exception>
    public ThreeSixtyGivingExportOptions(ThreeSixtyGivingPublisher publisher, LocalDate issued, FundingPolicy policy)
    {
        Publisher = Preconditions.CheckNotNull(publisher);
        SupportedDates.Check(issued, nameof(issued));
        Issued = issued;
        Policy = Preconditions.CheckNotNull(policy);
    }

    /// <summary>Who publishes the package: its prefix begins every grant identifier, its name the package's title.</summary>
    public ThreeSixtyGivingPublisher Publisher { get; private init; }

    /// <summary>The date the package is issued (<c>issued</c>). The quality checks judge dates on it: an award date after it is a critical finding (DQT-017).</summary>
    public LocalDate Issued { get; private init; }

    /// <summary>The local funding policy the rounds are evaluated against (<see cref="FundingRules"/>) before anything is written.</summary>
    public FundingPolicy Policy { get; private init; }

    /// <summary>The date the funding rules are evaluated on: deadlines and withdrawals are judged against it. By default the issue date.</summary>
    public LocalDate RulesAsOf => RulesAsOfOverride ?? Issued;

    // The date set by WithRulesAsOf, or null to follow Issued.
    private LocalDate? RulesAsOfOverride { get; init; }

    /// <summary>The funding organisation every grant names, or null for each round's partnership (the grant's recipient).</summary>
    public ThreeSixtyGivingFunder? Funder { get; private init; }

    /// <summary>The grant programme every grant names, or null for each round's grant.</summary>
    public ThreeSixtyGivingProgramme? Programme { get; private init; }

    /// <summary>The place a county-wide bid benefits, e.g. the county's police force area; or null to leave it out.</summary>
    public ThreeSixtyGivingLocation? CountyLocation { get; private init; }

    /// <summary>
    /// What the export does when an allocation it would write breaks an error-level funding rule or is withdrawn:
    /// refuse (the default) or write it and report each breach (<see cref="ThreeSixtyGivingExportReport.RuleBreaches"/>).
    /// </summary>
    public ThreeSixtyGivingGuard RuleGuard { get; private init; } = ThreeSixtyGivingGuard.Refuse;

    /// <summary>
    /// What the export does when a critical check of the Data Quality Tool fires on the package it would write: refuse
    /// (the default) or write it and report the findings (<see cref="ThreeSixtyGivingExportReport.Quality"/>).
    /// </summary>
    public ThreeSixtyGivingGuard QualityGuard { get; private init; } = ThreeSixtyGivingGuard.Refuse;

    /// <summary>Returns options with another publisher.</summary>
    /// <param name="publisher">The publisher.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publisher"/> is null.</exception>
    public ThreeSixtyGivingExportOptions WithPublisher(ThreeSixtyGivingPublisher publisher) =>
        this with { Publisher = Preconditions.CheckNotNull(publisher) };

    /// <summary>Returns options with another issue date; the funding rules follow it unless <see cref="WithRulesAsOf"/> set a date of their own.</summary>
    /// <param name="issued">The issue date.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException"><paramref name="issued"/> is not an ISO date within <see cref="SupportedDates"/>.</exception>
    public ThreeSixtyGivingExportOptions WithIssued(LocalDate issued)
    {
        SupportedDates.Check(issued, nameof(issued));
        return this with { Issued = issued };
    }

    /// <summary>Returns options with another funding policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public ThreeSixtyGivingExportOptions WithPolicy(FundingPolicy policy) =>
        this with { Policy = Preconditions.CheckNotNull(policy) };

    /// <summary>Returns options that evaluate the funding rules on another date.</summary>
    /// <param name="asOf">The date, or null to follow the issue date.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not an ISO date within <see cref="SupportedDates"/>.</exception>
    public ThreeSixtyGivingExportOptions WithRulesAsOf(LocalDate? asOf)
    {
        if (asOf is { } date)
        {
            SupportedDates.Check(date, nameof(asOf));
        }
        return this with { RulesAsOfOverride = asOf };
    }

    /// <summary>Returns options that name another funding organisation on every grant.</summary>
    /// <param name="funder">The funder, or null for each round's partnership.</param>
    /// <returns>The new options.</returns>
    public ThreeSixtyGivingExportOptions WithFunder(ThreeSixtyGivingFunder? funder) => this with { Funder = funder };

    /// <summary>Returns options that name another grant programme on every grant.</summary>
    /// <param name="programme">The programme, or null for each round's grant.</param>
    /// <returns>The new options.</returns>
    public ThreeSixtyGivingExportOptions WithProgramme(ThreeSixtyGivingProgramme? programme) => this with { Programme = programme };

    /// <summary>Returns options with another place for county-wide bids.</summary>
    /// <param name="location">The location, or null to leave it out.</param>
    /// <returns>The new options.</returns>
    public ThreeSixtyGivingExportOptions WithCountyLocation(ThreeSixtyGivingLocation? location) => this with { CountyLocation = location };

    /// <summary>Returns options whose funding-rule guard refuses or warns.</summary>
    /// <param name="guard">The guard's action.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="guard"/> is null.</exception>
    public ThreeSixtyGivingExportOptions WithRuleGuard(ThreeSixtyGivingGuard guard) =>
        this with { RuleGuard = Preconditions.CheckNotNull(guard) };

    /// <summary>Returns options whose quality guard refuses or warns.</summary>
    /// <param name="guard">The guard's action.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="guard"/> is null.</exception>
    public ThreeSixtyGivingExportOptions WithQualityGuard(ThreeSixtyGivingGuard guard) =>
        this with { QualityGuard = Preconditions.CheckNotNull(guard) };
}
