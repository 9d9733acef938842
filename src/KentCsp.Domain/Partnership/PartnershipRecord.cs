using System;
using System.Collections.Generic;
using System.Linq;
using KentCsp.Domain.Utility;
using NodaTime;

namespace KentCsp.Domain.Partnership;

/// <summary>What a compliance check reads about a partnership: its area, Terms of Reference, meetings and information sharing sign-up.</summary>
/// <remarks>
/// <para><see cref="MeetingDates"/> and <see cref="InformationSharingSignatories"/> are null where the record does not
/// hold them; the rules that need them then report that they were not judged rather than guess.</para>
/// <para><see cref="MembershipKnownFrom"/> is the first day on which the record knows who sat on the partnership: a
/// record taken from a document that says who sat on a day, not since when, knows the membership from that day and
/// not before. It is not a membership start date. On an earlier date <see cref="MembersOn"/> answers
/// <see cref="MembershipNotKnown"/> and <see cref="PartnershipCompliance"/> reports the rules that read the membership
/// as not judged. Null means the record does not limit it: the memberships' own dates are taken as the whole
/// history.</para>
/// <para><see cref="Provenance"/> says where a built-in record comes from, field by field; the methods that return a
/// changed record keep it. The partnership carries its own (<see cref="CommunitySafetyPartnership.Provenance"/>).
/// Records are compared by reference, so provenance plays no part in equality.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PartnershipRecord
{
    private readonly ValueList<TermsOfReference> termsOfReference;
    private readonly ValueList<LocalDate>? meetingDates;
    private readonly ValueList<OrganisationId>? signatories;
    private readonly ValueList<OrganisationId> localPolicingBodies;

    /// <summary>Creates a record.</summary>
    /// <param name="partnership">The partnership.</param>
    /// <param name="area">The kind of area it serves.</param>
    /// <param name="termsOfReference">Every version of the Terms of Reference of the partnership and its sub-groups.</param>
    /// <param name="meetingDates">The dates the partnership met, or null where they are not recorded.</param>
    /// <param name="informationSharingSignatories">The organisations that signed the information sharing agreement, or null where not recorded.</param>
    /// <param name="localPolicingBodies">The organisations that are local policing bodies (e.g. the Office of the Police and Crime Commissioner).</param>
    /// <exception cref="ArgumentNullException">A required argument or an element is null.</exception>
    /// <exception cref="ArgumentException">Terms of Reference govern a body that is neither the partnership nor one of its sub-groups, or set up a sub-group the partnership does not have.</exception>
    public PartnershipRecord(
        CommunitySafetyPartnership partnership,
        AreaKind area,
        IEnumerable<TermsOfReference> termsOfReference,
        IEnumerable<LocalDate>? meetingDates,
        IEnumerable<OrganisationId>? informationSharingSignatories,
        IEnumerable<OrganisationId> localPolicingBodies)
    {
        var dates = meetingDates is null ? null : SupportedDates.CheckCalendars(meetingDates, nameof(meetingDates));
        Partnership = Preconditions.CheckNotNull(partnership);
        Area = Preconditions.CheckNotNull(area);
        this.termsOfReference = Preconditions.CheckItems(termsOfReference);
        var bodies = new HashSet<OrganisationId>(partnership.SubGroups.Select(group => group.Id)) { partnership.Id };
        for (int i = 0; i < this.termsOfReference.Count; i++)
        {
            if (!bodies.Contains(this.termsOfReference[i].BodyId))
            {
                Preconditions.ThrowArgument($"termsOfReference[{i}].bodyId", $"({this.termsOfReference[i].BodyId}) is neither the partnership nor one of its sub-groups");
            }
            var subGroupIds = this.termsOfReference[i].SubGroupIds;
            for (int j = 0; j < subGroupIds.Count; j++)
            {
                if (subGroupIds[j] == partnership.Id || !bodies.Contains(subGroupIds[j]))
                {
                    Preconditions.ThrowArgument($"termsOfReference[{i}].subGroupIds[{j}]", $"({subGroupIds[j]}) is not one of the partnership's sub-groups");
                }
            }
        }
        this.meetingDates = dates is null ? null : ValueList<LocalDate>.Own(dates.OrderBy(date => date).ToArray());
        signatories = informationSharingSignatories is null ? null : Preconditions.CheckItems(informationSharingSignatories);
        this.localPolicingBodies = Preconditions.CheckItems(localPolicingBodies);
    }

    private PartnershipRecord(PartnershipRecord record, LocalDate? membershipKnownFrom, ProvenanceRecord? provenance)
    {
        Partnership = record.Partnership;
        Area = record.Area;
        termsOfReference = record.termsOfReference;
        meetingDates = record.meetingDates;
        signatories = record.signatories;
        localPolicingBodies = record.localPolicingBodies;
        MembershipKnownFrom = membershipKnownFrom;
        Provenance = provenance;
    }

    /// <summary>The partnership.</summary>
    public CommunitySafetyPartnership Partnership { get; }

    /// <summary>The kind of area it serves.</summary>
    public AreaKind Area { get; }

    /// <summary>Every version of the Terms of Reference, in the order given.</summary>
    public IReadOnlyList<TermsOfReference> TermsOfReference => termsOfReference;

    /// <summary>The dates the partnership met, earliest first, or null where not recorded.</summary>
    public IReadOnlyList<LocalDate>? MeetingDates => meetingDates;

    /// <summary>The organisations that signed the information sharing agreement, or null where not recorded.</summary>
    public IReadOnlyList<OrganisationId>? InformationSharingSignatories => signatories;

    /// <summary>The organisations that are local policing bodies.</summary>
    public IReadOnlyList<OrganisationId> LocalPolicingBodies => localPolicingBodies;

    /// <summary>
    /// The first day on which the record knows the partnership's membership, or null where the record does not limit
    /// it. This is not the day any member joined: it is the earliest day the record can say who sat.
    /// </summary>
    public LocalDate? MembershipKnownFrom { get; }

    /// <summary>Returns the record with the first day on which it knows the partnership's membership.</summary>
    /// <param name="membershipKnownFrom">That day (e.g. the day a document lists the members), or null for no limit.</param>
    /// <returns>The new record, with this record's <see cref="Provenance"/>; this one is unchanged.</returns>
    public PartnershipRecord WithMembershipKnownFrom(LocalDate? membershipKnownFrom)
    {
        SupportedDates.CheckCalendar(membershipKnownFrom);
        return new(this, membershipKnownFrom, Provenance);
    }

    /// <summary>
    /// Where the record comes from, when it is built-in data: sourced, inferred or illustrative, as a whole and field by
    /// field (see <see cref="ProvenanceRecord"/>, keyed by JSON path inside the record's document, e.g.
    /// <c>membershipKnownFrom</c>); null when nothing is recorded, as for a user's own data.
    /// </summary>
    /// <value>
    /// Null unless set with <see cref="WithProvenance"/>; written to JSON as the <c>provenance</c> member of the record's
    /// document. The partnership's own marks are <see cref="CommunitySafetyPartnership.Provenance"/>, written inside
    /// the document's <c>partnership</c> member.
    /// </value>
    public ProvenanceRecord? Provenance { get; }

    /// <summary>Returns the record with its provenance set, or cleared.</summary>
    /// <param name="provenance">Where the record comes from, or null for nothing recorded.</param>
    /// <returns>A new record with <see cref="Provenance"/> set; everything else is unchanged.</returns>
    public PartnershipRecord WithProvenance(ProvenanceRecord? provenance) => new(this, MembershipKnownFrom, provenance);

    /// <summary>Whether the record knows the partnership's membership on a date: <see cref="MembershipKnownFrom"/> is null or on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True if the membership on <paramref name="date"/> is known.</returns>
    public bool KnowsMembershipOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        return MembershipKnownFrom is not { } knownFrom || knownFrom <= date;
    }

    /// <summary>The memberships that last on a date, or why the record cannot say.</summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// The memberships that last on <paramref name="date"/>, in order; or <see cref="MembershipNotKnown"/> for a date
    /// before <see cref="MembershipKnownFrom"/>, never a guess.
    /// </returns>
    public MembershipOnDate MembersOn(LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        if (KnowsMembershipOn(date))
        {
            return MembershipOnDate.Known(Partnership.MembersOn(date));
        }
        var knownFrom = MembershipKnownFrom!.Value;
        return MembershipOnDate.NotKnown(new MembershipNotKnown(date, knownFrom,
            $"The membership of {Partnership.Name} is not known on {Dates.Iso(date)}: the record knows who sat from {Dates.Iso(knownFrom)}, not since when."));
    }

    /// <summary>The latest Terms of Reference of a body approved on or before a date.</summary>
    /// <param name="bodyId">The partnership or sub-group.</param>
    /// <param name="date">The date.</param>
    /// <returns>That version, or null if none was approved by then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bodyId"/> is null.</exception>
    public TermsOfReference? TermsOfReferenceOn(OrganisationId bodyId, LocalDate date)
    {
        SupportedDates.CheckCalendar(date);
        Preconditions.CheckNotNull(bodyId);
        return termsOfReference.Where(terms => terms.BodyId == bodyId && terms.ApprovedOn <= date).OrderBy(terms => terms.ApprovedOn).LastOrDefault();
    }
}
