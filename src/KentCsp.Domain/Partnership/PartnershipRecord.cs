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
        this.meetingDates = meetingDates is null ? null : ValueList<LocalDate>.Own(meetingDates.OrderBy(date => date).ToArray());
        signatories = informationSharingSignatories is null ? null : Preconditions.CheckItems(informationSharingSignatories);
        this.localPolicingBodies = Preconditions.CheckItems(localPolicingBodies);
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

    /// <summary>The latest Terms of Reference of a body approved on or before a date.</summary>
    /// <param name="bodyId">The partnership or sub-group.</param>
    /// <param name="date">The date.</param>
    /// <returns>That version, or null if none was approved by then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bodyId"/> is null.</exception>
    public TermsOfReference? TermsOfReferenceOn(OrganisationId bodyId, LocalDate date)
    {
        Preconditions.CheckNotNull(bodyId);
        return termsOfReference.Where(terms => terms.BodyId == bodyId && terms.ApprovedOn <= date).OrderBy(terms => terms.ApprovedOn).LastOrDefault();
    }
}
