using System;
using System.Collections.Generic;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Partnership;

/// <summary>One approved version of a partnership's (or sub-group's) Terms of Reference.</summary>
/// <remarks>
/// <para>The obligations a compliance check reads: the minimum number of meetings a year, how often the Terms of
/// Reference must be reviewed, and the information sharing agreement members must sign.</para>
/// <para>Two versions are equal when every member is equal (sub-groups in order).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record TermsOfReference
{
    private readonly ValueList<OrganisationId> subGroupIds;

    /// <summary>Creates a version of the Terms of Reference.</summary>
    /// <param name="bodyId">The partnership or sub-group the Terms of Reference govern.</param>
    /// <param name="version">The version's label, e.g. "July 2017".</param>
    /// <param name="approvedOn">The date it was approved.</param>
    /// <param name="minimumMeetingsPerYear">The fewest meetings a financial year (Kent: 3); zero for none.</param>
    /// <param name="reviewWithin">How soon after approval the Terms of Reference must be reviewed (Kent: annually), or null for no requirement.</param>
    /// <param name="informationSharingAgreement">The information sharing agreement members must sign, or null for none.</param>
    /// <param name="subGroupIds">The sub-groups it sets up.</param>
    /// <param name="source">The document that records it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyId"/>, <paramref name="version"/>, <paramref name="subGroupIds"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, <paramref name="minimumMeetingsPerYear"/> is negative, <paramref name="reviewWithin"/> is not a positive date-based period of at most ten years (<see cref="SupportedDates.IsWithinLongestPeriod"/>), or a sub-group is repeated.</exception>
    public TermsOfReference(
        OrganisationId bodyId,
        string version,
        LocalDate approvedOn,
        int minimumMeetingsPerYear,
        Period? reviewWithin,
        string? informationSharingAgreement,
        IEnumerable<OrganisationId> subGroupIds,
        SourceDocument source)
    {
        SupportedDates.CheckCalendar(approvedOn);
        BodyId = Preconditions.CheckNotNull(bodyId);
        Version = Preconditions.CheckNotBlank(version);
        ApprovedOn = approvedOn;
        Preconditions.CheckArgument(minimumMeetingsPerYear >= 0, nameof(minimumMeetingsPerYear), $"must not be negative, but was {minimumMeetingsPerYear}");
        MinimumMeetingsPerYear = minimumMeetingsPerYear;
        if (reviewWithin is { } period)
        {
            bool valid = !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0 && !period.Equals(Period.Zero);
            Preconditions.CheckArgument(valid, nameof(reviewWithin), $"must be a positive period of days, weeks, months or years, but was {period}");
            SupportedDates.CheckLongestPeriod(period, nameof(reviewWithin));
        }
        ReviewWithin = reviewWithin;
        InformationSharingAgreement = informationSharingAgreement is null ? null : Preconditions.CheckNotBlank(informationSharingAgreement);
        this.subGroupIds = Preconditions.CheckItems(subGroupIds);
        var seen = new HashSet<OrganisationId>();
        for (int i = 0; i < this.subGroupIds.Count; i++)
        {
            Preconditions.CheckArgument(seen.Add(this.subGroupIds[i]), $"subGroupIds[{i}]", $"repeats {this.subGroupIds[i]}");
        }
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The partnership or sub-group governed.</summary>
    public OrganisationId BodyId { get; }

    /// <summary>The version's label.</summary>
    public string Version { get; }

    /// <summary>The date it was approved.</summary>
    public LocalDate ApprovedOn { get; }

    /// <summary>The fewest meetings a financial year.</summary>
    public int MinimumMeetingsPerYear { get; }

    /// <summary>How soon after approval the Terms of Reference must be reviewed, or null for no requirement.</summary>
    public Period? ReviewWithin { get; }

    /// <summary>The information sharing agreement members must sign, or null for none.</summary>
    public string? InformationSharingAgreement { get; }

    /// <summary>The sub-groups it sets up.</summary>
    public IReadOnlyList<OrganisationId> SubGroupIds => subGroupIds;

    /// <summary>The document that records it.</summary>
    public SourceDocument Source { get; }

    /// <summary>The date by which the next review is due, or null when no review is required or the date would fall after the end of the calendar (9999-12-31).</summary>
    public LocalDate? ReviewDue => ReviewWithin is { } period ? Dates.PlusOrNull(ApprovedOn, period) : null;

    /// <summary>Returns the version and approval date.</summary>
    /// <returns>For example "Terms of Reference July 2017 (approved 2017-07-19)".</returns>
    public override string ToString() => $"Terms of Reference {Version} (approved {Dates.Iso(ApprovedOn)})";
}
